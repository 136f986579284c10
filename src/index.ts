/**
 * The one door adapters use. Adapters import from here and nothing deeper; `src/` never imports
 * a platform library (test/boundary.test.ts keeps it that way).
 */
export {
  DEFAULT_RANKING,
  type Ranking,
  type RankingOverride,
  rankingWith,
} from './answer/ranking.ts';
export { type BotOptions, createBot, openBot } from './bot.ts';
export {
  type Config,
  ConfigError,
  type DiscordConfig,
  hasDiscord,
  hasSlack,
  isSlackOAuth,
  loadConfig,
  requireDiscord,
  requireSlack,
  type SlackConfig,
} from './config.ts';
export { createLogger, type Logger, type LogLevel } from './log.ts';
/** Pin storage: in-memory (tests) and SQLite (`<DATA_DIR>/pins.db`, shared by every bot process). */
export { createMemoryPinStore } from './pins/memory-pin-store.ts';
export { openPinStore, openPinStoreForReading } from './pins/open-pin-store.ts';
/** Thrown (as a rejection) by pin listings while the pin database cannot be reached; its message is for users. */
export { PinsUnavailableError } from './pins/pin-errors.ts';
/** Validation, permissions and refusal values for pin operations, over any `PinStore`. */
export { createPinService } from './pins/pin-service.ts';
export type { NewPin, PinChanges, PinStore } from './pins/pin-store.ts';
export { openSqlitePinStore } from './pins/sqlite-pin-store.ts';
export { createRateLimiter, type RateLimiter } from './rate-limit.ts';
/** State platform replicas share (event claims, lookup cache, limits, installations), beside the pins. */
export { createMemorySharedState } from './state/memory-shared-state.ts';
export { openStorage, type Storage } from './state/open-storage.ts';
export { createSeenKeys, DEDUPE_TTL_MS, type SeenKeys } from './state/seen-keys.ts';
export { createSharedRateLimiter } from './state/shared-rate-limiter.ts';
export type { InstallationRecords, SharedState } from './state/shared-state.ts';
export type * from './types.ts';
