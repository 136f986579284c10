import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CORPUS_DIR } from '../../src/bot.ts';
import { loadGlossary } from '../../src/corpus/glossary.ts';
import { loadCorpus } from '../../src/corpus/load-corpus.ts';
import { FIXTURE_CORPUS_DIR } from '../support/test-bot.ts';

/**
 * The corpus shipped in corpus/ (with whatever articles an operator has added) and the tests' copy
 * of it in test/fixtures/corpus: each must load, and its passages must be the file's text.
 */
describe.each([
  ['corpus/', DEFAULT_CORPUS_DIR],
  ['the fixture corpus', FIXTURE_CORPUS_DIR],
])('%s', (_name, dir) => {
  const corpus = loadCorpus(dir);

  it('loads at least one article with its metadata', () => {
    expect(corpus.articles.length).toBeGreaterThan(0);
    for (const article of corpus.articles) {
      expect(article.title.length).toBeGreaterThan(0);
      expect(article.published).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(article.language).toBe('en');
    }
  });

  it('numbers each article’s passages 1, 2, 3… without gaps', () => {
    for (const article of corpus.articles) {
      const numbers = corpus.passages.filter((p) => p.articleId === article.id).map((p) => p.paragraph);
      expect(numbers).toEqual(numbers.map((_, i) => i + 1));
    }
  });

  it('gives passages that are verbatim paragraphs of their article file', () => {
    for (const article of corpus.articles) {
      const body = readFileSync(article.file, 'utf8').split(/^---$/m)[2] ?? '';
      const paragraphs = body
        .split(/\n\s*\n/)
        .map((block) => block.trim())
        .filter(Boolean);
      const passages = corpus.passages.filter((p) => p.articleId === article.id).map((p) => p.text);
      expect(passages).toEqual(paragraphs);
    }
  });

  it('splits every passage into sentences found verbatim at their offsets', () => {
    for (const passage of corpus.passages) {
      expect(passage.sentences.length).toBeGreaterThan(0);
      for (const s of passage.sentences) {
        expect(passage.text.slice(s.start, s.start + s.text.length)).toBe(s.text);
      }
    }
  });

  it('ships a glossary that loads', () => {
    expect(loadGlossary(join(dir, 'glossary.yaml')).groups.length).toBeGreaterThan(0);
  });
});

describe('the fixture corpus', () => {
  it('holds the ANI report of 27 January 2026 without its metadata line in the text', () => {
    const corpus = loadCorpus(FIXTURE_CORPUS_DIR);
    const ani = corpus.articles.find((a) => a.publisher === 'ANI' && a.published === '2026-01-27');
    expect(ani).toBeDefined();
    const first = corpus.passages.find((p) => p.id === `${ani?.id}#p1`);
    expect(first?.text.startsWith('New Delhi [India], January 27 (ANI):')).toBe(true);
  });
});
