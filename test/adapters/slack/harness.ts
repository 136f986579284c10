import { webApi } from '@slack/bolt';
import { type RunningSlack, startSlack } from '../../../adapters/slack/index.ts';
import { type Bot, type BotOptions, loadConfig, requireSlack } from '../../../src/index.ts';
import { type FakeSlack, type RecordedCall, startFakeSlack } from '../../fakes/slack.ts';
import { type SignOptions, type SlackRequest, signedPost } from '../../fakes/slack-requests.ts';
import { createRecordingLogger, type LogEntry } from '../../support/recording-logger.ts';
import { createTestBot } from '../../support/test-bot.ts';

/**
 * Real Bolt + real bot (the fixture corpus, a copy of the shipped one; in-memory pins) against the fake Slack on 127.0.0.1.
 * HTTP mode unless `socketMode` is set.
 */
export const SIGNING_SECRET = 'test-signing-secret';
export const MODERATOR = 'UMODLIST';
export const ADMIN = 'UADMIN1';
export const MEMBER = 'UMEMBER1';

export interface Harness {
  fake: FakeSlack;
  slack: RunningSlack;
  bot: Bot;
  logs: LogEntry[];
  /** Signs and posts to `/slack/events`. */
  send(request: SlackRequest, options?: Partial<SignOptions>): Promise<Response>;
  baseUrl: string;
  /** Chat posts (not users.info or auth.test), in order. */
  posts(): RecordedCall[];
  close(): Promise<void>;
}

export async function startHarness(
  options: {
    socketMode?: boolean;
    env?: Record<string, string>;
    bot?: (bot: Bot) => Bot;
    botOptions?: BotOptions;
  } = {},
): Promise<Harness> {
  const fake = await startFakeSlack();
  fake.users.set(ADMIN, { displayName: 'Ada Admin', isAdmin: true });
  fake.users.set(MODERATOR, { displayName: 'Mo Listed' });
  fake.users.set(MEMBER, { displayName: 'Mem Ber' });
  const config = requireSlack(
    loadConfig({
      SLACK_BOT_TOKEN: 'xoxb-fake-token',
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: fake.apiUrl,
      SLACK_MODERATOR_IDS: MODERATOR,
      RATE_LIMIT_QUESTIONS: '100',
      ...(options.socketMode ? { SLACK_APP_TOKEN: 'xapp-fake-token' } : {}),
      ...options.env,
    }),
  );
  const realBot = createTestBot({ ...options.botOptions });
  const bot = options.bot ? options.bot(realBot) : realBot;
  const logger = createRecordingLogger();
  let slack: RunningSlack;
  try {
    slack = await startSlack(config, bot, {
      logger,
      port: 0,
      retryConfig: webApi.retryPolicies.rapidRetryPolicy,
    });
  } catch (error) {
    realBot.close();
    await fake.close();
    throw error;
  }
  const baseUrl = `http://127.0.0.1:${slack.port ?? 0}`;
  return {
    fake,
    slack,
    bot,
    logs: logger.entries,
    baseUrl,
    send: (request, sign = {}) =>
      signedPost(`${baseUrl}/slack/events`, request, { secret: SIGNING_SECRET, ...sign }),
    posts: () =>
      fake.calls.filter((call) => call.method.startsWith('chat.post') || call.method === 'response_url'),
    async close() {
      await slack.stop();
      realBot.close();
      await fake.close();
    },
  };
}

export const textOf = (call: RecordedCall | undefined): string => JSON.stringify(call?.body ?? {});
