import type { Actor, PinEvent, PinnedFact, PinnedMessage } from '../types.ts';

/** Data for a new pin, already validated by the pin service. */
export interface NewPin {
  community: string;
  text: string;
  source: string | null;
  message: PinnedMessage | null;
  actor: Actor;
  at: string;
}

/** A batch of pins changed after a sequence number (any process), for keeping a live index in step. */
export interface PinChanges {
  /** The highest change sequence seen; pass it to the next `changesSince`. */
  seq: number;
  /** Current state of every pin changed after the given sequence (active or removed). */
  pins: PinnedFact[];
}

/** How many pins one community holds (for operators managing every community from the shell). */
export interface CommunityPins {
  community: string;
  active: number;
  removed: number;
}

/**
 * The storage port for pinned facts. The embedded SQLite store, the PostgreSQL store and the
 * in-memory store implement it; the pin service owns validation and permissions, the store owns
 * durability and history. Every mutation records a `PinEvent`; nothing is deleted. Mutations that
 * would break an invariant (unknown id, an active duplicate, unpinning a removed pin) reject with
 * `PinConflictError` (pin-errors.ts); the pin service checks first, so that only happens in a race
 * between processes. A store whose database cannot be reached rejects with
 * `PinsUnavailableError`.
 *
 * Asynchronous because PostgreSQL is reached over the network; the SQLite and memory stores answer
 * at once. Answering questions never waits on it: the bot's index holds the pins (pin-sync.ts).
 */
export interface PinStore {
  add(pin: NewPin): Promise<PinnedFact>;
  edit(id: string, text: string, actor: Actor, at: string): Promise<PinnedFact>;
  remove(id: string, actor: Actor, at: string): Promise<PinnedFact>;
  restore(id: string, actor: Actor, at: string): Promise<PinnedFact>;
  get(id: string): Promise<PinnedFact | undefined>;
  /** Active pins of a community, oldest first; removed ones too when asked. */
  list(community: string, options?: { includeRemoved?: boolean }): Promise<PinnedFact[]>;
  /**
   * The active pin of a community with this text, if any. Compared after trimming, ignoring case
   * and runs of whitespace (`duplicateKey` in pin-keys.ts), so near-identical pins are caught too.
   */
  findActiveByText(community: string, text: string): Promise<PinnedFact | undefined>;
  history(id: string): Promise<PinEvent[]>;
  /** Every community that has pins, active or removed, ordered by community key. */
  communities(): Promise<CommunityPins[]>;
  changesSince(seq: number): Promise<PinChanges>;
  /**
   * Present when the store can tell this process that another one changed pins (PostgreSQL's
   * LISTEN/NOTIFY). `onChange` is called after a change commits anywhere, and after the store
   * reconnects (changes may have been missed meanwhile). Returns the unsubscribe function.
   * Stores without it are polled with `changesSince`.
   */
  watch?(onChange: () => void): () => void;
  close(): Promise<void>;
}
