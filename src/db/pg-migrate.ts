import type pg from 'pg';
import { DatabaseError } from './pg-errors.ts';
import { PG_LATEST_VERSION, pgMigrations } from './pg-migrations.ts';

// Any constant shared by every process of this program: 'PINS' in ASCII, as in sqlite-schema.ts.
const MIGRATION_LOCK = 0x50494e53;

/**
 * Brings the database to the latest schema in one transaction: the advisory lock makes replicas
 * starting together wait for each other, and a failed migration leaves nothing half-applied. A
 * database from a newer program is refused, so an old replica never writes a schema it does not know.
 */
export async function migrate(client: pg.ClientBase): Promise<{ from: number; to: number }> {
  await client.query('BEGIN');
  try {
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await client.query(
      `CREATE TABLE IF NOT EXISTS bot_schema (
         version integer PRIMARY KEY,
         description text NOT NULL,
         applied_at timestamptz NOT NULL DEFAULT now()
       )`,
    );
    const { rows } = await client.query<{ version: number | null }>(
      'SELECT max(version) AS version FROM bot_schema',
    );
    const from = rows[0]?.version ?? 0;
    if (from > PG_LATEST_VERSION) {
      throw new DatabaseError(
        `DATABASE_URL: the database has schema version ${from}, newer than this program knows (${PG_LATEST_VERSION}); upgrade the bot`,
      );
    }
    for (const migration of pgMigrations) {
      if (migration.version <= from) continue;
      await client.query(migration.sql);
      await client.query('INSERT INTO bot_schema (version, description) VALUES ($1, $2)', [
        migration.version,
        migration.description,
      ]);
    }
    await client.query('COMMIT');
    return { from, to: Math.max(from, PG_LATEST_VERSION) };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  }
}
