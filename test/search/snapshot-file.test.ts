import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { indexTerms } from '../../src/search/analyzer.ts';
import {
  loadSnapshot,
  openSearchIndex,
  saveSnapshot,
  snapshotFile,
} from '../../src/search/index-snapshot.ts';
import { SearchIndex } from '../../src/search/search-index.ts';

const KEY = 'a'.repeat(64);
let dir = '';
let file = '';

function small(): SearchIndex {
  const index = new SearchIndex();
  const passages: Array<[string, string]> = [
    ['a#p1', 'The treaty was signed in March in Geneva.'],
    ['a#p2', 'The treaty covers maritime security.'],
  ];
  for (const [id, text] of passages) {
    const terms = indexTerms(text);
    index.add({ id, kind: 'article', community: null, terms, words: terms });
  }
  return index;
}

const query = new Map([['treati', 1]]);

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'snapshot-file-'));
  file = snapshotFile(dir, KEY);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('snapshot file', () => {
  it('round-trips an index with the same search results and vocabulary', () => {
    const index = small();
    saveSnapshot(file, KEY, index);
    const loaded = loadSnapshot(file, KEY);
    expect(loaded?.search(query, 'c1', 5)).toEqual(index.search(query, 'c1', 5));
    expect(loaded?.articleFrequency('treati')).toBe(2);
    expect(loaded?.similarWords('genva', 1, 'c1')).toEqual(index.similarWords('genva', 1, 'c1'));
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
      (bytes: Buffer) => Buffer.from(bytes.toString().replace('"format":1', '"format":0')),
      /format 0/,
    ],
  ])('refuses %s', (_name, damage, message) => {
    saveSnapshot(file, KEY, small());
    writeFileSync(file, damage(readFileSync(file)));
    expect(() => loadSnapshot(file, KEY)).toThrow(message);
  });

  it('refuses to snapshot an index holding pins', () => {
    const index = small();
    index.add({ id: 'P1', kind: 'pin', community: 'c1', terms: ['oslo'], words: ['oslo'] });
    expect(() => saveSnapshot(file, KEY, index)).toThrow('SearchIndex: a snapshot holds articles only');
  });

  it('removes snapshots of other versions when it saves, keeping unrelated files', () => {
    const stale = snapshotFile(dir, 'c'.repeat(64));
    writeFileSync(stale, 'old');
    writeFileSync(join(dir, 'pins.db'), '');
    saveSnapshot(file, KEY, small());
    expect(() => readFileSync(stale)).toThrow(/ENOENT/);
    expect(readFileSync(join(dir, 'pins.db'), 'utf8')).toBe('');
  });

  it('opens by building once, then by loading, below no threshold', () => {
    const build = vi.fn(small);
    const options = { corpusDir: dir, dataDir: join(dir, 'data'), passages: 2, build, minPassages: 0 };
    openSearchIndex(options);
    const second = openSearchIndex(options);
    expect(build).toHaveBeenCalledTimes(1);
    expect(second.passageCount).toBe(2);
  });

  it('builds without touching the disk below the threshold', () => {
    const build = vi.fn(small);
    const options = { corpusDir: dir, dataDir: join(dir, 'data'), passages: 2, build, minPassages: 3 };
    openSearchIndex(options);
    openSearchIndex(options);
    expect(build).toHaveBeenCalledTimes(2);
    expect(() => readFileSync(join(dir, 'data'))).toThrow(/ENOENT/);
  });
});
