import { beforeEach, describe, expect, it } from 'vitest';
import type { PinStore } from '../../src/index.ts';
import { asMod, createServiceFixture, mod, passage } from './service-fixture.ts';

describe('createPinService', () => {
  let store: PinStore;
  let service: ReturnType<typeof createServiceFixture>['service'];
  beforeEach(() => {
    ({ store, service } = createServiceFixture());
  });

  describe('pin', () => {
    it('saves a trimmed fact with its pinner, time, source and message', async () => {
      const message = { link: 'https://discord.com/channels/1/2/3', author: { ...mod, userId: '222' } };
      const outcome = await service().pin(
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
      expect((await store.get('P1'))?.text).toBe('The SDP was signed in 2026.');
    });

    it('refuses non-moderators politely and saves nothing', async () => {
      for (const isModerator of [false, undefined]) {
        const outcome = await service().pin(
          { text: 'A fact.' },
          { community: 'guild-1', user: mod, isModerator },
        );
        expect(outcome).toEqual({
          ok: false,
          reason: 'not-moderator',
          message: expect.stringMatching(/only moderators/),
        });
      }
      expect(await store.list('guild-1')).toEqual([]);
    });

    it('refuses empty text and text over 1000 characters, giving the length', async () => {
      expect(await service().pin({ text: '   \n ' }, asMod)).toMatchObject({
        reason: 'invalid',
        message: 'Pin text is empty.',
      });
      expect(await service().pin({ text: 'x'.repeat(1001) }, asMod)).toMatchObject({
        reason: 'invalid',
        message: 'Pin text is 1001 characters long; the limit is 1000.',
      });
      expect((await service().pin({ text: ` ${'é'.repeat(1000)} ` }, asMod)).ok).toBe(true);
    });

    it('counts characters, not UTF-16 units', async () => {
      expect((await service().pin({ text: '🇮🇳'.repeat(250) }, asMod)).ok).toBe(true);
    });

    it('accepts http(s) URLs and known passage ids as sources and names a bad one', async () => {
      expect((await service().pin({ text: 'One.', source: 'https://example.org/x' }, asMod)).ok).toBe(true);
      expect((await service().pin({ text: 'Two.', source: 'http://example.org/y' }, asMod)).ok).toBe(true);
      expect(await service().pin({ text: 'Three.', source: 'ftp://example.org/z' }, asMod)).toMatchObject({
        reason: 'invalid',
        message:
          'Source “ftp://example.org/z” is neither an http(s) URL nor a known passage id (like <article-id>#p4).',
      });
      expect(await service().pin({ text: 'Four.', source: 'some-article#p99' }, asMod)).toMatchObject({
        reason: 'invalid',
        message: 'Source “some-article#p99” is not a known passage id.',
      });
      expect(await service().pin({ text: 'Five.', source: ' ' }, asMod)).toMatchObject({ reason: 'invalid' });
    });

    it('refuses a message link that is not an http(s) URL', async () => {
      const message = { link: 'not a link', author: mod };
      expect(await service().pin({ text: 'Six.', message }, asMod)).toMatchObject({
        reason: 'invalid',
        message: 'Message link “not a link” is not an http(s) URL.',
      });
    });

    it('refuses a duplicate in the same community naming the existing pin, ignoring case and spacing', async () => {
      await service().pin({ text: 'The SDP covers maritime security.' }, asMod);
      expect(await service().pin({ text: 'the  SDP covers\nmaritime SECURITY.' }, asMod)).toEqual({
        ok: false,
        reason: 'duplicate',
        message: 'This fact is already pinned as P1.',
        existingId: 'P1',
      });
      expect(
        (
          await service().pin(
            { text: 'The SDP covers maritime security.' },
            { ...asMod, community: 'guild-2' },
          )
        ).ok,
      ).toBe(true);
    });

    it('uses the console actor when the context names no user', async () => {
      const outcome = await service().pin({ text: 'Local fact.' }, { community: 'local', isModerator: true });
      expect(outcome.ok && outcome.pin.pinnedBy).toEqual({
        platform: 'local',
        userId: 'local',
        displayName: expect.any(String),
      });
    });

    it('throws for a context without a community, a bug in the caller', async () => {
      await expect(service().pin({ text: 'x' }, { community: '', isModerator: true })).rejects.toThrow(
        'PinService: context.community must be a non-empty string',
      );
    });
  });
});
