import { vi } from 'vitest';

/**
 * jsdom has no layout, so the virtualizer would see a 0-pixel viewport and render no rows.
 * Give the scroll viewport 480 × 1000 px and each measured row 40 px; the real-browser tests check real layout.
 */
export function fakeTableLayout() {
  const isViewport = (element: HTMLElement) => element.classList.contains('pce-table__scroll');
  const spies = [
    vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockImplementation(function (this: HTMLElement) {
      return isViewport(this) ? 480 : 40;
    }),
    vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(1000),
    vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockImplementation(function (this: HTMLElement) {
      return isViewport(this) ? 480 : 40;
    }),
  ];
  return { mockRestore: () => spies.forEach((spy) => spy.mockRestore()) };
}
