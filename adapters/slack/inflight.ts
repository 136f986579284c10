/**
 * Keeps count of handlers still running so a graceful shutdown can let them finish posting
 * (bounded by a timeout) instead of cutting an answer off mid-way.
 */
export interface Inflight {
  /** Wraps a listener so its run is tracked. */
  track<A extends unknown[]>(listener: (...args: A) => Promise<void>): (...args: A) => Promise<void>;
  /** Resolves when every tracked run has ended, or after `timeoutMs`; true when all ended. */
  drain(timeoutMs: number): Promise<boolean>;
}

export function createInflight(): Inflight {
  const running = new Set<Promise<void>>();
  return {
    track(listener) {
      return (...args) => {
        const run = listener(...args).finally(() => running.delete(run));
        running.add(run);
        return run;
      };
    },
    async drain(timeoutMs) {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<false>((resolve) => {
        timer = setTimeout(() => resolve(false), timeoutMs);
      });
      // Runs may start while others end (an event leaving the dedupe claim for its listener), so
      // wait until none is left, not only for the ones running now.
      const all = (async () => {
        while (running.size > 0) await Promise.allSettled([...running]);
        return true as const;
      })();
      const ended = await Promise.race([all, timeout]);
      clearTimeout(timer);
      return ended;
    },
  };
}
