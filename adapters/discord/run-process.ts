import { type DiscordConfig, type Logger, openBot, openStorage } from '../../src/index.ts';
import { runPlatforms } from '../run-platforms.ts';
import { startDiscord } from './index.ts';

/**
 * One Discord process: pins and shared state from the storage (PostgreSQL with DATABASE_URL, else
 * SQLite under DATA_DIR), then the gateway. Run alone by `npm run start:discord`, or as one shard
 * among several under the sharding manager (shards.ts), in which case discord.js reads which
 * shards this process holds from the environment the manager gave it, and no health port is
 * opened (every shard would want the same one).
 */
export async function runDiscordProcess(
  config: DiscordConfig,
  logger: Logger,
  options: { healthPort?: number | undefined } = {},
): Promise<void> {
  const storage = await openStorage(config, { logger });
  const bot = await openBot(config, { logger, pinStore: storage.pins, watchCorpus: config.WATCH_CORPUS });
  await runPlatforms(
    'discord',
    bot,
    logger,
    [({ onFatal }) => startDiscord(config, bot, { logger, onFatal, state: storage.state })],
    options,
  );
}
