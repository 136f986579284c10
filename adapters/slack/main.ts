import { createLogger, loadConfig, openBot, openStorage, requireSlack } from '../../src/index.ts';
import { runMain, runPlatforms } from '../run-platforms.ts';
import { startSlack } from './index.ts';

/**
 * `npm run start:slack`: settings from the environment, pins and shared state in PostgreSQL
 * (DATABASE_URL) or SQLite under DATA_DIR, then Slack. Several of these processes behind a load
 * balancer, on one PostgreSQL, answer each event once between them.
 * Any start-up failure (bad settings, a token Slack rejects) prints one line and exits 1.
 * SIGINT/SIGTERM stop taking events, let answers in flight finish, close the pin store and exit.
 */
runMain(async () => {
  const config = requireSlack(loadConfig(process.env));
  const logger = createLogger(config.LOG_LEVEL);
  const storage = await openStorage(config, { logger });
  const bot = await openBot(config, { logger, pinStore: storage.pins, watchCorpus: config.WATCH_CORPUS });
  await runPlatforms('slack', bot, logger, [() => startSlack(config, bot, { logger, state: storage.state })]);
});
