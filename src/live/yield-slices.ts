import { setImmediate as nextTurn } from 'node:timers/promises';

/**
 * Cooperative time slicing for work done beside live traffic (a corpus reload): `await slice()`
 * between items hands the event loop back once `budgetMs` of work has run, so questions that
 * arrive meanwhile are answered within about one budget instead of after the whole rebuild.
 */
export const SLICE_MS = 8;

export function createSlicer(budgetMs = SLICE_MS): () => Promise<void> {
  let started = performance.now();
  return async () => {
    if (performance.now() - started < budgetMs) return;
    await nextTurn();
    started = performance.now();
  };
}
