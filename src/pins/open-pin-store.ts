import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from '../config.ts';
import { prepareDataDir } from '../data-dir.ts';
import { createLogger, type Logger } from '../log.ts';
import { createMemoryPinStore } from './memory-pin-store.ts';
import type { PinStore } from './pin-store.ts';
import { openSqlitePinStore } from './sqlite-pin-store.ts';

/** The pin database's file name inside DATA_DIR. */
export const PIN_DB_FILE = 'pins.db';

/** The settings that choose where pins live. */
export type PinStoreConfig = Pick<Config, 'DATA_DIR' | 'DATABASE_URL'> & Partial<Pick<Config, 'LOG_LEVEL'>>;

/**
 * Opens the pin store every process of a deployment shares: PostgreSQL when DATABASE_URL is set
 * (the schema is migrated at start; a database that cannot be reached stops the start with an
 * error naming DATABASE_URL), otherwise `<DATA_DIR>/pins.db`, creating the directory on first use
 * (a bad DATA_DIR is named in a `DataDirError`).
 * The PostgreSQL driver is loaded only when used.
 */
export async function openPinStore(
  config: PinStoreConfig,
  options: { logger?: Logger } = {},
): Promise<PinStore> {
  if (config.DATABASE_URL) {
    const [{ openPostgres }, { createPgPinStore }] = await Promise.all([
      import('../db/postgres.ts'),
      import('./pg-pin-store.ts'),
    ]);
    const logger = options.logger ?? createLogger(config.LOG_LEVEL ?? 'info');
    return createPgPinStore(await openPostgres(config.DATABASE_URL, { logger }));
  }
  prepareDataDir(config.DATA_DIR);
  return openSqlitePinStore(join(config.DATA_DIR, PIN_DB_FILE));
}

/**
 * For a process that only reads pins (the one-shot `npm run ask`): the shared database when
 * DATABASE_URL is set; else `<DATA_DIR>/pins.db` when it exists, otherwise an empty in-memory store.
 * Asking before anyone has pinned then neither creates the file nor loads SQLite; the first `npm run
 * pin` or bot start creates it as before.
 */
export async function openPinStoreForReading(config: PinStoreConfig): Promise<PinStore> {
  if (config.DATABASE_URL) return openPinStore(config);
  const file = join(config.DATA_DIR, PIN_DB_FILE);
  return existsSync(file) ? openSqlitePinStore(file) : createMemoryPinStore();
}
