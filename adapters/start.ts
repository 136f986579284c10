import { hasDiscord, hasSlack, openBot, openStorage, requireDiscord, requireSlack } from '../src/index.ts';
import { runConsole } from './cli/console.ts';
import { startDiscord } from './discord/index.ts';
import { type Entry, runAsScript, wantsHelp } from './entry.ts';
import { type PlatformStarter, runPlatforms } from './run-platforms.ts';
import { loadSettings } from './settings.ts';
import { startSlack } from './slack/index.ts';

/**
 * `npm start`: runs every platform whose credentials are set (Discord, Slack, or both on one
 * pin store), and the local console when none are and a person is at the terminal. Without a
 * terminal (a process manager, a container) and without platforms it stops with the reason
 * rather than exit quietly or wait for input nobody will type.
 */
export const START_USAGE = [
  'Usage: npm start',
  'Runs Discord when DISCORD_TOKEN is set, Slack when SLACK_BOT_TOKEN is set (both together on one',
  'pin store), otherwise the interactive console. Settings come from the environment and from',
  '.env in the working directory (see .env.example). Stop with Ctrl-C or SIGTERM.',
].join('\n');

function nothingToRun(envFile: string | null, hints: string[]): Error {
  const where = envFile ? `the environment or ${envFile}` : 'the environment or .env (none found)';
  return new Error(
    [
      `Nothing to run: no platform is configured in ${where}, and the console needs a terminal but standard input is not one.`,
      'Set DISCORD_TOKEN and DISCORD_APPLICATION_ID, or SLACK_BOT_TOKEN with SLACK_APP_TOKEN or SLACK_SIGNING_SECRET (see .env.example).',
      ...hints,
    ].join('\n'),
  );
}

export async function startMain(entry: Entry): Promise<number | undefined> {
  if (wantsHelp(entry.argv)) {
    entry.io.out(START_USAGE);
    return 0;
  }
  const { config, logger, envFile, unknown } = loadSettings(entry, { platforms: 'configured' });
  const discord = hasDiscord(config) ? requireDiscord(config) : undefined;
  const slack = hasSlack(config) ? requireSlack(config) : undefined;
  if (!discord && !slack && entry.io.input.isTTY !== true) {
    throw nothingToRun(
      envFile.file,
      unknown.map((u) => `Note: ${u.name} is set${u.suggestion ? `; did you mean ${u.suggestion}?` : ''}`),
    );
  }
  if (discord && config.DISCORD_SHARDS !== undefined) {
    logger.warn('bot: DISCORD_SHARDS is read by `npm run start:discord`; `npm start` runs Discord unsharded');
  }
  const storage = await openStorage(config, { logger });
  const bot = await openBot(config, { logger, pinStore: storage.pins, watchCorpus: config.WATCH_CORPUS });
  if (!discord && !slack) {
    await runConsole(bot, entry.io.input, entry.io.output);
    await bot.close();
    return 0;
  }
  const starters: PlatformStarter[] = [];
  if (discord)
    starters.push(({ onFatal }) => startDiscord(discord, bot, { logger, onFatal, state: storage.state }));
  if (slack) starters.push(() => startSlack(slack, bot, { logger, state: storage.state }));
  await runPlatforms('bot', bot, logger, starters, { healthPort: config.HEALTH_PORT });
  return undefined;
}

runAsScript(import.meta.url, startMain);
