import { createLogger, loadConfig, requireDiscord } from '../../src/index.ts';
import { runMain } from '../run-platforms.ts';
import { runDiscordProcess } from './run-process.ts';

/** The script each shard process runs, spawned by the sharding manager (shards.ts). */
runMain(async () => {
  const config = requireDiscord(loadConfig(process.env));
  await runDiscordProcess(config, createLogger(config.LOG_LEVEL));
});
