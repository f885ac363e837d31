import type { ComponentProps } from 'react';

/** Heading levels a component may be given so that it fits the page's outline. */
export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

export function Heading({ level, ...props }: ComponentProps<'h2'> & { level: HeadingLevel }) {
  const Tag = `h${level}` as const;
  return <Tag {...props} />;
}

export const nextLevel = (level: HeadingLevel): HeadingLevel => Math.min(level + 1, 6) as HeadingLevel;

export const cx = (...names: (string | false | null | undefined)[]) => names.filter(Boolean).join(' ');
