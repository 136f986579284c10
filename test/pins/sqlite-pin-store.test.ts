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
  it('creates the data directory and keeps pins across reopening', async () => {
    const dataDir = join(root, 'nested', 'data');
    const actor = { platform: 'local' as const, userId: 'local', displayName: 'console' };
    const first = await openPinStore({ DATA_DIR: dataDir });
    await first.add({
      community: 'local',
      text: 'Survives a restart.',
      source: null,
      message: null,
      actor,
      at: '2026-02-01T00:00:00.000Z',
    });
    await first.remove('P1', actor, '2026-02-01T00:01:00.000Z');
    first.close();

    const second = await openPinStore({ DATA_DIR: dataDir });
    expect(await second.get('P1')).toMatchObject({ text: 'Survives a restart.', status: 'removed' });
    expect((await second.history('P1')).map((event) => event.action)).toEqual(['pin', 'unpin']);
    expect(
      (
        await second.add({
          community: 'local',
          text: 'Next.',
          source: null,
          message: null,
          actor,
          at: '2026-02-01T00:02:00.000Z',
        })
      ).id,
    ).toBe('P2');
    second.close();
  });
});

describe('openPinStoreForReading', () => {
  const actor = { platform: 'local' as const, userId: 'local', displayName: 'console' };
  const pin = { community: 'local', source: null, message: null, actor, at: '2026-02-01T00:00:00.000Z' };

  it('reads from an empty in-memory store and creates nothing when pins.db does not exist', async () => {
    const dataDir = join(root, 'reading-absent');
    const store = await openPinStoreForReading({ DATA_DIR: dataDir });
    expect(await store.changesSince(0)).toEqual({ seq: 0, pins: [] });
    store.close();
    expect(existsSync(dataDir)).toBe(false);
  });

  it('reads the pins of an existing pins.db', async () => {
    const dataDir = join(root, 'reading-present');
    const writer = await openPinStore({ DATA_DIR: dataDir });
    await writer.add({ ...pin, text: 'Saved by another process.' });
    writer.close();

    const store = await openPinStoreForReading({ DATA_DIR: dataDir });
    expect((await store.changesSince(0)).pins.map((p) => p.text)).toEqual(['Saved by another process.']);
    store.close();
  });
});
