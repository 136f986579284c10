import { openBot, openStorage, requireSlack } from '../../src/index.ts';
import { type Entry, runAsScript, wantsHelp } from '../entry.ts';
import { runPlatforms } from '../run-platforms.ts';
import { loadSettings } from '../settings.ts';
import { startSlack } from './index.ts';

/**
 * `npm run start:slack`: settings from the environment and .env, pins and shared state in
 * PostgreSQL (DATABASE_URL) or SQLite under DATA_DIR, then Slack. Several of these processes
 * behind a load balancer, on one PostgreSQL, answer each event once between them. Any start-up failure (bad settings, a token Slack rejects, the Web API unreachable)
 * prints one line and exits 1. SIGINT/SIGTERM stop taking events, let answers in flight finish,
 * close the pin store and exit.
 */
export const SLACK_USAGE =
  'Usage: npm run start:slack\nRuns the Slack bot only; needs SLACK_BOT_TOKEN plus SLACK_APP_TOKEN (Socket Mode) or SLACK_SIGNING_SECRET (HTTP on PORT); environment or .env, see .env.example.';

export async function slackMain(entry: Entry): Promise<number | undefined> {
  if (wantsHelp(entry.argv)) {
    entry.io.out(SLACK_USAGE);
    return 0;
  }
  const { config, logger } = loadSettings(entry, { platforms: 'slack' });
  const slack = requireSlack(config);
  const storage = await openStorage(config, { logger });
  const bot = await openBot(config, { logger, pinStore: storage.pins, watchCorpus: config.WATCH_CORPUS });
  await runPlatforms('slack', bot, logger, [() => startSlack(slack, bot, { logger, state: storage.state })], {
    healthPort: config.HEALTH_PORT,
  });
  return undefined;
}

runAsScript(import.meta.url, slackMain);
