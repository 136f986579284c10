import { join } from 'node:path';
import { prepareDataDir } from '../data-dir.ts';
import { createLogger, type Logger } from '../log.ts';
import { PIN_DB_FILE, type PinStoreConfig } from '../pins/open-pin-store.ts';
import type { PinStore } from '../pins/pin-store.ts';
import { openSqlitePinStore } from '../pins/sqlite-pin-store.ts';
import { createMemorySharedState } from './memory-shared-state.ts';
import type { SharedState } from './shared-state.ts';
import { openSqliteInstallations } from './sqlite-installations.ts';

/**
 * Everything a bot process keeps outside itself, in one database: pins, and the state platform
 * replicas share. PostgreSQL when DATABASE_URL is set (one connection pool for both), else
 * `<DATA_DIR>/pins.db` with claims, cache and limits in memory. The pin store owns the storage:
 * closing it (`bot.close()`) closes the state and the database too, after the platforms stopped.
 *
 * @module
 */
export interface Storage {
  pins: PinStore;
  state: SharedState;
}

export async function openStorage(
  config: PinStoreConfig,
  options: { logger?: Logger } = {},
): Promise<Storage> {
  const logger = options.logger ?? createLogger(config.LOG_LEVEL ?? 'info');
  if (config.DATABASE_URL) {
    const [{ openPostgres }, { createPgPinStore }, { createPgSharedState }] = await Promise.all([
      import('../db/postgres.ts'),
      import('../pins/pg-pin-store.ts'),
      import('./pg-shared-state.ts'),
    ]);
    const db = await openPostgres(config.DATABASE_URL, { logger });
    return { pins: createPgPinStore(db), state: createPgSharedState(db) };
  }
  prepareDataDir(config.DATA_DIR);
  const path = join(config.DATA_DIR, PIN_DB_FILE);
  const pins = openSqlitePinStore(path);
  const installations = openSqliteInstallations(path);
  const state = createMemorySharedState({ installations });
  return {
    pins: {
      ...pins,
      async close() {
        installations.close();
        await pins.close();
      },
    },
    state,
  };
}
