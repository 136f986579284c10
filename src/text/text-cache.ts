/**
 * A word's stem and forms, a sentence's tokens or runs of capitalised names: each depends on the
 * text alone, and the same words and candidate sentences come back question after question. Such a
 * pure function of a text is computed once per text, up to `max` texts (then the cache is emptied
 * and fills again, so a large archive's memory stays bounded). Results are shared: callers must not
 * change them.
 *
 * @module
 */
// For sentences: a question reads some forty candidate sentences (eight passages), so a few
// thousand texts keep every sentence of a small corpus and the recent questions' sentences of a
// large one (tokens of 4,000 sentences of 25 words are about 15 MB).
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
