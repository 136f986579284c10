import { afterEach, describe, expect, it } from 'vitest';
import { type AskContext, type Bot, createMemoryModerationLog, type ModerationLog } from '../../src/index.ts';
import { createTestBot } from '../support/test-bot.ts';

/**
 * The loop through the real bot (the fixture corpus, in-memory pins and log): what `ask` records,
 * feedback and its refusals, the review queue and its two resolutions, gap reports.
 */
const START = new Date('2026-03-10T12:00:00.000Z');
const DAY_MS = 24 * 60 * 60 * 1000;
const alice: AskContext = {
  community: 'guild-1',
  user: { platform: 'discord', userId: 'u-alice', displayName: 'Alice' },
};
const bob: AskContext = {
  community: 'guild-1',
  user: { platform: 'discord', userId: 'u-bob', displayName: 'Bob' },
};
const mod: AskContext = {
  community: 'guild-1',
  isModerator: true,
  user: { platform: 'discord', userId: 'u-mod', displayName: 'Mo' },
};
const WHEN = 'When was the partnership signed?';

const bots: Bot[] = [];
afterEach(() => {
  for (const bot of bots.splice(0)) bot.close();
});

function setup(options: { storeUser?: boolean; retentionDays?: number; log?: ModerationLog } = {}) {
  const clock = { now: START };
  const log = options.log ?? createMemoryModerationLog();
  const bot = createTestBot({
    pinSyncIntervalMs: 0,
    now: () => clock.now,
    loop: { log, pruneIntervalMs: 0, ...options },
  });
  bots.push(bot);
  const advance = (days: number) => {
    clock.now = new Date(clock.now.getTime() + days * DAY_MS);
  };
  return { bot, log, advance };
}

const gapsOf = (bot: Bot, days = 7) => {
  const outcome = bot.loop.gaps(mod, { days });
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.report;
};

describe('bot.ask and the loop', () => {
  it('gives an answered question an id naming its community and time, without changing the answer', async () => {
    const { bot } = setup();
    const first = bot.ask(WHEN, alice);
    const second = bot.ask(WHEN, alice);
    expect(first.id).toMatch(/^[0-9a-z]+\.[0-9a-f]{10}\.guild-1$/);
    expect(Number.parseInt(first.id?.split('.')[0] ?? '', 36)).toBe(START.getTime());
    expect(second.id).not.toBe(first.id);
    const { id: _first, ...rest } = first;
    const { id: _second, ...again } = second;
    expect(rest).toEqual(again);
    expect(first.answer).not.toContain(first.id);
  });

  it('records declined questions, grouped by the stems of their missing words, without the asker', async () => {
    const { bot, log } = setup();
    bot.ask('What did NATO say about it?', alice);
    bot.ask('what does nato think', bob);
    bot.ask('Is there a deal on submarines?', alice);
    expect(bot.ask(WHEN, alice).kind).toBe('answered');
    const report = gapsOf(bot);
    expect(report.questionCount).toBe(3);
    expect(report.groups.map((g) => [g.terms, g.count])).toEqual([
      [['nato'], 2],
      [['submarin'], 1],
    ]);
    expect(report.groups[0]).toMatchObject({ example: 'what does nato think', missing: ['nato'] });
    const stored = log.gapGroups('guild-1', '2026-01-01', { limit: 5, offset: 0 }).groups;
    expect(stored.map((g) => g.example.askedBy)).toEqual([null, null]);
  });

  it('keeps the asker of a declined question only with GAPS_STORE_USER', async () => {
    const { bot, log } = setup({ storeUser: true });
    bot.ask('What did NATO say about it?', alice);
    expect(
      log.gapGroups('guild-1', '2026-01-01', { limit: 1, offset: 0 }).groups[0]?.example.askedBy,
    ).toEqual(alice.user);
  });

  it('does not record help, over-long or repeated questions', async () => {
    const { bot } = setup();
    bot.ask('hello', alice);
    bot.ask(`What did NATO say ${'about it '.repeat(80)}?`, alice);
    bot.ask('What did NATO say about it?', { ...alice, repeated: true });
    expect(gapsOf(bot).questionCount).toBe(0);
  });
});

describe('bot.loop.feedback', () => {
  it('records one vote per user per answer and refuses the second', async () => {
    const { bot } = setup();
    const { id = '' } = bot.ask(WHEN, alice);
    expect(bot.loop.checkFeedback(id, bob)).toMatchObject({ ok: true });
    expect(bot.loop.feedback({ answerId: id, verdict: 'helpful' }, bob)).toMatchObject({ ok: true });
    expect(bot.loop.checkFeedback(id, bob)).toMatchObject({ ok: false, reason: 'duplicate' });
    expect(bot.loop.feedback({ answerId: id, verdict: 'wrong' }, bob)).toMatchObject({
      ok: false,
      reason: 'duplicate',
    });
    expect(bot.loop.feedback({ answerId: id, verdict: 'helpful' }, alice)).toMatchObject({ ok: true });
    expect(bot.loop.exportCommunity('guild-1').feedback).toEqual([
      expect.objectContaining({ answerId: id, question: WHEN, helpful: 2, wrong: 0 }),
    ]);
    expect(bot.loop.reviewQueue(mod)).toMatchObject({ ok: true, queue: { total: 0 } });
  });

  it('refuses a press from another community, on an expired answer, or naming no answer', async () => {
    const { bot, advance } = setup({ retentionDays: 30 });
    const { id = '' } = bot.ask(WHEN, alice);
    const elsewhere = { ...bob, community: 'guild-2' };
    expect(bot.loop.feedback({ answerId: id, verdict: 'helpful' }, elsewhere)).toMatchObject({
      ok: false,
      reason: 'other-community',
    });
    expect(bot.loop.feedback({ answerId: 'not-an-id', verdict: 'helpful' }, bob)).toMatchObject({
      ok: false,
      reason: 'invalid',
    });
    const forged = id.replace(/\.[0-9a-f]{10}\./, '.0123456789.');
    expect(bot.loop.feedback({ answerId: forged, verdict: 'helpful' }, bob)).toMatchObject({
      ok: false,
      reason: 'not-found',
    });
    advance(31);
    const late = bot.loop.feedback({ answerId: id, verdict: 'wrong', note: 'old' }, bob);
    expect(late).toMatchObject({ ok: false, reason: 'expired' });
    expect(late.ok ? '' : late.message).toContain('30 days');
    expect(bot.loop.exportCommunity('guild-1').feedback).toEqual([]);
  });

  it('refuses a note over 500 characters, recording nothing', async () => {
    const { bot } = setup();
    const { id = '' } = bot.ask(WHEN, alice);
    const outcome = bot.loop.feedback({ answerId: id, verdict: 'wrong', note: 'x'.repeat(501) }, bob);
    expect(outcome).toMatchObject({ ok: false, reason: 'invalid' });
    expect(bot.loop.feedback({ answerId: id, verdict: 'wrong', note: 'x'.repeat(500) }, bob)).toMatchObject({
      ok: true,
    });
  });
});

describe('the review queue', () => {
  function flagged() {
    const context = setup();
    const answer = context.bot.ask(WHEN, alice);
    const outcome = context.bot.loop.feedback(
      { answerId: answer.id ?? '', verdict: 'wrong', note: '  It was signed on the 27th.  ' },
      bob,
    );
    if (!outcome.ok) throw new Error(outcome.message);
    return { ...context, answer };
  }

  it('queues a "wrong" flag with the question, the quoted passage ids and the note', async () => {
    const { bot, answer } = flagged();
    const queue = bot.loop.reviewQueue(mod);
    expect(queue.ok).toBe(true);
    if (!queue.ok) return;
    expect(queue.queue).toMatchObject({ total: 1, page: 0, pages: 1 });
    expect(queue.queue.items[0]).toMatchObject({
      id: 'R1',
      question: WHEN,
      answer: answer.answer,
      passageIds: answer.citations.map((c) => c.id),
      note: 'It was signed on the 27th.',
      flaggedBy: null,
      status: 'open',
    });
  });

  it('refuses the queue and its actions to non-moderators', async () => {
    const { bot } = flagged();
    expect(bot.loop.reviewQueue(bob)).toMatchObject({ ok: false, reason: 'not-moderator' });
    expect(bot.loop.gaps(bob)).toMatchObject({ ok: false, reason: 'not-moderator' });
    expect(await bot.loop.resolveReview('R1', { action: 'dismiss' }, bob)).toMatchObject({
      ok: false,
      reason: 'not-moderator',
    });
    expect(bot.loop.reviewQueue(mod)).toMatchObject({ ok: true, queue: { total: 1 } });
  });

  it('pins a correction with the moderator as pinner and closes the item with who, when and the pin', async () => {
    const { bot, advance } = flagged();
    advance(1);
    const fact = 'The Security and Defence Partnership was signed on 27 January 2026.';
    const outcome = await bot.loop.resolveReview('r1', { action: 'pin', text: fact }, mod);
    expect(outcome).toMatchObject({ ok: true, message: 'Pinned P1 and closed R1.' });
    if (!outcome.ok) return;
    expect(outcome.item).toMatchObject({
      status: 'pinned',
      pinId: 'P1',
      resolvedBy: mod.user,
      resolvedAt: new Date(START.getTime() + DAY_MS).toISOString(),
    });
    expect((await bot.pins('guild-1'))[0]).toMatchObject({ id: 'P1', text: fact, pinnedBy: mod.user });
    expect(bot.ask(WHEN, alice).citations[0]).toMatchObject({ kind: 'pin', id: 'P1' });
    expect(bot.loop.reviewQueue(mod)).toMatchObject({ ok: true, queue: { total: 0 } });
    const again = await bot.loop.resolveReview('R1', { action: 'dismiss' }, mod);
    expect(again).toMatchObject({ ok: false, reason: 'resolved' });
    expect(again.ok ? '' : again.message).toBe('R1 was already resolved with pin P1 by Mo on 2026-03-11.');
    expect(bot.loop.reviewItem('R1', mod)).toEqual(again);
  });

  it('keeps the item open when the correction cannot be pinned', async () => {
    const { bot } = flagged();
    const outcome = await bot.loop.resolveReview('R1', { action: 'pin', text: '   ' }, mod);
    expect(outcome).toMatchObject({ ok: false, reason: 'invalid' });
    expect(await bot.pins('guild-1')).toEqual([]);
    expect(bot.loop.reviewItem('R1', mod)).toMatchObject({ ok: true, item: { status: 'open' } });
  });

  it('dismisses once, and treats an item of another community as unknown', async () => {
    const { bot } = flagged();
    const elsewhere = { ...mod, community: 'guild-2' };
    expect(await bot.loop.resolveReview('R1', { action: 'dismiss' }, elsewhere)).toMatchObject({
      ok: false,
      reason: 'not-found',
    });
    expect(await bot.loop.resolveReview('R1', { action: 'dismiss' }, mod)).toMatchObject({
      ok: true,
      item: { status: 'dismissed', resolvedBy: mod.user, pinId: null },
    });
    expect(await bot.loop.resolveReview('R1', { action: 'dismiss' }, mod)).toMatchObject({
      ok: false,
      reason: 'resolved',
    });
    expect(bot.loop.exportCommunity('guild-1').reviews.map((r) => r.status)).toEqual(['dismissed']);
  });

  it('pages the queue oldest first', async () => {
    const { bot } = setup();
    const users = ['a', 'b', 'c', 'd'].map((u) => ({
      community: 'guild-1',
      user: { platform: 'discord' as const, userId: u, displayName: u },
    }));
    for (const user of users) {
      const { id = '' } = bot.ask(WHEN, alice);
      bot.loop.feedback({ answerId: id, verdict: 'wrong', note: user.user.userId }, user);
    }
    const second = bot.loop.reviewQueue(mod, { page: 1 });
    expect(second).toMatchObject({ ok: true, queue: { page: 1, pages: 2, total: 4 } });
    if (second.ok) expect(second.queue.items.map((item) => item.note)).toEqual(['d']);
    const first = bot.loop.reviewQueue(mod, { page: -3 });
    if (first.ok) expect(first.queue.items.map((item) => item.id)).toEqual(['R1', 'R2', 'R3']);
  });
});

describe('bot.loop.gaps', () => {
  it('reports the last 7 or 30 days, five groups a page', async () => {
    const { bot, advance } = setup();
    bot.ask('What did NATO say about it?', alice);
    advance(10);
    for (const topic of ['France', 'penguins', 'cricket', 'Brazil', 'Canada', 'whales']) {
      bot.ask(`What about ${topic}?`, alice);
    }
    const week = gapsOf(bot, 7);
    expect(week).toMatchObject({ days: 7, groupCount: 6, questionCount: 6, pages: 2 });
    expect(week.groups).toHaveLength(5);
    expect(week.groups.flatMap((g) => g.terms)).not.toContain('nato');
    expect(gapsOf(bot, 30)).toMatchObject({ groupCount: 7, questionCount: 7 });
    const last = bot.loop.gaps(mod, { days: 7, page: 9 });
    expect(last).toMatchObject({ ok: true, report: { page: 1 } });
    if (last.ok) expect(last.report.groups).toHaveLength(1);
  });
});

describe('retention', () => {
  it('deletes records older than the window when the loop starts and on its timer', async () => {
    const log = createMemoryModerationLog();
    const first = setup({ log, retentionDays: 30 });
    first.bot.ask('What did NATO say about it?', alice);
    first.bot.ask(WHEN, alice);
    expect(log.communities()).toEqual(['guild-1']);

    const clock = { now: new Date(START.getTime() + 31 * DAY_MS) };
    const later = createTestBot({
      pinSyncIntervalMs: 0,
      now: () => clock.now,
      loop: { log, retentionDays: 30 },
    });
    bots.push(later);
    expect(log.communities()).toEqual([]);

    const timed = createTestBot({
      pinSyncIntervalMs: 0,
      now: () => clock.now,
      loop: { log: createMemoryModerationLog(), retentionDays: 30, pruneIntervalMs: 10 },
    });
    bots.push(timed);
    timed.ask('What did NATO say about it?', alice);
    expect(timed.loop.communities()).toEqual(['guild-1']);
    clock.now = new Date(clock.now.getTime() + 31 * DAY_MS);
    await expect.poll(() => timed.loop.communities(), { timeout: 2000 }).toEqual([]);
  });
});
