import { fileURLToPath } from 'node:url';
import { HELP_TEXT } from './answer/gate.ts';
import { answer, type Knowledge } from './answer/pipeline.ts';
import { type RankingOverride, rankingWith } from './answer/ranking.ts';
import type { Trace } from './answer/trace.ts';
import type { Config } from './config.ts';
import type { Article } from './corpus/load-corpus.ts';
import { createUnits } from './corpus/units.ts';
import { createMemoryPinStore } from './pins/memory-pin-store.ts';
import { openPinStore } from './pins/open-pin-store.ts';
import { createPinService } from './pins/pin-service.ts';
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
  /** How often to pick up pins saved by other processes; 0 turns the timer off. Default 500 ms. */
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
  const { corpus, glossary, index, lexicon, duplicates } = openSnapshot({
    corpusDir,
    dataDir: options.dataDir,
  });
  const units = createUnits(corpus, duplicates);
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
  const service = createPinService({ store, isKnownPassage: (id) => units.isPassage(id), now });
  const pins = createPinSync(store, knowledge, options.pinSyncIntervalMs ?? 500);
  const synced = <T>(result: T): T => {
    pins.sync();
    return result;
  };
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
    syncPins: pins.sync,
    close() {
      pins.stop();
      store.close();
    },
  };
}

/**
 * Keeps the index in step with the pin store: every change since the last sync (by this process
 * or another sharing the store) adds or discards that pin's passage, without a rebuild. Runs on
 * a timer (0 turns it off) and after each pin operation.
 */
function createPinSync(store: PinStore, { index, units }: Knowledge, intervalMs: number) {
  let seq = 0;
  function apply(pin: PinnedFact): void {
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
  sync();
  const timer = intervalMs > 0 ? setInterval(sync, intervalMs) : undefined;
  timer?.unref();
  return { sync, stop: () => clearInterval(timer) };
}

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
