import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { openSqlite } from '../sqlite.ts';
import type { Actor, SourceRequest } from '../types.ts';

/**
 * Pages moderators asked to add (`/source add url:`), waiting for the operator, in
 * `<DATA_DIR>/source-requests.db` (SQLite, WAL, like pins.db but its own file: the bots and
 * `npm run add -- --pending` share it, and requests get plain sequential ids S1, S2 without races).
 * Nothing is deleted: a decision (added with its article id, or rejected) is recorded on the row.
 * Without a DATA_DIR the queue lives in memory (tests). The native addon loads on first use only (src/sqlite.ts).
 *
 * @module
 */
export const SOURCE_QUEUE_FILE = 'source-requests.db';

export interface SourceQueue {
  /** Adds a pending request, or returns the pending one for the same URL. */
  add(request: { url: string; community: string; actor: Actor; at: string }): {
    request: SourceRequest;
    created: boolean;
  };
  get(id: string): SourceRequest | undefined;
  pending(): SourceRequest[];
  decide(
    id: string,
    decision: { status: 'added' | 'rejected'; at: string; articleId?: string },
  ): SourceRequest;
  close(): void;
}

interface Row {
  seq: number;
  url: string;
  community: string;
  requested_by: string;
  requested_at: string;
  status: SourceRequest['status'];
  decided_at: string | null;
  article_id: string | null;
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS source_requests (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  url TEXT NOT NULL,
  community TEXT NOT NULL,
  requested_by TEXT NOT NULL,
  requested_at TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'added', 'rejected')),
  decided_at TEXT,
  article_id TEXT
);
CREATE UNIQUE INDEX IF NOT EXISTS one_pending_request_per_url ON source_requests (url) WHERE status = 'pending';
`;

const toRequest = (row: Row): SourceRequest => ({
  id: `S${row.seq}`,
  url: row.url,
  community: row.community,
  requestedBy: JSON.parse(row.requested_by) as Actor,
  requestedAt: row.requested_at,
  status: row.status,
  decidedAt: row.decided_at,
  articleId: row.article_id,
});

const seqOf = (id: string): number => {
  const match = /^s(\d+)$/i.exec(id.trim());
  return match ? Number(match[1]) : -1;
};

export function openSourceQueue(dataDir: string | undefined): SourceQueue {
  let path = ':memory:';
  if (dataDir !== undefined) {
    mkdirSync(dataDir, { recursive: true });
    path = join(dataDir, SOURCE_QUEUE_FILE);
  }
  const db = openSqlite(path);
  db.pragma('busy_timeout = 5000');
  if (path !== ':memory:') db.pragma('journal_mode = WAL');
  db.exec(SCHEMA);
  const byId = db.prepare<[number], Row>('SELECT * FROM source_requests WHERE seq = ?');
  const pendingByUrl = db.prepare<[string], Row>(
    "SELECT * FROM source_requests WHERE url = ? AND status = 'pending'",
  );
  const insert = db.prepare<[string, string, string, string]>(
    'INSERT INTO source_requests (url, community, requested_by, requested_at) VALUES (?, ?, ?, ?)',
  );
  const add = db.transaction((url: string, community: string, actor: Actor, at: string) => {
    const existing = pendingByUrl.get(url);
    if (existing) return { request: toRequest(existing), created: false };
    const seq = Number(insert.run(url, community, JSON.stringify(actor), at).lastInsertRowid);
    return { request: toRequest(byId.get(seq) as Row), created: true };
  });
  return {
    add: ({ url, community, actor, at }) => add.immediate(url, community, actor, at),
    get(id) {
      const row = byId.get(seqOf(id));
      return row && toRequest(row);
    },
    pending: () =>
      db
        .prepare<[], Row>("SELECT * FROM source_requests WHERE status = 'pending' ORDER BY seq")
        .all()
        .map(toRequest),
    decide(id, { status, at, articleId }) {
      const seq = seqOf(id);
      const changed = db
        .prepare(
          "UPDATE source_requests SET status = ?, decided_at = ?, article_id = ? WHERE seq = ? AND status = 'pending'",
        )
        .run(status, at, articleId ?? null, seq).changes;
      const row = byId.get(seq);
      if (!row) throw new Error(`SourceQueue: no request ${id}`);
      if (changed === 0) throw new Error(`SourceQueue: ${id} was already ${row.status}`);
      return toRequest(row);
    },
    close: () => db.close(),
  };
}
