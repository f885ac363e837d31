import type { Problem, ProblemCode } from '../types';
import { addProblem } from './problems';
import { ELLIPSIS } from './text';

/** The most `data` items kept: an error lists a few objects, never thousands. */
export const MAX_DATA_ITEMS = 100;
/**
 * The most of `data` kept, as the length of its JSON plus 24 for each object or array (what one costs in
 * memory besides its text): about 1 KB, whatever the body held, so that a log of errors stays small.
 */
export const MAX_DATA_SIZE = 1024;
const CONTAINER_COST = 24;
const MAX_DEPTH = 8;
const MAX_KEY = 64;
// Keys that would change what an object is, not what it holds, when code later merges or spreads the data.
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const DROP = Symbol('drop');

// A plain object of any realm (an iframe's, a worker's): its prototype is an Object.prototype or nothing.
function isPlainObject(value: object): boolean {
  if (Object.prototype.toString.call(value) !== '[object Object]') return false;
  const prototype = Object.getPrototypeOf(value) as object | null;
  return prototype === null || Object.getPrototypeOf(prototype) === null;
}

/**
 * Copies plain JSON out of untrusted data, within a budget of size, depth and items. Each member is read on its own:
 * a throwing getter or Proxy trap loses that member, not the data.
 */
function copier(problems: Problem[]) {
  let left = MAX_DATA_SIZE;
  const path = new Set<object>();
  const drop = (code: ProblemCode, detail?: string): typeof DROP => {
    addProblem(problems, code, detail);
    return DROP;
  };
  const spend = (cost: number): boolean => {
    if (cost <= left) {
      left -= cost;
      return true;
    }
    left = 0;
    addProblem(problems, 'data-truncated');
    return false;
  };

  const read = (get: () => unknown, depth: number): unknown => {
    let value: unknown;
    try {
      value = get();
    } catch {
      return drop('unreadable', 'data');
    }
    return valueOf(value, depth);
  };

  const valueOf = (value: unknown, depth: number): unknown => {
    switch (typeof value) {
      case 'string':
        return string(value);
      case 'number':
        if (Number.isFinite(value)) return spend(String(value).length) ? value : DROP;
        addProblem(problems, 'data-not-json', 'number');
        return spend(4) ? null : DROP;
      case 'boolean':
        return spend(5) ? value : DROP;
      case 'object':
        return value === null ? (spend(4) ? null : DROP) : container(value, depth);
      default:
        return drop('data-not-json', typeof value);
    }
  };

  const string = (value: string): unknown => {
    if (left < 8) return spend(value.length + 2) ? value : DROP;
    const room = left - 2;
    if (value.length <= room) {
      left -= value.length + 2;
      return value;
    }
    addProblem(problems, 'data-truncated');
    left = 0;
    return `${value.slice(0, room - ELLIPSIS.length)}${ELLIPSIS}`;
  };

  const container = (value: object, depth: number): unknown => {
    if (path.has(value)) return drop('data-not-json', 'cycle');
    if (depth >= MAX_DEPTH) return drop('data-truncated');
    if (!spend(CONTAINER_COST)) return DROP;
    path.add(value);
    try {
      if (Array.isArray(value)) return array(value, depth);
      if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : string(value.toISOString());
      if (isPlainObject(value)) return object(value as Record<string, unknown>, depth);
      return drop('data-not-json', 'object');
    } catch {
      // A Proxy trap or a getter threw: that part of the data is lost, the rest is kept.
      return drop('unreadable', 'data');
    } finally {
      path.delete(value);
    }
  };

  // Every slot costs its comma before it is read, whatever it holds (a hole, a function, a symbol): a sparse
  // array claiming 2^32 - 1 items, or a Proxy claiming as many, ends when the budget does.
  const array = (items: readonly unknown[], depth: number): unknown[] => {
    const length = Math.min(items.length, MAX_DATA_ITEMS);
    const out: unknown[] = [];
    for (let index = 0; index < length && spend(1); index++) {
      const item = read(() => items[index], depth + 1);
      // As JSON.stringify does: a value that cannot be shown stands as null (and costs as much), so the positions
      // stay right.
      if (item !== DROP) out.push(item);
      else if (spend(4)) out.push(null);
      else break;
    }
    if (out.length < items.length) addProblem(problems, 'data-truncated');
    return out;
  };

  const object = (value: Record<string, unknown>, depth: number): Record<string, unknown> => {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      if (left <= 0) break;
      if (UNSAFE_KEYS.has(key)) addProblem(problems, 'data-key-dropped', key);
      else if (key.length > MAX_KEY || !spend(key.length + 3)) addProblem(problems, 'data-truncated');
      else {
        const item = read(() => value[key], depth + 1);
        if (item !== DROP) out[key] = item;
      }
    }
    return out;
  };

  // The top-level array is on the path too, so that an array holding itself is seen as a cycle at once.
  return (items: readonly unknown[]): unknown[] => {
    path.add(items);
    return array(items, 0);
  };
}

/**
 * `body.data` as plain JSON of its own: at most 100 items and about 1 KB, strings copied, nothing but arrays,
 * plain objects, strings, finite numbers, booleans and null, no key that could reach a prototype.
 */
export function dataOf(value: unknown, problems: Problem[]): unknown[] {
  if (value == null) return [];
  try {
    if (!Array.isArray(value)) {
      addProblem(problems, 'data-not-array');
      return [];
    }
    if (!value.length) return [];
    if (value.length > MAX_DATA_ITEMS) addProblem(problems, 'data-truncated');
    const kept = copier(problems)(value);
    // Through JSON once more: strings of their own (not slices of the body) in objects and arrays of exact size.
    return JSON.parse(JSON.stringify(kept)) as unknown[];
  } catch {
    addProblem(problems, 'unreadable', 'data');
    return [];
  }
}
