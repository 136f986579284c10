import { fileURLToPath } from 'node:url';
import { analyseQuestion } from './answer/analyse-question.ts';
import { type Candidate, composeAnswer, shortlist } from './answer/compose-answer.ts';
import { HELP_TEXT, isHelpLike, MAX_QUESTION_LENGTH, tooLong } from './answer/help.ts';
import { unanswered } from './answer/unanswered.ts';
import type { Config } from './config.ts';
import { loadGlossary } from './corpus/glossary.ts';
import { type Article, loadCorpus } from './corpus/load-corpus.ts';
import { createUnits, type Units } from './corpus/units.ts';
import type { Logger } from './log.ts';
import { createBotPins } from './pins/bot-pins.ts';
import { createMemoryPinStore } from './pins/memory-pin-store.ts';
import { openPinStore } from './pins/open-pin-store.ts';
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
  /**
   * How often to pick up pins saved by other processes when the store cannot notify (SQLite); 0
   * turns the timer off. Default 500 ms. A PostgreSQL store notifies instead (no timer).
   */
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

  function applyPin(pin: PinnedFact): void {
    index.removePin(pin.id);
    units.removePin(pin.id);
    if (pin.status === 'active') {
      units.addPin(pin);
      index.add(units.indexDocument(pin.id));
    }
  }
  // Pin commands, and the index kept in step with the store (src/pins/bot-pins.ts).
  const pins = createBotPins({
    store,
    now,
    isKnownPassage: (id) => units.isPassage(id),
    apply: applyPin,
    pollIntervalMs: options.pinSyncIntervalMs ?? 500,
  });

  function ask(question: string, context: AskContext): Answer {
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
    pin: pins.pin,
    unpin: pins.unpin,
    editPin: pins.editPin,
    restorePin: pins.restorePin,
    pins: pins.pins,
    pinHistory: pins.pinHistory,
    sources: (community) => ({
      articles,
      passages: corpus.passages.length,
      pins: pins.count(community),
      loadedAt,
    }),
    helpText: () => HELP_TEXT,
    syncPins: pins.syncPins,
    close: pins.close,
  };
}

const help = (question: string): Answer => unanswered(question, 'help', HELP_TEXT);

/**
 * The bot as configured for a running process: pins in PostgreSQL when DATABASE_URL is set, else
 * in SQLite under DATA_DIR; resolves once the saved pins are in the index.
 */
export async function openBot(
  config: Config,
  options: Partial<BotOptions> & { logger?: Logger } = {},
): Promise<Bot> {
  const { logger, ...botOptions } = options;
  const pinStore = botOptions.pinStore ?? (await openPinStore(config, { logger }));
  let bot: Bot | undefined;
  try {
    bot = createBot({ corpusDir: config.CORPUS_DIR, dataDir: config.DATA_DIR, ...botOptions, pinStore });
    await bot.syncPins();
    return bot;
  } catch (error) {
    await (bot ?? pinStore).close();
    throw error;
  }
}
