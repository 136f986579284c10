import { beforeEach, describe, expect, it } from 'vitest';
import { createPinService, type PinStore } from '../../src/index.ts';
import { asMod, createServiceFixture, mod } from './service-fixture.ts';

describe('createPinService', () => {
  let store: PinStore;
  let service: ReturnType<typeof createServiceFixture>['service'];
  beforeEach(() => {
    ({ store, service } = createServiceFixture());
  });

  describe('unpin, edit and restore', () => {
    beforeEach(async () => {
      await service().pin({ text: 'Original fact.' }, asMod);
      await service().pin({ text: 'Another fact.' }, asMod);
    });

    it('unpins by id in any case, keeping the pin in history', async () => {
      const outcome = await service().unpin('p1', asMod);
      expect(outcome).toMatchObject({ ok: true, pin: { id: 'P1', status: 'removed' } });
      expect(outcome.message).toMatch(/^Unpinned P1 \(kept in history; restore P1/);
      expect((await service().history('P1', 'guild-1'))?.map((event) => event.action)).toEqual([
        'pin',
        'unpin',
      ]);
    });

    it('reports unknown ids, and ids of another community, as not found naming the id', async () => {
      expect(await service().unpin('P9', asMod)).toEqual({
        ok: false,
        reason: 'not-found',
        message: 'There is no pin P9 in this community.',
      });
      expect(await service().unpin('P1', { ...asMod, community: 'guild-2' })).toMatchObject({
        reason: 'not-found',
      });
      expect(await service().edit('P1', 'x', { ...asMod, community: 'guild-2' })).toMatchObject({
        reason: 'not-found',
      });
      expect((await store.get('P1'))?.status).toBe('active');
    });

    it('refuses a malformed id with a hint', async () => {
      expect(await service().unpin('pin-one', asMod)).toMatchObject({
        reason: 'invalid',
        message: '“pin-one” is not a pin id (pin ids look like P12).',
      });
    });

    it('refuses moderator actions from non-moderators before looking at the id', async () => {
      const asUser = { ...asMod, isModerator: false };
      for (const outcome of [
        await service().unpin('P1', asUser),
        await service().edit('P1', 'x', asUser),
        await service().restore('P1', asUser),
      ]) {
        expect(outcome).toMatchObject({ ok: false, reason: 'not-moderator' });
      }
    });

    it('edits text, validating it and refusing a duplicate of another pin', async () => {
      expect(await service().edit('P1', 'Corrected fact.', asMod)).toMatchObject({
        ok: true,
        message: 'Edited P1.',
      });
      expect(await service().edit('P1', '', asMod)).toMatchObject({
        reason: 'invalid',
        message: 'Pin text is empty.',
      });
      expect(await service().edit('P1', 'ANOTHER fact.', asMod)).toMatchObject({
        reason: 'duplicate',
        existingId: 'P2',
      });
      expect((await service().edit('P1', 'CORRECTED fact.', asMod)).ok).toBe(true);
      const edits = (await service().history('P1', 'guild-1'))?.filter((event) => event.action === 'edit');
      expect(edits?.map((event) => [event.oldText, event.newText])).toEqual([
        ['Original fact.', 'Corrected fact.'],
        ['Corrected fact.', 'CORRECTED fact.'],
      ]);
    });

    it('refuses to unpin twice, to edit a removed pin, and to restore an active one', async () => {
      await service().unpin('P1', asMod);
      expect(await service().unpin('P1', asMod)).toMatchObject({
        reason: 'invalid',
        message: expect.stringMatching(/already unpinned/),
      });
      expect(await service().edit('P1', 'New.', asMod)).toMatchObject({
        reason: 'invalid',
        message: expect.stringMatching(/restore it before editing/),
      });
      expect(await service().restore('P2', asMod)).toMatchObject({
        reason: 'invalid',
        message: 'P2 is already pinned.',
      });
    });

    it('restores a removed pin unless its text was pinned again meanwhile', async () => {
      await service().unpin('P1', asMod);
      expect(await service().restore('P1', asMod)).toMatchObject({ ok: true, message: 'Restored P1.' });
      await service().unpin('P1', asMod);
      await service().pin({ text: 'original FACT.' }, asMod);
      expect(await service().restore('P1', asMod)).toMatchObject({ reason: 'duplicate', existingId: 'P3' });
    });

    it('turns conflicts from a concurrent change in another process into refusals', async () => {
      // A store whose reads lag behind its writes, as when another process changes the pin
      // between the service's check and its write.
      const lagging: PinStore = {
        ...store,
        get: async (id) => {
          const pin = await store.get(id);
          return pin && { ...pin, status: 'active' };
        },
        findActiveByText: async () => undefined,
      };
      const racing = createPinService({ store: lagging, isKnownPassage: () => false, now: () => new Date() });
      store.remove('P1', mod, '2026-02-01T11:00:00.000Z');
      expect(await racing.unpin('P1', asMod)).toEqual({
        ok: false,
        reason: 'invalid',
        message: 'P1 changed meanwhile: P1 is already removed.',
      });
      expect(await racing.pin({ text: 'Another fact.' }, asMod)).toMatchObject({
        reason: 'duplicate',
        existingId: 'P2',
      });
      expect(await store.list('guild-1', { includeRemoved: true })).toHaveLength(2);
    });
  });

  describe('list and history', () => {
    it('lists a community’s pins and returns null history for ids outside it', async () => {
      await service().pin({ text: 'Mine.' }, asMod);
      await service().pin({ text: 'Theirs.' }, { ...asMod, community: 'guild-2' });
      await service().unpin('P1', asMod);
      expect(await service().list('guild-1')).toEqual([]);
      expect((await service().list('guild-1', { includeRemoved: true })).map((pin) => pin.id)).toEqual([
        'P1',
      ]);
      expect(await service().history('p1', 'guild-1')).toHaveLength(2);
      expect(await service().history('P2', 'guild-1')).toBeNull();
      expect(await service().history('P77', 'guild-1')).toBeNull();
      expect(await service().history('nonsense', 'guild-1')).toBeNull();
    });
  });
});
