import { fileURLToPath } from 'node:url';
import { analyseQuestion } from './answer/analyse-question.ts';
import { type Candidate, composeAnswer, shortlist } from './answer/compose-answer.ts';
import { HELP_TEXT, isHelpLike, MAX_QUESTION_LENGTH, tooLong } from './answer/help.ts';
import { unanswered } from './answer/unanswered.ts';
import type { Config } from './config.ts';
import { loadGlossary } from './corpus/glossary.ts';
import { loadCorpus } from './corpus/load-corpus.ts';
import { createUnits, type Units } from './corpus/units.ts';
import { createLiveCorpus } from './live/live-corpus.ts';
import { createPinSources } from './live/pin-sources.ts';
import { type ServedCorpus, serveCorpus } from './live/served-corpus.ts';
import { createLogger, type Logger } from './log.ts';
import { createMemoryPinStore } from './pins/memory-pin-store.ts';
import { openPinStore } from './pins/open-pin-store.ts';
import { createPinService } from './pins/pin-service.ts';
import type { PinStore } from './pins/pin-store.ts';
import { openSnapshot } from './search/index-snapshot.ts';
import { SearchIndex } from './search/search-index.ts';
import { createSourceRequests } from './sources/request-source.ts';
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
  /** Reload when article files change (long-running bots; see src/live/). Default off. */
  watchCorpus?: boolean;
  /** Let moderators queue pages for the operator (`requestSource`). Default off. */
  allowChatSources?: boolean;
  /** For reload reports; defaults to warnings and errors on stderr. */
  logger?: Logger;
}

export const DEFAULT_CORPUS_DIR = fileURLToPath(new URL('../corpus', import.meta.url));
const CANDIDATE_PASSAGES = 8;
// When the engine searched only the rarest words (large archives), this many of its best hits are
// re-ranked by how much of the whole question they cover.
const RERANK_POOL = 200;

/**
 * Loads the corpus, builds the index and returns the bot. Throws a `CorpusError` naming the file
 * and field when the corpus is malformed: better not to start than to answer from half a corpus.
 */
export function createBot(options: BotOptions = {}): Bot {
  const corpusDir = options.corpusDir ?? DEFAULT_CORPUS_DIR;
  const now = options.now ?? (() => new Date());
  // Set when the index is built rather than loaded: the passages it analysed stay analysed.
  let builtUnits: Units | undefined;
  const { corpus, glossary, index } = openSnapshot({
    corpusDir,
    dataDir: options.dataDir,
    read: () => ({ corpus: loadCorpus(corpusDir), glossary: loadGlossary(`${corpusDir}/glossary.yaml`) }),
    build(read) {
      builtUnits = createUnits(read);
      const built = new SearchIndex();
      for (const passage of read.passages) built.add(builtUnits.indexDocument(passage.id));
      return built;
    },
  });
  const store = options.pinStore ?? createMemoryPinStore();
  // What questions are answered from; a reload replaces it whole (src/live/served-corpus.ts).
  let served: ServedCorpus = serveCorpus(
    { corpus, glossary, index, units: builtUnits ?? createUnits(corpus) },
    now().toISOString(),
  );
  const service = createPinService({ store, isKnownPassage: (id) => served.units.isPassage(id), now });
  const pinSources = createPinSources(options.dataDir);

  let seq = 0;
  function applyPin(pin: PinnedFact, into: ServedCorpus = served): void {
    const { index, units } = into;
    index.removePin(pin.id);
    units.removePin(pin.id);
    if (pin.status === 'active') {
      units.addPin(pin);
      index.add(units.indexDocument(pin.id));
      if (into === served) pinSources.observe([pin], served);
    }
  }
  function syncPins(): void {
    const changes = store.changesSince(seq);
    for (const pin of changes.pins) applyPin(pin);
    seq = changes.seq;
  }
  syncPins();
  const interval = options.pinSyncIntervalMs ?? 500;
  const timer = interval > 0 ? setInterval(syncPins, interval) : undefined;
  timer?.unref();

  const activePins = () => store.changesSince(0).pins.filter((pin) => pin.status === 'active');
  pinSources.observe(activePins(), served);
  const live = createLiveCorpus({
    corpusDir,
    ...(options.dataDir !== undefined ? { dataDir: options.dataDir } : {}),
    now,
    logger: options.logger ?? createLogger('warn'),
    current: () => served,
    install(next) {
      const changes = store.changesSince(0);
      for (const pin of changes.pins) applyPin(pin, next);
      seq = changes.seq;
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

  const synced = <T>(result: T): T => {
    syncPins();
    return result;
  };

  function ask(question: string, context: AskContext): Answer {
    const { index, units, glossary } = served;
    const text = question.trim();
    if (text.length > MAX_QUESTION_LENGTH) return tooLong(question);
    if (isHelpLike(text)) return help(question);
    const analysed = analyseQuestion(text, index, glossary, context.community);
    if (analysed.concepts.length === 0) return help(question);
    const boosts = new Map<string, number>();
    for (const concept of analysed.concepts) {
      for (const alt of concept.alternatives) {
        for (const stem of alt.stems) boosts.set(stem, Math.max(boosts.get(stem) ?? 0, alt.weight));
      }
    }
    const { hits, complete } = index.search(boosts, context.community, RERANK_POOL);
    const pool: Candidate[] = hits.map((hit) => ({ unit: units.get(hit.id), score: hit.score }));
    const candidates = complete
      ? pool.slice(0, CANDIDATE_PASSAGES)
      : shortlist(analysed.concepts, pool, CANDIDATE_PASSAGES);
    return pinSources.annotateAnswer(
      composeAnswer(question, analysed, candidates),
      (id) => store.get(id),
      served,
    );
  }

  return {
    ask,
    pin: (request, context) => synced(service.pin(request, context)),
    unpin: (id, context) => synced(service.unpin(id, context)),
    editPin: (id, text, context) => synced(service.edit(id, text, context)),
    restorePin: (id, context) => synced(service.restore(id, context)),
    pins: (community, listOptions) =>
      service.list(community, listOptions).map((pin) => pinSources.annotatePin(pin, served)),
    pinHistory: (id, community) => service.history(id, community),
    sources: (community) => ({
      articles: served.articles,
      passages: served.corpus.passages.length,
      pins: service.list(community).length,
      loadedAt: served.loadedAt,
    }),
    helpText: () => HELP_TEXT,
    syncPins,
    reload: (context) => live.reload(context),
    requestSource: (url, context) => sourceRequests.request(url, context),
    close() {
      if (timer) clearInterval(timer);
      live.close();
      sourceRequests.close();
      store.close();
    },
  };
}

const help = (question: string): Answer => unanswered(question, 'help', HELP_TEXT);

/** The bot as configured for a running process: pins in SQLite under `DATA_DIR`. */
export function openBot(config: Config, options: Partial<BotOptions> = {}): Bot {
  const pinStore = options.pinStore ?? openPinStore(config.DATA_DIR);
  try {
    return createBot({
      corpusDir: config.CORPUS_DIR,
      dataDir: config.DATA_DIR,
      allowChatSources: config.ALLOW_CHAT_SOURCES,
      logger: createLogger(config.LOG_LEVEL),
      ...options,
      pinStore,
    });
  } catch (error) {
    pinStore.close();
    throw error;
  }
}
