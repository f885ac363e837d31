import { makeStyles, tokens } from '@fluentui/react-components';

/** Layouts the pages share. */
export const usePageStyles = makeStyles({
  toolbar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'end' },
  form: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(14rem, 1fr))',
    '& > *': { minWidth: 0 },
    gap: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    alignItems: 'end',
    maxWidth: '60rem',
  },
  formActions: { gridColumnStart: 1, gridColumnEnd: -1, display: 'flex', gap: tokens.spacingHorizontalS },
  /** A field on its own, as wide as a field of a form. */
  field: { maxWidth: '28rem' },
  stack: { display: 'grid', gap: tokens.spacingVerticalM },
  caption: { textAlign: 'start', fontWeight: tokens.fontWeightSemibold, paddingBlockEnd: tokens.spacingVerticalXS },
  number: { width: '6rem' },
  inline: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  mono: { fontFamily: tokens.fontFamilyMonospace },
  hidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    clipPath: 'inset(50%)',
    whiteSpace: 'nowrap',
  },
});
