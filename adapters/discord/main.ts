import { Events } from 'discord.js';
import { type Bot, createLogger, loadConfig, openBot, requireDiscord } from '../../src/index.ts';
import { fatalCloseMessage } from './connect.ts';
import { startDiscord } from './index.ts';

/**
 * `npm run start:discord`: settings from the environment, pins in SQLite under DATA_DIR, then the
 * gateway. A start-up failure (bad settings, a token Discord rejects) prints one line naming the
 * setting and exits 1 instead of retrying. SIGINT/SIGTERM let answers in flight finish, then exit.
 */
const HARD_STOP_MS = 15_000;

async function main(): Promise<void> {
  const config = requireDiscord(loadConfig(process.env));
  const logger = createLogger(config.LOG_LEVEL);
  let bot: Bot | undefined;
  try {
    bot = openBot(config);
    const running = await startDiscord(config, bot, { logger });
    const openedBot = bot;
    let stopping = false;
    const exitAfterStop = (code: number) => {
      if (stopping) return;
      stopping = true;
      setTimeout(() => {
        logger.error('discord: shutdown took too long; exiting anyway');
        process.exit(1);
      }, HARD_STOP_MS).unref();
      running
        .stop()
        .catch((error: unknown) => logger.error('discord: error while stopping', { error }))
        .finally(() => {
          openedBot.close();
          process.exit(code);
        });
    };
    process.once('SIGINT', () => exitAfterStop(0));
    process.once('SIGTERM', () => exitAfterStop(0));
    // discord.js does not reconnect after these codes; a process that cannot answer should say so and stop.
    running.client.on(Events.ShardDisconnect, (event) => {
      const fatal = fatalCloseMessage(event.code);
      if (!fatal) return;
      process.stderr.write(`${fatal}\n`);
      exitAfterStop(1);
    });
  } catch (error) {
    bot?.close();
    throw error;
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
