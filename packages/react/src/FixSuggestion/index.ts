export { FixSuggestion, type FixSuggestionProps } from './FixSuggestion';
