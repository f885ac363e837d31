import { getEntry } from '@pc-errors/error-catalog';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { storyErrors } from '../../test/story-errors';
import { FixSuggestion } from './FixSuggestion';

const meta = {
  title: 'Components/FixSuggestion',
  component: FixSuggestion,
  args: { error: storyErrors.validation() },
} satisfies Meta<typeof FixSuggestion>;
export default meta;
type Story = StoryObj<typeof meta>;

export const FieldsAndCountries: Story = {
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('organizationRegistrationNumber').tagName).toBe('CODE');
    await expect(within(canvasElement).getByText(/Kazakhstan/)).toBeVisible();
  },
};
export const TwentyFourCountries: Story = { args: { error: undefined, entry: getEntry('600002', 400) } };
export const PhoneNumberField: Story = { args: { error: undefined, entry: getEntry('600051', 400) } };
export const RetryableConflict: Story = { args: { error: storyErrors.inProgress() } };
export const UnknownCodeFallsBackToStatus: Story = { args: { error: storyErrors.unknownCode() } };
export const NetworkFailure: Story = { args: { error: storyErrors.networkDrop() } };
export const WithLinks: Story = {
  args: {
    error: undefined,
    entry: {
      ...getEntry('13605', 403)!,
      links: [{ label: 'Partner Center REST error codes', href: 'https://learn.microsoft.com/partner-center/developer/error-codes' }],
    },
  },
};
export const CountriesInGerman: Story = {
  args: { error: undefined, entry: getEntry('600049', 400), lang: 'de' },
  decorators: [(Story) => <Story />],
};
