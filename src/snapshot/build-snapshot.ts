import { join } from 'node:path';
import { acronymsOf } from '../corpus/acronyms.ts';
import { articleAliases } from '../corpus/article-aliases.ts';
import { duplicateSentences } from '../corpus/duplicate-sentences.ts';
import { glossaryOf, loadGlossary } from '../corpus/glossary.ts';
import { type Corpus, loadCorpus } from '../corpus/load-corpus.ts';
import type { Passage } from '../corpus/passages.ts';
import { attributeSpeakers } from '../corpus/speakers.ts';
import { passageDocument } from '../search/index-document.ts';
import { Collocations, Lexicon, NameEvidence } from '../search/lexicon.ts';
import { SearchIndex } from '../search/search-index.ts';
import { finish, type Steps } from '../steps.ts';
import { tokenize } from '../text/analyzer.ts';
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
  return finish(snapshotSteps(loadCorpus(corpusDir), corpusDir));
}

/**
 * The same build from a corpus already read, as steps that pause after each article, passage and
 * lexicon word (src/steps.ts): a running bot's reload hands the event loop back there.
 */
export function* snapshotSteps(corpus: Corpus, corpusDir: string): Steps<Snapshot> {
  const isWord = (word: string) => dictionary().partsOfSpeech(word).size > 0;
  const byArticle = new Map<string, Passage[]>();
  for (const passage of corpus.passages) {
    const list = byArticle.get(passage.articleId);
    if (list) list.push(passage);
    else byArticle.set(passage.articleId, [passage]);
  }
  const articles = new Map(corpus.articles.map((article) => [article.id, article]));
  for (const [id, passages] of byArticle) {
    const titles = new Map<string, readonly string[]>();
    const article = articles.get(id);
    const speakers = attributeSpeakers(
      passages,
      isWord,
      titles,
      (word) => dictionary().isPersonNoun(word),
      (word, broader) => dictionary().isKindOf(word, broader),
      (name) => {
        if (article) article.columnist = name;
      },
    );
    for (const passage of passages) {
      passage.sentences.forEach((sentence, i) => {
        const speaker = speakers.get(passage.id)?.[i];
        if (!speaker) return;
        sentence.speaker = speaker;
        // The office: the last title word that names a kind of person ("representative" in "High
        // Representative for Foreign Affairs and Security Policy").
        const title = titles.get(speaker) ?? [];
        const office = title.findLast((word) => dictionary().isPersonNoun(word));
        if (office) sentence.office = office;
        if (title.length > 0) sentence.title = title.join(' ');
      });
    }
    yield;
  }
  const glossary = loadGlossary(join(corpusDir, 'glossary.yaml'));
  const index = new SearchIndex();
  const writing = new NameEvidence();
  const wordnet = openWordNet();
  const collocations = new Collocations(wordnet);
  const compounds = new Collocations(wordnet, 'n');
  for (const article of corpus.articles)
    index.addHeadline(
      tokenize(article.title)
        .filter((t) => !t.stop)
        .map((t) => t.stem),
    );
  const published = new Map(corpus.articles.map((a) => [a.id, a.published]));
  for (const passage of corpus.passages) {
    const document = passageDocument(passage, published.get(passage.articleId));
    index.add(document);
    writing.add(document);
    collocations.add(document);
    compounds.add(document);
    yield;
  }
  const lexicon = yield* Lexicon.steps(
    index.articleWords(),
    wordnet,
    writing.names(),
    collocations.written(),
    writing.names(1),
    compounds.written(),
  );
  // What each article calls its headline's subject ("the deal"), read once here, not per answer.
  for (const article of corpus.articles) {
    const paragraphs = (byArticle.get(article.id) ?? []).map((p) => p.text);
    article.aliases = articleAliases(article.title, paragraphs, (stem) => lexicon.isVerb(stem));
    yield;
  }
  // "TTC" for the "Trade and Technology Council" the articles write out.
  const words = {
    isThing: (word: string) => dictionary().isCommonNoun(word),
    isWord: (word: string) => dictionary().partsOfSpeech(word).size > 0,
    isNominal: (word: string) => {
      const parts = dictionary().partsOfSpeech(word);
      return parts.has('n') || parts.has('a');
    },
    isTerm: (term: readonly string[]) => dictionary().partsOfSpeech(term.join('_')).has('n'),
  };
  const texts = [...corpus.articles.map((a) => a.title), ...corpus.passages.map((p) => p.text)];
  return {
    corpus,
    glossary: glossaryOf(glossary.groups, acronymsOf(texts, words, glossary)),
    index,
    lexicon,
    duplicates: duplicateSentences(corpus.passages),
  };
}
