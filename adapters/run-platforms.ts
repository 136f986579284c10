import type { Bot, Logger } from '../src/index.ts';

/**
 * Process lifecycle shared by `npm start`, `start:discord` and `start:slack`: start each platform
 * on one bot; on SIGINT/SIGTERM stop taking events, let answers in flight finish, close the pin
 * store and exit 0; on SIGHUP reload the corpus; on a fatal platform error (a token rejected
 * after start) say so and exit 1. A start-up failure stops what already started and is thrown to
 * `runMain`.
 */
export interface RunningPlatform {
  stop(): Promise<void>;
}

export type PlatformStarter = (hooks: { onFatal(message: string): void }) => Promise<RunningPlatform>;

const HARD_STOP_MS = 15_000;

/** `label` prefixes the lifecycle log lines ("slack: shutting down"). */
export async function runPlatforms(
  label: string,
  bot: Bot,
  logger: Logger,
  starters: PlatformStarter[],
): Promise<void> {
  const running: RunningPlatform[] = [];
  let stopping = false;
  const stopAll = (code: number, reason: string) => {
    if (stopping) return;
    stopping = true;
    logger.info(`${label}: shutting down`, { reason });
    setTimeout(() => {
      logger.error(`${label}: shutdown took too long; exiting anyway`);
      process.exit(1);
    }, HARD_STOP_MS).unref();
    Promise.allSettled(running.map((platform) => platform.stop()))
      .then(() => bot.close())
      .finally(() => process.exit(code));
  };
  const onFatal = (message: string) => {
    process.stderr.write(`${message}\n`);
    stopAll(1, 'fatal');
  };
  // Listen before starting: a process with no listener dies at once on SIGTERM, so a signal
  // arriving while (or just after) the platforms start would skip the graceful stop. One that
  // arrives during the start is acted on when the start is over.
  let started = false;
  let pending: string | undefined;
  const onSignal = (signal: NodeJS.Signals) => {
    if (started) stopAll(0, signal);
    else pending ??= signal;
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    for (const start of starters) running.push(await start({ onFatal }));
  } catch (error) {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await Promise.allSettled(running.map((platform) => platform.stop()));
    await bot.close();
    throw error;
  }
  // The daemon convention: SIGHUP re-reads the corpus (the outcome is logged by the core).
  process.on('SIGHUP', () => {
    logger.info(`${label}: SIGHUP: reloading the corpus`);
    void bot.reload();
  });
  started = true;
  if (pending) stopAll(0, pending);
}

/** Runs an entry point; any error becomes one line on stderr and exit code 1. */
export function runMain(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
