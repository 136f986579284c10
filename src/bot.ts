import { fileURLToPath } from 'node:url';
import { HELP_TEXT } from './answer/gate.ts';
import { answer, type Knowledge } from './answer/pipeline.ts';
import { type RankingOverride, rankingWith } from './answer/ranking.ts';
import type { Trace } from './answer/trace.ts';
import type { Config } from './config.ts';
import type { Article } from './corpus/load-corpus.ts';
import { createUnits } from './corpus/units.ts';
import type { Logger } from './log.ts';
import { createBotPins } from './pins/bot-pins.ts';
import { createMemoryPinStore } from './pins/memory-pin-store.ts';
import { openPinStore } from './pins/open-pin-store.ts';
import type { PinStore } from './pins/pin-store.ts';
import { pinDocument } from './search/index-document.ts';
import { openSnapshot } from './snapshot/index-snapshot.ts';
import { dictionary } from './text/dictionary.ts';
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
  const { corpus, glossary, index, lexicon } = openSnapshot({ corpusDir, dataDir: options.dataDir });
  const units = createUnits(corpus);
  const knowledge: Knowledge = {
    index,
    units,
    glossary,
    lexicon,
    dictionary: dictionary(),
    articles: corpus.articles,
  };
  const store = options.pinStore ?? createMemoryPinStore();
  const loadedAt = now().toISOString();
  // Pin commands, and the index kept in step with the store (src/pins/bot-pins.ts).
  const pins = createBotPins({
    store,
    now,
    isKnownPassage: (id) => units.isPassage(id),
    apply: (pin) => applyPin(knowledge, pin),
    pollIntervalMs: options.pinSyncIntervalMs ?? 500,
  });
  const articles = corpus.articles.map((a: Article) => ({
    id: a.id,
    title: a.title,
    publisher: a.publisher,
    date: a.published,
    url: a.url,
  }));

  return {
    ask: (question: string, context: AskContext, trace?: Trace): Answer =>
      answer(question, context.community, knowledge, ranking, trace),
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
