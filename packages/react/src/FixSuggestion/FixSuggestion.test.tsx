import { getEntry, getHttpStatus } from '@pc-errors/error-catalog';
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { axe } from 'vitest-axe';
import { ambiguous, mismatched, missingRegistration, offline, pcError } from '../../test/fixtures';
import { I18nProvider } from '../i18n/I18nProvider';
import { FixSuggestion } from './FixSuggestion';

describe('FixSuggestion', () => {
  it('shows the summary and the ordered steps of the entry', async () => {
    const entry = getEntry('600049', 400)!;
    const { container } = render(<FixSuggestion error={missingRegistration()} />);
    const section = screen.getByRole('region', { name: 'How to fix it' });
    expect(within(section).getByRole('heading', { level: 3 })).toHaveTextContent('How to fix it');
    expect(section).toHaveTextContent(entry.remediation.summary);
    const steps = within(section).getAllByRole('listitem').slice(0, entry.remediation.steps.length);
    expect(steps.map((step) => step.textContent)).toEqual(entry.remediation.steps);
    expect(steps[0]!.closest('ol')).not.toBeNull();
    expect(await axe(container)).toHaveNoViolations();
  });

  it('names the fields as code and the countries by their names in the user language', () => {
    const { unmount } = render(<FixSuggestion entry={getEntry('600049', 400)} />);
    expect(screen.getByText('organizationRegistrationNumber').tagName).toBe('CODE');
    expect(screen.getByText(/Kazakhstan/)).toHaveTextContent('Kazakhstan (KZ)');
    unmount();
    render(
      <I18nProvider locale="de">
        <FixSuggestion entry={getEntry('600049', 400)} />
      </I18nProvider>,
    );
    expect(screen.getByText(/Kasachstan/)).toHaveTextContent('Kasachstan (KZ)');
  });

  it('shows a country code no locale can name as given, and never throws on one', async () => {
    const entry = { ...getEntry('600049', 400)!, countries: ['ZZZ', 'KZ', '12', '', 'not a code'] };
    const { container } = render(<FixSuggestion entry={entry} />);
    const countries = screen.getByText('Countries and regions:').parentElement!;
    const items = within(countries)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(items).toEqual(['ZZZ', 'Kazakhstan (KZ)', '12', '', 'not a code']);
    expect(await axe(container)).toHaveNoViolations();
  });

  it('names countries in English when the locale is one the browser refuses', () => {
    render(
      <I18nProvider locale="en_US">
        <FixSuggestion entry={getEntry('600049', 400)} />
      </I18nProvider>,
    );
    expect(screen.getByText(/Kazakhstan/)).toHaveTextContent('Kazakhstan (KZ)');
  });

  it('falls back to the status fix for a code the catalog does not know', () => {
    render(<FixSuggestion error={pcError(429, '99999', 'Slow down')} />);
    expect(screen.getByText(getHttpStatus(429)!.remediation.summary)).toBeInTheDocument();
  });

  it('has a fix for a request that got no answer', () => {
    render(<FixSuggestion error={offline()} />);
    expect(screen.getByText(/got no answer/)).toBeInTheDocument();
  });

  it('opens links in a new tab safely and says so', () => {
    const entry = {
      ...getEntry('1000')!,
      links: [
        {
          label: 'Partner Center REST error codes',
          href: 'https://learn.microsoft.com/partner-center/developer/error-codes',
        },
        { label: 'bad', href: 'javascript:alert(1)' },
      ],
    };
    render(<FixSuggestion entry={entry} />);
    const link = screen.getByRole('link', { name: 'Partner Center REST error codes (opens in a new tab)' });
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    expect(link).toHaveAttribute('target', '_blank');
    expect(screen.queryByRole('link', { name: /bad/ })).not.toBeInTheDocument();
  });

  it('uses translated catalog text when the provider has it', () => {
    render(
      <I18nProvider
        catalogText={{ '400-600049': { summary: 'Registrierungsnummer fehlt.', steps: ['Nummer eintragen.'] } }}
      >
        <FixSuggestion entry={getEntry('600049', 400)} headingLevel={4} />
      </I18nProvider>,
    );
    expect(screen.getByRole('heading', { level: 4 })).toBeInTheDocument();
    expect(screen.getByText('Registrierungsnummer fehlt.')).toBeInTheDocument();
    expect(screen.getByText('Nummer eintragen.')).toBeInTheDocument();
  });

  it('says when the fix is the one of the status the code is documented under, and not for the entry alone', () => {
    const error = mismatched();
    const { unmount } = render(<FixSuggestion error={error} />);
    const fix = screen.getByRole('region', { name: 'How to fix it' });
    expect(within(fix).getByText('Documented as 403 Forbidden; received 400.')).toBeInTheDocument();
    expect(fix).toHaveTextContent(error.entry!.remediation.summary);
    unmount();
    // The catalog browser shows an entry as documented: there is no received status to compare.
    render(<FixSuggestion entry={error.entry} />);
    expect(screen.queryByText(/Documented as/)).not.toBeInTheDocument();
  });

  it('gives the fix of each error a code may be, numbered as possibilities under their own headings', async () => {
    const { container } = render(
      <I18nProvider locale="fr">
        <FixSuggestion error={ambiguous()} headingLevel={2} />
      </I18nProvider>,
    );
    const fix = screen.getByRole('region', { name: 'How to fix it' });
    // Joined in the user's language: "ou", not "or".
    expect(fix).toHaveTextContent('documented as 400 BadRequest ou 403 Forbidden, not 500');
    const candidates = within(fix).getAllByRole('heading', { level: 3 });
    expect(candidates).toHaveLength(2);
    expect(candidates[1]).toHaveTextContent("Possibility 2 of 2: Partner isn't valid for offer");
    expect(fix).toHaveTextContent(getEntry('2006', 403)!.remediation.summary);
    expect(fix).toHaveTextContent(getEntry('2006', 400)!.remediation.summary);
    expect(await axe(container)).toHaveNoViolations();
  });
});
