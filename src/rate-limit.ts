/**
 * Per-user sliding-window rate limit, shared by the adapters so both platforms limit alike.
 * Pure in-memory state: a restart forgives everyone, which is fine for a chat bot.
 *
 * @module
 */
export interface RateLimiter {
  /**
   * Records an attempt; 0 when allowed, else the seconds to wait. A promise when the limit is kept
   * in a shared database (src/state/shared-rate-limiter.ts).
   */
  hit(key: string): number | Promise<number>;
}

export function createRateLimiter(options: {
  limit: number;
  windowSeconds: number;
  now?: () => number;
}): RateLimiter {
  const { limit, windowSeconds } = options;
  const now = options.now ?? Date.now;
  const windowMs = windowSeconds * 1000;
  const attempts = new Map<string, number[]>();

  return {
    hit(key) {
      const t = now();
      const recent = (attempts.get(key) ?? []).filter((at) => t - at < windowMs);
      if (recent.length >= limit) {
        attempts.set(key, recent);
        const oldest = recent[0] ?? t;
        return Math.max(1, Math.ceil((oldest + windowMs - t) / 1000));
      }
      recent.push(t);
      attempts.set(key, recent);
      // Forget idle users so the map does not grow without bound.
      if (attempts.size > 10_000) {
        for (const [k, times] of attempts) if (times.every((at) => t - at >= windowMs)) attempts.delete(k);
      }
      return 0;
    },
  };
}
