import { createInterface } from 'node:readline';
import { webApi } from '@slack/bolt';
import { startSlack } from '../adapters/slack/index.ts';
import { createBot, createLogger, loadConfig, openStorage, requireSlack } from '../src/index.ts';
import { childArgs, emit } from './child.ts';
import { BENCH_SIGNING_SECRET } from './slack-signing.ts';

/**
 * Child process for `npm run bench -- --slack`: the real Slack adapter in HTTP mode with the real
 * bot (shipped corpus), posting to the fake Slack Web API (its own process) at `apiUrl`; with
 * `databaseUrl`, one of several replicas sharing PostgreSQL (slack-replicas.ts). It prints
 * its port, then on "stop" (stdin) stops the adapter, which waits for the answers still being
 * posted, and prints the CPU time it used under load. The load generator runs in the parent, so
 * neither it nor the fake competes with the bot for this process's event loop; they still share the
 * machine's cores.
 */
const { apiUrl, databaseUrl, drainTimeoutMs } = childArgs<{
  apiUrl: string;
  databaseUrl?: string;
  drainTimeoutMs?: number;
}>();
const config = requireSlack(
  loadConfig({
    SLACK_BOT_TOKEN: 'xoxb-bench-token',
    SLACK_SIGNING_SECRET: BENCH_SIGNING_SECRET,
    SLACK_API_URL: apiUrl,
    RATE_LIMIT_QUESTIONS: '1000000',
    LOG_LEVEL: 'error',
  }),
);
// With a database (the replicas run), pins, event claims, the user cache and limits are shared in it.
const storage = databaseUrl
  ? await openStorage(
      { DATA_DIR: '/nonexistent', DATABASE_URL: databaseUrl },
      { logger: createLogger('error') },
    )
  : undefined;
const bot = createBot({ pinSyncIntervalMs: 0, ...(storage ? { pinStore: storage.pins } : {}) });
await bot.syncPins();
const slack = await startSlack(config, bot, {
  logger: createLogger('error'),
  ...(storage ? { state: storage.state } : {}),
  port: 0,
  retryConfig: webApi.retryPolicies.rapidRetryPolicy,
  ...(drainTimeoutMs ? { drainTimeoutMs } : {}),
});
const started = process.cpuUsage();
emit({ port: slack.port });

for await (const line of createInterface({ input: process.stdin })) {
  if (line.trim() !== 'stop') continue;
  await slack.stop();
  const { user, system } = process.cpuUsage(started);
  emit({ result: { cpuMs: (user + system) / 1000 } });
  break;
}
await bot.close();
