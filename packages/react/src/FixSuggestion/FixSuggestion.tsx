import { remediationOf, type CatalogEntry, type PartnerCenterError } from '@pc-errors/error-catalog';
import { useId, type ComponentProps } from 'react';
import { factsOf } from '../errorFacts';
import { errorTitle } from '../format';
import { documentedStatuses } from '../documentedStatuses';
import { cx, Heading, nextLevel, type HeadingLevel } from '../Heading';
import { entryText } from '../i18n/entryText';
import { useI18n } from '../i18n/useI18n';
import { formatList } from '../i18n/intl';
import { FixSteps } from './FixSteps';

export type FixSuggestionProps = Omit<ComponentProps<'section'>, 'children'> & {
  /**
   * The error to explain: its catalog entry's fix (saying so when the entry is documented under another status),
   * the fixes of the entries it may be (`candidates`), else its HTTP status's fix.
   */
  error?: PartnerCenterError;
  /** A catalog entry to explain directly (the catalog browser uses this). */
  entry?: CatalogEntry;
  /** Level of the "How to fix it" heading; each possible error's heading is one level below. @default 3 */
  headingLevel?: HeadingLevel;
};

/**
 * What to do about an error: a one-line summary, ordered steps, the request fields involved, the countries named by
 * the documentation (in the user's language) and further reading. An error whose code is documented under several
 * statuses, none of them the one received, gets each documented error's fix, labelled as a possibility.
 * @example <FixSuggestion error={error} />
 */
export function FixSuggestion({ error, entry: entryProp, headingLevel = 3, className, ...props }: FixSuggestionProps) {
  const { messages, locale, catalogText } = useI18n();
  const headingId = useId();
  const entry = entryProp ?? error?.entry;
  // What the lookup found is said of the error it found it for, not of an entry given directly.
  const found = error && !entryProp ? error : undefined;
  const candidates = found && !entry ? factsOf(found).candidates : undefined;
  const or = (items: string[]) => formatList(items, locale, 'disjunction');
  const documented = found && documentedStatuses(found, or);
  const received = String(found?.httpStatus);

  let fix;
  if (found && candidates && documented) {
    fix = (
      <>
        <p className="pce-fix__summary">{messages.candidatesIntro(found.code ?? '', documented, received)}</p>
        <ol className="pce-fix__candidates" data-slot="fix-candidates">
          {candidates.map((candidate, index) => {
            const text = entryText(candidate, catalogText);
            const title = errorTitle(
              { title: candidate.message, description: found.description, entry: candidate, httpStatus: 0 },
              catalogText,
            );
            return (
              <li key={candidate.id} className="pce-fix__candidate">
                <Heading level={nextLevel(headingLevel)} className="pce-fix__candidate-title">
                  {messages.candidate(index + 1, candidates.length, title)}
                </Heading>
                <FixSteps remediation={text} entry={candidate} />
              </li>
            );
          })}
        </ol>
      </>
    );
  } else {
    const text = entry && entryText(entry, catalogText);
    // Without an entry the fix is the status's generic one, translatable as `http-<status>`.
    const statusText = entry ? undefined : catalogText[`http-${error?.httpStatus ?? 0}`];
    const fallback = remediationOf({ ...error, entry, httpStatus: error?.httpStatus ?? 0 });
    fix = (
      <>
        {documented && (
          <p className="pce-fix__note" data-slot="fix-status-mismatch">
            {messages.statusMismatch(documented, received)}
          </p>
        )}
        <FixSteps
          remediation={{
            summary: text?.summary ?? statusText?.summary ?? fallback.summary,
            steps: text?.steps ?? statusText?.steps ?? fallback.steps,
          }}
          entry={entry}
        />
      </>
    );
  }
  return (
    <section aria-labelledby={headingId} data-slot="fix-suggestion" className={cx('pce-fix', className)} {...props}>
      <Heading level={headingLevel} id={headingId} className="pce-fix__heading">
        {messages.fixHeading}
      </Heading>
      {fix}
    </section>
  );
}
