import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { openSqlitePinStore } from '../../src/index.ts';
import { spawnWriter } from './spawn-writer.ts';

const root = mkdtempSync(join(tmpdir(), 'pins-durability-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('SQLite pin store durability', () => {
  it('keeps every pin whose save returned when the writer is killed with SIGKILL mid-way', async () => {
    const path = join(root, 'pins.db');
    const writer = spawnWriter(path, 'k', 1_000_000);
    await writer.waitFor(300);
    writer.child.kill('SIGKILL');
    const { signal } = await writer.exited;
    expect(signal).toBe('SIGKILL');
    expect(writer.done).toBe(false);

    const store = openSqlitePinStore(path);
    const pins = await store.list('local');
    for (const { id, i } of writer.saved) {
      expect((await store.get(id))?.text).toBe(`k fact ${i}`);
    }
    // At most the pin in flight at the kill is saved without having been printed.
    expect(pins.length - writer.saved.length).toBeGreaterThanOrEqual(0);
    expect(pins.length - writer.saved.length).toBeLessThanOrEqual(1);
    // No torn record: every pin is whole, in order, with exactly its one `pin` event.
    for (const [index, pin] of pins.entries()) {
      expect(pin).toMatchObject({ id: `P${index + 1}`, text: `k fact ${index + 1}`, status: 'active' });
      expect(pin.pinnedBy).toEqual({ platform: 'local', userId: 'k', displayName: 'writer k' });
      expect(await store.history(pin.id)).toEqual([
        expect.objectContaining({ action: 'pin', newText: pin.text }),
      ]);
    }
    expect((await store.changesSince(0)).pins).toHaveLength(pins.length);
    store.close();

    const db = new Database(path, { readonly: true });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.prepare('SELECT count(*) AS n FROM pin_events').get()).toEqual({ n: pins.length });
    db.close();
  });
});
