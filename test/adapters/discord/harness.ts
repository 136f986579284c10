import type { APIEmbed } from 'discord.js';
import { type DiscordAdapter, startDiscord } from '../../../adapters/discord/index.ts';
import { type Bot, loadConfig, requireDiscord } from '../../../src/index.ts';
import { type FakeDiscord, type RecordedRequest, startFakeDiscord } from '../../fakes/discord.ts';
import { FAKE_APPLICATION_ID } from '../../fakes/discord-payloads.ts';
import { createRecordingLogger } from '../../support/recording-logger.ts';
import { createTestBot } from '../../support/test-bot.ts';

/**
 * The real Discord adapter, logged in to the fake Discord on 127.0.0.1, answering from the real
 * bot (the fixture corpus, a copy of the shipped one; in-memory pins) unless a test hands in its own `Bot`.
 */

export const TOKEN = 'fake.discord.token';
export const MODERATOR_ROLE_ID = '400000000000000001';

export function discordConfig(apiUrl: string, env: Record<string, string> = {}) {
  return requireDiscord(
    loadConfig({
      DISCORD_TOKEN: TOKEN,
      DISCORD_APPLICATION_ID: FAKE_APPLICATION_ID,
      DISCORD_API_URL: apiUrl,
      DISCORD_MODERATOR_ROLE_IDS: MODERATOR_ROLE_ID,
      ...env,
    }),
  );
}

export interface Harness {
  fake: FakeDiscord;
  adapter: DiscordAdapter;
  bot: Bot;
  logger: ReturnType<typeof createRecordingLogger>;
  /** Dispatches an INTERACTION_CREATE and resolves with the interaction callback Discord received. */
  send(interaction: { id: string; token: string }): Promise<RecordedRequest>;
  /** The first follow-up or edit sent with this interaction's token. */
  webhookFor(interaction: { token: string }, method: 'POST' | 'PATCH'): Promise<RecordedRequest>;
  close(): Promise<void>;
}

export async function startHarness(
  options: { bot?: Bot; env?: Record<string, string> } = {},
): Promise<Harness> {
  const fake = await startFakeDiscord({ token: TOKEN });
  const bot = options.bot ?? createTestBot();
  const logger = createRecordingLogger();
  const adapter = await startDiscord(discordConfig(fake.apiUrl, options.env), bot, { logger });
  return {
    fake,
    adapter,
    bot,
    logger,
    async send(interaction) {
      fake.dispatch('INTERACTION_CREATE', interaction);
      return fake.waitForRequest(
        (r) =>
          r.path === `/api/v10/interactions/${interaction.id}/${interaction.token}/callback` &&
          r.status < 300,
      );
    },
    webhookFor(interaction, method) {
      return fake.waitForRequest(
        (r) =>
          r.method === method &&
          r.path.startsWith(`/api/v10/webhooks/${FAKE_APPLICATION_ID}/${interaction.token}`),
      );
    },
    async close() {
      await adapter.stop();
      bot.close();
      await fake.close();
    },
  };
}

/** The message part of what Discord received: a callback's `data`, or a webhook body. */
export interface SentMessage {
  content?: string;
  embeds?: APIEmbed[];
  flags?: number;
  allowed_mentions?: { parse?: string[]; users?: string[]; roles?: string[]; replied_user?: boolean };
  components?: Array<{
    type: number;
    components: Array<{ custom_id: string; label: string; disabled?: boolean }>;
  }>;
  choices?: Array<{ name: string; value: string }>;
}

/** A modal (callback type 9): its id, title, and components as sent. */
export interface SentModal {
  custom_id: string;
  title: string;
  components: Array<{
    type: number;
    content?: string;
    label?: string;
    component?: { type: number; custom_id: string; required?: boolean; max_length?: number };
  }>;
}

export const modalOf = (request: RecordedRequest): SentModal => (request.body as { data: SentModal }).data;

/** The custom ids of every button in a message, in order. */
export const buttonIds = (message: SentMessage): string[] =>
  (message.components ?? []).flatMap((row) => row.components.map((button) => button.custom_id));

export const dataOf = (request: RecordedRequest): SentMessage =>
  (request.body as { data?: SentMessage }).data ?? (request.body as SentMessage);
/** Interaction callback type: 4 reply, 5 deferred, 7 update, 8 autocomplete choices, 9 modal. */
export const typeOf = (request: RecordedRequest) => (request.body as { type: number }).type;
