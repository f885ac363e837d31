import { remediationOf, type CatalogEntry, type PartnerCenterError } from '@pc-errors/error-catalog';
import { useId, useMemo, type ComponentProps } from 'react';
import { cx, Heading, type HeadingLevel } from '../Heading';
import { useEntryText, useI18n } from '../i18n/I18nProvider';
import { regionNames } from '../i18n/intl';

export type FixSuggestionProps = Omit<ComponentProps<'section'>, 'children'> & {
  /** The error to explain; its catalog entry, else its HTTP status, gives the fix. */
  error?: PartnerCenterError;
  /** A catalog entry to explain directly (the catalog browser uses this). */
  entry?: CatalogEntry;
  /** Level of the "How to fix it" heading. @default 3 */
  headingLevel?: HeadingLevel;
};

function useCountryNames(codes: readonly string[] | undefined, locale: string): { code: string; name: string }[] {
  return useMemo(() => (codes?.length ? regionNames(codes, locale) : []), [codes, locale]);
}

/**
 * What to do about an error: a one-line summary, ordered steps, the request fields involved,
 * the countries named by the documentation (in the user's language) and further reading.
 * @example <FixSuggestion error={error} />
 */
export function FixSuggestion({ error, entry: entryProp, headingLevel = 3, className, ...props }: FixSuggestionProps) {
  const { messages, locale, catalogText } = useI18n();
  const entry = entryProp ?? error?.entry;
  const text = useEntryText(entry);
  const httpStatus = error?.httpStatus ?? 0;
  const fallback = remediationOf({ entry, httpStatus, category: error?.category });
  // Without an entry the fix is the status's generic one, translatable as `http-<status>`.
  const statusText = entry ? undefined : catalogText[`http-${httpStatus}`];
  const summary = text?.summary ?? statusText?.summary ?? fallback.summary;
  const steps = text?.steps ?? statusText?.steps ?? fallback.steps;
  const countries = useCountryNames(entry?.countries, locale);
  // Only https links are shown; a list left empty by that is not shown either.
  const links = entry?.links?.filter((link) => link.href.startsWith('https://')) ?? [];
  const headingId = useId();

  return (
    <section aria-labelledby={headingId} data-slot="fix-suggestion" className={cx('pce-fix', className)} {...props}>
      <Heading level={headingLevel} id={headingId} className="pce-fix__heading">
        {messages.fixHeading}
      </Heading>
      <p className="pce-fix__summary">{summary}</p>
      <ol className="pce-fix__steps">
        {steps.map((step, index) => (
          <li key={index}>{step}</li>
        ))}
      </ol>
      {entry?.fields?.length ? (
        <p className="pce-fix__fields">
          <span className="pce-fix__label">{messages.fieldsInvolved}: </span>
          {entry.fields.map((field, index) => (
            <span key={field}>
              {index > 0 && ', '}
              <code>{field}</code>
            </span>
          ))}
        </p>
      ) : null}
      {countries.length ? (
        <div className="pce-fix__countries">
          <span className="pce-fix__label">{messages.countries}:</span>
          <ul>
            {countries.map(({ code, name }) => (
              <li key={code}>
                {/* A code no locale can name (a typo, a new code) is shown once, as given. */}
                {name === code ? (
                  code
                ) : (
                  <>
                    {name} <span className="pce-fix__country-code">({code})</span>
                  </>
                )}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {links.length ? (
        <ul className="pce-fix__links" aria-label={messages.learnMore}>
          {links.map((link) => (
            <li key={link.href}>
              <a href={link.href} target="_blank" rel="noopener noreferrer">
                {link.label} <span className="pce-visually-hidden">{messages.opensInNewTab}</span>
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
