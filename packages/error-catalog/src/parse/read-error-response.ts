import type { PartnerCenterError } from '../types';
import { parseErrorResponse } from './parse-error-response';

/** The most of a body `readErrorResponse` reads: an error body is small; anything larger is not one. */
export const MAX_BODY_BYTES = 64 * 1024;

async function readCapped(response: Response, problems: string[]): Promise<string> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let bytes = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (!value.byteLength) continue;
      const room = MAX_BODY_BYTES - bytes;
      // Only a byte beyond the limit makes a body too large: one of exactly 64 KiB is read whole, and the
      // next read (which ends the stream or brings more) decides.
      if (value.byteLength > room) {
        text += decoder.decode(value.subarray(0, room), { stream: true });
        problems.push(
          `body is larger than ${MAX_BODY_BYTES / 1024} KiB; only the first ${MAX_BODY_BYTES / 1024} KiB were read`,
        );
        break;
      }
      text += decoder.decode(value, { stream: true });
      bytes += value.byteLength;
    }
  } catch {
    problems.push('body could not be read to the end (the connection dropped)');
  } finally {
    // Stop the download: a 10 MB body must not be pulled in just to be thrown away.
    reader.cancel().catch(() => {});
  }
  return text + decoder.decode();
}

/**
 * Reads a fetch `Response` (at most 64 KiB of its body) into a `PartnerCenterError`. Resolves, never rejects.
 * @example const error = response.ok ? null : await readErrorResponse(response)
 */
export async function readErrorResponse(response: Response): Promise<PartnerCenterError> {
  const problems: string[] = [];
  let body = '';
  try {
    if (response.bodyUsed) problems.push('body was already read by someone else');
    else body = await readCapped(response, problems);
  } catch {
    problems.push('body could not be read');
  }
  const error = parseErrorResponse({ status: response?.status, headers: response?.headers, body });
  error.problems.unshift(...problems);
  return error;
}
