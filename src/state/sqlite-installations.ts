import { openPinDatabase } from '../pins/sqlite-open.ts';
import type { InstallationRecords } from './shared-state.ts';

/**
 * App installations in pins.db (migration 3), for the one-process default: a workspace that added
 * the app stays installed across restarts without a database server.
 */
export function openSqliteInstallations(path: string): InstallationRecords & { close(): void } {
  const db = openPinDatabase(path);
  const q = {
    save: db.prepare(
      `INSERT INTO installations (key, data, installed_at, updated_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (key) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at`,
    ),
    fetch: db.prepare('SELECT data FROM installations WHERE key = ?'),
    delete: db.prepare('DELETE FROM installations WHERE key = ?'),
  };
  return {
    async save(key, data) {
      const at = new Date().toISOString();
      q.save.run(key, JSON.stringify(data), at, at);
    },
    async fetch(key) {
      const row = q.fetch.get(key) as { data: string } | undefined;
      return row && JSON.parse(row.data);
    },
    async delete(key) {
      return q.delete.run(key).changes > 0;
    },
    close() {
      db.close();
    },
  };
}
