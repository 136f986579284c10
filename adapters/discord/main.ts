import { createLogger, loadConfig, requireDiscord } from '../../src/index.ts';
import { runMain } from '../run-platforms.ts';
import { runDiscordProcess } from './run-process.ts';
import { runShardManager } from './shards.ts';

/**
 * `npm run start:discord`: settings from the environment, pins in PostgreSQL (DATABASE_URL) or
 * SQLite under DATA_DIR, then the gateway. With DISCORD_SHARDS (`auto` or a number) this process
 * becomes discord.js's sharding manager and runs each shard as its own process (shards.ts).
 * A token Discord rejects (at start or later) prints one line naming DISCORD_TOKEN and exits 1
 * instead of retrying; SIGINT/SIGTERM let answers in flight finish, then exit.
 */
runMain(async () => {
  const config = requireDiscord(loadConfig(process.env));
  const logger = createLogger(config.LOG_LEVEL);
  if (config.DISCORD_SHARDS !== undefined) await runShardManager(config, logger);
  else await runDiscordProcess(config, logger);
});
