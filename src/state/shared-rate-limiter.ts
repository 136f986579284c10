import type { Logger } from '../log.ts';
import { createRateLimiter, type RateLimiter } from '../rate-limit.ts';
import type { SharedState } from './shared-state.ts';

/**
 * The per-user question limit for a process: in memory when it runs alone, in the shared state
 * when replicas or shards share one (so a user cannot multiply the limit by landing on several
 * processes). A limit that cannot be checked lets the question through (logged): answering is
 * better than refusing because of a database hiccup.
 */
export function createSharedRateLimiter(
  state: SharedState,
  options: { limit: number; windowSeconds: number; logger: Logger },
): RateLimiter {
  if (!state.shared) return createRateLimiter(options);
  const windowMs = options.windowSeconds * 1000;
  return {
    hit: (key) =>
      state.hit(key, options.limit, windowMs).catch((error: unknown) => {
        options.logger.warn('rate limit: the shared limit cannot be checked; letting the question through', {
          error,
        });
        return 0;
      }),
  };
}
