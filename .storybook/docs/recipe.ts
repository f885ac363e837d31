// The TanStack Query recipe lives in @pc-errors/react's README (one home); this page shows that section.
import reactReadme from '../../packages/react/README.md?raw';

export const recipe =
  /<!-- recipe:tanstack-query -->([^]*?)<!-- \/recipe:tanstack-query -->/.exec(reactReadme)?.[1] ?? '';
