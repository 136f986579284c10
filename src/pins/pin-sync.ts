import type { PinnedFact } from '../types.ts';
import type { PinStore } from './pin-store.ts';

/**
 * Keeps a process's view of the pins in step with the store, for every process sharing it. Each
 * change the store reports (`changesSince`) is handed to `apply`, which updates the search index.
 * A store that can push (PostgreSQL's LISTEN/NOTIFY, `watch`) triggers a sync when any process
 * commits a change, so no polling timer runs; a store that cannot (SQLite) is polled every
 * `intervalMs`.
 *
 * Syncs never overlap: a call while one runs queues one more, and calls meanwhile share it, so
 * changes are applied in sequence order whatever triggered them. A failed background sync is
 * reported to `onError` and retried with backoff (0.5 s doubling to 30 s) until one succeeds; the
 * index keeps what it had meanwhile, so answers go on.
 *
 * @module
 */
export interface PinSync {
  /** Applies every change since the last sync; rejects when the store cannot be read. */
  sync(): Promise<void>;
  /** Active pins of a community that the index holds. */
  activeCount(community: string): number;
  /** Every active pin the index holds (as last synced), and one by id. */
  active(): PinnedFact[];
  activePin(id: string): PinnedFact | undefined;
  close(): void;
}

export interface PinSyncOptions {
  store: PinStore;
  apply(pin: PinnedFact): void;
  /** Poll interval for stores that cannot push; 0 turns the timer off. */
  intervalMs: number;
  onError(error: unknown): void;
}

const RETRY_FIRST_MS = 500;
const RETRY_MAX_MS = 30_000;

export function createPinSync(options: PinSyncOptions): PinSync {
  const { store } = options;
  let seq = 0;
  // The active pins the index holds, for reading them without the database.
  const active = new Map<string, PinnedFact>();

  async function run(): Promise<void> {
    const changes = await store.changesSince(seq);
    for (const pin of changes.pins) {
      options.apply(pin);
      if (pin.status === 'active') active.set(pin.id, pin);
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
  // A failed background sync is retried with backoff until one succeeds: after a reconnect the
  // notice that prompted it may be the only one for a while.
  let retryMs = RETRY_FIRST_MS;
  let retry: NodeJS.Timeout | undefined;
  let closed = false;
  const background = () => {
    sync().then(
      () => {
        retryMs = RETRY_FIRST_MS;
      },
      (error: unknown) => {
        options.onError(error);
        if (closed || retry) return;
        retry = setTimeout(() => {
          retry = undefined;
          background();
        }, retryMs);
        retry.unref();
        retryMs = Math.min(retryMs * 2, RETRY_MAX_MS);
      },
    );
  };

  const unwatch = store.watch?.(background);
  const timer = !unwatch && options.intervalMs > 0 ? setInterval(background, options.intervalMs) : undefined;
  timer?.unref();

  return {
    sync,
    activeCount(community) {
      let n = 0;
      for (const pin of active.values()) if (pin.community === community) n++;
      return n;
    },
    active: () => [...active.values()],
    activePin: (id) => active.get(id),
    close() {
      closed = true;
      if (retry) clearTimeout(retry);
      unwatch?.();
      if (timer) clearInterval(timer);
    },
  };
}
