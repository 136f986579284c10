import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type Article, type Corpus, CorpusError, parseArticle } from '../corpus/load-corpus.ts';
import type { Passage } from '../corpus/passages.ts';
import type { Slicer } from './yield-slices.ts';

/**
 * `loadCorpus` for a running bot: the same files, order, checks and error messages (the test
 * compares the two), but reading files asynchronously and yielding between them, so a reload of a
 * large corpus does not stall the questions being answered meanwhile.
 */
export async function readCorpusInSlices(dir: string, slice: Slicer): Promise<Corpus> {
  let files: string[];
  try {
    files = (await readdir(dir)).filter((name) => name.endsWith('.md') && name !== 'README.md').sort();
  } catch (error) {
    throw new CorpusError(`Corpus: cannot read directory ${dir}: ${(error as Error).message}`);
  }
  if (files.length === 0) throw new CorpusError(`Corpus: no article files (*.md) in ${dir}`);
  const articles: Article[] = [];
  const passages: Passage[] = [];
  const seen = new Map<string, string>();
  for (const name of files) {
    const file = join(dir, name);
    let source: string;
    try {
      source = await readFile(file, 'utf8');
    } catch (error) {
      throw new CorpusError(`Corpus: ${file}: cannot read it: ${(error as Error).message}`);
    }
    const parsed = parseArticle(file, source);
    const other = seen.get(parsed.article.id);
    if (other)
      throw new CorpusError(`Corpus: ${file}: field "id": "${parsed.article.id}" is also used by ${other}`);
    seen.set(parsed.article.id, file);
    articles.push(parsed.article);
    passages.push(...parsed.passages);
    const pause = slice();
    if (pause) await pause;
  }
  return { articles, passages };
}
