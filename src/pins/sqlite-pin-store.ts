import type { Actor, PinEvent, PinnedFact } from '../types.ts';
import { PinConflictError } from './pin-errors.ts';
import { duplicateKey, formatPinId, parsePinId } from './pin-keys.ts';
import type { CommunityPins, NewPin, PinChanges, PinStore } from './pin-store.ts';
import { openPinDatabase } from './sqlite-open.ts';

/**
 * The durable pin store: one SQLite file shared by every bot process on the same DATA_DIR.
 * Each mutation is one IMMEDIATE transaction writing the pin row and its history event, so a
 * crash leaves either both or neither. The event's autoincrement `seq` is the change sequence:
 * writers commit one at a time, so `changesSince` never skips a change made by any process.
 *
 * @module
 */

interface PinRow {
  num: number;
  community: string;
  text: string;
  source: string | null;
  pinned_by: string;
  pinned_at: string;
  message: string | null;
  status: 'active' | 'removed';
  updated_at: string;
}

interface EventRow {
  pin_num: number;
  action: PinEvent['action'];
  actor: string;
  at: string;
  old_text: string | null;
  new_text: string | null;
}

const toPin = (row: PinRow): PinnedFact => ({
  id: formatPinId(row.num),
  community: row.community,
  text: row.text,
  source: row.source,
  pinnedBy: JSON.parse(row.pinned_by) as Actor,
  pinnedAt: row.pinned_at,
  message: row.message === null ? null : JSON.parse(row.message),
  status: row.status,
  updatedAt: row.updated_at,
});

const toEvent = (row: EventRow): PinEvent => ({
  pinId: formatPinId(row.pin_num),
  action: row.action,
  actor: JSON.parse(row.actor) as Actor,
  at: row.at,
  oldText: row.old_text,
  newText: row.new_text,
});

/** Opens (creating or upgrading) the pin store at `path`; throws naming the file if it is not ours. */
export function openSqlitePinStore(path: string): PinStore {
  const db = openPinDatabase(path);
  const q = {
    byNum: db.prepare('SELECT * FROM pins WHERE num = ?'),
    byText: db.prepare(
      `SELECT * FROM pins WHERE community = ? AND dup_key = ? AND status = 'active' AND num != ? LIMIT 1`,
    ),
    communities: db.prepare(
      `SELECT community, sum(status = 'active') AS active, sum(status = 'removed') AS removed
       FROM pins GROUP BY community ORDER BY community`,
    ),
    list: db.prepare(`SELECT * FROM pins WHERE community = ? AND (? OR status = 'active') ORDER BY num`),
    insert: db.prepare(
      `INSERT INTO pins (community, text, source, pinned_by, pinned_at, message, status, updated_at, dup_key)
       VALUES (?, ?, ?, ?, ?, ?, 'active', ?, ?)`,
    ),
    update: db.prepare('UPDATE pins SET text = ?, dup_key = ?, status = ?, updated_at = ? WHERE num = ?'),
    event: db.prepare(
      'INSERT INTO pin_events (pin_num, action, actor, at, old_text, new_text) VALUES (?, ?, ?, ?, ?, ?)',
    ),
    history: db.prepare('SELECT * FROM pin_events WHERE pin_num = ? ORDER BY seq'),
    maxSeq: db.prepare('SELECT coalesce(max(seq), 0) AS seq FROM pin_events'),
    changed: db.prepare(
      'SELECT * FROM pins WHERE num IN (SELECT pin_num FROM pin_events WHERE seq > ? AND seq <= ?) ORDER BY num',
    ),
  };

  const row = (num: number | undefined) =>
    num === undefined ? undefined : (q.byNum.get(num) as PinRow | undefined);

  const refuseDuplicate = (community: string, text: string, exceptNum = 0) => {
    const existing = q.byText.get(community, duplicateKey(text), exceptNum) as PinRow | undefined;
    if (existing) {
      const id = formatPinId(existing.num);
      throw new PinConflictError('duplicate', `${id} already holds this text`, id);
    }
  };

  /** Runs a change to an existing pin in one write transaction; `apply` returns the new state and event. */
  const change = (
    id: string,
    apply: (current: PinRow) => { text: string; status: PinRow['status']; action: PinEvent['action'] },
    actor: Actor,
    at: string,
  ): PinnedFact =>
    db
      .transaction(() => {
        const current = row(parsePinId(id));
        if (!current) throw new PinConflictError('not-found', `unknown pin ${id}`);
        const next = apply(current);
        q.update.run(next.text, duplicateKey(next.text), next.status, at, current.num);
        const oldText = next.action === 'pin' || next.action === 'restore' ? null : current.text;
        const newText = next.action === 'unpin' ? null : next.text;
        q.event.run(current.num, next.action, JSON.stringify(actor), at, oldText, newText);
        return toPin(row(current.num) as PinRow);
      })
      .immediate();

  return {
    async add(input: NewPin) {
      return db
        .transaction(() => {
          refuseDuplicate(input.community, input.text);
          const message = input.message === null ? null : JSON.stringify(input.message);
          const actor = JSON.stringify(input.actor);
          const { lastInsertRowid } = q.insert.run(
            input.community,
            input.text,
            input.source,
            actor,
            input.at,
            message,
            input.at,
            duplicateKey(input.text),
          );
          q.event.run(lastInsertRowid, 'pin', actor, input.at, null, input.text);
          return toPin(row(Number(lastInsertRowid)) as PinRow);
        })
        .immediate();
    },
    async edit(id, text, actor, at) {
      return change(
        id,
        (current) => {
          const pinId = formatPinId(current.num);
          if (current.status !== 'active') throw new PinConflictError('state', `${pinId} is removed`);
          refuseDuplicate(current.community, text, current.num);
          return { text, status: 'active', action: 'edit' };
        },
        actor,
        at,
      );
    },
    async remove(id, actor, at) {
      return change(
        id,
        (current) => {
          const pinId = formatPinId(current.num);
          if (current.status !== 'active') throw new PinConflictError('state', `${pinId} is already removed`);
          return { text: current.text, status: 'removed', action: 'unpin' };
        },
        actor,
        at,
      );
    },
    async restore(id, actor, at) {
      return change(
        id,
        (current) => {
          const pinId = formatPinId(current.num);
          if (current.status !== 'removed') throw new PinConflictError('state', `${pinId} is already active`);
          refuseDuplicate(current.community, current.text, current.num);
          return { text: current.text, status: 'active', action: 'restore' };
        },
        actor,
        at,
      );
    },
    async get(id) {
      const found = row(parsePinId(id));
      return found && toPin(found);
    },
    async list(community, options = {}) {
      return (q.list.all(community, options.includeRemoved ? 1 : 0) as PinRow[]).map(toPin);
    },
    async findActiveByText(community, text) {
      const found = q.byText.get(community, duplicateKey(text), 0) as PinRow | undefined;
      return found && toPin(found);
    },
    async history(id) {
      const num = parsePinId(id);
      return num === undefined ? [] : (q.history.all(num) as EventRow[]).map(toEvent);
    },
    async communities() {
      return q.communities.all() as CommunityPins[];
    },
    async changesSince(since): Promise<PinChanges> {
      // One read transaction: the sequence and the pins come from the same snapshot.
      return db.transaction(() => {
        const { seq } = q.maxSeq.get() as { seq: number };
        return { seq, pins: (q.changed.all(since, seq) as PinRow[]).map(toPin) };
      })();
    },
    async close() {
      db.close();
    },
  };
}
