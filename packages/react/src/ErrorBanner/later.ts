// What a banner needs only once someone asks for it, in one chunk that loads after the banner is painted: the facts of
// "Details", the support ticket's writer (with its secret masker) for "Copy details", and the fix for `showFix`. One
// chunk, not three: a bundler splits the code they share with the banner into a chunk per set of importers.
export { diagnosticsText } from '@pc-errors/error-catalog';
export { FixSuggestion } from '../FixSuggestion/FixSuggestion';
export { DetailsPanel } from './DetailsPanel';
