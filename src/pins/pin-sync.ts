import type { PinnedFact } from '../types.ts';
import type { PinStore } from './pin-store.ts';

/**
 * Keeps a process's view of the pins in step with the store, for every process sharing it. Each
 * change the store reports (`changesSince`) is handed to `apply`, which updates the search index.
 * A store that can push (PostgreSQL's LISTEN/NOTIFY, `watch`) triggers a sync when any process
 * commits a change, so no timer runs; a store that cannot (SQLite) is polled every `intervalMs`.
 *
 * Syncs never overlap: a call while one runs queues one more, and calls meanwhile share it, so
 * changes are applied in sequence order whatever triggered them. A failed background sync is
 * reported to `onError` and retried at the next notice, reconnect or tick; the index keeps what it
 * had, so answers go on.
 */
export interface PinSync {
  /** Applies every change since the last sync; rejects when the store cannot be read. */
  sync(): Promise<void>;
  /** Active pins of a community that the index holds. */
  activeCount(community: string): number;
  close(): void;
}

export interface PinSyncOptions {
  store: PinStore;
  apply(pin: PinnedFact): void;
  /** Poll interval for stores that cannot push; 0 turns the timer off. */
  intervalMs: number;
  onError(error: unknown): void;
}

export function createPinSync(options: PinSyncOptions): PinSync {
  const { store } = options;
  let seq = 0;
  // Community of each active pin the index holds, for counting without the database.
  const active = new Map<string, string>();

  async function run(): Promise<void> {
    const changes = await store.changesSince(seq);
    for (const pin of changes.pins) {
      options.apply(pin);
      if (pin.status === 'active') active.set(pin.id, pin.community);
      else active.delete(pin.id);
    }
    seq = Math.max(seq, changes.seq);
  }

  let tail: Promise<void> = Promise.resolve();
  let queued: Promise<void> | null = null;
  function sync(): Promise<void> {
    if (queued) return queued;
    const next = tail
      .catch(() => {})
      .then(() => {
        queued = null;
        return run();
      });
    queued = next;
    tail = next;
    return next;
  }
  const background = () => {
    sync().catch(options.onError);
  };

  const unwatch = store.watch?.(background);
  const timer =
    !unwatch && options.intervalMs > 0 ? setInterval(background, options.intervalMs) : undefined;
  timer?.unref();

  return {
    sync,
    activeCount(community) {
      let n = 0;
      for (const of of active.values()) if (of === community) n++;
      return n;
    },
    close() {
      unwatch?.();
      if (timer) clearInterval(timer);
    },
  };
}
