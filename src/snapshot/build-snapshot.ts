import { join } from 'node:path';
import { loadGlossary } from '../corpus/glossary.ts';
import { loadCorpus } from '../corpus/load-corpus.ts';
import { passageDocument } from '../search/index-document.ts';
import { Lexicon } from '../search/lexicon.ts';
import { SearchIndex } from '../search/search-index.ts';
import { openWordNet } from '../text/wordnet.ts';
import type { Snapshot } from './index-snapshot.ts';

/**
 * Everything a start derives from the corpus directory: the articles read and split, the glossary
 * as stems, the articles' index, and what WordNet knows of the articles' words (the lexicon). This module and what it imports decide a snapshot's content,
 * so their sources are what the snapshot key hashes (code-files.json, checked by a test).
 */
export function buildSnapshot(corpusDir: string): Snapshot {
  const corpus = loadCorpus(corpusDir);
  const glossary = loadGlossary(join(corpusDir, 'glossary.yaml'));
  const index = new SearchIndex();
  for (const passage of corpus.passages) index.add(passageDocument(passage));
  const lexicon = Lexicon.build(index.articleWords(), openWordNet());
  return { corpus, glossary, index, lexicon };
}
