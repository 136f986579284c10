import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Bot } from '../../../src/index.ts';
import { alice, boolean, chatInput, type FakeUser, string } from '../../fakes/discord-payloads.ts';
import { createTestBot } from '../../support/test-bot.ts';
import { contractAnswers } from '../render-contract.ts';
import { discordLimitViolations, visibleText } from './discord-limits.ts';
import { dataOf, type Harness, startHarness, typeOf } from './harness.ts';

const EPHEMERAL = 64;
const someone = (n: number): FakeUser => ({
  id: `20000000000000010${n}`,
  username: `user${n}`,
  global_name: null,
});

describe('Discord /ask end to end', () => {
  let harness: Harness;
  // The real bot, except that one question returns an answer far over Discord's limits.
  const real = createTestBot();
  const bot: Bot = {
    ...real,
    ask: (question, context) =>
      question === 'oversized please' ? contractAnswers.oversized : real.ask(question, context),
  };

  beforeAll(async () => {
    harness = await startHarness({
      bot,
      env: { RATE_LIMIT_QUESTIONS: '3', RATE_LIMIT_WINDOW_SECONDS: '60' },
    });
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('logs in with the Guilds intent only', () => {
    const identify = harness.fake.received.find((frame) => frame.op === 2);
    expect(identify?.d).toMatchObject({ token: 'fake.discord.token', intents: 1 });
  });

  it('answers with an embed quoting the source, [n] markers and numbered sources', async () => {
    const callback = await harness.send(
      chatInput('ask', [string('question', 'When was the partnership signed?')]),
    );
    expect(typeOf(callback)).toBe(4);
    const data = dataOf(callback);
    const [embed] = data.embeds ?? [];
    expect(embed?.title).toBe('When was the partnership signed?');
    expect(embed?.description).toMatch(/will be signed on Tuesday\. \[1\]/);
    expect(embed?.fields?.[0]?.name).toBe(
      '[1] India and EU sign Security and Defence Partnership; Kallas urges deeper cooperation',
    );
    expect(embed?.fields?.[0]?.value).toContain('ANI · 2026-01-27 · paragraph 8');
    expect(data.flags ?? 0).toBe(0);
    expect(data.allowed_mentions).toEqual({ parse: [], replied_user: false });
    // Interaction routes authenticate with the interaction token; the bot token never goes there.
    expect(callback.headers.authorization).toBeUndefined();
  });

  it('answers privately when private is true', async () => {
    const callback = await harness.send(
      chatInput('ask', [string('question', 'When was the partnership signed?'), boolean('private', true)], {
        user: someone(1),
      }),
    );
    expect(dataOf(callback).flags).toBe(EPHEMERAL);
    expect(dataOf(callback).embeds?.[0]?.description).toContain('[1]');
  });

  it('words an abstention and marks the closest passages as not answering', async () => {
    const callback = await harness.send(
      chatInput('ask', [string('question', 'What did NATO say about it?')], { user: someone(2) }),
    );
    const text = visibleText(dataOf(callback));
    expect(text).toContain("My sources don't mention NATO.");
    expect(text).toContain('They do not answer the question.');
    expect(dataOf(callback).embeds?.[0]?.fields?.[0]?.name).toMatch(/^Closest passage, not answering: \[1\]/);
  });

  it('never parses mentions in the question it echoes', async () => {
    const question = '@everyone @here <@&223456789012345678> <@123456789012345678> when was it signed?';
    const callback = await harness.send(
      chatInput('ask', [string('question', question)], { user: someone(3) }),
    );
    const data = dataOf(callback);
    expect(data.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(visibleText(data)).toContain(question);
    expect(data.embeds?.[0]?.title).toContain('\\<@&223456789012345678>');
  });

  it('fits an oversized answer into Discord limits and says it was shortened', async () => {
    const callback = await harness.send(
      chatInput('ask', [string('question', 'oversized please')], { user: someone(4) }),
    );
    const data = dataOf(callback);
    expect(discordLimitViolations(data)).toEqual([]);
    expect(visibleText(data)).toMatch(/Answer shortened to fit Discord: 1 more quoted sentence/);
    expect(visibleText(data)).toMatch(/\d+ more sources not shown/);
  });

  it('answers a user over the rate limit privately with the seconds to wait', async () => {
    const asker = someone(5);
    for (let i = 0; i < 3; i++) {
      const ok = await harness.send(
        chatInput('ask', [string('question', 'Who is Kaja Kallas?')], { user: asker }),
      );
      expect(dataOf(ok).embeds).toHaveLength(1);
    }
    const limited = await harness.send(
      chatInput('ask', [string('question', 'Who is Kaja Kallas?')], { user: asker }),
    );
    expect(dataOf(limited).flags).toBe(EPHEMERAL | 4);
    expect(dataOf(limited).content).toMatch(
      /^You're asking faster than I can keep up with\. Please wait (60|59) seconds and ask again\.$/,
    );
    // Other people are not affected.
    const other = await harness.send(
      chatInput('ask', [string('question', 'Who is Kaja Kallas?')], { user: alice }),
    );
    expect(dataOf(other).embeds).toHaveLength(1);
  });
});
