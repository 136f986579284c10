import { fileURLToPath } from 'node:url';
import { analyseQuestion } from './answer/analyse-question.ts';
import { type Candidate, composeAnswer, shortlist } from './answer/compose-answer.ts';
import { HELP_TEXT, isHelpLike, MAX_QUESTION_LENGTH, tooLong } from './answer/help.ts';
import { isThanks, thanks } from './answer/small-talk.ts';
import { unanswered } from './answer/unanswered.ts';
import type { Config } from './config.ts';
import { loadGlossary } from './corpus/glossary.ts';
import { type Article, loadCorpus } from './corpus/load-corpus.ts';
import { createUnits, type Units } from './corpus/units.ts';
import { createMemoryPinStore } from './pins/memory-pin-store.ts';
import { openPinStore } from './pins/open-pin-store.ts';
import { createPinService } from './pins/pin-service.ts';
import type { PinStore } from './pins/pin-store.ts';
import { openSnapshot } from './search/index-snapshot.ts';
import { SearchIndex } from './search/search-index.ts';
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
  const units = builtUnits ?? createUnits(corpus);
  const loadedAt = now().toISOString();
  const service = createPinService({ store, isKnownPassage: (id) => units.isPassage(id), now });

  let seq = 0;
  function applyPin(pin: PinnedFact): void {
    index.removePin(pin.id);
    units.removePin(pin.id);
    if (pin.status === 'active') {
      units.addPin(pin);
      index.add(units.indexDocument(pin.id));
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

  const synced = <T>(result: T): T => {
    syncPins();
    return result;
  };

  function ask(question: string, context: AskContext): Answer {
    const text = question.trim();
    if (text.length > MAX_QUESTION_LENGTH) return tooLong(question);
    if (isHelpLike(text)) return isThanks(text) ? thanks(question) : help(question);
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
    return composeAnswer(question, analysed, candidates);
  }

  const articles = corpus.articles.map((a: Article) => ({
    id: a.id,
    title: a.title,
    publisher: a.publisher,
    date: a.published,
    url: a.url,
  }));

  return {
    ask,
    pin: (request, context) => synced(service.pin(request, context)),
    unpin: (id, context) => synced(service.unpin(id, context)),
    editPin: (id, text, context) => synced(service.edit(id, text, context)),
    restorePin: (id, context) => synced(service.restore(id, context)),
    pins: (community, listOptions) => service.list(community, listOptions),
    pinHistory: (id, community) => service.history(id, community),
    sources: (community) => ({
      articles,
      passages: corpus.passages.length,
      pins: service.list(community).length,
      loadedAt,
    }),
    helpText: () => HELP_TEXT,
    syncPins,
    close() {
      if (timer) clearInterval(timer);
      store.close();
    },
  };
}

const help = (question: string): Answer => unanswered(question, 'help', HELP_TEXT);

/** The bot as configured for a running process: pins in SQLite under `DATA_DIR`. */
export function openBot(config: Config, options: Partial<BotOptions> = {}): Bot {
  const pinStore = options.pinStore ?? openPinStore(config.DATA_DIR);
  try {
    return createBot({ corpusDir: config.CORPUS_DIR, dataDir: config.DATA_DIR, ...options, pinStore });
  } catch (error) {
    pinStore.close();
    throw error;
  }
}
