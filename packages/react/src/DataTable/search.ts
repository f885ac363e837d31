/** A search's answer: the indexes (in data order) of the rows whose text contains the query. */
export interface SearchResult {
  /** The query as searched: trimmed and lower-cased. */
  query: string;
  /** How many rows of the data were searched. */
  count: number;
  matches: Int32Array;
}

/** A search box's text as the index compares it. */
export const normalizeQuery = (value: string) => value.trim().toLowerCase();

/**
 * The rows whose lower-cased text contains `query` (already normalized). A query that extends the one before
 * it ("sub" after "su") can only match rows that matched before, so only those are tested again, plus rows
 * appended since (`previous.count` to `count`).
 */
export function searchRows(
  textOf: (index: number) => string,
  count: number,
  query: string,
  previous?: SearchResult,
): SearchResult {
  const narrows = previous !== undefined && previous.count <= count && query.includes(previous.query);
  const found = new Int32Array(narrows ? previous.matches.length + count - previous.count : count);
  let length = 0;
  if (narrows) {
    for (const index of previous.matches) if (textOf(index).includes(query)) found[length++] = index;
    for (let index = previous.count; index < count; index++) if (textOf(index).includes(query)) found[length++] = index;
  } else {
    for (let index = 0; index < count; index++) if (textOf(index).includes(query)) found[length++] = index;
  }
  return { query, count, matches: found.slice(0, length) };
}
