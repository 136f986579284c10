import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createSourceRequests } from '../../src/sources/request-source.ts';
import { openSourceQueue } from '../../src/sources/source-queue.ts';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});
const dataDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'sources-'));
  dirs.push(dir);
  return dir;
};

const MOD = {
  community: 'guild-1',
  isModerator: true,
  user: { platform: 'discord' as const, userId: 'u1', displayName: 'Mo' },
};
const at = new Date('2026-02-01T10:00:00Z');

function requests(enabled = true, dir: string | undefined = undefined) {
  return createSourceRequests({
    enabled,
    dataDir: dir,
    articleWithUrl: (url) =>
      url === 'https://ani.example/pact' ? { id: 'ani-pact', title: 'The pact' } : undefined,
    now: () => at,
  });
}

describe('requestSource', () => {
  it('is refused when ALLOW_CHAT_SOURCES is off, before anything else', () => {
    expect(
      requests(false).request('https://x.example/a', { community: 'g', isModerator: false }),
    ).toMatchObject({
      ok: false,
      reason: 'disabled',
    });
  });

  it('takes requests from moderators only, for http(s) links only', () => {
    const r = requests();
    expect(r.request('https://x.example/a', { ...MOD, isModerator: false })).toMatchObject({
      reason: 'not-moderator',
    });
    for (const bad of [
      'not a link',
      'ftp://x.example/a',
      'javascript:alert(1)',
      `https://x.example/${'a'.repeat(2100)}`,
    ])
      expect(r.request(bad, MOD)).toMatchObject({ ok: false, reason: 'invalid' });
  });

  it('refuses a page already in the corpus or already waiting, naming it', () => {
    const r = requests();
    expect(r.request('https://ani.example/pact', MOD)).toMatchObject({
      reason: 'duplicate',
      existingId: 'ani-pact',
      message: 'That page is already one of my sources: “The pact”.',
    });
    expect(r.request('https://x.example/a', MOD)).toMatchObject({ ok: true, request: { id: 'S1' } });
    expect(r.request('https://x.example/a', { ...MOD, community: 'other' })).toMatchObject({
      reason: 'duplicate',
      existingId: 'S1',
    });
    r.close();
  });

  it('records who asked, where and when, in a queue the operator opens from another process', () => {
    const dir = dataDir();
    const bot = requests(true, dir);
    bot.request('https://x.example/a', MOD);
    bot.request('https://x.example/b', MOD);
    const operator = openSourceQueue(dir);
    expect(operator.pending().map((p) => [p.id, p.url])).toEqual([
      ['S1', 'https://x.example/a'],
      ['S2', 'https://x.example/b'],
    ]);
    expect(operator.get('s1')).toMatchObject({
      community: 'guild-1',
      requestedBy: MOD.user,
      requestedAt: at.toISOString(),
      status: 'pending',
    });
    operator.decide('S1', { status: 'added', at: at.toISOString(), articleId: 'x-a' });
    expect(() => operator.decide('S1', { status: 'rejected', at: at.toISOString() })).toThrow(
      'S1 was already added',
    );
    expect(operator.pending().map((p) => p.id)).toEqual(['S2']);
    // Once decided, the same page can be asked for again.
    expect(bot.request('https://x.example/a', MOD)).toMatchObject({ ok: true, request: { id: 'S3' } });
    operator.close();
    bot.close();
  });
});
