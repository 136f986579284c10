import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';
import { type Answer, type Bot, type BotOptions, createBot, type RankingOverride } from '../../src/index.ts';
import { type FixtureArticle, removeCorpora, writeCorpus } from '../corpus/corpus-fixture.ts';

/**
 * The corpus the tests answer from: a copy of the shipped article and glossary under
 * test/fixtures/corpus, so an operator who adds articles to corpus/ never changes what a test
 * expects. Only test/corpus/shipped-corpus.test.ts reads corpus/ itself (that it loads and is
 * well formed).
 */
export const FIXTURE_CORPUS_DIR = fileURLToPath(new URL('../fixtures/corpus', import.meta.url));

/** A bot over the fixture corpus with in-memory pins and no pin-sync timer, unless told otherwise. */
export function createTestBot(options: BotOptions = {}): Bot {
  return createBot({ corpusDir: FIXTURE_CORPUS_DIR, pinSyncIntervalMs: 0, ...options });
}

/** One question to a bot over `corpusDir` (with a ranking override), closed after answering. */
export function askOnce(corpusDir: string, question: string, ranking?: RankingOverride): Answer {
  const once = createBot({ corpusDir, pinSyncIntervalMs: 0, ...(ranking ? { ranking } : {}) });
  try {
    return once.ask(question, { community: 'c1' });
  } finally {
    once.close();
  }
}

/**
 * Asks a bot over a corpus of `articles` of the test file's own (community "c"); the bot is closed
 * and the corpus removed after the file's last test.
 */
export function askerOver(articles: FixtureArticle[]): (question: string) => Answer {
  const bot = createBot({ corpusDir: writeCorpus(articles), pinSyncIntervalMs: 0 });
  afterAll(() => {
    bot.close();
    removeCorpora();
  });
  return (question) => bot.ask(question, { community: 'c' });
}
