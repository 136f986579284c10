import { linkSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Corpus, CorpusError, loadCorpus, parseArticle } from '../corpus/load-corpus.ts';
import { findNearDuplicate, type Similarity } from '../corpus/near-duplicates.ts';
import { type ArticleDraft, FIELDS } from './article-draft.ts';
import { IngestError } from './ingest-error.ts';

/**
 * Turns a complete draft into `corpus/<id>.md` in the corpus format (README, "How to add an
 * article") and writes it. Before writing, the file's text is read back with the corpus loader's
 * own parser (the same zod schema that checks every start) and must give back exactly the fields
 * and paragraphs of the draft. The write never replaces a file: it goes to a hidden temporary file
 * that is hard-linked to its name (which fails if the name exists), so a running bot never sees a
 * half-written article. After writing, the whole corpus must still load; if not, the file goes.
 */

/** A YAML scalar: plain when that reads back as the same string, else a JSON (YAML double-quoted) string. */
function scalar(value: string): string {
  const plain =
    /^[A-Za-z0-9(][^:#\n"'`{}[\]|>&*!%@]*$/.test(value) &&
    !/\s$/.test(value) &&
    !/^(true|false|null|yes|no|on|off|y|n|~|[-+]?[\d._]+(e[-+]?\d+)?|\d{4}-\d{2}-\d{2}.*)$/i.test(value);
  return plain ? value : JSON.stringify(value);
}

export function renderArticle(draft: ArticleDraft): string {
  if (draft.missing.length > 0) throw new Error(`ArticleFile: fields missing: ${draft.missing.join(', ')}`);
  const { values } = draft;
  const lines = [
    '---',
    `id: ${draft.id}`,
    ...FIELDS.map((field) => {
      const value = values[field] ?? '';
      if (field === 'url') return `url: ${value === '' ? 'null' : scalar(value)}`;
      return `${field}: ${field === 'published' ? value : scalar(value)}`;
    }),
    '---',
    '',
    draft.paragraphs.join('\n\n'),
    '',
  ];
  const source = lines.join('\n');
  checkRoundTrip(draft, source);
  return source;
}

function checkRoundTrip(draft: ArticleDraft, source: string): void {
  const { article, passages } = parseArticle(`${draft.id}.md`, source);
  const expected = { ...draft.values, url: draft.values.url || null };
  for (const field of FIELDS) {
    if (article[field] !== expected[field])
      throw new Error(`ArticleFile: ${field} reads back as ${JSON.stringify(article[field])}`);
  }
  const texts = passages.map((p) => p.text);
  if (article.id !== draft.id || texts.join('\n') !== draft.paragraphs.join('\n'))
    throw new Error('ArticleFile: the paragraphs do not read back verbatim');
}

export interface CorpusConflict {
  articleId: string;
  file: string;
  reason: 'id' | 'url' | 'text';
  similarity?: Similarity;
}

/** An article of the corpus this draft would repeat: same id, same URL, or near-duplicate text. */
export function findConflict(
  draft: Pick<ArticleDraft, 'id' | 'values' | 'paragraphs'>,
  corpus: Corpus,
): CorpusConflict | undefined {
  const byId = corpus.articles.find((a) => draft.id !== '' && a.id === draft.id);
  if (byId) return { articleId: byId.id, file: byId.file, reason: 'id' };
  const byUrl = corpus.articles.find((a) => a.url !== null && draft.values.url && a.url === draft.values.url);
  if (byUrl) return { articleId: byUrl.id, file: byUrl.file, reason: 'url' };
  const texts = new Map<string, string[]>();
  for (const passage of corpus.passages) {
    const list = texts.get(passage.articleId) ?? [];
    list.push(passage.text);
    texts.set(passage.articleId, list);
  }
  const found = findNearDuplicate(
    draft.paragraphs.join('\n'),
    corpus.articles.map((a) => ({ item: a, text: (texts.get(a.id) ?? []).join('\n') })),
  );
  return (
    found && { articleId: found.item.id, file: found.item.file, reason: 'text', similarity: found.similarity }
  );
}

export function describeConflict(conflict: CorpusConflict): string {
  if (conflict.reason === 'id')
    return `the corpus already has an article with id ${conflict.articleId} (${conflict.file}); give another --id`;
  if (conflict.reason === 'url')
    return `the corpus already has this URL as ${conflict.articleId} (${conflict.file})`;
  const s = conflict.similarity;
  const share = s
    ? ` (${Math.round(s.jaccard * 100)}% of word runs shared, ${Math.round(s.containment * 100)}% of the shorter text contained)`
    : '';
  return `it is a near-duplicate of ${conflict.articleId} (${conflict.file})${share}`;
}

/** Writes the draft as `<corpusDir>/<id>.md`; returns the path. Refuses a duplicate or an existing file. */
export function saveArticle(corpusDir: string, draft: ArticleDraft): string {
  const source = renderArticle(draft);
  const corpus = loadCorpus(corpusDir);
  const conflict = findConflict(draft, corpus);
  if (conflict) throw new IngestError('duplicate', `Not added: ${describeConflict(conflict)}.`);
  const file = join(corpusDir, `${draft.id}.md`);
  const temp = join(corpusDir, `.${draft.id}.md.${process.pid}.tmp`);
  writeFileSync(temp, source, { flag: 'wx' });
  try {
    linkSync(temp, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST')
      throw new IngestError('exists', `Not added: ${file} already exists; give another --id`);
    throw error;
  } finally {
    rmSync(temp, { force: true });
  }
  try {
    loadCorpus(corpusDir);
  } catch (error) {
    rmSync(file, { force: true });
    if (error instanceof CorpusError)
      throw new IngestError('invalid-metadata', `Not added: ${error.message}`);
    throw error;
  }
  return file;
}
