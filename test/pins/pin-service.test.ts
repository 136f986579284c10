import { beforeEach, describe, expect, it } from 'vitest';
import {
  type Actor,
  type AskContext,
  createMemoryPinStore,
  createPinService,
  type PinStore,
} from '../../src/index.ts';

const mod: Actor = { platform: 'discord', userId: '111', displayName: 'Mod One' };
const asMod: AskContext = { community: 'guild-1', user: mod, isModerator: true };
const passage = 'ani-2026-01-27-india-eu-sdp#p4';

describe('createPinService', () => {
  let store: PinStore;
  let clock: number;
  const service = () =>
    createPinService({
      store,
      isKnownPassage: (id) => id === passage,
      now: () => new Date(Date.UTC(2026, 1, 1, 10, 0, clock++)),
    });
  beforeEach(() => {
    store = createMemoryPinStore();
    clock = 0;
  });

  describe('pin', () => {
    it('saves a trimmed fact with its pinner, time, source and message', () => {
      const message = { link: 'https://discord.com/channels/1/2/3', author: { ...mod, userId: '222' } };
      const outcome = service().pin(
        { text: '  The SDP was signed in 2026.  ', source: passage, message },
        asMod,
      );
      expect(outcome).toEqual({
        ok: true,
        message: 'Pinned P1.',
        pin: expect.objectContaining({
          id: 'P1',
          text: 'The SDP was signed in 2026.',
          source: passage,
          message,
          pinnedBy: mod,
          pinnedAt: '2026-02-01T10:00:00.000Z',
        }),
      });
      expect(store.get('P1')?.text).toBe('The SDP was signed in 2026.');
    });

    it('refuses non-moderators politely and saves nothing', () => {
      for (const isModerator of [false, undefined]) {
        const outcome = service().pin({ text: 'A fact.' }, { community: 'guild-1', user: mod, isModerator });
        expect(outcome).toEqual({
          ok: false,
          reason: 'not-moderator',
          message: expect.stringMatching(/only moderators/),
        });
      }
      expect(store.list('guild-1')).toEqual([]);
    });

    it('refuses empty text and text over 1000 characters, giving the length', () => {
      expect(service().pin({ text: '   \n ' }, asMod)).toMatchObject({
        reason: 'invalid',
        message: 'Pin text is empty.',
      });
      expect(service().pin({ text: 'x'.repeat(1001) }, asMod)).toMatchObject({
        reason: 'invalid',
        message: 'Pin text is 1001 characters long; the limit is 1000.',
      });
      expect(service().pin({ text: ` ${'é'.repeat(1000)} ` }, asMod).ok).toBe(true);
    });

    it('counts characters, not UTF-16 units', () => {
      expect(service().pin({ text: '🇮🇳'.repeat(250) }, asMod).ok).toBe(true);
    });

    it('accepts http(s) URLs and known passage ids as sources and names a bad one', () => {
      expect(service().pin({ text: 'One.', source: 'https://example.org/x' }, asMod).ok).toBe(true);
      expect(service().pin({ text: 'Two.', source: 'http://example.org/y' }, asMod).ok).toBe(true);
      expect(service().pin({ text: 'Three.', source: 'ftp://example.org/z' }, asMod)).toMatchObject({
        reason: 'invalid',
        message:
          'Source “ftp://example.org/z” is neither an http(s) URL nor a known passage id (like <article-id>#p4).',
      });
      expect(service().pin({ text: 'Four.', source: 'some-article#p99' }, asMod)).toMatchObject({
        reason: 'invalid',
        message: 'Source “some-article#p99” is not a known passage id.',
      });
      expect(service().pin({ text: 'Five.', source: ' ' }, asMod)).toMatchObject({ reason: 'invalid' });
    });

    it('refuses a message link that is not an http(s) URL', () => {
      const message = { link: 'not a link', author: mod };
      expect(service().pin({ text: 'Six.', message }, asMod)).toMatchObject({
        reason: 'invalid',
        message: 'Message link “not a link” is not an http(s) URL.',
      });
    });

    it('refuses a duplicate in the same community naming the existing pin, ignoring case and spacing', () => {
      service().pin({ text: 'The SDP covers maritime security.' }, asMod);
      expect(service().pin({ text: 'the  SDP covers\nmaritime SECURITY.' }, asMod)).toEqual({
        ok: false,
        reason: 'duplicate',
        message: 'This fact is already pinned as P1.',
        existingId: 'P1',
      });
      expect(
        service().pin({ text: 'The SDP covers maritime security.' }, { ...asMod, community: 'guild-2' }).ok,
      ).toBe(true);
    });

    it('uses the console actor when the context names no user', () => {
      const outcome = service().pin({ text: 'Local fact.' }, { community: 'local', isModerator: true });
      expect(outcome.ok && outcome.pin.pinnedBy).toEqual({
        platform: 'local',
        userId: 'local',
        displayName: expect.any(String),
      });
    });

    it('throws for a context without a community, a bug in the caller', () => {
      expect(() => service().pin({ text: 'x' }, { community: '', isModerator: true })).toThrow(
        'PinService: context.community must be a non-empty string',
      );
    });
  });

  describe('unpin, edit and restore', () => {
    beforeEach(() => {
      service().pin({ text: 'Original fact.' }, asMod);
      service().pin({ text: 'Another fact.' }, asMod);
    });

    it('unpins by id in any case, keeping the pin in history', () => {
      const outcome = service().unpin('p1', asMod);
      expect(outcome).toMatchObject({ ok: true, pin: { id: 'P1', status: 'removed' } });
      expect(outcome.message).toMatch(/^Unpinned P1 \(kept in history; restore P1/);
      expect(
        service()
          .history('P1', 'guild-1')
          ?.map((event) => event.action),
      ).toEqual(['pin', 'unpin']);
    });

    it('reports unknown ids, and ids of another community, as not found naming the id', () => {
      expect(service().unpin('P9', asMod)).toEqual({
        ok: false,
        reason: 'not-found',
        message: 'There is no pin P9 in this community.',
      });
      expect(service().unpin('P1', { ...asMod, community: 'guild-2' })).toMatchObject({
        reason: 'not-found',
      });
      expect(service().edit('P1', 'x', { ...asMod, community: 'guild-2' })).toMatchObject({
        reason: 'not-found',
      });
      expect(store.get('P1')?.status).toBe('active');
    });

    it('refuses a malformed id with a hint', () => {
      expect(service().unpin('pin-one', asMod)).toMatchObject({
        reason: 'invalid',
        message: '“pin-one” is not a pin id (pin ids look like P12).',
      });
    });

    it('refuses moderator actions from non-moderators before looking at the id', () => {
      const asUser = { ...asMod, isModerator: false };
      for (const outcome of [
        service().unpin('P1', asUser),
        service().edit('P1', 'x', asUser),
        service().restore('P1', asUser),
      ]) {
        expect(outcome).toMatchObject({ ok: false, reason: 'not-moderator' });
      }
    });

    it('edits text, validating it and refusing a duplicate of another pin', () => {
      expect(service().edit('P1', 'Corrected fact.', asMod)).toMatchObject({
        ok: true,
        message: 'Edited P1.',
      });
      expect(service().edit('P1', '', asMod)).toMatchObject({
        reason: 'invalid',
        message: 'Pin text is empty.',
      });
      expect(service().edit('P1', 'ANOTHER fact.', asMod)).toMatchObject({
        reason: 'duplicate',
        existingId: 'P2',
      });
      expect(service().edit('P1', 'CORRECTED fact.', asMod).ok).toBe(true);
      const edits = service()
        .history('P1', 'guild-1')
        ?.filter((event) => event.action === 'edit');
      expect(edits?.map((event) => [event.oldText, event.newText])).toEqual([
        ['Original fact.', 'Corrected fact.'],
        ['Corrected fact.', 'CORRECTED fact.'],
      ]);
    });

    it('refuses to unpin twice, to edit a removed pin, and to restore an active one', () => {
      service().unpin('P1', asMod);
      expect(service().unpin('P1', asMod)).toMatchObject({
        reason: 'invalid',
        message: expect.stringMatching(/already unpinned/),
      });
      expect(service().edit('P1', 'New.', asMod)).toMatchObject({
        reason: 'invalid',
        message: expect.stringMatching(/restore it before editing/),
      });
      expect(service().restore('P2', asMod)).toMatchObject({
        reason: 'invalid',
        message: 'P2 is already pinned.',
      });
    });

    it('restores a removed pin unless its text was pinned again meanwhile', () => {
      service().unpin('P1', asMod);
      expect(service().restore('P1', asMod)).toMatchObject({ ok: true, message: 'Restored P1.' });
      service().unpin('P1', asMod);
      service().pin({ text: 'original FACT.' }, asMod);
      expect(service().restore('P1', asMod)).toMatchObject({ reason: 'duplicate', existingId: 'P3' });
    });

    it('turns conflicts from a concurrent change in another process into refusals', () => {
      // A store whose reads lag behind its writes, as when another process changes the pin
      // between the service's check and its write.
      const lagging: PinStore = {
        ...store,
        get: (id) => {
          const pin = store.get(id);
          return pin && { ...pin, status: 'active' };
        },
        findActiveByText: () => undefined,
      };
      const racing = createPinService({ store: lagging, isKnownPassage: () => false, now: () => new Date() });
      store.remove('P1', mod, '2026-02-01T11:00:00.000Z');
      expect(racing.unpin('P1', asMod)).toEqual({
        ok: false,
        reason: 'invalid',
        message: 'P1 changed meanwhile: P1 is already removed.',
      });
      expect(racing.pin({ text: 'Another fact.' }, asMod)).toMatchObject({
        reason: 'duplicate',
        existingId: 'P2',
      });
      expect(store.list('guild-1', { includeRemoved: true })).toHaveLength(2);
    });
  });

  describe('list and history', () => {
    it('lists a community’s pins and returns null history for ids outside it', () => {
      service().pin({ text: 'Mine.' }, asMod);
      service().pin({ text: 'Theirs.' }, { ...asMod, community: 'guild-2' });
      service().unpin('P1', asMod);
      expect(service().list('guild-1')).toEqual([]);
      expect(
        service()
          .list('guild-1', { includeRemoved: true })
          .map((pin) => pin.id),
      ).toEqual(['P1']);
      expect(service().history('p1', 'guild-1')).toHaveLength(2);
      expect(service().history('P2', 'guild-1')).toBeNull();
      expect(service().history('P77', 'guild-1')).toBeNull();
      expect(service().history('nonsense', 'guild-1')).toBeNull();
    });
  });
});
