import { existsSync, statSync } from 'node:fs';
import type Database from 'better-sqlite3';
import { openSqlite } from '../sqlite.ts';
import { APPLICATION_ID, LATEST_VERSION, migrations } from './sqlite-schema.ts';

/**
 * Opens pins.db safely. The file is inspected with reads only before anything is written:
 * a file that is not SQLite, or SQLite that is not ours (another application_id, or tables
 * without our id), or ours but damaged (quick_check; cheap at the size of a pin store), or ours
 * from a newer program, stops start-up with an error naming the file,
 * and its bytes are left as they were. Only a new or empty file is initialised.
 *
 * Durability: WAL with synchronous=FULL, so every committed pin is fsynced to the WAL before
 * `add` returns. NORMAL would already survive SIGKILL (the WAL write reaches the OS before the
 * commit returns) but could lose the last pins on power loss; pins are rare moderator actions,
 * so one fsync each is cheap insurance. busy_timeout lets two bots share the file: a writer
 * waits for the other's short transaction instead of failing with SQLITE_BUSY.
 *
 * @module
 */

const BUSY_TIMEOUT_MS = 5000;

/** Thrown when pins.db cannot be used; the message names the file. */
export class PinStoreFileError extends Error {
  override name = 'PinStoreFileError';
}

interface Header {
  applicationId: number;
  userVersion: number;
  objects: number;
  /** `ok`, or what SQLite's quick_check found (a damaged page, a broken index). */
  check: string;
}

function readHeader(db: Database.Database): Header {
  const check = (db.pragma('quick_check') as Array<{ quick_check: string }>).map((row) =>
    row.quick_check.replace(/\s*\n\s*/g, ' '),
  );
  return {
    applicationId: db.pragma('application_id', { simple: true }) as number,
    userVersion: db.pragma('user_version', { simple: true }) as number,
    objects: (db.prepare('SELECT count(*) AS n FROM sqlite_schema').get() as { n: number }).n,
    check: check.join('; '),
  };
}

function refusal(path: string, header: Header): string | undefined {
  const fresh = header.applicationId === 0 && header.userVersion === 0 && header.objects === 0;
  if (fresh) return undefined;
  if (header.applicationId !== APPLICATION_ID) {
    return `${path} is an SQLite database of another application (application_id ${header.applicationId}, ${header.objects} schema objects), not a pin store`;
  }
  if (header.check !== 'ok') return `${path} is damaged (SQLite quick_check: ${header.check.slice(0, 200)})`;
  if (header.userVersion > LATEST_VERSION) {
    return `${path} has schema version ${header.userVersion}, newer than this program knows (${LATEST_VERSION}); upgrade the bot`;
  }
  return undefined;
}

function migrate(db: Database.Database): void {
  if (db.pragma('user_version', { simple: true }) === LATEST_VERSION) return;
  // IMMEDIATE takes the write lock before reading the version, so two processes opening a
  // new file at once cannot both apply the same migration.
  db.transaction(() => {
    const from = db.pragma('user_version', { simple: true }) as number;
    if (from === LATEST_VERSION) return;
    for (const migration of migrations) {
      if (migration.version > from) migration.up(db);
    }
    db.pragma(`application_id = ${APPLICATION_ID}`);
    db.pragma(`user_version = ${LATEST_VERSION}`);
  }).immediate();
}

/**
 * Reads the header of an existing file through a read-only connection, which cannot write and,
 * unlike a read-write one, does not checkpoint a foreign WAL into the file when it closes.
 */
function inspectExisting(path: string): string | undefined {
  if (!existsSync(path) || statSync(path).size === 0) return undefined;
  const db = openSqlite(path, { readonly: true, fileMustExist: true });
  try {
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    return refusal(path, readHeader(db)) ?? 'ok';
  } finally {
    db.close();
  }
}

/**
 * Opens an existing pin database read-only, without upgrading it (for a backup taken before an
 * upgrade): a file that is not a pin store or is damaged is refused, one from a newer program is not.
 */
export function openPinDatabaseReadOnly(path: string): Database.Database {
  const db = openSqlite(path, { readonly: true, fileMustExist: true });
  try {
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    const header = readHeader(db);
    const problem = header.userVersion > LATEST_VERSION ? undefined : refusal(path, header);
    if (problem) throw new PinStoreFileError(`PinStore: ${problem}. The file was left untouched.`);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** Opens (creating or upgrading when needed) the pin database at `path`. */
export function openPinDatabase(path: string): Database.Database {
  let db: Database.Database | undefined;
  let inspected = false;
  try {
    let problem = inspectExisting(path);
    db = openSqlite(path);
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    // A new or empty file: check again on this connection, in case another program wrote it meanwhile.
    problem ??= refusal(path, readHeader(db));
    if (problem && problem !== 'ok')
      throw new PinStoreFileError(`PinStore: ${problem}. The file was left untouched.`);
    inspected = true;
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    migrate(db);
    return db;
  } catch (error) {
    db?.close();
    if (error instanceof PinStoreFileError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    const outcome = inspected
      ? 'Any unfinished schema upgrade was rolled back.'
      : 'The file was left untouched.';
    throw new PinStoreFileError(`PinStore: cannot open ${path} as a pin store (${reason}). ${outcome}`, {
      cause: error,
    });
  }
}
