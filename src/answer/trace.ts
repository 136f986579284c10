/**
 * What each stage of the answer pipeline decided and why, for `npm run ask -- --trace`: the tool
 * for a maintainer looking at a wrong answer. Stages add steps only when a trace is passed, so
 * answering without one costs nothing.
 *
 * @module
 */
import type { TraceStep } from '../types.ts';

export type Trace = TraceStep[];

export function traceStep(trace: Trace | undefined, stage: string, note: string, data?: unknown): void {
  trace?.push(data === undefined ? { stage, note } : { stage, note, data });
}
