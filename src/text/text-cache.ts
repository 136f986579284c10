/**
 * What the answer's checks read off a corpus sentence (its tokens, its runs of capitalised names)
 * depends on the text alone, and the same candidate sentences come back question after question:
 * such a pure function of a text is computed once per text, up to `max` texts (then the cache is
 * emptied and fills again, so a large archive's memory stays bounded). Results are shared: callers
 * must not change them.
 *
 * @module
 */
// A question reads some forty candidate sentences (eight passages): a few thousand texts keep every
// sentence of a small corpus and the recent questions' sentences of a large one (tokens of 4,000
// sentences of 25 words are about 15 MB).
const MAX_TEXTS = 4_000;

export function cachedByText<T>(compute: (text: string) => T, max = MAX_TEXTS): (text: string) => T {
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
