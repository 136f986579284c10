import { Client, Events, GatewayIntentBits, SlashCommandBuilder } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SlashCommand } from '../../../adapters/discord/commands/index.ts';
import { APOLOGY, createInteractionHandler } from '../../../adapters/discord/handle-interaction.ts';
import { NO_MENTIONS } from '../../../adapters/discord/render.ts';
import { type Bot, createRateLimiter } from '../../../src/index.ts';
import { type FakeDiscord, type RecordedRequest, startFakeDiscord } from '../../fakes/discord.ts';
import {
  chatInput,
  directMessageChatInput,
  FAKE_APPLICATION_ID,
  string,
} from '../../fakes/discord-payloads.ts';
import { createRecordingLogger } from '../../support/recording-logger.ts';
import { createTestBot } from '../../support/test-bot.ts';
import { dataOf, type Harness, startHarness, TOKEN } from './harness.ts';

const EPHEMERAL = 64;

describe('Discord adapter when things go wrong', () => {
  let harness: Harness;
  const real = createTestBot();
  const bot: Bot = {
    ...real,
    ask(question, context) {
      if (question === 'break please') throw new Error('index exploded');
      return real.ask(question, context);
    },
  };
  beforeAll(async () => {
    harness = await startHarness({ bot });
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('waits out a 429 from Discord and then delivers the answer', async () => {
    const retryAfterSeconds = 0.4;
    harness.fake.rateLimitNext({ method: 'POST', path: /\/callback$/ }, 1, retryAfterSeconds);
    const interaction = chatInput('ask', [string('question', 'When was the partnership signed?')]);
    const delivered = await harness.send(interaction);
    const attempts = harness.fake.requests.filter((r) => r.path.includes(`/interactions/${interaction.id}/`));
    expect(attempts.map((r) => r.status)).toEqual([429, 204]);
    // Behaviour, not speed: the retry did not come before Discord's Retry-After.
    expect(delivered.at - (attempts[0]?.at ?? 0)).toBeGreaterThanOrEqual(retryAfterSeconds * 1000 - 20);
    expect(dataOf(delivered).embeds?.[0]?.description).toContain('[1]');
    expect(harness.logger.entries).toContainEqual(
      expect.objectContaining({ level: 'warn', message: 'discord: rate limited, waiting before retrying' }),
    );
  });

  it('logs a handler error and answers the user with a short private apology', async () => {
    const callback = await harness.send(chatInput('ask', [string('question', 'break please')]));
    expect(dataOf(callback)).toMatchObject({ content: APOLOGY, flags: EPHEMERAL | 4 });
    const logged = harness.logger.entries.find((e) => e.level === 'error');
    expect(logged).toMatchObject({
      message: 'discord: handling an interaction failed',
      fields: { interaction: 'ask', error: expect.objectContaining({ message: 'index exploded' }) },
    });
  });

  it('tells someone using a command outside a server to use it in one', async () => {
    const callback = await harness.send(directMessageChatInput('ask', [string('question', 'hi')]));
    expect(dataOf(callback).content).toMatch(/^I answer inside a server/);
    expect(dataOf(callback).flags).toBe(EPHEMERAL | 4);
  });

  it('answers a command it no longer knows instead of staying silent', async () => {
    const callback = await harness.send(chatInput('retired-command'));
    expect(dataOf(callback).content).toMatch(/^I do not know that command/);
  });
});

describe('interaction wrapper after a reply went out', () => {
  let fake: FakeDiscord;
  let client: Client;
  const logger = createRecordingLogger();
  const failing = (name: string, before: 'reply' | 'defer'): SlashCommand => ({
    kind: 'slash',
    data: new SlashCommandBuilder().setName(name).setDescription('fails'),
    async execute(interaction) {
      if (before === 'reply') await interaction.reply({ content: 'partial', allowedMentions: NO_MENTIONS });
      else await interaction.deferReply();
      throw new Error(`${name} failed after ${before}`);
    },
  });

  beforeAll(async () => {
    fake = await startFakeDiscord({ token: TOKEN });
    client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: fake.apiUrl } });
    const handle = createInteractionHandler({
      bot: createTestBot(),
      logger,
      askLimiter: createRateLimiter({ limit: 5, windowSeconds: 30 }),
      moderatorRoleIds: [],
      commands: [failing('after-reply', 'reply'), failing('after-defer', 'defer')],
    });
    client.on(Events.InteractionCreate, handle);
    const ready = new Promise((resolve) => client.once(Events.ClientReady, resolve));
    await client.login(TOKEN);
    await ready;
  });
  afterAll(async () => {
    await client?.destroy();
    await fake?.close();
  });

  const webhook = (token: string, method: string) =>
    fake.waitForRequest(
      (r) => r.method === method && r.path.startsWith(`/api/v10/webhooks/${FAKE_APPLICATION_ID}/${token}`),
    );

  it('sends the apology as a private follow-up when the reply was already sent', async () => {
    const interaction = chatInput('after-reply');
    fake.dispatch('INTERACTION_CREATE', interaction);
    const followUp = await webhook(interaction.token, 'POST');
    expect(followUp.body).toMatchObject({
      content: APOLOGY,
      flags: EPHEMERAL | 4,
      allowed_mentions: { parse: [] },
    });
  });

  it('edits the deferred reply into the apology instead of leaving "thinking…"', async () => {
    const interaction = chatInput('after-defer');
    fake.dispatch('INTERACTION_CREATE', interaction);
    const edit = await webhook(interaction.token, 'PATCH');
    expect(edit.path).toMatch(/\/messages\/@original$/);
    expect(edit.body).toMatchObject({ content: APOLOGY, allowed_mentions: { parse: [] } });
    expect(logger.entries.filter((e) => e.level === 'error')).toHaveLength(2);
  });
});

describe('Discord adapter shutting down', () => {
  it('lets an answer in flight finish, tells newcomers it is restarting, then disconnects', async () => {
    const harness = await startHarness();
    try {
      // Hold the first answer in flight with a 429 so stop() has something to wait for.
      harness.fake.rateLimitNext({ method: 'POST', path: /\/callback$/ }, 1, 0.5);
      const first = chatInput('ask', [string('question', 'When was the partnership signed?')]);
      harness.fake.dispatch('INTERACTION_CREATE', first);
      await harness.fake.waitForRequest((r) => r.status === 429);
      const stopped = harness.adapter.stop();
      const late = await harness.send(chatInput('ask', [string('question', 'Who is Kaja Kallas?')]));
      expect(dataOf(late)).toMatchObject({
        content: 'I am restarting. Please ask again in a minute.',
        flags: EPHEMERAL | 4,
      });
      await stopped;
      const answered = harness.fake.requests.find(
        (r) => r.path.includes(`/interactions/${first.id}/`) && r.status === 204,
      );
      expect(dataOf(answered as RecordedRequest).embeds?.[0]?.description).toContain('[1]');
      expect(harness.adapter.client.isReady()).toBe(false);
    } finally {
      await harness.close();
    }
  });
});
