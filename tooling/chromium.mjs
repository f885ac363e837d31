// How this repository starts Chromium for every browser test: Debian's package, never a browser that a test
// runner downloads (machines here reach package registries only). CHROMIUM_PATH points elsewhere when needed.

/** The Chromium binary: `CHROMIUM_PATH`, else Debian's `/usr/bin/chromium`. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags for a headless run that talks to nothing but the page under test. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Playwright launch options for that Chromium (Playwright Test's `use.launchOptions`, Vitest's browser provider).
 * @type {{ executablePath: string; args: string[] }}
 */
export const chromiumLaunchOptions = { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS };
