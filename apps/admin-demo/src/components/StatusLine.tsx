import { makeStyles, tokens } from '@fluentui/react-components';
import type { Ref } from 'react';

const useStyles = makeStyles({
  // An empty status line takes no room, unless it holds focus (after a retry whose outcome has no words yet); it
  // stays focusable, so focus can move to it before its words arrive.
  root: {
    margin: 0,
    color: tokens.colorNeutralForeground2,
    ':empty:not(:focus)': {
      position: 'absolute',
      width: '1px',
      height: '1px',
      overflow: 'hidden',
      clipPath: 'inset(50%)',
    },
  },
});

/** A polite live region that is always in the page (one that appears with its text already in it is often not
 * announced), and can take focus when what had focus went away. */
export function StatusLine({ text, ref }: { text: string; ref?: Ref<HTMLParagraphElement> }) {
  const styles = useStyles();
  return (
    <p ref={ref} role="status" tabIndex={-1} className={styles.root}>
      {text}
    </p>
  );
}
