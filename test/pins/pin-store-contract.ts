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

export function describePinStoreContract(name: string, open: () => PinStore) {
  describe(`${name} (PinStore contract)`, () => {
    let store: PinStore;
    beforeEach(() => {
      store = open();
    });
    afterEach(() => store.close());

    it('adds pins with sequential ids and every field kept', () => {
      const message = { link: 'https://discord.com/channels/1/2/3', author: other };
      const first = store.add(
        newPin('The partnership was signed in 2026.', { source: 'https://example.org/a' }),
      );
      const second = store.add(newPin('Second fact.', { message, at: t(5) }));
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
      expect(store.get('P2')).toEqual(second);
      expect(store.get('P2')?.message).toEqual(message);
    });

    it('finds pins by id in any case and returns undefined for unknown or malformed ids', () => {
      store.add(newPin('A fact.'));
      expect(store.get('p1')?.id).toBe('P1');
      expect(store.get('P9')).toBeUndefined();
      expect(store.get('banana')).toBeUndefined();
    });

    it('edits text and records the old and new text in history', () => {
      store.add(newPin('Old text.'));
      const edited = store.edit('P1', 'New text.', other, t(3));
      expect(edited).toMatchObject({ text: 'New text.', updatedAt: t(3), pinnedAt: t(0), pinnedBy: mod });
      expect(store.history('P1')).toEqual([
        { pinId: 'P1', action: 'pin', actor: mod, at: t(0), oldText: null, newText: 'Old text.' },
        { pinId: 'P1', action: 'edit', actor: other, at: t(3), oldText: 'Old text.', newText: 'New text.' },
      ]);
    });

    it('removes and restores a pin, keeping it and recording both events', () => {
      store.add(newPin('Kept fact.'));
      expect(store.remove('P1', other, t(1)).status).toBe('removed');
      expect(store.get('P1')?.status).toBe('removed');
      expect(store.restore('P1', mod, t(2))).toMatchObject({ status: 'active', updatedAt: t(2) });
      expect(store.history('P1').map((event) => [event.action, event.oldText, event.newText])).toEqual([
        ['pin', null, 'Kept fact.'],
        ['unpin', 'Kept fact.', null],
        ['restore', null, 'Kept fact.'],
      ]);
    });

    it('lists active pins of one community oldest first, removed ones only when asked', () => {
      store.add(newPin('One.'));
      store.add(newPin('Elsewhere.', { community: 'T-workspace' }));
      store.add(newPin('Two.'));
      store.add(newPin('Three.'));
      store.remove('P3', mod, t(1));
      expect(store.list('guild-1').map((pin) => pin.id)).toEqual(['P1', 'P4']);
      expect(store.list('guild-1', { includeRemoved: true }).map((pin) => pin.id)).toEqual([
        'P1',
        'P3',
        'P4',
      ]);
      expect(store.list('T-workspace').map((pin) => pin.text)).toEqual(['Elsewhere.']);
      expect(store.list('nobody')).toEqual([]);
    });

    it('counts active and removed pins per community, ordered by community', () => {
      expect(store.communities()).toEqual([]);
      store.add(newPin('One.'));
      store.add(newPin('Elsewhere.', { community: 'T-workspace' }));
      store.add(newPin('Two.'));
      store.remove('P3', mod, t(1));
      expect(store.communities()).toEqual([
        { community: 'T-workspace', active: 1, removed: 0 },
        { community: 'guild-1', active: 1, removed: 1 },
      ]);
    });

    it('finds an active pin by text ignoring case and whitespace, only in its community', () => {
      store.add(newPin('India and the EU  signed it.'));
      expect(store.findActiveByText('guild-1', '  india AND the eu signed\nit. ')?.id).toBe('P1');
      expect(store.findActiveByText('other-guild', 'India and the EU signed it.')).toBeUndefined();
      store.remove('P1', mod, t(1));
      expect(store.findActiveByText('guild-1', 'India and the EU signed it.')).toBeUndefined();
    });

    it('refuses an active duplicate in the same community but allows it in another', () => {
      store.add(newPin('Same fact.'));
      expect(() => store.add(newPin('same   FACT.'))).toThrow(PinConflictError);
      expect(store.add(newPin('Same fact.', { community: 'guild-2' })).id).toBe('P2');
      store.add(newPin('Different.'));
      expect(() => store.edit('P3', 'Same Fact.', mod, t(1))).toThrow(/P1 already holds this text/);
    });

    it('refuses to restore a pin whose text was pinned again meanwhile', () => {
      store.add(newPin('Comes back.'));
      store.remove('P1', mod, t(1));
      store.add(newPin('Comes back.'));
      const error = (() => {
        try {
          store.restore('P1', mod, t(2));
        } catch (caught) {
          return caught;
        }
      })();
      expect(error).toBeInstanceOf(PinConflictError);
      expect(error).toMatchObject({ kind: 'duplicate', existingId: 'P2' });
    });

    it('throws conflicts naming the pin for unknown ids and impossible state changes', () => {
      expect(() => store.remove('P7', mod, t(1))).toThrow('PinStore: unknown pin P7');
      store.add(newPin('Fact.'));
      expect(() => store.restore('P1', mod, t(1))).toThrow('PinStore: P1 is already active');
      store.remove('P1', mod, t(1));
      expect(() => store.remove('P1', mod, t(2))).toThrow('PinStore: P1 is already removed');
      expect(() => store.edit('P1', 'Changed.', mod, t(2))).toThrow('PinStore: P1 is removed');
      expect(store.history('P1')).toHaveLength(2);
    });

    it('reports every pin changed after a sequence number, in its current state', () => {
      const start = store.changesSince(0);
      expect(start).toEqual({ seq: 0, pins: [] });
      store.add(newPin('First.'));
      store.add(newPin('Second.', { community: 'guild-2' }));
      const afterAdds = store.changesSince(0);
      expect(afterAdds.pins.map((pin) => pin.id)).toEqual(['P1', 'P2']);
      expect(afterAdds.seq).toBeGreaterThan(0);

      store.remove('P1', mod, t(1));
      const afterRemove = store.changesSince(afterAdds.seq);
      expect(afterRemove.seq).toBeGreaterThan(afterAdds.seq);
      expect(afterRemove.pins).toEqual([expect.objectContaining({ id: 'P1', status: 'removed' })]);
      expect(store.changesSince(afterRemove.seq)).toEqual({ seq: afterRemove.seq, pins: [] });
    });

    it('hands out copies that cannot change the stored pin', () => {
      const pin = store.add(newPin('Immutable.'));
      pin.text = 'Tampered.';
      pin.pinnedBy.displayName = 'Someone else';
      const listed = store.list('guild-1');
      if (listed[0]) listed[0].status = 'removed';
      expect(store.get('P1')).toMatchObject({ text: 'Immutable.', status: 'active', pinnedBy: mod });
    });
  });
}
