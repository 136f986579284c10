import type { Postgres } from '../db/postgres.ts';
import type { SharedState } from './shared-state.ts';

/**
 * Shared state in PostgreSQL, seen by every replica (tables from migration 2, pg-migrations.ts).
 *
 * A claim is one INSERT … ON CONFLICT: the row for a key is taken by exactly one transaction, and
 * a key whose claim expired can be taken again. Two replicas handed the same event (Slack retrying
 * to the other one) race on the same keys; one gets them all, the other none. Claims, the cache and
 * rate limits are UNLOGGED tables: no write-ahead log, so each event is spared a disk flush on the
 * acknowledgement path, and a database crash empties them (at worst, an event retried across that
 * crash is answered twice, and limits start afresh). Expired rows are deleted now and then, by
 * whichever replica happens to run the cleanup.
 *
 * Rate limits keep one row per attempt within the window; two replicas racing on the same user in
 * the same instant may both let the last question through.
 *
 * @module
 */
const CLEANUP_EVERY = 1000;

export function createPgSharedState(db: Postgres, options: { closeDatabase?: boolean } = {}): SharedState {
  const { pool } = db;
  let claims = 0;

  const cleanup = () => {
    pool
      .query(
        'DELETE FROM event_claims WHERE expires_at < now(); DELETE FROM lookup_cache WHERE expires_at < now()',
      )
      .catch(() => {});
  };

  return {
    shared: true,
    async claim(keys, ttlMs) {
      if (++claims % CLEANUP_EVERY === 0) cleanup();
      const { rows } = await pool.query<{ taken: string }>(
        `WITH taken AS (
           INSERT INTO event_claims AS c (key, expires_at)
           SELECT unnest($1::text[]), now() + $2 * interval '1 millisecond'
           ON CONFLICT (key) DO UPDATE SET expires_at = EXCLUDED.expires_at WHERE c.expires_at < now()
           RETURNING 1)
         SELECT count(*) AS taken FROM taken`,
        // Sorted, so two claims sharing keys lock them in the same order and cannot deadlock.
        [[...new Set(keys)].sort(), ttlMs],
      );
      return Number(rows[0]?.taken ?? 0) === new Set(keys).size;
    },
    async cacheGet(key) {
      const { rows } = await pool.query<{ value: unknown }>(
        'SELECT value FROM lookup_cache WHERE key = $1 AND expires_at > now()',
        [key],
      );
      return rows[0]?.value;
    },
    async cacheSet(key, value, ttlMs) {
      await pool.query(
        `INSERT INTO lookup_cache (key, value, expires_at) VALUES ($1, $2, now() + $3 * interval '1 millisecond')
         ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, expires_at = EXCLUDED.expires_at`,
        [key, JSON.stringify(value), ttlMs],
      );
    },
    async hit(key, limit, windowMs) {
      const { rows } = await pool.query<{ n: string; wait_ms: number | null }>(
        `WITH purged AS (
           DELETE FROM rate_hits WHERE key = $1 AND at <= now() - $2 * interval '1 millisecond'),
         recent AS (
           SELECT count(*) AS n, min(at) AS oldest FROM rate_hits
           WHERE key = $1 AND at > now() - $2 * interval '1 millisecond'),
         added AS (
           INSERT INTO rate_hits (key, at) SELECT $1, clock_timestamp() FROM recent WHERE n < $3)
         SELECT n, extract(epoch FROM oldest + $2 * interval '1 millisecond' - now()) * 1000 AS wait_ms FROM recent`,
        [key, windowMs, limit],
      );
      const row = rows[0];
      if (!row || Number(row.n) < limit) return 0;
      return Math.max(1, Math.ceil(Number(row.wait_ms ?? windowMs) / 1000));
    },
    installations: {
      async save(key, data) {
        await pool.query(
          `INSERT INTO installations (key, data) VALUES ($1, $2)
           ON CONFLICT (key) DO UPDATE SET data = EXCLUDED.data, updated_at = now()`,
          [key, JSON.stringify(data)],
        );
      },
      async fetch(key) {
        const { rows } = await pool.query<{ data: unknown }>(
          'SELECT data FROM installations WHERE key = $1',
          [key],
        );
        return rows[0]?.data;
      },
      async delete(key) {
        const { rowCount } = await pool.query('DELETE FROM installations WHERE key = $1', [key]);
        return (rowCount ?? 0) > 0;
      },
    },
    async close() {
      if (options.closeDatabase) await db.close();
    },
  };
}
