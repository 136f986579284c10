import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { describe, it } from 'vitest';

/**
 * PostgreSQL for the tests: the server at DATABASE_URL (`.ci/run` starts a throw-away cluster and
 * sets it, with CI=true). Each test file gets databases of its own, created fresh and dropped after,
 * so files run in parallel without seeing each other's pins or notices.
 *
 * Without DATABASE_URL the PostgreSQL tests are skipped with a printed reason, except in CI
 * (CI=true), where a missing database is a failure: CI must never pass by skipping them.
 */
export const SERVER_URL = process.env.DATABASE_URL;
export const IN_CI = process.env.CI === 'true';

let warned = false;

/** `describe` for tests that need PostgreSQL; see the module comment for when it skips. */
export function describePostgres(name: string, body: () => void): void {
  if (SERVER_URL) {
    describe(name, body);
    return;
  }
  if (IN_CI) {
    describe(name, () => {
      it('has a PostgreSQL server to test against', () => {
        throw new Error('CI=true but DATABASE_URL is unset: .ci/run must start PostgreSQL and export it');
      });
    });
    return;
  }
  if (!warned) {
    warned = true;
    process.stderr.write(
      'Skipping the PostgreSQL tests: DATABASE_URL is unset. Set it to a server you may create databases on (see scripts/test-postgres.sh), or run .ci/run.\n',
    );
  }
  describe.skip(name, body);
}

/** Creates an empty database on the test server; returns its URL and a function that drops it. */
export async function createTestDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  if (!SERVER_URL) throw new Error('createTestDatabase: DATABASE_URL is unset');
  const name = `bot_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: SERVER_URL });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(SERVER_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: SERVER_URL });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}
