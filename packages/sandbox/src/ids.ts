/** Deterministic GUIDs: the same sandbox answers the same way every run, so tests and screenshots are stable. */
export function guidSequence(seed: number): () => string {
  let state = seed >>> 0 || 1;
  const next = () => {
    // xorshift32: tiny, fast, and good enough to look like GUIDs.
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0).toString(16).padStart(8, '0');
  };
  return () => {
    const hex = next() + next() + next() + next();
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  };
}
