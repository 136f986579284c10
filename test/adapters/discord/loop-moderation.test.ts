import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AskContext } from '../../../src/index.ts';
import {
  alice,
  buttonClick,
  chatInput,
  type FakeUser,
  GUILD_ID,
  MODERATOR_PERMISSIONS,
  mo,
  modalSubmit,
  string,
} from '../../fakes/discord-payloads.ts';
import { buttonIds, dataOf, type Harness, modalOf, startHarness, typeOf } from './harness.ts';

/**
 * `/gaps` and `/review` end to end: gaps recorded from `/ask`, paged; flags reviewed, a correction
 * pinned through the form (its context prefilled), another dismissed; and every refusal private.
 */
const EPHEMERAL = 64;
const asModerator = { user: mo, permissions: MODERATOR_PERMISSIONS };
const WHEN = 'When was the partnership signed?';
const FACT = 'The Security and Defence Partnership was signed in New Delhi on 27 January 2026.';
const NOT_MODERATOR = 'Sorry, only moderators can see unanswered questions and the review queue here.';
const user = (n: number): FakeUser => ({
  id: `2000000000000001${String(n).padStart(2, '0')}`,
  username: `u${n}`,
});

describe('Discord /gaps and /review', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness({ env: { RATE_LIMIT_QUESTIONS: '100' } });
  });
  afterAll(async () => {
    await harness?.close();
  });

  async function flag(by: FakeUser, note: string): Promise<void> {
    const reply = dataOf(await harness.send(chatInput('ask', [string('question', WHEN)])));
    const answerId = buttonIds(reply)[0]?.replace(/^fb:helpful:/, '') ?? '';
    await harness.send(modalSubmit(`fb:note:${answerId}`, { note }, { user: by }));
  }

  it('refuses /gaps and /review to a member, privately', async () => {
    for (const name of ['gaps', 'review']) {
      const reply = await harness.send(chatInput(name));
      expect(dataOf(reply)).toMatchObject({ flags: EPHEMERAL | 4, content: NOT_MODERATOR });
    }
  });

  it('shows moderators the top gap groups with count, example and missing words, paged', async () => {
    for (const question of ['What did NATO say about it?', 'what does nato think']) {
      await harness.send(chatInput('ask', [string('question', question)]));
    }
    for (const topic of ['France', 'cricket', 'Brazil', 'Canada', 'whales']) {
      await harness.send(chatInput('ask', [string('question', `What about ${topic}?`)]));
    }
    const reply = await harness.send(chatInput('gaps', [], asModerator));
    const page = dataOf(reply);
    expect(page.flags).toBe(EPHEMERAL);
    const [embed] = page.embeds ?? [];
    expect(embed?.title).toBe('Unanswered questions, last 7 days');
    expect(embed?.description).toContain('7 declined questions in 6 groups');
    expect(embed?.fields?.[0]).toMatchObject({
      name: '1. 2× · missing: nato',
      value: expect.stringMatching(/^> e\.g\. “what does nato think”\nLast asked \d{4}-\d\d-\d\d$/),
    });
    expect(embed?.fields).toHaveLength(5);
    expect(embed?.footer?.text).toBe('Page 1 of 2');
    expect(buttonIds(page)).toEqual(['gaps:7:-1', 'gaps:7:1', 'gaps:30:0']);

    const next = await harness.send(buttonClick('gaps:7:1', {}, asModerator));
    expect(typeOf(next)).toBe(7);
    const names = [...(embed?.fields ?? []), ...(dataOf(next).embeds?.[0]?.fields ?? [])].map((f) => f.name);
    expect(names.map((name) => name.split(': ')[1]).sort()).toEqual(
      ['Brazil', 'Canada', 'France', 'cricket', 'nato', 'whales'].sort(),
    );
    expect(names[5]).toMatch(/^6\. 1× · missing: /);
    const month = await harness.send(buttonClick('gaps:30:0', {}, asModerator));
    expect(dataOf(month).embeds?.[0]?.title).toBe('Unanswered questions, last 30 days');
    const member = await harness.send(buttonClick('gaps:7:1', {}, { user: alice }));
    expect(dataOf(member)).toMatchObject({ flags: EPHEMERAL | 4, content: NOT_MODERATOR });
  });

  it('lists flags oldest first and pins a correction through the form, prefilled with the context', async () => {
    await flag(user(1), 'It was signed on 27 January.');
    await flag(user(2), 'Outdated.');
    const reply = dataOf(await harness.send(chatInput('review', [], asModerator)));
    expect(reply.flags).toBe(EPHEMERAL);
    const [embed] = reply.embeds ?? [];
    expect(embed?.fields?.map((f) => f.name.split(' ·')[0])).toEqual(['R1', 'R2']);
    expect(embed?.fields?.[0]?.value).toContain(`**Question:** ${WHEN}`);
    expect(embed?.fields?.[0]?.value).toContain('**Note:** It was signed on 27 January.');
    expect(buttonIds(reply)).toEqual([
      'review:pin:R1',
      'review:dismiss:R1',
      'review:pin:R2',
      'review:dismiss:R2',
    ]);

    const opened = await harness.send(buttonClick('review:pin:R1', {}, asModerator));
    expect(typeOf(opened)).toBe(9);
    const modal = modalOf(opened);
    expect(modal.custom_id).toBe('review:correct:R1');
    expect(modal.title).toBe('Pin a correction for R1');
    expect(modal.components[0]?.content).toContain(`**Question:** ${WHEN}`);
    expect(modal.components[0]?.content).toMatch(/\*\*Passages:\*\* [a-z0-9-]+#p\d+/);
    expect(modal.components.map((c) => c.component?.custom_id)).toEqual([undefined, 'fact', 'source']);

    const pinned = await harness.send(
      modalSubmit('review:correct:R1', { fact: FACT, source: 'https://example.org/sdp' }, asModerator),
    );
    expect(dataOf(pinned)).toMatchObject({ flags: EPHEMERAL | 4, content: 'Pinned P1 and closed R1.' });
    expect(await harness.bot.pins(GUILD_ID)).toEqual([
      expect.objectContaining({ id: 'P1', text: FACT, pinnedBy: expect.objectContaining({ userId: mo.id }) }),
    ]);
    const moderator: AskContext = { community: GUILD_ID, isModerator: true };
    expect(harness.bot.loop.exportCommunity(GUILD_ID).reviews[0]).toMatchObject({
      id: 'R1',
      status: 'pinned',
      pinId: 'P1',
      resolvedBy: { platform: 'discord', userId: mo.id, displayName: 'Mo the Moderator' },
    });

    const again = await harness.send(
      modalSubmit('review:correct:R1', { fact: `${FACT} Again.`, source: '' }, asModerator),
    );
    expect(dataOf(again).content).toMatch(
      /^R1 was already resolved with pin P1 by Mo the Moderator on \d{4}-\d\d-\d\d\.$/,
    );
    const reopen = await harness.send(buttonClick('review:pin:R1', {}, asModerator));
    expect(typeOf(reopen)).toBe(4);
    expect(dataOf(reopen)).toMatchObject({ flags: EPHEMERAL | 4, content: dataOf(again).content });
    expect(await harness.bot.pins(GUILD_ID)).toHaveLength(1);
    expect(harness.bot.loop.reviewQueue(moderator)).toMatchObject({ ok: true, queue: { total: 1 } });
  });

  it('dismisses an item once, redrawing the queue, and refuses members and other servers', async () => {
    const member = await harness.send(buttonClick('review:dismiss:R2', {}, { user: alice }));
    expect(dataOf(member)).toMatchObject({ flags: EPHEMERAL | 4, content: NOT_MODERATOR });
    const elsewhere = await harness.send(
      buttonClick('review:dismiss:R2', {}, { ...asModerator, guildId: '100000000000000999' }),
    );
    expect(dataOf(elsewhere).content).toBe('There is no review item R2 in this community.');

    const dismissed = await harness.send(
      buttonClick('review:dismiss:R2', { embeds: [{ footer: { text: 'Page 1 of 1' } }] }, asModerator),
    );
    expect(typeOf(dismissed)).toBe(7);
    expect(dataOf(dismissed).content).toBe('Dismissed R2.');
    expect(dataOf(dismissed).embeds?.[0]?.description).toBe('Nothing to review: no open flags.');
    expect(buttonIds(dataOf(dismissed))).toEqual([]);

    const twice = await harness.send(buttonClick('review:dismiss:R2', {}, asModerator));
    expect(dataOf(twice)).toMatchObject({ flags: EPHEMERAL | 4 });
    expect(dataOf(twice).content).toMatch(/^R2 was already dismissed by Mo the Moderator on /);
  });
});
