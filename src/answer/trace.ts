/**
 * What each stage of the answer pipeline decided and why, for `npm run ask -- --trace`: the tool
 * for a maintainer looking at a wrong answer. Stages add steps only when a trace is passed, so
 * answering without one costs nothing.
 *
 * @module
 */
import type { TraceStep } from '../types.ts';

export type Trace = TraceStep[];

/** Records a step; `note` and `data` are functions so that answering without a trace computes neither. */
export function traceStep(
  trace: Trace | undefined,
  stage: string,
  note: string | (() => string),
  data?: () => unknown,
): void {
  if (!trace) return;
  const text = typeof note === 'string' ? note : note();
  trace.push(data === undefined ? { stage, note: text } : { stage, note: text, data: data() });
}
