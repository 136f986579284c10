import pg from 'pg';
import { afterAll, expect, it } from 'vitest';
import { PG_LATEST_VERSION } from '../../src/db/pg-migrations.ts';
import { openPostgres } from '../../src/db/postgres.ts';
import { createLogger } from '../../src/index.ts';
import { createTestDatabase, describePostgres } from './postgres-test-db.ts';

const logger = createLogger('error');
const cleanups: Array<() => unknown> = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

describePostgres('PostgreSQL schema migrations', () => {
  it('migrates a new database once when several processes start together, and reopens it as is', async () => {
    const { url, drop } = await createTestDatabase();
    cleanups.push(drop);
    const opened = await Promise.all([1, 2, 3].map(() => openPostgres(url, { logger })));
    for (const db of opened) await db.close();
    const versions = await query<{ version: number }>(url, 'SELECT version FROM bot_schema ORDER BY version');
    expect(versions.map((row) => row.version)).toEqual(
      Array.from({ length: PG_LATEST_VERSION }, (_, index) => index + 1),
    );
    const again = await openPostgres(url, { logger });
    await again.close();
    expect(await query(url, 'SELECT version FROM bot_schema')).toHaveLength(PG_LATEST_VERSION);
  });

  it('refuses a database migrated by a newer program, naming DATABASE_URL', async () => {
    const { url, drop } = await createTestDatabase();
    cleanups.push(drop);
    await (await openPostgres(url, { logger })).close();
    await query(
      url,
      `INSERT INTO bot_schema (version, description) VALUES (${PG_LATEST_VERSION + 1}, 'from the future')`,
    );
    await expect(openPostgres(url, { logger })).rejects.toThrow(
      `DATABASE_URL: the database has schema version ${PG_LATEST_VERSION + 1}, newer than this program knows (${PG_LATEST_VERSION}); upgrade the bot`,
    );
  });
});
