import type { CatalogEntry, Remediation } from '@pc-errors/error-catalog';
import { useMemo } from 'react';
import { useI18n } from '../i18n/useI18n';
import { regionNames } from '../i18n/regionNames';

/**
 * One fix: its summary, ordered steps and, from its entry, the request fields involved, the countries named by the
 * documentation (in the user's language) and further reading.
 */
export function FixSteps({ remediation, entry }: { remediation: Remediation; entry: CatalogEntry | undefined }) {
  const { messages, locale } = useI18n();
  const countryCodes = entry?.countries;
  const countries = useMemo(
    () => (countryCodes?.length ? regionNames(countryCodes, locale) : []),
    [countryCodes, locale],
  );
  // Only https links are shown; a list left empty by that is not shown either.
  const links = entry?.links?.filter((link) => link.href.startsWith('https://')) ?? [];
  return (
    <>
      <p className="pce-fix__summary">{remediation.summary}</p>
      <ol className="pce-fix__steps">
        {remediation.steps.map((step, index) => (
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
    </>
  );
}
