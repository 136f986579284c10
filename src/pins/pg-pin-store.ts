import type pg from 'pg';
import { isUnavailable } from '../db/pg-errors.ts';
import { PIN_CHANGES_CHANNEL } from '../db/pg-migrations.ts';
import type { Postgres } from '../db/postgres.ts';
import type { Actor, PinEvent, PinnedFact } from '../types.ts';
import { type EventRow, type PinRow, reachable, toEvent, toPin } from './pg-pin-rows.ts';
import { PinConflictError } from './pin-errors.ts';
import { duplicateKey, formatPinId, parsePinId } from './pin-keys.ts';
import type { CommunityPins, NewPin, PinChanges, PinStore } from './pin-store.ts';

/**
 * The pin store in PostgreSQL, for several bot processes on several machines. Same contract as the
 * SQLite store: each mutation is one transaction writing the pin and its history event.
 *
 * Writers take one advisory transaction lock, so they commit one at a time, as SQLite's writers
 * do. That keeps the change sequence safe to follow: an event's `seq` is drawn and committed while
 * the lock is held, so a reader that has seen seq n can never later see a smaller one appear (with
 * concurrent writers, seq 5 could commit before seq 4 and a reader would skip 4). Pins are rare
 * moderator actions, so the lock costs nothing that matters. The event trigger announces every
 * change on `pin_changes`; `watch` turns those notices into syncs.
 *
 * @module
 */

const PIN_WRITE_LOCK = 0x50494e57; // 'PINW'

export function createPgPinStore(db: Postgres, options: { closeDatabase?: boolean } = {}): PinStore {
  const { pool } = db;

  const one = async (client: pg.ClientBase | pg.Pool, num: number | undefined) => {
    if (num === undefined) return undefined;
    const { rows } = await client.query<PinRow>('SELECT * FROM pins WHERE num = $1', [num]);
    return rows[0];
  };

  async function write<T>(run: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    return reachable(async () => {
      const client = await pool.connect();
      let broken: unknown;
      try {
        await client.query('BEGIN');
        await client.query('SELECT pg_advisory_xact_lock($1)', [PIN_WRITE_LOCK]);
        const result = await run(client);
        await client.query('COMMIT');
        return result;
      } catch (error) {
        if (isUnavailable(error)) broken = error;
        else await client.query('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        client.release(broken instanceof Error ? broken : undefined);
      }
    });
  }

  const refuseDuplicate = async (client: pg.ClientBase, community: string, text: string, exceptNum = 0) => {
    const { rows } = await client.query<{ num: number }>(
      `SELECT num FROM pins WHERE community = $1 AND dup_key = $2 AND status = 'active' AND num <> $3 LIMIT 1`,
      [community, duplicateKey(text), exceptNum],
    );
    const existing = rows[0];
    if (existing) {
      const id = formatPinId(existing.num);
      throw new PinConflictError('duplicate', `${id} already holds this text`, id);
    }
  };

  const event = (
    client: pg.ClientBase,
    num: number,
    action: PinEvent['action'],
    actor: Actor,
    at: string,
    oldText: string | null,
    newText: string | null,
  ) =>
    client.query(
      'INSERT INTO pin_events (pin_num, action, actor, at, old_text, new_text) VALUES ($1, $2, $3, $4, $5, $6)',
      [num, action, JSON.stringify(actor), at, oldText, newText],
    );

  const change = (
    id: string,
    apply: (
      current: PinRow,
      tx: pg.ClientBase,
    ) => Promise<{ text: string; status: PinRow['status']; action: PinEvent['action'] }>,
    actor: Actor,
    at: string,
  ): Promise<PinnedFact> =>
    write(async (tx) => {
      const current = await one(tx, parsePinId(id));
      if (!current) throw new PinConflictError('not-found', `unknown pin ${id}`);
      const next = await apply(current, tx);
      const { rows } = await tx.query<PinRow>(
        'UPDATE pins SET text = $1, dup_key = $2, status = $3, updated_at = $4 WHERE num = $5 RETURNING *',
        [next.text, duplicateKey(next.text), next.status, at, current.num],
      );
      const oldText = next.action === 'pin' || next.action === 'restore' ? null : current.text;
      const newText = next.action === 'unpin' ? null : next.text;
      await event(tx, current.num, next.action, actor, at, oldText, newText);
      return toPin(rows[0] as PinRow);
    });

  return {
    add(input: NewPin) {
      return write(async (tx) => {
        await refuseDuplicate(tx, input.community, input.text);
        const { rows } = await tx.query<PinRow>(
          `INSERT INTO pins (community, text, source, pinned_by, pinned_at, message, status, updated_at, dup_key)
           VALUES ($1, $2, $3, $4, $5, $6, 'active', $5, $7) RETURNING *`,
          [
            input.community,
            input.text,
            input.source,
            JSON.stringify(input.actor),
            input.at,
            input.message === null ? null : JSON.stringify(input.message),
            duplicateKey(input.text),
          ],
        );
        const row = rows[0] as PinRow;
        await event(tx, row.num, 'pin', input.actor, input.at, null, input.text);
        return toPin(row);
      });
    },
    edit(id, text, actor, at) {
      return change(
        id,
        async (current, tx) => {
          if (current.status !== 'active')
            throw new PinConflictError('state', `${formatPinId(current.num)} is removed`);
          await refuseDuplicate(tx, current.community, text, current.num);
          return { text, status: 'active', action: 'edit' };
        },
        actor,
        at,
      );
    },
    remove(id, actor, at) {
      return change(
        id,
        async (current) => {
          if (current.status !== 'active')
            throw new PinConflictError('state', `${formatPinId(current.num)} is already removed`);
          return { text: current.text, status: 'removed', action: 'unpin' };
        },
        actor,
        at,
      );
    },
    restore(id, actor, at) {
      return change(
        id,
        async (current, tx) => {
          if (current.status !== 'removed')
            throw new PinConflictError('state', `${formatPinId(current.num)} is already active`);
          await refuseDuplicate(tx, current.community, current.text, current.num);
          return { text: current.text, status: 'active', action: 'restore' };
        },
        actor,
        at,
      );
    },
    get(id) {
      return reachable(async () => {
        const row = await one(pool, parsePinId(id));
        return row && toPin(row);
      });
    },
    list(community, listOptions = {}) {
      return reachable(async () => {
        const { rows } = await pool.query<PinRow>(
          `SELECT * FROM pins WHERE community = $1 AND ($2 OR status = 'active') ORDER BY num`,
          [community, listOptions.includeRemoved === true],
        );
        return rows.map(toPin);
      });
    },
    findActiveByText(community, text) {
      return reachable(async () => {
        const { rows } = await pool.query<PinRow>(
          `SELECT * FROM pins WHERE community = $1 AND dup_key = $2 AND status = 'active' LIMIT 1`,
          [community, duplicateKey(text)],
        );
        return rows[0] && toPin(rows[0]);
      });
    },
    history(id) {
      return reachable(async () => {
        const num = parsePinId(id);
        if (num === undefined) return [];
        const { rows } = await pool.query<EventRow>(
          'SELECT * FROM pin_events WHERE pin_num = $1 ORDER BY seq',
          [num],
        );
        return rows.map(toEvent);
      });
    },
    communities() {
      return reachable(async () => {
        // Byte order, as SQLite sorts, whatever the database's collation.
        const { rows } = await pool.query<CommunityPins>(
          `SELECT community, count(*) FILTER (WHERE status = 'active')::int AS active,
                  count(*) FILTER (WHERE status = 'removed')::int AS removed
           FROM pins GROUP BY community ORDER BY community COLLATE "C"`,
        );
        return rows;
      });
    },
    changesSince(since): Promise<PinChanges> {
      // One statement, so the sequence and the pins come from the same snapshot.
      return reachable(async () => {
        const { rows } = await pool.query<PinRow & { max_seq: string }>(
          `WITH top AS (SELECT coalesce(max(seq), 0) AS max_seq FROM pin_events)
           SELECT top.max_seq, p.* FROM top LEFT JOIN pins p ON p.num IN (
             SELECT pin_num FROM pin_events WHERE seq > $1 AND seq <= top.max_seq)
           ORDER BY p.num`,
          [since],
        );
        const seq = Number(rows[0]?.max_seq ?? 0);
        return { seq, pins: rows.filter((row) => row.num !== null).map(toPin) };
      });
    },
    watch(onChange) {
      return db.listener.subscribe(PIN_CHANGES_CHANNEL, onChange);
    },
    async close() {
      if (options.closeDatabase !== false) await db.close();
    },
  };
}
