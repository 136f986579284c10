import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { glossaryOf } from '../../src/corpus/glossary.ts';
import type { Corpus } from '../../src/corpus/load-corpus.ts';
import { splitPassages } from '../../src/corpus/passages.ts';
import { Lexicon } from '../../src/search/lexicon.ts';
import { type QueryTerm, SearchIndex } from '../../src/search/search-index.ts';
import {
  loadSnapshot,
  openSnapshot,
  type Snapshot,
  saveSnapshot,
  snapshotFile,
} from '../../src/snapshot/index-snapshot.ts';
import { indexTerms } from '../../src/text/analyzer.ts';
import { openWordNet } from '../../src/text/wordnet.ts';

const KEY = 'a'.repeat(64);
let dir = '';
let file = '';

const article = (id: string) => ({
  id,
  title: `Article ${id}`,
  publisher: 'Agency',
  dateline: 'Geneva',
  published: '2026-01-27',
  url: null,
  language: 'en',
  file: `${id}.md`,
});

function smallCorpus(): Corpus {
  return {
    articles: [article('a'), article('b')],
    passages: [
      ...splitPassages(
        'a',
        'The treaty was signed in March in Geneva. It took a year.\n\nThe treaty covers security.',
      ),
      ...splitPassages('b', 'Nothing else happened.'),
    ],
  };
}

function buildIndex(corpus: Corpus): SearchIndex {
  const index = new SearchIndex();
  for (const { id, text } of corpus.passages) {
    const terms = indexTerms(text);
    index.add({ id, kind: 'article', community: null, terms, words: terms });
  }
  return index;
}

function small(): Snapshot {
  const corpus = smallCorpus();
  const index = buildIndex(corpus);
  const lexicon = Lexicon.build(['treaty', 'signed', 'geneva'], openWordNet());
  return {
    corpus,
    glossary: glossaryOf([[['treati'], ['pact']]]),
    index,
    lexicon,
    duplicates: [['a#p1:0', 'b#p1:0']],
  };
}

const query: QueryTerm[] = [{ stem: 'treati', boost: 1, typed: true }];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'snapshot-file-'));
  file = snapshotFile(dir, KEY);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('snapshot file', () => {
  it('round-trips an index with the same search results and vocabulary', () => {
    const { index } = small();
    saveSnapshot(file, KEY, small());
    const loaded = loadSnapshot(file, KEY)?.index;
    expect(loaded?.search(query, 'c1', 5)).toEqual(index.search(query, 'c1', 5));
    expect(loaded?.articleFrequency('treati')).toBe(2);
    expect(loaded?.similarWords('genva', 1, 'c1')).toEqual(index.similarWords('genva', 1, 'c1'));
  });

  it('round-trips the articles, their passages and sentences, the glossary, the lexicon and the duplicates', () => {
    const snapshot = small();
    saveSnapshot(file, KEY, snapshot);
    const loaded = loadSnapshot(file, KEY);
    expect(loaded?.corpus).toEqual(snapshot.corpus);
    expect(loaded?.corpus.passages[0]?.sentences).toHaveLength(2);
    // A sentence's speaker and the speaker's office and title are kept.
    const quoted = snapshot.corpus.passages[0]?.sentences[1];
    if (quoted)
      Object.assign(quoted, { speaker: 'Anna Varga', office: 'minister', title: 'defence minister' });
    saveSnapshot(file, KEY, snapshot);
    expect(loadSnapshot(file, KEY)?.corpus.passages[0]?.sentences[1]).toMatchObject({
      speaker: 'Anna Varga',
      office: 'minister',
      title: 'defence minister',
    });
    expect(loaded?.glossary).toEqual(snapshot.glossary);
    expect(loaded?.lexicon.toData()).toEqual(snapshot.lexicon.toData());
    expect(loaded?.lexicon.related('pact')).toContainEqual({
      stem: 'treati',
      relation: 'synonym',
      via: ['pact'],
    });
    expect(loaded?.duplicates).toEqual(snapshot.duplicates);
  });

  it('is missing, not an error, when no file exists', () => {
    expect(loadSnapshot(file, KEY)).toBeUndefined();
  });

  it.each([
    ['a truncated file', (bytes: Buffer) => bytes.subarray(0, bytes.length - 7), /bytes, expected/],
    ['a file without a header', () => Buffer.from('{}'), /no header line/],
    [
      'another key',
      (bytes: Buffer) => Buffer.from(bytes.toString().replace(KEY, 'b'.repeat(64))),
      /another corpus/,
    ],
    [
      'another format',
      (bytes: Buffer) => Buffer.from(bytes.toString().replace('"format":6', '"format":0')),
      /format 0/,
    ],
  ])('refuses %s', (_name, damage, message) => {
    saveSnapshot(file, KEY, small());
    writeFileSync(file, damage(readFileSync(file)));
    expect(() => loadSnapshot(file, KEY)).toThrow(message);
  });

  it('stores sentences as offsets, refusing one that is not a slice of its passage', () => {
    const snapshot = small();
    const [first] = snapshot.corpus.passages;
    saveSnapshot(file, KEY, snapshot);
    expect(readFileSync(file, 'utf8').split(first?.sentences[1]?.text ?? '?')).toHaveLength(2);
    first?.sentences.push({ text: 'Not in the paragraph.', start: 0 });
    expect(() => saveSnapshot(file, KEY, snapshot)).toThrow(/a#p1 is not a slice of its passage/);
  });

  it('refuses to snapshot an index holding pins', () => {
    const snapshot = small();
    snapshot.index.add({ id: 'P1', kind: 'pin', community: 'c1', terms: ['oslo'], words: ['oslo'] });
    expect(() => saveSnapshot(file, KEY, snapshot)).toThrow('SearchIndex: a snapshot holds articles only');
  });

  it('removes snapshots of other versions when it saves, keeping unrelated files', () => {
    const stale = snapshotFile(dir, 'c'.repeat(64));
    writeFileSync(stale, 'old');
    writeFileSync(join(dir, 'pins.db'), '');
    saveSnapshot(file, KEY, small());
    expect(() => readFileSync(stale)).toThrow(/ENOENT/);
    expect(readFileSync(join(dir, 'pins.db'), 'utf8')).toBe('');
  });

  it('opens by reading and building once, then by loading, at any corpus size', () => {
    const build = vi.fn(() => small());
    const options = { corpusDir: dir, dataDir: join(dir, 'data'), build };
    const first = openSnapshot(options);
    const second = openSnapshot(options);
    expect(build).toHaveBeenCalledTimes(1);
    expect(second.index.passageCount).toBe(3);
    expect(second.corpus).toEqual(first.corpus);
  });

  it('reads and builds without touching the disk when there is no data directory', () => {
    const build = vi.fn(() => small());
    openSnapshot({ corpusDir: dir, build });
    openSnapshot({ corpusDir: dir, build });
    expect(build).toHaveBeenCalledTimes(2);
    expect(readdirSync(dir)).toEqual([]);
  });
});
