import type { Bot, Logger } from '../src/index.ts';
import { type HealthCheck, type HealthServer, startHealthServer } from './health.ts';

/**
 * Process lifecycle shared by `npm start`, `start:discord` and `start:slack`: start each platform
 * on one bot, and the health endpoint when HEALTH_PORT is set; on SIGINT/SIGTERM stop taking
 * events, let answers in flight finish, close the pin store and exit 0; on SIGHUP reload the
 * corpus; on a fatal platform error (a token rejected after start) say so and exit 1. A start-up
 * failure stops what already started and is thrown to the entry point, which prints it.
 */
export interface RunningPlatform extends Partial<HealthCheck> {
  stop(): Promise<void>;
}

export type PlatformStarter = (hooks: { onFatal(message: string): void }) => Promise<RunningPlatform>;

/** How long a shutdown may take before the process exits anyway (deploy/systemd: TimeoutStopSec is above it). */
export const HARD_STOP_MS = 15_000;

/** `label` prefixes the lifecycle log lines ("slack: shutting down"). */
export async function runPlatforms(
  label: string,
  bot: Bot,
  logger: Logger,
  starters: PlatformStarter[],
  options: { healthPort?: number | undefined } = {},
): Promise<void> {
  const running: RunningPlatform[] = [];
  let health: HealthServer | undefined;
  let stopping = false;
  const stopEverything = () =>
    Promise.allSettled([...running.map((platform) => platform.stop()), health?.close()]);
  const stopAll = (code: number, reason: string) => {
    if (stopping) return;
    stopping = true;
    logger.info(`${label}: shutting down`, { reason });
    setTimeout(() => {
      logger.error(`${label}: shutdown took too long; exiting anyway`);
      process.exit(1);
    }, HARD_STOP_MS).unref();
    stopEverything()
      .then(() => bot.close())
      .finally(() => process.exit(code));
  };
  const onFatal = (message: string) => {
    process.stderr.write(`${message}\n`);
    stopAll(1, 'fatal');
  };
  // Listen before starting: a process with no listener dies at once on SIGTERM, so a signal
  // arriving while (or just after) the platforms start would skip the graceful stop. One that
  // arrives during the start is acted on when the start is over. And keep listening: a second
  // SIGTERM while stopping (npm passes on the one a process group got, a process manager may
  // repeat it) is ignored, not the default that kills the process mid-stop.
  let started = false;
  let pending: string | undefined;
  const onSignal = (signal: NodeJS.Signals) => {
    if (started) stopAll(0, signal);
    else pending ??= signal;
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    for (const start of starters) running.push(await start({ onFatal }));
    if (options.healthPort !== undefined) {
      const checks = running.flatMap((platform) =>
        platform.name && platform.healthy ? [platform as HealthCheck] : [],
      );
      health = await startHealthServer(options.healthPort, checks);
      logger.info(`${label}: health endpoint listening`, { port: health.port, path: '/healthz' });
    }
  } catch (error) {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await stopEverything();
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
