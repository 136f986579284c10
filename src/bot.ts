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
import { createMemoryPinStore } from './pins/memory-pin-store.ts';
import { openPinStore } from './pins/open-pin-store.ts';
import { createPinService } from './pins/pin-service.ts';
import type { PinStore } from './pins/pin-store.ts';
import { pinDocument } from './search/index-document.ts';
import { openSnapshot, type Snapshot } from './snapshot/index-snapshot.ts';
import { createSourceRequests } from './sources/request-source.ts';
import { dictionary } from './text/dictionary.ts';
import type { Answer, AskContext, Bot, PinnedFact } from './types.ts';

/** How the bot is put together; every part has a default that works with no configuration. */
export interface BotOptions {
  /** Directory of article files and `glossary.yaml`; defaults to the repository's `corpus/`. */
  corpusDir?: string;
  /** Where pins live; defaults to an in-memory store (tests, one-off scripts). */
  pinStore?: PinStore;
  now?: () => Date;
  /** How often to pick up pins saved by other processes; 0 turns the timer off. Default 500 ms. */
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
        units: createUnits(corpus, duplicates),
        glossary,
        lexicon,
        dictionary: dictionary(),
        articles: corpus.articles,
      },
      now().toISOString(),
    );
  let served = serve(openSnapshot({ corpusDir, dataDir: options.dataDir }));
  const store = options.pinStore ?? createMemoryPinStore();
  const service = createPinService({
    store,
    isKnownPassage: (id) => served.knowledge.units.isPassage(id),
    now,
  });
  const pins = createPinSync(store, () => served.knowledge, options.pinSyncIntervalMs ?? 500);
  const synced = <T>(result: T): T => {
    pins.sync();
    return result;
  };
  const loop = createFeedbackLoop({
    ...options.loop,
    now,
    pin: (request, context) => synced(pinSources.observeOutcome(service.pin(request, context), served)),
  });
  const pinSources = createPinSources(options.dataDir);
  const activePins = () => store.changesSince(0).pins.filter((pin) => pin.status === 'active');
  pinSources.observe(activePins(), served);
  const live = createLiveCorpus({
    corpusDir,
    ...(options.dataDir !== undefined ? { dataDir: options.dataDir } : {}),
    logger: options.logger ?? createLogger('warn'),
    serve,
    current: () => served,
    install(next) {
      pins.syncInto(next.knowledge);
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
          (id) => store.get(id),
          served,
        ),
        context,
      ),
    loop,
    pin: (request, context) => synced(pinSources.observeOutcome(service.pin(request, context), served)),
    unpin: (id, context) => synced(service.unpin(id, context)),
    editPin: (id, text, context) => synced(service.edit(id, text, context)),
    restorePin: (id, context) => synced(service.restore(id, context)),
    pins: (community, listOptions) =>
      service.list(community, listOptions).map((pin) => pinSources.annotatePin(pin, served)),
    pinHistory: (id, community) => service.history(id, community),
    sources: (community) => ({
      articles: served.articles,
      outlets: served.outlets,
      passages: served.corpus.passages.length,
      pins: service.list(community).length,
      loadedAt: served.loadedAt,
    }),
    helpText: () => HELP_TEXT,
    syncPins: pins.sync,
    reload: (context) => live.reload(context),
    requestSource: (url, context) => sourceRequests.request(url, context),
    close() {
      pins.stop();
      loop.close();
      live.close();
      sourceRequests.close();
      store.close();
    },
  };
}

/**
 * Keeps the index in step with the pin store: every change since the last sync (by this process
 * or another sharing the store) adds or discards that pin's passage, without a rebuild. Runs on
 * a timer (0 turns it off) and after each pin operation.
 */
function createPinSync(store: PinStore, current: () => Knowledge, intervalMs: number) {
  let seq = 0;
  function apply(pin: PinnedFact, { index, units }: Knowledge = current()): void {
    index.removePin(pin.id);
    units.removePin(pin.id);
    if (pin.status === 'active') {
      units.addPin(pin);
      index.add(pinDocument(pin));
    }
  }
  function sync(): void {
    const changes = store.changesSince(seq);
    for (const pin of changes.pins) apply(pin);
    seq = changes.seq;
  }
  /** Adds every active pin to a newly built knowledge, just before it replaces the served one. */
  function syncInto(next: Knowledge): void {
    const changes = store.changesSince(0);
    for (const pin of changes.pins) apply(pin, next);
    seq = changes.seq;
  }
  sync();
  const timer = intervalMs > 0 ? setInterval(sync, intervalMs) : undefined;
  timer?.unref();
  return { sync, syncInto, stop: () => clearInterval(timer) };
}

/** The bot as configured for a running process: pins, gaps and feedback in SQLite under `DATA_DIR`. */
export function openBot(config: Config, options: Partial<BotOptions> = {}): Bot {
  const pinStore = options.pinStore ?? openPinStore(config.DATA_DIR);
  let log = options.loop?.log;
  try {
    log ??= openModerationLog(config.DATA_DIR);
    const loop = {
      retentionDays: config.GAPS_RETENTION_DAYS,
      storeUser: config.GAPS_STORE_USER,
      ...options.loop,
      log,
    };
    return createBot({
      corpusDir: config.CORPUS_DIR,
      dataDir: config.DATA_DIR,
      allowChatSources: config.ALLOW_CHAT_SOURCES,
      logger: createLogger(config.LOG_LEVEL),
      ...options,
      pinStore,
      loop,
    });
  } catch (error) {
    log?.close();
    pinStore.close();
    throw error;
  }
}
