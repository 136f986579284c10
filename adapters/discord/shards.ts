import { fileURLToPath } from 'node:url';
import { REST, type RESTGetAPIGatewayBotResult, Routes, type Shard, ShardingManager } from 'discord.js';
import type { DiscordConfig, Logger } from '../../src/index.ts';
import { explainLoginError } from './connect.ts';

/**
 * Sharding for a bot in more servers than one gateway connection may carry (Discord requires it
 * from 2,500): discord.js's ShardingManager runs each shard as its own process (shard.ts), so
 * answering scales across cores. `DISCORD_SHARDS=auto` asks Discord how many shards it recommends
 * (`GET /gateway/bot`, through DISCORD_API_URL); a number fixes the count. Shards share pins and
 * question limits through the database: with DATABASE_URL every shard sees every pin at once
 * (LISTEN/NOTIFY) and a user's limit holds across shards; without it, shards on one machine share
 * pins.db, and each keeps its own limits.
 *
 * A shard that exits with code 1 hit a fatal error (a rejected token): everything stops with
 * exit code 1, as an unsharded start would. Any other exit is a crash, and that shard is restarted.
 */
const SHARD_SCRIPT = fileURLToPath(new URL('./shard.ts', import.meta.url));
// Discord lets `max_concurrency` shards identify per 5 seconds.
const IDENTIFY_WINDOW_MS = 5500;
const HARD_STOP_MS = 15_000;

export async function recommendedShards(
  config: DiscordConfig,
): Promise<{ count: number; concurrency: number }> {
  const rest = new REST({ api: config.DISCORD_API_URL }).setToken(config.DISCORD_TOKEN);
  try {
    const gateway = (await rest.get(Routes.gatewayBot())) as RESTGetAPIGatewayBotResult;
    return { count: gateway.shards, concurrency: Math.max(1, gateway.session_start_limit.max_concurrency) };
  } catch (error) {
    throw explainLoginError(error);
  } finally {
    rest.clearHashSweeper();
    rest.clearHandlerSweeper();
  }
}

export async function runShardManager(config: DiscordConfig, logger: Logger): Promise<void> {
  const { count: recommended, concurrency } = await recommendedShards(config);
  const count = config.DISCORD_SHARDS === 'auto' ? recommended : (config.DISCORD_SHARDS ?? 1);
  if (!config.DATABASE_URL) {
    logger.warn(
      'discord: shards without DATABASE_URL share pins through pins.db on this machine and keep separate question limits',
    );
  }
  const manager = new ShardingManager(SHARD_SCRIPT, {
    token: config.DISCORD_TOKEN,
    totalShards: count,
    mode: 'process',
    respawn: false,
    // tsx's loader by path: the shard runs in this process's working directory, which may hold no node_modules.
    execArgv: ['--import', import.meta.resolve('tsx')],
  });
  let stopping = false;
  const stopShards = async (reason: string) => {
    stopping = true;
    logger.info('discord: stopping all shards', { reason });
    await Promise.allSettled([...manager.shards.values()].map((shard) => stopShard(shard)));
  };
  const stopAll = (code: number, reason: string) => {
    if (stopping) return;
    setTimeout(() => process.exit(code === 0 ? 1 : code), HARD_STOP_MS).unref();
    void stopShards(reason).then(() => process.exit(code));
  };
  manager.on('shardCreate', (shard) => {
    logger.info('discord: shard started', { shard: shard.id, of: count });
    shard.on('death', (child) => {
      const code = 'exitCode' in child ? child.exitCode : null;
      if (stopping) return;
      if (code === 1) return stopAll(1, `shard ${shard.id} stopped on a fatal error`);
      logger.warn('discord: shard crashed; restarting it', { shard: shard.id, exitCode: code });
      void shard
        .respawn({ delay: 1000 })
        .catch((error: unknown) => logger.error('discord: shard restart failed', { shard: shard.id, error }));
    });
  });
  // Listening on: a repeated signal while stopping is ignored (see adapters/run-platforms.ts).
  process.on('SIGINT', () => stopAll(0, 'SIGINT'));
  process.on('SIGTERM', () => stopAll(0, 'SIGTERM'));
  try {
    await manager.spawn({
      amount: count,
      delay: Math.ceil(IDENTIFY_WINDOW_MS / concurrency),
      timeout: 60_000,
    });
  } catch (error) {
    await stopShards('a shard did not start');
    const detail = error instanceof Error ? error.message : String(error);
    throw new Error(`Discord: a shard did not start (${detail}); its own message is above.`);
  }
  logger.info('discord: all shards ready', { shards: count });
}

/** SIGTERM to the shard's process, then wait for it to finish its answers and exit. */
function stopShard(shard: Shard): Promise<void> {
  const child = shard.process;
  if (!child || child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}
