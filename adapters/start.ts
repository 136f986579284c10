import {
  createLogger,
  hasDiscord,
  hasSlack,
  loadConfig,
  openBot,
  openStorage,
  requireDiscord,
  requireSlack,
} from '../src/index.ts';
import { runConsole } from './cli/console.ts';
import { startDiscord } from './discord/index.ts';
import { type PlatformStarter, runMain, runPlatforms } from './run-platforms.ts';
import { startSlack } from './slack/index.ts';

/**
 * `npm start`: runs every platform whose credentials are set (Discord, Slack, or both on one
 * pin store), and the local console when none are.
 */
runMain(async () => {
  const config = loadConfig(process.env);
  const discord = hasDiscord(config) ? requireDiscord(config) : undefined;
  const slack = hasSlack(config) ? requireSlack(config) : undefined;
  const logger = createLogger(config.LOG_LEVEL);
  if (discord && config.DISCORD_SHARDS !== undefined) {
    logger.warn('bot: DISCORD_SHARDS is read by `npm run start:discord`; `npm start` runs Discord unsharded');
  }
  const storage = await openStorage(config, { logger });
  const bot = await openBot(config, { logger, pinStore: storage.pins, watchCorpus: config.WATCH_CORPUS });
  const starters: PlatformStarter[] = [];
  if (discord)
    starters.push(({ onFatal }) => startDiscord(discord, bot, { logger, onFatal, state: storage.state }));
  if (slack) starters.push(() => startSlack(slack, bot, { logger, state: storage.state }));
  if (starters.length === 0) {
    await runConsole(bot);
    await bot.close();
    return;
  }
  await runPlatforms('bot', bot, logger, starters);
});
