import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PIN_DB_FILE } from './open-pin-store.ts';
import { openPinDatabaseReadOnly, PinStoreFileError } from './sqlite-open.ts';

/**
 * A consistent copy of `<DATA_DIR>/pins.db`, safe while bots are running: SQLite's online backup
 * (better-sqlite3's `backup()`), which copies committed pages, WAL included, page by page; copying
 * the file with `cp` could catch it between a write to the WAL and a checkpoint. The source is
 * opened read-only and never upgraded, so a backup taken before an upgrade is the old schema. An
 * existing file is never overwritten. The copy is checked (SQLite's quick_check) and counted.
 *
 * @module
 */
export interface PinBackup {
  file: string;
  pins: number;
  events: number;
}

export async function backupPins(dataDir: string, destination: string): Promise<PinBackup> {
  const source = join(dataDir, PIN_DB_FILE);
  const file = resolve(destination);
  if (!existsSync(source)) {
    throw new PinStoreFileError(
      `PinStore: there is no ${source} to back up (DATA_DIR=${dataDir}); nobody has pinned yet.`,
    );
  }
  if (existsSync(file)) {
    throw new PinStoreFileError(
      `PinStore: ${file} already exists; a backup never overwrites a file, choose a new name.`,
    );
  }
  const db = openPinDatabaseReadOnly(source);
  try {
    await db.backup(file);
  } catch (error) {
    throw new PinStoreFileError(`PinStore: backup to ${file} failed (${(error as Error).message}).`, {
      cause: error,
    });
  } finally {
    db.close();
  }
  const copy = openPinDatabaseReadOnly(file);
  try {
    const count = (table: string) =>
      (copy.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    return { file, pins: count('pins'), events: count('pin_events') };
  } finally {
    copy.close();
  }
}
