/**
 * What the answer's checks read off a corpus sentence (its tokens, its runs of capitalised names)
 * depends on the text alone, and the same candidate sentences come back question after question:
 * such a pure function of a text is computed once per text, up to `max` texts (then the cache is
 * emptied and fills again, so a large archive's memory stays bounded). Results are shared: callers
 * must not change them.
 *
 * @module
 */
export function cachedByText<T>(compute: (text: string) => T, max = 20_000): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    let value = cache.get(text);
    if (value === undefined) {
      if (cache.size >= max) cache.clear();
      value = compute(text);
      cache.set(text, value);
    }
    return value;
  };
}
