import { describe, expect, it } from 'vitest';
import { createMemoryPinStore, type PinnedFact, type PinStore } from '../../src/index.ts';
import { createPinSync } from '../../src/pins/pin-sync.ts';

const actor = { platform: 'local' as const, userId: 'u', displayName: 'u' };
const at = '2026-02-01T00:00:00.000Z';
const pin = (store: PinStore, text: string) =>
  store.add({ community: 'local', text, source: null, message: null, actor, at });

/** A store that notifies like PostgreSQL (`watch`), whose reads can be made to fail. */
function notifyingStore() {
  const inner = createMemoryPinStore();
  let notify = () => {};
  let failures = 0;
  const store: PinStore = {
    ...inner,
    async changesSince(seq) {
      if (failures > 0) {
        failures--;
        throw new Error('database away');
      }
      return inner.changesSince(seq);
    },
    watch(onChange) {
      notify = onChange;
      return () => {
        notify = () => {};
      };
    },
  };
  return { store, notice: () => notify(), failNext: (n: number) => (failures = n) };
}

const until = async (check: () => boolean, ms = 5000) => {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > ms) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
};

describe('createPinSync', () => {
  it('applies changes when the store notifies, in order, with no timer', async () => {
    const { store, notice } = notifyingStore();
    const applied: PinnedFact[] = [];
    const sync = createPinSync({ store, apply: (p) => applied.push(p), intervalMs: 10, onError: () => {} });
    await pin(store, 'One.');
    await new Promise((resolve) => setTimeout(resolve, 60));
    // A notifying store is never polled, whatever the interval says.
    expect(applied).toEqual([]);
    notice();
    await until(() => applied.length === 1);
    await store.remove('P1', actor, at);
    await pin(store, 'Two.');
    notice();
    notice();
    await until(() => applied.length === 3);
    expect(applied.map((p) => [p.id, p.status])).toEqual([
      ['P1', 'active'],
      ['P1', 'removed'],
      ['P2', 'active'],
    ]);
    expect(sync.activeCount('local')).toBe(1);
    sync.close();
  });

  it('retries a failed background sync until the store answers again', async () => {
    const { store, notice, failNext } = notifyingStore();
    const errors: unknown[] = [];
    const applied: string[] = [];
    const sync = createPinSync({
      store,
      apply: (p) => applied.push(p.id),
      intervalMs: 0,
      onError: (error) => errors.push(error),
    });
    await pin(store, 'Saved while we could not read.');
    failNext(2);
    notice();
    await until(() => applied.length === 1);
    expect(errors).toHaveLength(2);
    sync.close();
  });

  it('polls a store that cannot notify', async () => {
    const store = createMemoryPinStore();
    const applied: string[] = [];
    const sync = createPinSync({
      store,
      apply: (p) => applied.push(p.id),
      intervalMs: 20,
      onError: () => {},
    });
    await pin(store, 'Polled.');
    await until(() => applied.length === 1);
    sync.close();
  });
});
