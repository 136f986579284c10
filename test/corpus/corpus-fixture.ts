import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../support/temp-dir.ts';

/**
 * Small corpora written to temp directories, so corpus, ranking and bot tests can use a few
 * sentences of their own instead of depending on the shipped article's wording.
 */
export interface FixtureArticle {
  id: string;
  body: string;
  title?: string;
  published?: string;
  publisher?: string;
  dateline?: string;
}

export function articleSource(article: FixtureArticle): string {
  return [
    '---',
    `id: ${article.id}`,
    `title: ${article.title ?? `Article ${article.id}`}`,
    `publisher: ${article.publisher ?? 'Test Wire'}`,
    `dateline: ${article.dateline ?? 'Geneva'}`,
    `published: ${article.published ?? '2024-03-04'}`,
    'url: https://example.org/news/1',
    'language: en',
    '---',
    '',
    article.body,
    '',
  ].join('\n');
}

const made: string[] = [];

/** A fresh temp directory holding `files` (name → content). */
export function writeDir(files: Record<string, string>): string {
  const dir = tempDir('corpus-test-');
  made.push(dir);
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

/** A corpus directory with one file per article and, when given, a glossary.yaml. */
export function writeCorpus(articles: FixtureArticle[], glossary?: string): string {
  const files: Record<string, string> = {};
  for (const article of articles) files[`${article.id}.md`] = articleSource(article);
  if (glossary !== undefined) files['glossary.yaml'] = glossary;
  return writeDir(files);
}

/**
 * Removes every directory made so far, for a file that wants them gone before it ends; any left
 * are removed when the test file is done.
 */
export function removeCorpora(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}
