import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openPinStore, openPinStoreForReading, openSqlitePinStore } from '../../src/index.ts';
import { describePinStoreContract } from './pin-store-contract.ts';

const root = mkdtempSync(join(tmpdir(), 'pins-sqlite-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let files = 0;

describePinStoreContract('openSqlitePinStore', () => {
  files += 1;
  return openSqlitePinStore(join(root, `contract-${files}.db`));
});

describe('openPinStore', () => {
  it('creates the data directory and keeps pins across reopening', () => {
    const dataDir = join(root, 'nested', 'data');
    const actor = { platform: 'local' as const, userId: 'local', displayName: 'console' };
    const first = openPinStore(dataDir);
    first.add({
      community: 'local',
      text: 'Survives a restart.',
      source: null,
      message: null,
      actor,
      at: '2026-02-01T00:00:00.000Z',
    });
    first.remove('P1', actor, '2026-02-01T00:01:00.000Z');
    first.close();

    const second = openPinStore(dataDir);
    expect(second.get('P1')).toMatchObject({ text: 'Survives a restart.', status: 'removed' });
    expect(second.history('P1').map((event) => event.action)).toEqual(['pin', 'unpin']);
    expect(
      second.add({
        community: 'local',
        text: 'Next.',
        source: null,
        message: null,
        actor,
        at: '2026-02-01T00:02:00.000Z',
      }).id,
    ).toBe('P2');
    second.close();
  });
});

describe('openPinStoreForReading', () => {
  const actor = { platform: 'local' as const, userId: 'local', displayName: 'console' };
  const pin = { community: 'local', source: null, message: null, actor, at: '2026-02-01T00:00:00.000Z' };

  it('reads from an empty in-memory store and creates nothing when pins.db does not exist', () => {
    const dataDir = join(root, 'reading-absent');
    const store = openPinStoreForReading(dataDir);
    expect(store.changesSince(0)).toEqual({ seq: 0, pins: [] });
    store.close();
    expect(existsSync(dataDir)).toBe(false);
  });

  it('reads the pins of an existing pins.db', () => {
    const dataDir = join(root, 'reading-present');
    const writer = openPinStore(dataDir);
    writer.add({ ...pin, text: 'Saved by another process.' });
    writer.close();

    const store = openPinStoreForReading(dataDir);
    expect(store.changesSince(0).pins.map((p) => p.text)).toEqual(['Saved by another process.']);
    store.close();
  });
});
