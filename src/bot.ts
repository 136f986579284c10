import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HELP_TEXT } from './answer/gate.ts';
import { answer, type Knowledge } from './answer/pipeline.ts';
import { type RankingOverride, rankingWith } from './answer/ranking.ts';
import type { Trace } from './answer/trace.ts';
import type { Config } from './config.ts';
import { createUnits } from './corpus/units.ts';
import { createLiveCorpus } from './live/live-corpus.ts';
import { createPinSources } from './live/pin-sources.ts';
import { type ServedCorpus, serveCorpus } from './live/served-corpus.ts';
import { createLogger, type Logger } from './log.ts';
import { createFeedbackLoop, type LoopOptions } from './moderation/feedback-loop.ts';
import { openModerationLog } from './moderation/open-moderation-log.ts';
import { createBotPins } from './pins/bot-pins.ts';
import { createMemoryPinStore } from './pins/memory-pin-store.ts';
import { openPinStore } from './pins/open-pin-store.ts';
import type { PinStore } from './pins/pin-store.ts';
import { pinDocument } from './search/index-document.ts';
import { openSnapshot, type Snapshot } from './snapshot/index-snapshot.ts';
import { createSourceRequests } from './sources/request-source.ts';
import { dictionary } from './text/dictionary.ts';
import { type WordNeighbours, wordNeighbours } from './text/word-neighbours.ts';
import type { Answer, AskContext, Bot, PinnedFact } from './types.ts';

/** How the bot is put together; every part has a default that works with no configuration. */
export interface BotOptions {
  /** Directory of article files and `glossary.yaml`; defaults to the repository's `corpus/`. */
  corpusDir?: string;
  /** Where pins live; defaults to an in-memory store (tests, one-off scripts). */
  pinStore?: PinStore;
  now?: () => Date;
  /**
   * How often to pick up pins saved by other processes when the store cannot notify (SQLite); 0
   * turns the timer off. Default 500 ms. A PostgreSQL store notifies instead (no timer).
   */
  pinSyncIntervalMs?: number;
  /** Directory for caches such as the index snapshot; without it every start reads the corpus. */
  dataDir?: string;
  /** Overrides of the answer ranking's weights and thresholds (`DEFAULT_RANKING`). */
  ranking?: RankingOverride;
  /** Where gaps and feedback are kept (default in memory) and for how long. */
  loop?: Partial<LoopOptions>;
  /** Reload when article files change (long-running bots; see src/live/). Default off. */
  watchCorpus?: boolean;
  /** Let moderators queue pages for the operator (`requestSource`). Default off. */
  allowChatSources?: boolean;
  /** For reload reports; defaults to warnings and errors on stderr. */
  logger?: Logger;
}

export const DEFAULT_CORPUS_DIR = fileURLToPath(new URL('../corpus', import.meta.url));

// GloVe's nearest neighbours of English verbs (scripts/build-word-neighbours.ts): one table per
// process, read on the first question that needs it. resources/ is found above this file, which is
// src/bot.ts or, bundled, dist/ask.cjs (a folder deeper in the bundle's tests).
const WORD_NEIGHBOURS = join('resources', 'verb-neighbours.tsv');
let shared: WordNeighbours | undefined;
function verbNeighbours(): WordNeighbours {
  if (shared) return shared;
  const here = dirname(fileURLToPath(import.meta.url));
  const file = [join(here, '..'), join(here, '..', '..')]
    .map((root) => join(root, WORD_NEIGHBOURS))
    .find((candidate) => existsSync(candidate));
  if (!file) throw new Error(`${WORD_NEIGHBOURS} is missing above ${here}: the checkout is incomplete`);
  shared = wordNeighbours(file);
  return shared;
}

/**
 * Loads the corpus, builds the index and returns the bot. Throws a `CorpusError` naming the file
 * and field when the corpus is malformed: better not to start than to answer from half a corpus.
 */
export function createBot(options: BotOptions = {}): Bot {
  const corpusDir = options.corpusDir ?? DEFAULT_CORPUS_DIR;
  const now = options.now ?? (() => new Date());
  const ranking = rankingWith(options.ranking);
  // What questions are answered from; a reload builds another and swaps it in whole (src/live/).
  const serve = ({ corpus, glossary, index, lexicon, duplicates }: Snapshot): ServedCorpus =>
    serveCorpus(
      corpus,
      {
        index,
        units: createUnits(
          corpus,
          duplicates,
          (stem) => lexicon.isVerb(stem),
          (stem) => lexicon.isCommonNoun(stem),
        ),
        glossary,
        lexicon,
        dictionary: dictionary(),
        neighbours: verbNeighbours(),
        articles: corpus.articles,
        now,
      },
      now().toISOString(),
    );
  let served = serve(openSnapshot({ corpusDir, dataDir: options.dataDir }));
  const store = options.pinStore ?? createMemoryPinStore();
  const pinSources = createPinSources(options.dataDir);
  // Pin commands, and the index kept in step with the store (src/pins/bot-pins.ts); the pins the
  // index holds are also what answers, reloads and /sources read, without the database.
  const pins = createBotPins({
    store,
    now,
    isKnownPassage: (id) => served.knowledge.units.isPassage(id),
    apply(pin) {
      applyPin(served.knowledge, pin);
      pinSources.observe([pin], served);
    },
    pollIntervalMs: options.pinSyncIntervalMs ?? 500,
  });
  const pin: Bot['pin'] = async (request, context) =>
    pinSources.observeOutcome(await pins.pin(request, context), served);
  const loop = createFeedbackLoop({ ...options.loop, now, pin });
  const activePins = () => pins.active();
  const live = createLiveCorpus({
    corpusDir,
    ...(options.dataDir !== undefined ? { dataDir: options.dataDir } : {}),
    logger: options.logger ?? createLogger('warn'),
    serve,
    current: () => served,
    install(next) {
      for (const active of pins.active()) applyPin(next.knowledge, active);
      served = next;
    },
    activePins,
    pinSources,
    watch: options.watchCorpus === true,
  });
  const sourceRequests = createSourceRequests({
    enabled: options.allowChatSources === true,
    dataDir: options.dataDir,
    articleWithUrl: (url) => served.corpus.articles.find((a) => a.url === url),
    now,
  });

  return {
    ask: (question: string, context: AskContext, trace?: Trace): Answer =>
      loop.record(
        pinSources.annotateAnswer(
          answer(question, context.community, served.knowledge, ranking, trace),
          (id) => pins.activePin(id),
          served,
        ),
        context,
      ),
    loop,
    pin,
    unpin: pins.unpin,
    editPin: pins.editPin,
    restorePin: pins.restorePin,
    pins: async (community, listOptions) =>
      (await pins.pins(community, listOptions)).map((p) => pinSources.annotatePin(p, served)),
    pinHistory: pins.pinHistory,
    sources: (community) => ({
      articles: served.articles,
      outlets: served.outlets,
      passages: served.corpus.passages.length,
      pins: pins.count(community),
      loadedAt: served.loadedAt,
    }),
    helpText: () => HELP_TEXT,
    syncPins: pins.syncPins,
    reload: (context) => live.reload(context),
    requestSource: (url, context) => sourceRequests.request(url, context),
    async close() {
      loop.close();
      live.close();
      sourceRequests.close();
      await pins.close();
    },
  };
}

/** Adds a pin's passage to the index, or takes it out when the pin was removed (no rebuild). */
function applyPin({ index, units }: Knowledge, pin: PinnedFact): void {
  index.removePin(pin.id);
  units.removePin(pin.id);
  if (pin.status === 'active') {
    units.addPin(pin);
    index.add(pinDocument(pin));
  }
}

/**
 * The bot as configured for a running process: pins in PostgreSQL when DATABASE_URL is set, else
 * in SQLite under DATA_DIR; gaps and feedback in SQLite under DATA_DIR (the moderation log has no
 * PostgreSQL store yet). Resolves once the saved pins are in the index.
 */
export async function openBot(config: Config, options: Partial<BotOptions> = {}): Promise<Bot> {
  const logger = options.logger ?? createLogger(config.LOG_LEVEL);
  const pinStore = options.pinStore ?? (await openPinStore(config, { logger }));
  let log = options.loop?.log;
  let bot: Bot | undefined;
  try {
    log ??= openModerationLog(config.DATA_DIR);
    const loop = {
      retentionDays: config.GAPS_RETENTION_DAYS,
      storeUser: config.GAPS_STORE_USER,
      ...options.loop,
      log,
    };
    bot = createBot({
      corpusDir: config.CORPUS_DIR,
      dataDir: config.DATA_DIR,
      allowChatSources: config.ALLOW_CHAT_SOURCES,
      logger,
      ...options,
      pinStore,
      loop,
    });
    await bot.syncPins();
    return bot;
  } catch (error) {
    if (bot) await bot.close();
    else {
      log?.close();
      await pinStore.close();
    }
    throw error;
  }
}
