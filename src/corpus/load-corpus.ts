import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as z from 'zod';
import type { Alias } from './article-aliases.ts';
import { type Passage, splitPassages } from './passages.ts';
import { parseYaml } from './yaml.ts';

/**
 * Reads the corpus: one Markdown file per article with YAML front matter. Any problem stops
 * start-up with an error that names the file and the field, because a half-loaded corpus would
 * answer wrongly without saying so.
 *
 * @module
 */
export interface Article {
  id: string;
  title: string;
  publisher: string;
  dateline: string;
  published: string;
  url: string | null;
  language: string;
  file: string;
  /**
   * What the article calls its headline's subject ("the deal" for the partnership it signs;
   * corpus/article-aliases.ts): worked out at index build, with the lexicon, and kept in the
   * snapshot, so no answer reads a whole article for it.
   */
  aliases?: Alias[];
  /**
   * Who wrote it, when it is a column in the first person under a byline or over a note on its
   * writer (corpus/speakers.ts): "the columnist" of a question is them. Set at index build.
   */
  columnist?: string;
}

export class CorpusError extends Error {
  override name = 'CorpusError';
}

// Built on first use: constructing zod schemas takes milliseconds that a start from the index
// snapshot, which reads no article file, does not need to pay.
const createFrontMatterSchema = () =>
  z.strictObject({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lower-case letters, digits and hyphens'),
    title: z.string().trim().min(1),
    publisher: z.string().trim().min(1),
    dateline: z.string().trim().min(1),
    published: z.union([z.iso.date(), z.date().transform((d) => d.toISOString().slice(0, 10))]),
    url: z
      .url({ protocol: /^https?$/ })
      .nullable()
      .default(null),
    language: z.string().regex(/^[a-z]{2}(-[A-Z]{2})?$/, 'must be a language code such as "en"'),
  });
let frontMatterSchema: ReturnType<typeof createFrontMatterSchema> | undefined;

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/;

export function parseArticle(file: string, source: string): { article: Article; passages: Passage[] } {
  const match = FRONT_MATTER.exec(source);
  if (!match) throw new CorpusError(`Corpus: ${file}: missing front matter (a --- block at the top)`);
  let data: unknown;
  try {
    // yaml 1.2 core schema keeps dates as strings; the custom tag set would turn them into Date.
    data = parseYaml(match[1] ?? '');
  } catch (error) {
    throw new CorpusError(`Corpus: ${file}: front matter is not valid YAML: ${(error as Error).message}`);
  }
  frontMatterSchema ??= createFrontMatterSchema();
  const result = frontMatterSchema.safeParse(data ?? {});
  if (!result.success) {
    const issues = result.error.issues
      .map((issue) => `field "${issue.path.join('.') || '(root)'}": ${issue.message}`)
      .join('; ');
    throw new CorpusError(`Corpus: ${file}: ${issues}`);
  }
  const article: Article = { ...result.data, file };
  const passages = splitPassages(article.id, match[2] ?? '');
  if (passages.length === 0) throw new CorpusError(`Corpus: ${file}: the article body is empty`);
  return { article, passages };
}

export interface Corpus {
  articles: Article[];
  passages: Passage[];
}

/** The article files among a directory's entries, in file-name order; an error when there are none. */
export function articleFiles(dir: string, names: readonly string[]): string[] {
  const files = names.filter((name) => name.endsWith('.md') && name !== 'README.md').sort();
  if (files.length === 0) throw new CorpusError(`Corpus: no article files (*.md) in ${dir}`);
  return files;
}

export const unreadableDirectory = (dir: string, error: unknown) =>
  new CorpusError(`Corpus: cannot read directory ${dir}: ${(error as Error).message}`);

/** Collects parsed article files into a corpus, refusing an id two files use. */
export function corpusCollector() {
  const articles: Article[] = [];
  const passages: Passage[] = [];
  const seen = new Map<string, string>();
  return {
    add(file: string, source: string): void {
      const parsed = parseArticle(file, source);
      const other = seen.get(parsed.article.id);
      if (other)
        throw new CorpusError(`Corpus: ${file}: field "id": "${parsed.article.id}" is also used by ${other}`);
      seen.set(parsed.article.id, file);
      articles.push(parsed.article);
      passages.push(...parsed.passages);
    },
    corpus: (): Corpus => ({ articles, passages }),
  };
}

/** Loads every `*.md` file of a directory, in file-name order. */
export function loadCorpus(dir: string): Corpus {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (error) {
    throw unreadableDirectory(dir, error);
  }
  const collected = corpusCollector();
  for (const name of articleFiles(dir, names)) {
    const file = join(dir, name);
    collected.add(file, readFileSync(file, 'utf8'));
  }
  return collected.corpus();
}
