import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { PinStore } from './pin-store.ts';
import { openSqlitePinStore } from './sqlite-pin-store.ts';

/** The pin database's file name inside DATA_DIR. */
export const PIN_DB_FILE = 'pins.db';

/**
 * Opens `<dataDir>/pins.db`, creating the directory on first use. Every process given the same
 * DATA_DIR shares this one file (the console commands, the Discord and Slack bots).
 */
export function openPinStore(dataDir: string): PinStore {
  mkdirSync(dataDir, { recursive: true });
  return openSqlitePinStore(join(dataDir, PIN_DB_FILE));
}
