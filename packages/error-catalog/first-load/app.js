// A portal's first load, as a consumer's bundler builds it: only readErrorResponse is imported.
import { readErrorResponse } from '../dist/index.js';

const error = await readErrorResponse(await fetch('/api/customers'));
globalThis.postMessage?.(`${error.title}: ${error.description}`);
