import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { openSqlitePinStore } from '../../src/index.ts';

const root = mkdtempSync(join(tmpdir(), 'pins-foreign-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let dirs = 0;

/** A fresh directory holding `pins.db` as written by `write`. */
async function dataDirWith(
  write: (path: string) => void | Promise<void>,
): Promise<{ dir: string; path: string }> {
  dirs += 1;
  const dir = join(root, `data-${dirs}`);
  mkdirSync(dir);
  const path = join(dir, 'pins.db');
  await write(path);
  return { dir, path };
}

function expectRefusedUntouched(dir: string, path: string, message: RegExp): void {
  const bytes = readFileSync(path);
  const mtime = statSync(path).mtimeMs;
  const files = readdirSync(dir).sort();
  expect(() => openSqlitePinStore(join(dir, 'pins.db'))).toThrow(message);
  expect(() => openSqlitePinStore(join(dir, 'pins.db'))).toThrow(path);
  expect(readFileSync(path).equals(bytes)).toBe(true);
  expect(statSync(path).mtimeMs).toBe(mtime);
  // Reading may add SQLite's own -shm/-wal side files (a read-only connection cannot delete
  // them); no other file appears and none disappears.
  const sideFiles = new Set(['pins.db-shm', 'pins.db-wal']);
  expect(readdirSync(dir).filter((name) => !sideFiles.has(name))).toEqual(
    files.filter((name) => !sideFiles.has(name)),
  );
  for (const name of files) expect(readdirSync(dir)).toContain(name);
}

describe('SQLite pin store with a corrupt or foreign file', () => {
  it('refuses a file that is not SQLite, naming it and leaving it untouched', async () => {
    const { dir, path } = await dataDirWith((p) =>
      writeFileSync(p, 'name,text\nthis is a spreadsheet, not a database\n'),
    );
    expectRefusedUntouched(dir, path, /cannot open .*pins\.db as a pin store \(file is not a database\)/);
  });

  it('refuses a file of random bytes', async () => {
    const noise = Buffer.alloc(8192, 0).map((_, i) => (i * 7919 + 13) % 251);
    const { dir, path } = await dataDirWith((p) => writeFileSync(p, noise));
    expectRefusedUntouched(dir, path, /PinStore: cannot open/);
  });

  it('refuses an SQLite database of another application (tables, no id of ours)', async () => {
    const { dir, path } = await dataDirWith((p) => {
      const db = new Database(p);
      db.exec(
        "CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO users (name) VALUES ('ada')",
      );
      db.close();
    });
    expectRefusedUntouched(
      dir,
      path,
      /SQLite database of another application \(application_id 0, 1 schema objects\)/,
    );
    const db = new Database(path, { readonly: true });
    expect(db.prepare('SELECT name FROM users').all()).toEqual([{ name: 'ada' }]);
    db.close();
  });

  it('refuses an SQLite file marked with another application id even without tables', async () => {
    const { dir, path } = await dataDirWith((p) => {
      const db = new Database(p);
      db.pragma('application_id = 1234');
      db.close();
    });
    expectRefusedUntouched(dir, path, /application_id 1234/);
  });

  it('refuses a foreign database whose last changes are still in its WAL, without checkpointing it', async () => {
    const { dir, path } = await dataDirWith((p) => {
      // Copy the files of another program's WAL database while it runs, as if it had crashed.
      const source = join(root, `foreign-wal-${dirs}.db`);
      const db = new Database(source);
      db.pragma('journal_mode = WAL');
      db.pragma('wal_autocheckpoint = 0');
      db.exec("CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('only in the WAL')");
      copyFileSync(source, p);
      copyFileSync(`${source}-wal`, `${p}-wal`);
      db.close();
    });
    const wal = readFileSync(`${path}-wal`);
    expectRefusedUntouched(dir, path, /SQLite database of another application/);
    expect(readFileSync(`${path}-wal`).equals(wal)).toBe(true);
  });

  it('refuses a pin store whose pages are damaged', async () => {
    const { dir, path } = await dataDirWith(async (p) => {
      const store = openSqlitePinStore(p);
      const actor = { platform: 'local' as const, userId: 'local', displayName: 'console' };
      for (let i = 1; i <= 300; i++) {
        const text = `Fact number ${i} about the partnership, padded to fill pages. ${'x'.repeat(100)}`;
        await store.add({
          community: 'local',
          text,
          source: null,
          message: null,
          actor,
          at: '2026-02-01T00:00:00.000Z',
        });
      }
      store.close();
      const bytes = readFileSync(p);
      const pageSize = bytes.readUInt16BE(16);
      bytes.fill(0xa5, 3 * pageSize + 8, 3 * pageSize + 400);
      writeFileSync(p, bytes);
    });
    expectRefusedUntouched(
      dir,
      path,
      /pins\.db (is damaged|as a pin store \(database disk image is malformed\))/,
    );
  });

  it('initialises an empty file, which holds nothing to lose', async () => {
    const { path } = await dataDirWith((p) => writeFileSync(p, ''));
    const store = openSqlitePinStore(path);
    expect(await store.list('local')).toEqual([]);
    store.close();
  });
});
