import { type Bot, createLogger, loadConfig, openBot, requireSlack } from '../../src/index.ts';
import { startSlack } from './index.ts';

/**
 * `npm run start:slack`: settings from the environment, pins in SQLite under DATA_DIR, then Slack.
 * Any start-up failure (bad settings, a token Slack rejects) prints one line and exits 1.
 * SIGINT/SIGTERM stop taking events, let answers in flight finish, close the pin store and exit.
 */
const HARD_STOP_MS = 15_000;

async function main(): Promise<void> {
  const config = requireSlack(loadConfig(process.env));
  const logger = createLogger(config.LOG_LEVEL);
  let bot: Bot | undefined;
  try {
    bot = openBot(config);
    const running = await startSlack(config, bot, { logger });
    const openedBot = bot;
    let stopping = false;
    const shutdown = (signal: string) => {
      if (stopping) return;
      stopping = true;
      logger.info('slack: shutting down', { signal });
      setTimeout(() => {
        logger.error('slack: shutdown took too long; exiting anyway');
        process.exit(1);
      }, HARD_STOP_MS).unref();
      running
        .stop()
        .catch((error: unknown) => logger.error('slack: error while stopping', { error }))
        .finally(() => {
          openedBot.close();
          process.exit(0);
        });
    };
    process.once('SIGINT', () => shutdown('SIGINT'));
    process.once('SIGTERM', () => shutdown('SIGTERM'));
  } catch (error) {
    bot?.close();
    throw error;
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
