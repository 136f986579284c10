/**
 * The one door adapters use. Adapters import from here and nothing deeper; `src/` never imports
 * a platform library (test/boundary.test.ts keeps it that way).
 */
export { type BotOptions, createBot, openBot } from './bot.ts';
export {
  type Config,
  ConfigError,
  type DiscordConfig,
  hasDiscord,
  hasSlack,
  loadConfig,
  requireDiscord,
  requireSlack,
  type SlackConfig,
} from './config.ts';
export { createLogger, type Logger, type LogLevel } from './log.ts';
export { createRateLimiter, type RateLimiter } from './rate-limit.ts';
export type * from './types.ts';
