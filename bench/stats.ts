/** Percentiles and timing helpers shared by the benchmark children. */
export interface Latency {
  samples: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

/** Nearest-rank percentile of sorted values. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))] as number;
}

export function latency(values: readonly number[]): Latency {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    samples: sorted.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted.at(-1) ?? Number.NaN,
  };
}

export const median = (values: readonly number[]) =>
  percentile(
    [...values].sort((a, b) => a - b),
    50,
  );

/** Milliseconds taken by `run`, and its result. */
export function timed<T>(run: () => T): { ms: number; value: T } {
  const start = performance.now();
  const value = run();
  return { ms: performance.now() - start, value };
}

/** Wall-clock and CPU time of the same calls. */
export interface CallTimes {
  wall: Latency;
  /**
   * CPU time of the whole process (user + system) during each call: the time the machine spent on
   * other processes is left out, but V8's helper threads (concurrent GC marking, the optimising
   * compiler) are counted, so a call during which they run can cost more CPU than wall time.
   * Shown for reading a run on a busy machine; the targets are on wall time.
   */
  cpu: Latency;
}

/**
 * Runs `call` over every question: first unmeasured warm-up rounds (at least `warmup`, and on until
 * `minSamples` calls or a quarter of the budget, so the JIT has settled: with two rounds only, the
 * shipped corpus's p99 is compiler noise), then measured rounds until both `minSamples` and
 * `minRounds` are reached or `budgetMs` is spent (at least one round). A p99 of 1,000 calls is the
 * 10th slowest, which on a 0.1 ms call is wherever the scheduler happened to interrupt: the shipped
 * corpus's ratio to MiniSearch ranged from 2.6× to 9.4× over three runs; with 20,000 calls each
 * way it held at 1.4–2.4×. Slower corpora reach the time budget first.
 */
export function measureCalls(
  questions: readonly string[],
  call: (question: string) => unknown,
  { warmup = 2, minRounds = 3, minSamples = 20_000, budgetMs = 20_000 } = {},
): CallTimes {
  const warmStart = performance.now();
  for (let round = 0, calls = 0; ; round++) {
    for (const q of questions) call(q);
    calls += questions.length;
    if (round + 1 >= warmup && (calls >= minSamples || performance.now() - warmStart > budgetMs / 4)) break;
  }
  const wall: number[] = [];
  const cpu: number[] = [];
  const start = performance.now();
  for (let round = 0; ; round++) {
    for (const q of questions) {
      const cpuBefore = process.cpuUsage();
      const t = performance.now();
      call(q);
      wall.push(performance.now() - t);
      const used = process.cpuUsage(cpuBefore);
      cpu.push((used.user + used.system) / 1000);
    }
    const enough = round + 1 >= minRounds && wall.length >= minSamples;
    if (enough || performance.now() - start > budgetMs) break;
  }
  return { wall: latency(wall), cpu: latency(cpu) };
}

/** Forces a full collection when node runs with --expose-gc, so memory figures are live data only. */
export function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  gc?.();
}

export function memory() {
  collectGarbage();
  const m = process.memoryUsage();
  return { heapMB: m.heapUsed / 2 ** 20, rssMB: m.rss / 2 ** 20, externalMB: m.external / 2 ** 20 };
}
