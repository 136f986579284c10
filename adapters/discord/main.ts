import { openBot, requireDiscord } from '../../src/index.ts';
import { type Entry, runAsScript, wantsHelp } from '../entry.ts';
import { runPlatforms } from '../run-platforms.ts';
import { loadSettings } from '../settings.ts';
import { startDiscord } from './index.ts';

/**
 * `npm run start:discord`: settings from the environment and .env, pins in SQLite under DATA_DIR,
 * then the gateway. A token Discord rejects (at start or later) prints one line naming
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
  const bot = openBot(config, { watchCorpus: config.WATCH_CORPUS });
  await runPlatforms(
    'discord',
    bot,
    logger,
    [({ onFatal }) => startDiscord(discord, bot, { logger, onFatal })],
    {
      healthPort: config.HEALTH_PORT,
    },
  );
  return undefined;
}

runAsScript(import.meta.url, discordMain);
