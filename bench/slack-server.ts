import { createInterface } from 'node:readline';
import { webApi } from '@slack/bolt';
import { startSlack } from '../adapters/slack/index.ts';
import { createBot, createLogger, loadConfig, requireSlack } from '../src/index.ts';
import { startFakeSlack } from '../test/fakes/slack.ts';
import { emit } from './child.ts';
import { BENCH_SIGNING_SECRET } from './slack-signing.ts';

/**
 * Child process for `npm run bench -- --slack`: the real Slack adapter in HTTP mode with the real
 * bot (shipped corpus), posting to the fake Slack Web API on 127.0.0.1. It prints its port, then
 * on "report" (stdin) waits until posting has settled and prints how many answers each thread got.
 * The load generator runs in the parent, so it does not compete with the server for this process.
 */
const fake = await startFakeSlack();
const config = requireSlack(
  loadConfig({
    SLACK_BOT_TOKEN: 'xoxb-bench-token',
    SLACK_SIGNING_SECRET: BENCH_SIGNING_SECRET,
    SLACK_API_URL: fake.apiUrl,
    RATE_LIMIT_QUESTIONS: '1000000',
    LOG_LEVEL: 'error',
  }),
);
const bot = createBot({ pinSyncIntervalMs: 0 });
const slack = await startSlack(config, bot, {
  logger: createLogger('error'),
  port: 0,
  retryConfig: webApi.retryPolicies.rapidRetryPolicy,
});
emit({ port: slack.port });

const answers = () => fake.callsTo('chat.postMessage').filter((call) => call.status === 200 && !call.error);

for await (const line of createInterface({ input: process.stdin })) {
  if (line.trim() !== 'report') continue;
  // Posting lags behind acknowledging: wait until no answer has arrived for a second.
  let count = -1;
  while (count !== answers().length) {
    count = answers().length;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  const perThread: Record<string, number> = {};
  for (const call of answers()) {
    const thread = String(call.body.thread_ts ?? '');
    perThread[thread] = (perThread[thread] ?? 0) + 1;
  }
  emit({ result: { perThread, failedCalls: fake.calls.filter((c) => c.status !== 200 || c.error).length } });
  break;
}
await slack.stop();
bot.close();
await fake.close();
