// `data` as it may leave the process (a ticket, a forwarded problem body): the parser's bounded copy, with every
// string masked and every member that holds a credential replaced.
import { dataOf } from '../parse/data';
import { isSecretName, PAIR_NAMES, PAIR_VALUES } from './secret-names';
import { redactSecrets } from './secrets';

const MASK = '[redacted]';
const isPairName = (key: string) => PAIR_NAMES.has(key.toLowerCase());

function masked(value: unknown): unknown {
  if (typeof value === 'string') return redactSecrets(value);
  if (Array.isArray(value)) return value.map(masked);
  if (value === null || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  // A name/value pair whose name is a secret's: its value is the secret, its name is kept to say which one.
  const pair = keys.some((key) => {
    const name = record[key];
    return isPairName(key) && typeof name === 'string' && isSecretName(name);
  });
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    const item = record[key];
    // In a pair, `key` names the secret rather than holding one.
    const secret = pair
      ? PAIR_VALUES.has(key.toLowerCase()) || (!isPairName(key) && isSecretName(key))
      : isSecretName(key);
    out[key] = secret && item !== null ? MASK : masked(item);
  }
  return out;
}

/** A masked copy of `data` (at most what the parser keeps of it: 100 items, about 1 KB); `[]` for nothing. */
export function maskedData(data: unknown): unknown[] {
  return masked(dataOf(data, [])) as unknown[];
}
