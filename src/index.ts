/**
 * The one door adapters use. Adapters import from here and nothing deeper; `src/` never imports
 * a platform library (test/boundary.test.ts keeps it that way).
 */

/** The limits every platform enforces alike: question length (the gate answers beyond it) and pin length. */
export { MAX_QUESTION_LENGTH } from './answer/gate.ts';
export {
  DEFAULT_RANKING,
  type Ranking,
  type RankingOverride,
  rankingWith,
} from './answer/ranking.ts';
export { type BotOptions, createBot, DEFAULT_CORPUS_DIR, openBot } from './bot.ts';
export {
  type Config,
  ConfigError,
  type DiscordConfig,
  hasDiscord,
  hasSlack,
  isSlackOAuth,
  loadConfig,
  type PlatformChoice,
  requireDiscord,
  requireSlack,
  SETTING_NAMES,
  type SlackConfig,
} from './config.ts';
export { type Corpus, CorpusError, loadCorpus } from './corpus/load-corpus.ts';
/** `/sources` on every platform: a page of outlets, or one outlet's newest articles. */
export {
  OUTLET_ARTICLES_SHOWN,
  OUTLETS_PER_PAGE,
  outletArticles,
  outletsPage,
} from './corpus/outlets.ts';
/** DATA_DIR checked (and created) before use, with errors that name the variable. */
export { DataDirError, prepareDataDir } from './data-dir.ts';
/** The operator's `.env` file, and settings that look like ours but are not (typos). */
export {
  applyEnvFile,
  describeUnknown,
  type EnvFileResult,
  type UnknownSetting,
  unknownSettings,
} from './env-file.ts';
/** Adding articles (`npm run add`): read a page, draft the article, write it into the corpus. */
export {
  type ArticleDraft,
  checkField,
  draftArticle,
  FIELDS,
  type Field,
  type GivenFields,
} from './ingest/article-draft.ts';
export { describeConflict, findConflict, renderArticle, saveArticle } from './ingest/article-file.ts';
export { DEFAULT_FETCH_LIMITS, type FetchLimits } from './ingest/fetch-page.ts';
export { IngestError, type IngestErrorCode } from './ingest/ingest-error.ts';
export { type ReadArticleOptions, readArticle } from './ingest/read-article.ts';
export { createLogger, type Logger, type LogLevel } from './log.ts';
/** The longest note a "wrong or outdated quote" flag takes (both platforms' forms use it). */
export { NOTE_MAX_LENGTH } from './moderation/feedback.ts';
/** The feedback loop's storage: in-memory (tests, one-shot commands) and SQLite (in pins.db). */
export { createMemoryModerationLog } from './moderation/memory-moderation-log.ts';
export type { ModerationLog } from './moderation/moderation-log.ts';
export { openModerationLog } from './moderation/open-moderation-log.ts';
/** A consistent copy of pins.db while bots run (`npm run pins -- --backup FILE`). */
export { backupPins, type PinBackup } from './pins/backup-pins.ts';
/** Pin storage: in-memory (tests) and SQLite (`<DATA_DIR>/pins.db`, shared by every bot process). */
export { createMemoryPinStore } from './pins/memory-pin-store.ts';
export { openPinStore, openPinStoreForReading } from './pins/open-pin-store.ts';
/** Thrown (as a rejection) by pin listings while the pin database cannot be reached; its message is for users. */
export { PinsUnavailableError } from './pins/pin-errors.ts';
export { MAX_PIN_LENGTH } from './pins/pin-input.ts';
/** Validation, permissions and refusal values for pin operations, over any `PinStore`. */
export { createPinService } from './pins/pin-service.ts';
export type { CommunityPins, NewPin, PinChanges, PinStore } from './pins/pin-store.ts';
export { openSqlitePinStore } from './pins/sqlite-pin-store.ts';
export { createRateLimiter, type RateLimiter } from './rate-limit.ts';
/** Pages moderators asked to add, waiting for the operator (`npm run add -- --pending`). */
export { openSourceQueue, type SourceQueue } from './sources/source-queue.ts';
/** State platform replicas share (event claims, lookup cache, limits, installations), beside the pins. */
export { createMemorySharedState } from './state/memory-shared-state.ts';
export { openStorage, type Storage } from './state/open-storage.ts';
export { createSeenKeys, DEDUPE_TTL_MS, type SeenKeys } from './state/seen-keys.ts';
export { createSharedRateLimiter } from './state/shared-rate-limiter.ts';
export type { InstallationRecords, SharedState } from './state/shared-state.ts';
export type * from './types.ts';
export { rateLimited, SOURCES_DIFFER } from './wording.ts';
