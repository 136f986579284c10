/**
 * Idempotency keys held in this process's memory, for the one-process default (with several
 * replicas they live in PostgreSQL instead: pg-shared-state.ts). Two per Slack mention: 1.2 million
 * entries, about 160 MB, after 10 minutes at 1,000 events/s. Keys are kept for longer than Slack's
 * retry window (about 5 minutes).
 *
 * @module
 */
export const DEDUPE_TTL_MS = 10 * 60 * 1000;

export interface SeenKeys {
  /** Records the keys; true when none of them was seen within the TTL. */
  firstTime(keys: string[]): boolean;
  /** How many keys are held (expired ones go on the next call). */
  readonly size: number;
}

export function createSeenKeys(options: { ttlMs?: number; now?: () => number } = {}): SeenKeys {
  const ttl = options.ttlMs ?? DEDUPE_TTL_MS;
  const now = options.now ?? Date.now;
  // Insertion order is time order (a key seen again moves to the end), so the expired keys are the
  // oldest ones: each call drops them from the front and stops at the first live key. Scanning the
  // whole map instead, as this once did past 50,000 keys, cost up to a millisecond per event after
  // half a minute at 1,000 events/s, because under load none of those keys has expired yet.
  const seenAt = new Map<string, number>();
  return {
    firstTime(keys) {
      const t = now();
      for (const [key, at] of seenAt) {
        if (t - at < ttl) break;
        seenAt.delete(key);
      }
      const seen = keys.some((key) => {
        const at = seenAt.get(key);
        return at !== undefined && t - at < ttl;
      });
      for (const key of keys) {
        seenAt.delete(key);
        seenAt.set(key, t);
      }
      return !seen;
    },
    get size() {
      return seenAt.size;
    },
  };
}
