import { join } from 'node:path';
import { loadGlossary } from '../corpus/glossary.ts';
import { loadCorpus } from '../corpus/load-corpus.ts';
import type { Passage } from '../corpus/passages.ts';
import { attributeSpeakers } from '../corpus/speakers.ts';
import { passageDocument } from '../search/index-document.ts';
import { Lexicon } from '../search/lexicon.ts';
import { SearchIndex } from '../search/search-index.ts';
import { dictionary } from '../text/dictionary.ts';
import { openWordNet } from '../text/wordnet.ts';
import type { Snapshot } from './index-snapshot.ts';

/**
 * Everything a start derives from the corpus directory: the articles read and split, the glossary
 * as stems, who speaks each quoted sentence, the articles' index, and what WordNet knows of the
 * articles' words (the lexicon). This module and what it imports decide a snapshot's content,
 * so their sources are what the snapshot key hashes (code-files.json, checked by a test).
 */
export function buildSnapshot(corpusDir: string): Snapshot {
  const corpus = loadCorpus(corpusDir);
  const isWord = (word: string) => dictionary().partsOfSpeech(word).size > 0;
  const byArticle = new Map<string, Passage[]>();
  for (const passage of corpus.passages) {
    byArticle.set(passage.articleId, [...(byArticle.get(passage.articleId) ?? []), passage]);
  }
  for (const passages of byArticle.values()) {
    const speakers = attributeSpeakers(passages, isWord);
    for (const passage of passages) {
      passage.sentences.forEach((sentence, i) => {
        const speaker = speakers.get(passage.id)?.[i];
        if (speaker) sentence.speaker = speaker;
      });
    }
  }
  const glossary = loadGlossary(join(corpusDir, 'glossary.yaml'));
  const index = new SearchIndex();
  for (const passage of corpus.passages) index.add(passageDocument(passage));
  const lexicon = Lexicon.build(index.articleWords(), openWordNet());
  return { corpus, glossary, index, lexicon };
}
