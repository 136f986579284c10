import { createRateLimiter, type RateLimiter } from '../rate-limit.ts';
import { createSeenKeys, type SeenKeys } from './seen-keys.ts';
import type { InstallationRecords, SharedState } from './shared-state.ts';

/**
 * Shared state for one process: claims, cache and limits in memory. Installations are in memory
 * too unless a durable `installations` store is given (SQLite's, under DATA_DIR).
 */
export function createMemorySharedState(
  options: { installations?: InstallationRecords; now?: () => number; close?: () => Promise<void> } = {},
): SharedState {
  const now = options.now ?? Date.now;
  const seenByTtl = new Map<number, SeenKeys>();
  const cache = new Map<string, { value: unknown; expiresAt: number }>();
  const limiters = new Map<string, RateLimiter>();
  const installed = new Map<string, unknown>();

  return {
    shared: false,
    async claim(keys, ttlMs) {
      const seen = seenByTtl.get(ttlMs) ?? createSeenKeys({ ttlMs, now });
      seenByTtl.set(ttlMs, seen);
      return seen.firstTime(keys);
    },
    async cacheGet(key) {
      const entry = cache.get(key);
      if (!entry) return undefined;
      if (entry.expiresAt > now()) return structuredClone(entry.value);
      cache.delete(key);
      return undefined;
    },
    async cacheSet(key, value, ttlMs) {
      cache.set(key, { value: structuredClone(value), expiresAt: now() + ttlMs });
      // Bounded like the rate limiter: forget expired entries once the map grows.
      if (cache.size > 10_000) for (const [k, e] of cache) if (e.expiresAt <= now()) cache.delete(k);
    },
    async hit(key, limit, windowMs) {
      const id = `${limit}/${windowMs}`;
      const limiter = limiters.get(id) ?? createRateLimiter({ limit, windowSeconds: windowMs / 1000, now });
      limiters.set(id, limiter);
      return limiter.hit(key);
    },
    installations: options.installations ?? {
      async save(key, data) {
        installed.set(key, structuredClone(data));
      },
      async fetch(key) {
        const data = installed.get(key);
        return data === undefined ? undefined : structuredClone(data);
      },
      async delete(key) {
        return installed.delete(key);
      },
    },
    async close() {
      await options.close?.();
    },
  };
}
