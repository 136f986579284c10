import { requireDiscord } from '../../src/index.ts';
import { type Entry, runAsScript } from '../entry.ts';
import { loadSettings } from '../settings.ts';
import { runDiscordProcess } from './run-process.ts';

/** The script each shard process runs, spawned by the sharding manager (shards.ts). */
export async function shardMain(entry: Entry): Promise<undefined> {
  const { config, logger } = loadSettings(entry, { platforms: 'discord', quiet: true });
  await runDiscordProcess(requireDiscord(config), logger);
  return undefined;
}

runAsScript(import.meta.url, shardMain);
