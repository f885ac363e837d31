import { vi } from 'vitest';

/**
 * jsdom has no layout, so the virtualizer would see a 0-pixel viewport and render no rows.
 * Give the scroll viewport 480 px and each row 40 px; the real-browser tests check real layout.
 */
export function fakeTableLayout() {
  const rect = (height: number) => ({ x: 0, y: 0, top: 0, left: 0, right: 1000, bottom: height, width: 1000, height, toJSON: () => ({}) });
  return vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (this: HTMLElement) {
    return rect(this.classList.contains('pce-table__scroll') ? 480 : 40) as DOMRect;
  });
}
