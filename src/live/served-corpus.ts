import type { Knowledge } from '../answer/pipeline.ts';
import type { Corpus } from '../corpus/load-corpus.ts';
import { newestFirst, summariseOutlets } from '../corpus/outlets.ts';
import type { SourcesInfo } from '../types.ts';

/**
 * Everything a bot answers from, as one value: the articles of one reading of the corpus
 * directory and the knowledge the answer pipeline reads (index, units, glossary). A reload builds
 * a new one beside the old and the bot swaps its reference in one synchronous step, so a question
 * is answered entirely from the old corpus or entirely from the new. (Pins are added to the index
 * and units of the value being served.)
 *
 * @module
 */
export interface ServedCorpus {
  corpus: Corpus;
  knowledge: Knowledge;
  /** For `/sources`: the articles newest first, and per outlet. */
  articles: SourcesInfo['articles'];
  outlets: SourcesInfo['outlets'];
  loadedAt: string;
}

export function serveCorpus(corpus: Corpus, knowledge: Knowledge, loadedAt: string): ServedCorpus {
  const articles = newestFirst(
    corpus.articles.map((a) => ({
      id: a.id,
      title: a.title,
      publisher: a.publisher,
      date: a.published,
      url: a.url,
    })),
  );
  return { corpus, knowledge, articles, outlets: summariseOutlets(articles), loadedAt };
}

export interface CorpusDiff {
  added: string[];
  removed: string[];
  changed: string[];
}

/** Which articles a reload added, removed or changed (front matter or any paragraph). */
export function diffCorpora(before: Corpus, after: Corpus): CorpusDiff {
  const fingerprint = (corpus: Corpus) => {
    const byId = new Map(corpus.articles.map((a) => [a.id, JSON.stringify({ ...a, file: undefined })]));
    for (const p of corpus.passages) byId.set(p.articleId, `${byId.get(p.articleId)}\n${p.text}`);
    return byId;
  };
  const old = fingerprint(before);
  const now = fingerprint(after);
  return {
    added: [...now.keys()].filter((id) => !old.has(id)),
    removed: [...old.keys()].filter((id) => !now.has(id)),
    changed: [...now.keys()].filter((id) => old.has(id) && old.get(id) !== now.get(id)),
  };
}
