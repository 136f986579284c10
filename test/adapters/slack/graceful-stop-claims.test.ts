import { webApi } from '@slack/bolt';
import { afterAll, describe, expect, it } from 'vitest';
import { startSlack } from '../../../adapters/slack/index.ts';
import {
  createBot,
  createLogger,
  createMemorySharedState,
  loadConfig,
  requireSlack,
  type SharedState,
} from '../../../src/index.ts';
import { startFakeSlack } from '../../fakes/slack.ts';
import { eventRequest, mention, signedPost } from '../../fakes/slack-requests.ts';

/**
 * Bolt acknowledges an Events API request before any middleware runs, so an event whose dedupe
 * claim is still on its way to the database has been promised an answer. Stopping must wait for it.
 */
const SECRET = 'claims-signing-secret';
const cleanups: Array<() => unknown> = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

describe('Slack graceful stop with slow event claims', () => {
  it('answers an acknowledged event whose claim was still pending when the stop began', async () => {
    const fake = await startFakeSlack();
    cleanups.push(() => fake.close());
    const memory = createMemorySharedState();
    // A claim that takes as long as a slow database round trip.
    const state: SharedState = {
      ...memory,
      claim: async (keys, ttl) => {
        await new Promise((resolve) => setTimeout(resolve, 400));
        return memory.claim(keys, ttl);
      },
    };
    const config = requireSlack(
      loadConfig({ SLACK_BOT_TOKEN: 'xoxb-fake', SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: fake.apiUrl }),
    );
    const bot = createBot({ pinSyncIntervalMs: 0 });
    cleanups.push(() => bot.close());
    const slack = await startSlack(config, bot, {
      logger: createLogger('error'),
      port: 0,
      state,
      retryConfig: webApi.retryPolicies.rapidRetryPolicy,
    });
    const ts = '1700400000.000100';
    const acked = await signedPost(
      `http://127.0.0.1:${slack.port}/slack/events`,
      eventRequest(mention('UMEMBER1', '<@UBOTFAKE> When was the partnership signed?', { ts })),
      { secret: SECRET },
    );
    expect(acked.status).toBe(200);
    await slack.stop();
    expect(fake.callsTo('chat.postMessage').filter((call) => call.body.thread_ts === ts)).toHaveLength(1);
  });
});
