// A consumer that imports every export: the whole catalog, every entry included, in one bundle.
import * as everything from '../dist/index.js';

globalThis.postMessage?.(everything);
