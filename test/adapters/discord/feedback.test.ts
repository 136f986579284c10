import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Bot } from '../../../src/index.ts';
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
import { createTestBot } from '../../support/test-bot.ts';
import { buttonIds, dataOf, type Harness, modalOf, startHarness, typeOf } from './harness.ts';

/**
 * The feedback buttons under a Discord answer, end to end: real discord.js against the fake
 * Discord, the real bot with an in-memory loop whose clock the test moves.
 */
const EPHEMERAL = 64;
const bob: FakeUser = { id: '200000000000000003', username: 'bob', global_name: 'Bob' };
const carol: FakeUser = { id: '200000000000000004', username: 'carol', global_name: 'Carol' };
const WHEN = 'When was the partnership signed?';
const DAY_MS = 24 * 60 * 60 * 1000;

describe('Discord feedback on answers', () => {
  let harness: Harness;
  let bot: Bot;
  const clock = { now: new Date() };
  beforeAll(async () => {
    bot = createTestBot({ pinSyncIntervalMs: 0, now: () => clock.now, loop: { pruneIntervalMs: 0 } });
    harness = await startHarness({ bot, env: { RATE_LIMIT_QUESTIONS: '100' } });
  });
  afterAll(async () => {
    await harness?.close();
  });

  async function askForAnswerId(): Promise<string> {
    const reply = dataOf(await harness.send(chatInput('ask', [string('question', WHEN)])));
    const ids = buttonIds(reply);
    expect(ids).toHaveLength(2);
    const answerId = ids[0]?.replace(/^fb:helpful:/, '') ?? '';
    expect(ids).toEqual([`fb:helpful:${answerId}`, `fb:wrong:${answerId}`]);
    return answerId;
  }

  const press = (customId: string, user: FakeUser = alice, guildId = GUILD_ID) =>
    harness.send(buttonClick(customId, {}, { user, guildId }));
  const votes = () => bot.loop.exportCommunity(GUILD_ID).feedback;

  it('puts Helpful and Wrong or outdated quote under an answer, naming it, and none under a declined one', async () => {
    const reply = dataOf(await harness.send(chatInput('ask', [string('question', WHEN)])));
    expect(reply.components?.[0]?.components.map((b) => b.label)).toEqual([
      'Helpful',
      'Wrong or outdated quote',
    ]);
    const declined = dataOf(await harness.send(chatInput('ask', [string('question', 'What did NATO say?')])));
    expect(buttonIds(declined)).toEqual([]);
  });

  it('records Helpful once per user and answers each press privately', async () => {
    const answerId = await askForAnswerId();
    const first = await press(`fb:helpful:${answerId}`);
    expect(typeOf(first)).toBe(4);
    expect(dataOf(first).flags).toBe(EPHEMERAL | 4);
    expect(dataOf(first).content).toBe('Thank you. I noted that this answer helped.');
    const again = await press(`fb:helpful:${answerId}`);
    expect(dataOf(again).flags).toBe(EPHEMERAL | 4);
    expect(dataOf(again).content).toBe('You already gave feedback on this answer; it counts once.');
    expect(votes().find((v) => v.answerId === answerId)).toMatchObject({ helpful: 1, wrong: 0 });
  });

  it('asks for an optional note on Wrong and queues the flag with it for review', async () => {
    const answerId = await askForAnswerId();
    const opened = await press(`fb:wrong:${answerId}`, bob);
    expect(typeOf(opened)).toBe(9);
    const modal = modalOf(opened);
    expect(modal.custom_id).toBe(`fb:note:${answerId}`);
    expect(modal.title).toBe('Wrong or outdated quote');
    expect(modal.components[1]?.component).toMatchObject({
      custom_id: 'note',
      required: false,
      max_length: 500,
    });

    const sent = await harness.send(
      modalSubmit(`fb:note:${answerId}`, { note: 'Signed on the 27th.' }, { user: bob }),
    );
    expect(dataOf(sent)).toMatchObject({
      flags: EPHEMERAL | 4,
      content: 'Thank you. I flagged this quote for the moderators to review.',
    });
    const queue = bot.loop.reviewQueue({ community: GUILD_ID, isModerator: true });
    expect(queue.ok && queue.queue.items.at(-1)).toMatchObject({
      answerId,
      question: WHEN,
      note: 'Signed on the 27th.',
      passageIds: [expect.stringMatching(/#p\d+$/)],
    });

    const twice = await harness.send(modalSubmit(`fb:note:${answerId}`, { note: 'Again.' }, { user: bob }));
    expect(dataOf(twice).content).toBe('You already gave feedback on this answer; it counts once.');
    const reopened = await press(`fb:wrong:${answerId}`, bob);
    expect(typeOf(reopened)).toBe(4);
    expect(dataOf(reopened).content).toBe('You already gave feedback on this answer; it counts once.');
    const after = bot.loop.reviewQueue({ community: GUILD_ID, isModerator: true });
    expect(after.ok && after.queue.items.filter((item) => item.answerId === answerId)).toHaveLength(1);
  });

  it('refuses a button pressed in another server, recording nothing', async () => {
    const answerId = await askForAnswerId();
    for (const action of ['helpful', 'wrong']) {
      const reply = await press(`fb:${action}:${answerId}`, carol, '100000000000000999');
      expect(dataOf(reply)).toMatchObject({
        flags: EPHEMERAL | 4,
        content: 'That answer was given in another community; I take feedback on it only there.',
      });
    }
    expect(votes().find((v) => v.answerId === answerId)).toBeUndefined();
  });

  it('refuses feedback on an answer older than the retention window', async () => {
    const answerId = await askForAnswerId();
    clock.now = new Date(clock.now.getTime() + 91 * DAY_MS);
    try {
      for (const action of ['helpful', 'wrong']) {
        const reply = await press(`fb:${action}:${answerId}`, carol);
        expect(typeOf(reply)).toBe(4);
        expect(dataOf(reply).content).toBe(
          'That answer is older than 90 days, so I no longer take feedback on it.',
        );
      }
      const late = await harness.send(modalSubmit(`fb:note:${answerId}`, { note: 'late' }, { user: carol }));
      expect(dataOf(late).content).toContain('older than 90 days');
    } finally {
      clock.now = new Date(clock.now.getTime() - 91 * DAY_MS);
    }
    expect(votes().find((v) => v.answerId === answerId)).toBeUndefined();
  });

  it('refuses a forged or broken feedback button', async () => {
    const reply = await press('fb:helpful:garbage', carol);
    expect(dataOf(reply).content).toBe('That button does not name an answer of mine.');
    const moderator = await harness.send(
      buttonClick('fb:helpful:garbage', {}, { user: mo, permissions: MODERATOR_PERMISSIONS }),
    );
    expect(dataOf(moderator).flags).toBe(EPHEMERAL | 4);
  });
});
