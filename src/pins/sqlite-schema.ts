import type Database from 'better-sqlite3';
import { LOOP_TABLES } from '../moderation/loop-schema.ts';
import { duplicateKey } from './pin-keys.ts';

/**
 * The pins.db schema as an ordered migration list. `PRAGMA user_version` records how many
 * migrations a file has had; opening a file applies the missing ones in one transaction, so an
 * old file is upgraded and a half-upgraded file cannot exist. Never edit a shipped migration:
 * append a new one.
 *
 * `application_id` marks the file as ours, so a foreign SQLite file is refused instead of
 * being written into.
 */

/** 'PINS' in ASCII. */
export const APPLICATION_ID = 0x50494e53;

export interface Migration {
  version: number;
  description: string;
  up(db: Database.Database): void;
}

export const migrations: readonly Migration[] = [
  {
    version: 1,
    description: 'pins and their event history',
    up(db) {
      db.exec(`
        CREATE TABLE pins (
          num INTEGER PRIMARY KEY AUTOINCREMENT,
          community TEXT NOT NULL,
          text TEXT NOT NULL CHECK (length(trim(text)) > 0),
          source TEXT,
          pinned_by TEXT NOT NULL,
          pinned_at TEXT NOT NULL,
          message TEXT,
          status TEXT NOT NULL CHECK (status IN ('active', 'removed')),
          updated_at TEXT NOT NULL
        );
        CREATE INDEX pins_by_community ON pins (community, num);
        CREATE TABLE pin_events (
          seq INTEGER PRIMARY KEY AUTOINCREMENT,
          pin_num INTEGER NOT NULL REFERENCES pins (num),
          action TEXT NOT NULL CHECK (action IN ('pin', 'edit', 'unpin', 'restore')),
          actor TEXT NOT NULL,
          at TEXT NOT NULL,
          old_text TEXT,
          new_text TEXT
        );
        CREATE INDEX pin_events_by_pin ON pin_events (pin_num, seq);
      `);
    },
  },
  {
    version: 2,
    description: 'duplicate key: one active pin per community and normalized text',
    up(db) {
      db.exec('ALTER TABLE pins ADD COLUMN dup_key TEXT');
      const rows = db.prepare('SELECT num, text FROM pins').all() as Array<{ num: number; text: string }>;
      const update = db.prepare('UPDATE pins SET dup_key = ? WHERE num = ?');
      for (const row of rows) update.run(duplicateKey(row.text), row.num);
      // Files from version 1 may hold active duplicates (v1 only compared exact text): keep the
      // oldest active, remove the later ones with an event, so the unique index can be built.
      const dupes = db
        .prepare(
          `SELECT num, text FROM pins p WHERE status = 'active' AND EXISTS (
             SELECT 1 FROM pins q WHERE q.status = 'active' AND q.community = p.community
               AND q.dup_key = p.dup_key AND q.num < p.num)`,
        )
        .all() as Array<{ num: number; text: string }>;
      const at = new Date().toISOString();
      const actor = JSON.stringify({
        platform: 'local',
        userId: 'migration',
        displayName: 'schema migration 2',
      });
      for (const dupe of dupes) {
        db.prepare(`UPDATE pins SET status = 'removed', updated_at = ? WHERE num = ?`).run(at, dupe.num);
        db.prepare(
          `INSERT INTO pin_events (pin_num, action, actor, at, old_text, new_text) VALUES (?, 'unpin', ?, ?, ?, NULL)`,
        ).run(dupe.num, actor, at, dupe.text);
      }
      db.exec(`CREATE UNIQUE INDEX pins_active_text ON pins (community, dup_key) WHERE status = 'active'`);
    },
  },
  {
    version: 3,
    description: 'feedback loop: declined questions, answers, votes and the review queue',
    up(db) {
      db.exec(LOOP_TABLES);
    },
  },
  {
    version: 4,
    description: 'app installations: the Slack workspaces that added the app (src/state/)',
    up(db) {
      db.exec(`
        CREATE TABLE installations (
          key TEXT PRIMARY KEY,
          data TEXT NOT NULL,
          installed_at TEXT NOT NULL,
          updated_at TEXT NOT NULL
        );
      `);
    },
  },
];

export const LATEST_VERSION = migrations.length;
