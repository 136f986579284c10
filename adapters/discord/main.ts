import { createLogger, loadConfig, openBot, requireDiscord } from '../../src/index.ts';
import { runMain, runPlatforms } from '../run-platforms.ts';
import { startDiscord } from './index.ts';

/**
 * `npm run start:discord`: settings from the environment, pins in SQLite under DATA_DIR, then the
 * gateway. A token Discord rejects (at start or later) prints one line naming DISCORD_TOKEN and
 * exits 1 instead of retrying; SIGINT/SIGTERM let answers in flight finish, then exit.
 */
runMain(async () => {
  const config = requireDiscord(loadConfig(process.env));
  const logger = createLogger(config.LOG_LEVEL);
  const bot = await openBot(config, { logger });
  await runPlatforms('discord', bot, logger, [
    ({ onFatal }) => startDiscord(config, bot, { logger, onFatal }),
  ]);
});
