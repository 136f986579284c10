import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openSqlitePinStore } from '../../src/index.ts';
import { spawnWriter } from './spawn-writer.ts';

const root = mkdtempSync(join(tmpdir(), 'pins-two-processes-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const actor = { platform: 'local' as const, userId: 'parent', displayName: 'parent' };

describe('SQLite pin store shared by two processes', () => {
  it('shows a pin saved by another process in changesSince as soon as that save returns', async () => {
    const path = join(root, 'shared.db');
    const store = openSqlitePinStore(path);
    let seq = (await store.changesSince(0)).seq;
    const seen: string[] = [];
    const writer = spawnWriter(path, 'other', 20);
    for (let n = 1; n <= 20; n++) {
      await writer.waitFor(n);
      const changes = await store.changesSince(seq);
      seen.push(...changes.pins.map((pin) => pin.id));
      seq = changes.seq;
      // Every pin the other process has reported saved is already visible here.
      expect(seen).toEqual(expect.arrayContaining(writer.saved.map((saved) => saved.id)));
    }
    await writer.exited;
    seen.push(...(await store.changesSince(seq)).pins.map((pin) => pin.id));
    // Each pin changed once, so each is reported exactly once.
    expect(seen).toEqual(Array.from({ length: 20 }, (_, index) => `P${index + 1}`));
    store.close();
  });

  it('loses no pin and reuses no id when both processes pin at the same time', async () => {
    const path = join(root, 'concurrent.db');
    const store = openSqlitePinStore(path);
    const writer = spawnWriter(path, 'child', 150);
    await writer.waitFor(1);
    const mine: string[] = [];
    for (let i = 1; i <= 150; i++) {
      const text = `parent fact ${i}`;
      mine.push(
        (
          await store.add({
            community: 'local',
            text,
            source: null,
            message: null,
            actor,
            at: new Date().toISOString(),
          })
        ).id,
      );
    }
    const { code } = await writer.exited;
    expect(code).toBe(0);

    const all = (await store.changesSince(0)).pins;
    expect(all).toHaveLength(300);
    expect(new Set(all.map((pin) => pin.id)).size).toBe(300);
    for (const { id, i } of writer.saved) expect((await store.get(id))?.text).toBe(`child fact ${i}`);
    for (const [index, id] of mine.entries()) {
      expect((await store.get(id))?.text).toBe(`parent fact ${index + 1}`);
    }
    store.close();
  });
});
