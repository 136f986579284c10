import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Actor } from '../../src/index.ts';
import { PinConflictError } from '../../src/pins/pin-errors.ts';
import type { NewPin, PinStore } from '../../src/pins/pin-store.ts';

/**
 * The behaviour every PinStore implementation shares. Each store's test file calls
 * `describePinStoreContract` with a factory that opens a fresh, empty store.
 */

const mod: Actor = { platform: 'discord', userId: '111', displayName: 'Mod One' };
const other: Actor = { platform: 'slack', userId: 'U222', displayName: 'Mod Two' };
const t = (minute: number) => `2026-02-01T10:${String(minute).padStart(2, '0')}:00.000Z`;

const newPin = (text: string, overrides: Partial<NewPin> = {}): NewPin => ({
  community: 'guild-1',
  text,
  source: null,
  message: null,
  actor: mod,
  at: t(0),
  ...overrides,
});

export function describePinStoreContract(name: string, open: () => PinStore | Promise<PinStore>) {
  describe(`${name} (PinStore contract)`, () => {
    let store: PinStore;
    beforeEach(async () => {
      store = await open();
    });
    afterEach(() => store.close());

    it('adds pins with sequential ids and every field kept', async () => {
      const message = { link: 'https://discord.com/channels/1/2/3', author: other };
      const first = await store.add(
        newPin('The partnership was signed in 2026.', { source: 'https://example.org/a' }),
      );
      const second = await store.add(newPin('Second fact.', { message, at: t(5) }));
      expect(first).toEqual({
        id: 'P1',
        community: 'guild-1',
        text: 'The partnership was signed in 2026.',
        source: 'https://example.org/a',
        pinnedBy: mod,
        pinnedAt: t(0),
        message: null,
        status: 'active',
        updatedAt: t(0),
      });
      expect(second.id).toBe('P2');
      expect(await store.get('P2')).toEqual(second);
      expect((await store.get('P2'))?.message).toEqual(message);
    });

    it('finds pins by id in any case and returns undefined for unknown or malformed ids', async () => {
      await store.add(newPin('A fact.'));
      expect((await store.get('p1'))?.id).toBe('P1');
      expect(await store.get('P9')).toBeUndefined();
      expect(await store.get('banana')).toBeUndefined();
    });

    it('edits text and records the old and new text in history', async () => {
      await store.add(newPin('Old text.'));
      const edited = await store.edit('P1', 'New text.', other, t(3));
      expect(edited).toMatchObject({ text: 'New text.', updatedAt: t(3), pinnedAt: t(0), pinnedBy: mod });
      expect(await store.history('P1')).toEqual([
        { pinId: 'P1', action: 'pin', actor: mod, at: t(0), oldText: null, newText: 'Old text.' },
        { pinId: 'P1', action: 'edit', actor: other, at: t(3), oldText: 'Old text.', newText: 'New text.' },
      ]);
    });

    it('removes and restores a pin, keeping it and recording both events', async () => {
      await store.add(newPin('Kept fact.'));
      expect((await store.remove('P1', other, t(1))).status).toBe('removed');
      expect((await store.get('P1'))?.status).toBe('removed');
      expect(await store.restore('P1', mod, t(2))).toMatchObject({ status: 'active', updatedAt: t(2) });
      expect(
        (await store.history('P1')).map((event) => [event.action, event.oldText, event.newText]),
      ).toEqual([
        ['pin', null, 'Kept fact.'],
        ['unpin', 'Kept fact.', null],
        ['restore', null, 'Kept fact.'],
      ]);
    });

    it('lists active pins of one community oldest first, removed ones only when asked', async () => {
      await store.add(newPin('One.'));
      await store.add(newPin('Elsewhere.', { community: 'T-workspace' }));
      await store.add(newPin('Two.'));
      await store.add(newPin('Three.'));
      await store.remove('P3', mod, t(1));
      expect((await store.list('guild-1')).map((pin) => pin.id)).toEqual(['P1', 'P4']);
      expect((await store.list('guild-1', { includeRemoved: true })).map((pin) => pin.id)).toEqual([
        'P1',
        'P3',
        'P4',
      ]);
      expect((await store.list('T-workspace')).map((pin) => pin.text)).toEqual(['Elsewhere.']);
      expect(await store.list('nobody')).toEqual([]);
    });

    it('counts active and removed pins per community, ordered by community', async () => {
      expect(await store.communities()).toEqual([]);
      await store.add(newPin('One.'));
      await store.add(newPin('Elsewhere.', { community: 'T-workspace' }));
      await store.add(newPin('Two.'));
      await store.remove('P3', mod, t(1));
      expect(await store.communities()).toEqual([
        { community: 'T-workspace', active: 1, removed: 0 },
        { community: 'guild-1', active: 1, removed: 1 },
      ]);
    });

    it('finds an active pin by text ignoring case and whitespace, only in its community', async () => {
      await store.add(newPin('India and the EU  signed it.'));
      expect((await store.findActiveByText('guild-1', '  india AND the eu signed\nit. '))?.id).toBe('P1');
      expect(await store.findActiveByText('other-guild', 'India and the EU signed it.')).toBeUndefined();
      await store.remove('P1', mod, t(1));
      expect(await store.findActiveByText('guild-1', 'India and the EU signed it.')).toBeUndefined();
    });

    it('refuses an active duplicate in the same community but allows it in another', async () => {
      await store.add(newPin('Same fact.'));
      await expect(store.add(newPin('same   FACT.'))).rejects.toThrow(PinConflictError);
      expect((await store.add(newPin('Same fact.', { community: 'guild-2' }))).id).toBe('P2');
      await store.add(newPin('Different.'));
      await expect(store.edit('P3', 'Same Fact.', mod, t(1))).rejects.toThrow(/P1 already holds this text/);
    });

    it('refuses to restore a pin whose text was pinned again meanwhile', async () => {
      await store.add(newPin('Comes back.'));
      await store.remove('P1', mod, t(1));
      await store.add(newPin('Comes back.'));
      const error = await store.restore('P1', mod, t(2)).then(
        () => undefined,
        (caught: unknown) => caught,
      );
      expect(error).toBeInstanceOf(PinConflictError);
      expect(error).toMatchObject({ kind: 'duplicate', existingId: 'P2' });
    });

    it('throws conflicts naming the pin for unknown ids and impossible state changes', async () => {
      await expect(store.remove('P7', mod, t(1))).rejects.toThrow('PinStore: unknown pin P7');
      await store.add(newPin('Fact.'));
      await expect(store.restore('P1', mod, t(1))).rejects.toThrow('PinStore: P1 is already active');
      await store.remove('P1', mod, t(1));
      await expect(store.remove('P1', mod, t(2))).rejects.toThrow('PinStore: P1 is already removed');
      await expect(store.edit('P1', 'Changed.', mod, t(2))).rejects.toThrow('PinStore: P1 is removed');
      expect(await store.history('P1')).toHaveLength(2);
    });

    it('reports every pin changed after a sequence number, in its current state', async () => {
      const start = await store.changesSince(0);
      expect(start).toEqual({ seq: 0, pins: [] });
      await store.add(newPin('First.'));
      await store.add(newPin('Second.', { community: 'guild-2' }));
      const afterAdds = await store.changesSince(0);
      expect(afterAdds.pins.map((pin) => pin.id)).toEqual(['P1', 'P2']);
      expect(afterAdds.seq).toBeGreaterThan(0);

      await store.remove('P1', mod, t(1));
      const afterRemove = await store.changesSince(afterAdds.seq);
      expect(afterRemove.seq).toBeGreaterThan(afterAdds.seq);
      expect(afterRemove.pins).toEqual([expect.objectContaining({ id: 'P1', status: 'removed' })]);
      expect(await store.changesSince(afterRemove.seq)).toEqual({ seq: afterRemove.seq, pins: [] });
    });

    it('hands out copies that cannot change the stored pin', async () => {
      const pin = await store.add(newPin('Immutable.'));
      pin.text = 'Tampered.';
      pin.pinnedBy.displayName = 'Someone else';
      const listed = await store.list('guild-1');
      if (listed[0]) listed[0].status = 'removed';
      expect(await store.get('P1')).toMatchObject({ text: 'Immutable.', status: 'active', pinnedBy: mod });
    });
  });
}
