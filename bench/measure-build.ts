import { rmSync, statSync } from 'node:fs';
import { duplicateSentences } from '../src/corpus/duplicate-sentences.ts';
import { loadGlossary } from '../src/corpus/glossary.ts';
import { loadCorpus } from '../src/corpus/load-corpus.ts';
import { passageDocument } from '../src/search/index-document.ts';
import { Lexicon } from '../src/search/lexicon.ts';
import { SearchIndex } from '../src/search/search-index.ts';
import { loadSnapshot, saveSnapshot, snapshotFile, snapshotKey } from '../src/snapshot/index-snapshot.ts';
import { openWordNet } from '../src/text/wordnet.ts';
import { childArgs, emit, phase } from './child.ts';
import { collectGarbage, memory, timed } from './stats.ts';

/**
 * Child process: times the steps the snapshot exists for. Reading the corpus (files, front
 * matter, paragraphs, sentences), building the index from it, and saving and loading the snapshot
 * (key check, checksum, parse of the index, glossary and articles, index restore) are timed
 * separately.
 */
export interface BuildResult {
  passages: number;
  corpusReadMs: number;
  buildMs: number;
  /** WordNet relations of the corpus's words (part of the snapshot build). */
  lexiconMs: number;
  /** Sentences several articles carry (corpus/duplicate-sentences.ts). */
  duplicatesMs: number;
  keyMs: number;
  saveMs: number;
  snapshotMB: number;
  loadMs: number;
  builtHeapMB: number;
}

const { corpusDir, dataDir } = childArgs<{ corpusDir: string; dataDir: string }>();
rmSync(dataDir, { recursive: true, force: true });
phase('read corpus');
const read = timed(() => loadCorpus(corpusDir));
const corpus = read.value;
phase('build index');
const build = timed(() => {
  const index = new SearchIndex();
  for (const passage of corpus.passages) index.add(passageDocument(passage));
  return index;
});
phase('build lexicon');
const lexicon = timed(() => Lexicon.build(build.value.articleWords(), openWordNet()));
phase('find duplicate sentences');
const duplicates = timed(() => duplicateSentences(corpus.passages));
const builtHeapMB = memory().heapMB;
phase('hash corpus');
const key = timed(() => snapshotKey(corpusDir));
const file = snapshotFile(dataDir, key.value);
phase('save snapshot');
const glossary = loadGlossary(`${corpusDir}/glossary.yaml`);
const save = timed(() =>
  saveSnapshot(file, key.value, {
    corpus,
    glossary,
    index: build.value,
    lexicon: lexicon.value,
    duplicates: duplicates.value,
  }),
);
// Drop the built index before loading, so the load runs with the heap it would have at start-up.
(build as { value: unknown }).value = undefined;
collectGarbage();
phase('load snapshot');
const load = timed(() => loadSnapshot(file, key.value));
if (load.value?.index.passageCount !== corpus.passages.length)
  throw new Error('Bench: snapshot did not round-trip');
phase('done');
emit({
  result: {
    passages: corpus.passages.length,
    corpusReadMs: read.ms,
    buildMs: build.ms,
    lexiconMs: lexicon.ms,
    duplicatesMs: duplicates.ms,
    keyMs: key.ms,
    saveMs: save.ms,
    snapshotMB: statSync(file).size / 2 ** 20,
    loadMs: load.ms,
    builtHeapMB,
  } satisfies BuildResult,
});
