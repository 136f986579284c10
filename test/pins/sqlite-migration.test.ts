import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { openSqlitePinStore } from '../../src/index.ts';
import { APPLICATION_ID, LATEST_VERSION, migrations } from '../../src/pins/sqlite-schema.ts';

const root = mkdtempSync(join(tmpdir(), 'pins-migration-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const actor = JSON.stringify({ platform: 'discord', userId: '111', displayName: 'Mod One' });

/** Writes a file as the first released schema (version 1) left it, with two near-duplicate pins. */
function writeVersionOneFile(path: string): void {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  const first = migrations[0];
  if (!first) throw new Error('no migrations');
  first.up(db);
  db.pragma(`application_id = ${APPLICATION_ID}`);
  db.pragma('user_version = 1');
  const insert = db.prepare(
    `INSERT INTO pins (community, text, source, pinned_by, pinned_at, message, status, updated_at)
     VALUES ('guild-1', ?, NULL, ?, '2026-01-01T00:00:00.000Z', NULL, 'active', '2026-01-01T00:00:00.000Z')`,
  );
  const event = db.prepare(
    `INSERT INTO pin_events (pin_num, action, actor, at, old_text, new_text)
     VALUES (?, 'pin', ?, '2026-01-01T00:00:00.000Z', NULL, ?)`,
  );
  for (const text of ['The SDP was signed in 2026.', 'the SDP was  signed in 2026.']) {
    event.run(insert.run(text, actor).lastInsertRowid, actor, text);
  }
  db.close();
}

describe('SQLite pin store migrations', () => {
  it('upgrades a version-1 file, keeping its pins and history', async () => {
    const path = join(root, 'v1.db');
    writeVersionOneFile(path);
    const store = openSqlitePinStore(path);
    expect(await store.get('P1')).toMatchObject({ text: 'The SDP was signed in 2026.', status: 'active' });
    expect((await store.history('P1')).map((event) => event.action)).toEqual(['pin']);
    // Version 2 compares texts ignoring case and spacing, which version 1 did not.
    expect((await store.findActiveByText('guild-1', 'THE SDP WAS SIGNED IN 2026.'))?.id).toBe('P1');
    expect(
      (
        await store.add({
          community: 'guild-1',
          text: 'A new fact.',
          source: null,
          message: null,
          actor: JSON.parse(actor),
          at: '2026-02-01T00:00:00.000Z',
        })
      ).id,
    ).toBe('P3');
    store.close();

    const db = new Database(path, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    db.close();
  });

  it('resolves duplicates an old file allowed by removing the later one, with a history event', async () => {
    const path = join(root, 'v1-duplicates.db');
    writeVersionOneFile(path);
    const store = openSqlitePinStore(path);
    expect((await store.list('guild-1')).map((pin) => pin.id)).toEqual(['P1']);
    expect((await store.get('P2'))?.status).toBe('removed');
    expect((await store.history('P2')).map((event) => [event.action, event.actor.displayName])).toEqual([
      ['pin', 'Mod One'],
      ['unpin', 'schema migration 2'],
    ]);
    store.close();
  });

  it('opens an up-to-date file without changing its version', async () => {
    const path = join(root, 'current.db');
    openSqlitePinStore(path).close();
    openSqlitePinStore(path).close();
    const db = new Database(path, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    db.close();
  });

  it('refuses a file written by a newer program, naming the file and leaving it unchanged', async () => {
    const path = join(root, 'newer.db');
    openSqlitePinStore(path).close();
    const db = new Database(path);
    db.pragma(`user_version = ${LATEST_VERSION + 1}`);
    db.close();
    const before = readFileSync(path);
    expect(() => openSqlitePinStore(path)).toThrow(
      `PinStore: ${path} has schema version ${LATEST_VERSION + 1}, newer than this program knows (${LATEST_VERSION})`,
    );
    expect(readFileSync(path).equals(before)).toBe(true);
  });
});
