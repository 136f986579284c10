/**
 * Work written as a generator that yields between units (articles, passages, words) can run
 * straight through, as a start does (`finish`), or with the event loop handed back at the
 * yields, as a running bot's reload does (src/live/rebuild-corpus.ts). One recipe, two paces.
 *
 * @module
 */
export type Steps<T> = Generator<void, T, void>;

/** Runs the steps to the end, synchronously, and returns their result. */
export function finish<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}
