import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load-corpus.ts';
import { type ArticleDraft, draftArticle } from '../../src/ingest/article-draft.ts';
import { findConflict, renderArticle, saveArticle } from '../../src/ingest/article-file.ts';
import type { IngestError } from '../../src/ingest/ingest-error.ts';
import { readArticle } from '../../src/ingest/read-article.ts';
import { removeCorpora, writeDir } from '../corpus/corpus-fixture.ts';
import { FIXTURE_CORPUS_DIR } from '../support/test-bot.ts';

const page = (name: string) => new URL(`../fixtures/pages/${name}`, import.meta.url).pathname;
const SHIPPED = `${FIXTURE_CORPUS_DIR}/`;
const shippedFiles = () =>
  Object.fromEntries(readdirSync(SHIPPED).map((name) => [name, readFileSync(join(SHIPPED, name), 'utf8')]));

afterAll(removeCorpora);

async function draftOf(name: string, given = {}): Promise<ArticleDraft> {
  return draftArticle(await readArticle(page(name)), given);
}

describe('saveArticle', () => {
  it('writes corpus/<id>.md that the corpus loader reads back with the same fields and verbatim paragraphs', async () => {
    const dir = writeDir(shippedFiles());
    const draft = await draftOf('jsonld-article.html');
    const file = saveArticle(dir, draft);
    expect(file).toBe(join(dir, 'harbour-times-2026-02-12-india-eu-hold-first-maritime-security-talks.md'));
    const corpus = loadCorpus(dir);
    const article = corpus.articles.find((a) => a.id === draft.id);
    expect(article).toMatchObject({
      title: 'India, EU hold first maritime security talks under new defence pact',
      publisher: 'The Harbour Times',
      dateline: 'Mumbai',
      published: '2026-02-12',
      url: 'https://harbourtimes.example/world/india-eu-maritime-talks-2026-02-12',
      language: 'en',
    });
    expect(corpus.passages.filter((p) => p.articleId === draft.id).map((p) => p.text)).toEqual(
      draft.paragraphs,
    );
    expect(readdirSync(dir).filter((name) => name.startsWith('.'))).toEqual([]);
  });

  it('quotes values YAML would misread and writes an unknown URL as null', async () => {
    const draft = await draftOf('plain-article.txt', {
      title: 'Yes: "true" #1 — 2026-03-10',
      publisher: 'null',
      published: '2026-03-10',
      language: 'en',
      url: '',
    });
    const source = renderArticle(draft);
    expect(source).toContain('title: "Yes: \\"true\\" #1 — 2026-03-10"');
    expect(source).toContain('publisher: "null"');
    expect(source).toContain('url: null');
    const dir = writeDir(shippedFiles());
    saveArticle(dir, draft);
    const article = loadCorpus(dir).articles.find((a) => a.id === draft.id);
    expect(article).toMatchObject({ title: 'Yes: "true" #1 — 2026-03-10', publisher: 'null', url: null });
  });

  it('never replaces a file, and refuses an id, a URL or a text the corpus already has, naming the article', async () => {
    const dir = writeDir(shippedFiles());
    const draft = await draftOf('jsonld-article.html');
    saveArticle(dir, draft);
    const before = readdirSync(dir).sort();

    const again = (d: ArticleDraft) => {
      try {
        saveArticle(dir, d);
      } catch (error) {
        return error as IngestError;
      }
      throw new Error('saved twice');
    };
    expect(again(draft).message).toMatch(/already has an article with id harbour-times-2026-02-12/);
    expect(again({ ...draft, id: 'other-id' }).message).toMatch(
      /already has this URL as harbour-times-2026-02-12/,
    );
    const copy = { ...draft, id: 'copy', values: { ...draft.values, url: 'https://elsewhere.example/copy' } };
    const error = again(copy);
    expect(error.code).toBe('duplicate');
    expect(error.message).toMatch(
      /near-duplicate of harbour-times-2026-02-12-india-eu-hold-first-maritime-security-talks \(/,
    );
    expect(readdirSync(dir).sort()).toEqual(before);
  });

  it('refuses a near-duplicate of the shipped article', async () => {
    const corpus = loadCorpus(SHIPPED);
    const paragraphs = corpus.passages.slice(1, 9).map((p) => p.text.replaceAll('"', '“'));
    const conflict = findConflict({ id: 'x', values: {}, paragraphs }, corpus);
    expect(conflict?.articleId).toBe('ani-2026-01-27-india-eu-security-defence-partnership');
    expect(conflict?.reason).toBe('text');
  });

  it('writes nothing when the draft is incomplete', async () => {
    const dir = writeDir(shippedFiles());
    const draft = await draftOf('plain-article.txt');
    expect(draft.missing).toEqual(['title', 'publisher', 'published', 'url', 'language']);
    expect(() => saveArticle(dir, draft)).toThrow(
      /fields missing: title, publisher, published, url, language/,
    );
    expect(existsSync(join(dir, `${draft.id}.md`))).toBe(false);
    expect(readdirSync(dir).length).toBe(2);
  });
});

describe('draftArticle', () => {
  it('takes flags over the page, checks them as the corpus schema does, and derives the id', async () => {
    const draft = await draftOf('opengraph-only.html', { dateline: 'Kochi, Kerala', language: 'EN_in' });
    expect(draft.values.dateline).toBe('Kochi, Kerala');
    expect(draft.origins.dateline).toBe('given');
    expect(draft.values.language).toBe('en-IN');
    expect(draft.id).toBe('coastal-daily-2026-03-04-eu-naval-chief-visits-kochi-shipyard-discusses');
    await expect(draftOf('opengraph-only.html', { published: '4 March 2026' })).rejects.toThrow(
      'published "4 March 2026" (--published): must be a date as YYYY-MM-DD',
    );
    await expect(draftOf('opengraph-only.html', { id: 'Bad Id' })).rejects.toThrow('--id "Bad Id"');
  });
});
