import { createLogger, loadConfig, openBot, requireSlack } from '../../src/index.ts';
import { runMain, runPlatforms } from '../run-platforms.ts';
import { startSlack } from './index.ts';

/**
 * `npm run start:slack`: settings from the environment, pins in SQLite under DATA_DIR, then Slack.
 * Any start-up failure (bad settings, a token Slack rejects) prints one line and exits 1.
 * SIGINT/SIGTERM stop taking events, let answers in flight finish, close the pin store and exit.
 */
runMain(async () => {
  const config = requireSlack(loadConfig(process.env));
  const logger = createLogger(config.LOG_LEVEL);
  const bot = await openBot(config, { logger });
  await runPlatforms('slack', bot, logger, [() => startSlack(config, bot, { logger })]);
});
