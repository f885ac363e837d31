import type { Problem } from '../types';
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

/** Copies plain JSON out of untrusted data, within a budget of size, depth and items. */
class DataCopier {
  private left = MAX_DATA_SIZE;
  private readonly path = new Set<object>();

  constructor(private readonly problems: Problem[]) {}

  private spend(cost: number): boolean {
    if (cost > this.left) {
      this.left = 0;
      addProblem(this.problems, 'data-truncated');
      return false;
    }
    this.left -= cost;
    return true;
  }

  // Each member is read on its own: a throwing getter or Proxy trap loses that member, not the data.
  private read(read: () => unknown, depth: number): unknown {
    let value: unknown;
    try {
      value = read();
    } catch {
      addProblem(this.problems, 'unreadable', 'data');
      return DROP;
    }
    return this.value(value, depth);
  }

  private value(value: unknown, depth: number): unknown {
    switch (typeof value) {
      case 'string':
        return this.string(value);
      case 'number':
        if (Number.isFinite(value)) return this.spend(String(value).length) ? value : DROP;
        addProblem(this.problems, 'data-not-json', 'number');
        return this.spend(4) ? null : DROP;
      case 'boolean':
        return this.spend(5) ? value : DROP;
      case 'object':
        return value === null ? (this.spend(4) ? null : DROP) : this.container(value, depth);
      default:
        addProblem(this.problems, 'data-not-json', typeof value);
        return DROP;
    }
  }

  private string(value: string): unknown {
    if (this.left < 8) return this.spend(value.length + 2) ? value : DROP;
    const room = this.left - 2;
    if (value.length <= room) {
      this.left -= value.length + 2;
      return value;
    }
    addProblem(this.problems, 'data-truncated');
    this.left = 0;
    return `${value.slice(0, room - ELLIPSIS.length)}${ELLIPSIS}`;
  }

  private container(value: object, depth: number): unknown {
    if (this.path.has(value)) {
      addProblem(this.problems, 'data-not-json', 'cycle');
      return DROP;
    }
    if (depth >= MAX_DEPTH) {
      addProblem(this.problems, 'data-truncated');
      return DROP;
    }
    if (!this.spend(CONTAINER_COST)) return DROP;
    this.path.add(value);
    try {
      if (Array.isArray(value)) return this.array(value, depth, Infinity);
      if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : this.string(value.toISOString());
      if (isPlainObject(value)) return this.object(value as Record<string, unknown>, depth);
      addProblem(this.problems, 'data-not-json', 'object');
      return DROP;
    } catch {
      // A Proxy trap or a getter threw: that part of the data is lost, the rest is kept.
      addProblem(this.problems, 'unreadable', 'data');
      return DROP;
    } finally {
      this.path.delete(value);
    }
  }

  /** The top-level array: on the path too, so that an array holding itself is seen as a cycle at once. */
  root(items: readonly unknown[]): unknown[] {
    this.path.add(items);
    return this.array(items, 0, MAX_DATA_ITEMS);
  }

  private array(items: readonly unknown[], depth: number, maxItems: number): unknown[] {
    const length = Math.min(items.length, maxItems);
    const out: unknown[] = [];
    for (let index = 0; index < length && this.left > 0; index++) {
      const item = this.read(() => items[index], depth + 1);
      // As JSON.stringify does: a value that cannot be shown stands as null, so the positions stay right.
      out.push(item === DROP ? null : item);
    }
    if (out.length < items.length) addProblem(this.problems, 'data-truncated');
    return out;
  }

  private object(object: Record<string, unknown>, depth: number): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(object)) {
      if (this.left <= 0) break;
      if (UNSAFE_KEYS.has(key)) {
        addProblem(this.problems, 'data-key-dropped', key);
        continue;
      }
      if (key.length > MAX_KEY || !this.spend(key.length + 3)) {
        addProblem(this.problems, 'data-truncated');
        continue;
      }
      const item = this.read(() => object[key], depth + 1);
      if (item !== DROP) out[key] = item;
    }
    return out;
  }
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
    const kept = new DataCopier(problems).root(value);
    // Through JSON once more: strings of their own (not slices of the body) in objects and arrays of exact size.
    return JSON.parse(JSON.stringify(kept)) as unknown[];
  } catch {
    addProblem(problems, 'unreadable', 'data');
    return [];
  }
}
