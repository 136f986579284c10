import { DiscordAPIError, REST, Routes } from 'discord.js';
import { type DiscordConfig, requireDiscord } from '../../src/index.ts';
import { type Entry, runAsScript, wantsHelp } from '../entry.ts';
import { loadSettings } from '../settings.ts';
import { commandsFor } from './commands/index.ts';
import { DiscordLoginError } from './connect.ts';

/**
 * `npm run deploy:discord`: replaces the bot's whole command set with `commands/index.ts` (one
 * PUT). To DISCORD_GUILD_ID when set (changes show at once: use it while developing), otherwise
 * globally. Run it when commands change, not on every start: Discord allows 200 creates a day.
 */

export interface DeployResult {
  scope: 'guild' | 'global';
  names: string[];
}

export async function deployCommands(config: DiscordConfig): Promise<DeployResult> {
  const rest = new REST({ api: config.DISCORD_API_URL }).setToken(config.DISCORD_TOKEN);
  const body = commandsFor(config).map((command) => command.data.toJSON());
  const guildId = config.DISCORD_GUILD_ID;
  const route = guildId
    ? Routes.applicationGuildCommands(config.DISCORD_APPLICATION_ID, guildId)
    : Routes.applicationCommands(config.DISCORD_APPLICATION_ID);
  try {
    await rest.put(route, { body });
  } catch (error) {
    if (error instanceof DiscordAPIError && error.status === 401) {
      throw new DiscordLoginError(
        'Discord: DISCORD_TOKEN was rejected (HTTP 401) while registering commands.',
        {
          cause: error,
        },
      );
    }
    if (error instanceof DiscordAPIError && (error.status === 403 || error.status === 404)) {
      throw new DiscordLoginError(
        `Discord: registering commands failed (HTTP ${error.status}: ${error.message}). Check DISCORD_APPLICATION_ID${guildId ? ' and DISCORD_GUILD_ID (is the bot in that server?)' : ''}.`,
        { cause: error },
      );
    }
    throw error;
  }
  return { scope: guildId ? 'guild' : 'global', names: body.map((command) => command.name) };
}

export const DEPLOY_USAGE =
  'Usage: npm run deploy:discord\nRegisters the slash commands with Discord: to DISCORD_GUILD_ID when set (visible at once), else globally. Needs DISCORD_TOKEN and DISCORD_APPLICATION_ID (environment or .env).';

export async function deployMain(entry: Entry): Promise<number> {
  if (wantsHelp(entry.argv)) {
    entry.io.out(DEPLOY_USAGE);
    return 0;
  }
  const { config } = loadSettings(entry, { platforms: 'discord', dataDir: false });
  const discord = requireDiscord(config);
  const { scope, names } = await deployCommands(discord);
  const where =
    scope === 'guild'
      ? `to server ${discord.DISCORD_GUILD_ID} (visible now)`
      : 'globally (may take up to an hour to appear)';
  entry.io.out(`Registered ${names.length} commands ${where}: ${names.join(', ')}`);
  return 0;
}

runAsScript(import.meta.url, deployMain);
