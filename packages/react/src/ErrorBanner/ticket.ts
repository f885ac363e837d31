// The support ticket's writer (and its secret masker), loaded after the banner is painted rather than with it: "Copy
// details" is the only thing that needs it.
export { diagnosticsText } from '@pc-errors/error-catalog';
