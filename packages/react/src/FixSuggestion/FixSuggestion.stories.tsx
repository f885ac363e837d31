import { getEntry } from '@pc-errors/error-catalog';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { germanCatalogText, germanMessages, messagesFor } from '../../test/stories-data';
import { storyErrors } from '../../test/story-errors';
import { FixSuggestion } from './FixSuggestion';
import { inLocale } from '../../test/story-locale';

const meta = {
  title: 'Components/FixSuggestion',
  component: FixSuggestion,
  args: { error: storyErrors.validation() },
} satisfies Meta<typeof FixSuggestion>;
export default meta;
type Story = StoryObj<typeof meta>;

export const FieldsAndCountries: Story = {
  tags: ['pseudo-locale'],
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const t = messagesFor(globals);
    const fix = canvas.getByRole('region', { name: t.fixHeading });
    await expect(within(fix).getByText('organizationRegistrationNumber').tagName).toBe('CODE');
    await expect(within(fix).getByText(/Kazakhstan/)).toBeVisible();
    await expect(within(fix).getByText(`${t.countries}:`)).toBeVisible();
  },
};
export const TwentyFourCountries: Story = {
  args: { error: undefined, entry: getEntry('600002', 400) },
  play: async ({ canvasElement }) => {
    const countries = within(canvasElement).getByText('Countries and regions:').parentElement!;
    await expect(within(countries).getAllByRole('listitem')).toHaveLength(24);
    await expect(within(countries).getByText(/Türkiye|Turkey/)).toBeVisible();
  },
};
export const PhoneNumberField: Story = {
  args: { error: undefined, entry: getEntry('600051', 400) },
  play: async ({ canvasElement }) => {
    const fields = within(canvasElement).getByText('Fields involved:').parentElement!;
    await expect(fields.querySelectorAll('code').length).toBeGreaterThan(0);
  },
};
export const RetryableConflict: Story = {
  args: { error: storyErrors.inProgress() },
  play: async ({ canvasElement }) => {
    const steps = within(canvasElement).getAllByRole('list')[0]!;
    await expect(steps.tagName).toBe('OL');
    await expect(within(steps).getByText(/new MS-RequestId/)).toBeVisible();
  },
};
export const UnknownCodeFallsBackToStatus: Story = {
  args: { error: storyErrors.unknownCode() },
  play: async ({ canvasElement }) => {
    // No entry for 1002: the fix of HTTP 401 stands in.
    const fix = within(canvasElement).getByRole('region', { name: 'How to fix it' });
    await expect(within(fix).getAllByRole('listitem').length).toBeGreaterThan(0);
    await expect(fix).toHaveTextContent(/sign|token/i);
  },
};
export const NetworkFailure: Story = {
  args: { error: storyErrors.networkDrop() },
  play: async ({ canvasElement }) => {
    const fix = within(canvasElement).getByRole('region', { name: 'How to fix it' });
    await expect(within(fix).getAllByRole('listitem').length).toBeGreaterThan(0);
  },
};
export const WithLinks: Story = {
  args: {
    error: undefined,
    entry: {
      ...getEntry('13605', 403)!,
      links: [
        {
          label: 'Partner Center REST error codes',
          href: 'https://learn.microsoft.com/partner-center/developer/error-codes',
        },
      ],
    },
  },
  play: async ({ canvasElement }) => {
    const links = within(canvasElement).getByRole('list', { name: 'Learn more' });
    const link = within(links).getByRole('link', { name: 'Partner Center REST error codes (opens in a new tab)' });
    await expect(link).toHaveAttribute('target', '_blank');
    await expect(link).toHaveAttribute('rel', expect.stringContaining('noopener'));
  },
};
/** German: country names from `Intl.DisplayNames`, with the strings and the entry's fix translated, so `lang="de"` fits all of it. */
export const CountriesInGerman: Story = {
  args: { error: undefined, entry: getEntry('600049', 400), lang: 'de' },
  decorators: [inLocale({ locale: 'de', messages: germanMessages, catalogText: germanCatalogText })],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const fix = canvas.getByRole('region', { name: 'So beheben Sie den Fehler' });
    await expect(fix).toHaveAttribute('lang', 'de');
    await expect(within(fix).getByText(/Armenien/)).toBeVisible();
    await expect(within(fix).getByText(/Kasachstan/)).toBeVisible();
    await expect(within(fix).queryByText(/Armenia\b/)).toBeNull();
    await expect(within(fix).getByText('Länder und Regionen:')).toBeVisible();
  },
};

/** Country codes no locale can name (a typo, a code newer than the browser's data): shown as given. */
export const UnknownCountryCodes: Story = {
  args: { error: undefined, entry: { ...getEntry('600049', 400)!, countries: ['ZZZ', 'KZ', 'XX-1'] } },
  play: async ({ canvasElement }) => {
    const countries = within(canvasElement).getByText('Countries and regions:').parentElement!;
    const items = within(countries).getAllByRole('listitem');
    await expect(items.map((item) => item.textContent)).toEqual(['ZZZ', 'Kazakhstan (KZ)', 'XX-1']);
  },
};
