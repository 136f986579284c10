import type { Logger } from '../log.ts';
import type { Snapshot } from '../snapshot/index-snapshot.ts';
import type { AskContext, PinnedFact, PinSourceChange, ReloadOutcome } from '../types.ts';
import type { PinSources } from './pin-sources.ts';
import { rebuildCorpus } from './rebuild-corpus.ts';
import { createReloadQueue } from './reload-queue.ts';
import { diffCorpora, type ServedCorpus } from './served-corpus.ts';
import { type CorpusWatcher, watchCorpus } from './watch-corpus.ts';
import { createSlicer } from './yield-slices.ts';

/**
 * Live reload for a running bot: on a file change (when watching), SIGHUP or a moderator's
 * `reload`, the corpus directory is read again and a new `ServedCorpus` is built beside the one
 * being served, in time slices so questions keep being answered meanwhile (from the old corpus).
 * `install` then swaps it in synchronously. A corpus that fails to load (a malformed file) is
 * reported and the old one kept: a running bot never drops to half a corpus. Reloads are
 * serialised and folded together (reload-queue.ts).
 *
 * @module
 */
export interface LiveCorpusOptions {
  corpusDir: string;
  dataDir?: string;
  logger: Logger;
  /** Makes a snapshot servable (units, the pipeline's knowledge); the bot's own recipe. */
  serve: (snapshot: Snapshot) => ServedCorpus;
  current: () => ServedCorpus;
  /** Adds the pins to `next` and makes it the served corpus (synchronously). */
  install: (next: ServedCorpus) => void;
  activePins: () => PinnedFact[];
  pinSources: PinSources;
  watch: boolean;
}

export interface LiveCorpus {
  reload(context?: AskContext): Promise<ReloadOutcome>;
  close(): void;
}

const list = (label: string, ids: string[]) => (ids.length > 0 ? [`${label}: ${ids.join(', ')}`] : []);

function summarise(outcome: Extract<ReloadOutcome, { ok: true }>): string {
  const { added, removed, changed, articles, passages, tookMs } = outcome.summary;
  const what = [...list('added', added), ...list('changed', changed), ...list('removed', removed)];
  const head = `Reloaded in ${tookMs} ms: ${articles} article(s), ${passages} passages`;
  const body = what.length > 0 ? ` (${what.join('; ')}).` : '; no article changed.';
  const pins = outcome.citations.map((c) => ` ${c.message}`).join('');
  return `${head}${body}${pins}`;
}

export function createLiveCorpus(options: LiveCorpusOptions): LiveCorpus {
  const { logger } = options;

  async function run(): Promise<ReloadOutcome> {
    const started = performance.now();
    const before = options.current();
    try {
      const rebuilt = await rebuildCorpus({
        corpusDir: options.corpusDir,
        ...(options.dataDir !== undefined ? { dataDir: options.dataDir } : {}),
        slice: createSlicer(),
        warn: logger.warn,
      });
      const next = options.serve(rebuilt.snapshot);
      options.install(next);
      const pins = options.activePins();
      options.pinSources.observe(pins, next);
      const citations = pins.flatMap((pin) => options.pinSources.check(pin, next) ?? []);
      const outcome: ReloadOutcome = {
        ok: true,
        summary: {
          ...diffCorpora(before.corpus, next.corpus),
          articles: next.corpus.articles.length,
          passages: next.corpus.passages.length,
          tookMs: Math.round(performance.now() - started),
        },
        citations,
        message: '',
      };
      outcome.message = summarise(outcome);
      logger.info('corpus reloaded', {
        ...outcome.summary,
        pinsWithChangedSources: citations.map((c) => c.pinId),
      });
      for (const change of citations) logger.warn('a pin cites a passage that changed', { ...change });
      return outcome;
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      logger.error('corpus reload failed; still serving the previous corpus', { error });
      return {
        ok: false,
        reason: 'failed',
        message: `Reload failed; still answering from the corpus loaded at ${before.loadedAt.slice(0, 16).replace('T', ' ')} UTC. ${reason}`,
      };
    }
  }

  const reload = createReloadQueue(run);
  let watcher: CorpusWatcher | undefined;
  if (options.watch) {
    watcher = watchCorpus(options.corpusDir, () => void reload(), {
      onError: (error) => logger.warn('corpus watching stopped; use SIGHUP or reload', { error }),
    });
  }

  return {
    async reload(context) {
      if (context && context.isModerator !== true) {
        return {
          ok: false,
          reason: 'not-moderator',
          message: 'Sorry, only moderators can reload the sources.',
        };
      }
      const outcome = await reload();
      if (!context || !outcome.ok) return outcome;
      // A community sees its own pins only.
      const citations: PinSourceChange[] = outcome.citations.filter((c) => c.community === context.community);
      const own = { ...outcome, citations };
      return { ...own, message: summarise(own) };
    },
    close() {
      watcher?.close();
    },
  };
}
