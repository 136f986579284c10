import { setImmediate as nextTurn } from 'node:timers/promises';

/**
 * Cooperative time slicing for work done beside live traffic (a corpus reload). Called between
 * units of work, a slicer returns nothing while the current slice of `budgetMs` lasts (no await,
 * so no cost per unit) and, once it is used up, a promise that resolves on the next event-loop
 * turn: questions that arrived meanwhile are answered within about one budget instead of after
 * the whole rebuild.
 *
 * @module
 */
export const SLICE_MS = 8;

export type Slicer = () => Promise<void> | undefined;

export function createSlicer(budgetMs = SLICE_MS): Slicer {
  let started = performance.now();
  return () => {
    if (performance.now() - started < budgetMs) return undefined;
    return nextTurn().then(() => {
      started = performance.now();
    });
  };
}
