import { requireDiscord } from '../../src/index.ts';
import { type Entry, runAsScript, wantsHelp } from '../entry.ts';
import { loadSettings } from '../settings.ts';
import { runDiscordProcess } from './run-process.ts';
import { runShardManager } from './shards.ts';

/**
 * `npm run start:discord`: settings from the environment and .env, pins in PostgreSQL
 * (DATABASE_URL) or SQLite under DATA_DIR, then the gateway. With DISCORD_SHARDS (`auto` or a
 * number) this process becomes discord.js's sharding manager and runs each shard as its own
 * process (shards.ts). A token Discord rejects (at start or later) prints one line naming
 * DISCORD_TOKEN and exits 1 instead of retrying; SIGINT/SIGTERM let answers in flight finish, then exit.
 */
export const DISCORD_USAGE =
  'Usage: npm run start:discord\nRuns the Discord bot only; needs DISCORD_TOKEN and DISCORD_APPLICATION_ID (environment or .env, see .env.example).';

export async function discordMain(entry: Entry): Promise<number | undefined> {
  if (wantsHelp(entry.argv)) {
    entry.io.out(DISCORD_USAGE);
    return 0;
  }
  const { config, logger } = loadSettings(entry, { platforms: 'discord' });
  const discord = requireDiscord(config);
  if (discord.DISCORD_SHARDS !== undefined) await runShardManager(discord, logger);
  else await runDiscordProcess(discord, logger, { healthPort: config.HEALTH_PORT });
  return undefined;
}

runAsScript(import.meta.url, discordMain);
