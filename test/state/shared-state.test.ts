import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { createLogger, createMemorySharedState, openStorage, type SharedState } from '../../src/index.ts';
import { createTestDatabase, describePostgres } from '../db/postgres-test-db.ts';
import { describeSharedStateContract } from './shared-state-contract.ts';

const logger = createLogger('error');
const cleanups: Array<() => unknown> = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

/** The storage's state, closed with its pin store (the storage's owner) when the test closes it. */
async function stateOf(config: { DATA_DIR: string; DATABASE_URL?: string }): Promise<SharedState> {
  const storage = await openStorage(config, { logger });
  return { ...storage.state, close: () => storage.pins.close() };
}

describeSharedStateContract('createMemorySharedState', async () => createMemorySharedState());

describeSharedStateContract('openStorage on SQLite (installations in pins.db)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'state-sqlite-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return stateOf({ DATA_DIR: dir });
});

describePostgres('shared state in PostgreSQL', () => {
  describeSharedStateContract('openStorage on PostgreSQL', async () => {
    const database = await createTestDatabase();
    cleanups.push(database.drop);
    return stateOf({ DATA_DIR: '/nonexistent', DATABASE_URL: database.url });
  });
});
