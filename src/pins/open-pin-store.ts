import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { prepareDataDir } from '../data-dir.ts';
import { createMemoryPinStore } from './memory-pin-store.ts';
import type { PinStore } from './pin-store.ts';
import { openSqlitePinStore } from './sqlite-pin-store.ts';

/** The pin database's file name inside DATA_DIR. */
export const PIN_DB_FILE = 'pins.db';

/**
 * Opens `<dataDir>/pins.db`, creating the directory on first use (a bad DATA_DIR is named in a
 * `DataDirError`). Every process given the same DATA_DIR shares this one file (the console
 * commands, the Discord and Slack bots).
 */
export function openPinStore(dataDir: string): PinStore {
  prepareDataDir(dataDir);
  return openSqlitePinStore(join(dataDir, PIN_DB_FILE));
}

/**
 * For a process that only reads pins (the one-shot `npm run ask`): `<dataDir>/pins.db` when it
 * exists, otherwise an empty in-memory store. Asking before anyone has pinned then neither creates
 * the file nor loads SQLite; the first `npm run pin` or bot start creates it as before.
 */
export function openPinStoreForReading(dataDir: string): PinStore {
  const file = join(dataDir, PIN_DB_FILE);
  return existsSync(file) ? openSqlitePinStore(file) : createMemoryPinStore();
}
