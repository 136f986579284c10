import { isUnavailable } from '../db/pg-errors.ts';
import type { Actor, PinEvent, PinnedFact } from '../types.ts';
import { PinsUnavailableError } from './pin-errors.ts';
import { formatPinId } from './pin-keys.ts';

/** Rows of the PostgreSQL pin tables (pg-migrations.ts) as `pg` returns them, and their mapping to the core's types. */
export interface PinRow {
  num: number;
  community: string;
  text: string;
  source: string | null;
  pinned_by: Actor;
  pinned_at: Date;
  message: PinnedFact['message'];
  status: 'active' | 'removed';
  updated_at: Date;
}

export interface EventRow {
  pin_num: number;
  action: PinEvent['action'];
  actor: Actor;
  at: Date;
  old_text: string | null;
  new_text: string | null;
}

export const toPin = (row: PinRow): PinnedFact => ({
  id: formatPinId(row.num),
  community: row.community,
  text: row.text,
  source: row.source,
  pinnedBy: row.pinned_by,
  pinnedAt: row.pinned_at.toISOString(),
  message: row.message,
  status: row.status,
  updatedAt: row.updated_at.toISOString(),
});

export const toEvent = (row: EventRow): PinEvent => ({
  pinId: formatPinId(row.pin_num),
  action: row.action,
  actor: row.actor,
  at: row.at.toISOString(),
  oldText: row.old_text,
  newText: row.new_text,
});

/** Turns "the database is away" into the error pin commands report; anything else stays as it is. */
export async function reachable<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (isUnavailable(error)) throw new PinsUnavailableError({ cause: error });
    throw error;
  }
}
