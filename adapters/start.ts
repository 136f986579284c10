import { createLogger, hasDiscord, hasSlack, loadConfig, openBot, requireDiscord, requireSlack } from '../src/index.ts';
import { runConsole } from './cli/console.ts';
import { startDiscord } from './discord/index.ts';
import { startSlack } from './slack/index.ts';

/**
 * `npm start`: runs every platform whose credentials are set (Discord, Slack, or both on one
 * pin store), and the local console when none are. Start-up errors print one line and exit 1.
 */
async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const bot = openBot(config);
  if (!hasDiscord(config) && !hasSlack(config)) {
    await runConsole(bot);
    bot.close();
    return;
  }
  const logger = createLogger(config.LOG_LEVEL);
  const running: Array<{ stop(): Promise<void> }> = [];
  try {
    if (hasDiscord(config)) running.push(await startDiscord(requireDiscord(config), bot, { logger }));
    if (hasSlack(config)) running.push(await startSlack(requireSlack(config), bot, { logger }));
  } catch (error) {
    await Promise.allSettled(running.map((platform) => platform.stop()));
    bot.close();
    throw error;
  }
  const shutdown = (signal: string) => {
    logger.info('shutting down', { signal });
    setTimeout(() => process.exit(1), 15_000).unref();
    Promise.allSettled(running.map((platform) => platform.stop())).finally(() => {
      bot.close();
      process.exit(0);
    });
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
