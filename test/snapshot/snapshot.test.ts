import { appendFileSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBot } from '../../src/bot.ts';
import { createMemoryPinStore } from '../../src/pins/memory-pin-store.ts';
import { SearchIndex } from '../../src/search/search-index.ts';
import { loadSnapshot, snapshotKey } from '../../src/snapshot/index-snapshot.ts';
import { snapshots, writeSnapshotCorpus } from './snapshot-corpus.ts';

const context = { community: 'c1', isModerator: true };
const devQuestions = () =>
  readFileSync(new URL('../fixtures/dev.jsonl', import.meta.url), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => (JSON.parse(line) as { q: string }).q);
let corpus: ReturnType<typeof writeSnapshotCorpus>;
let adds: ReturnType<typeof vi.spyOn>;

const start = (options: Parameters<typeof createBot>[0] = {}) =>
  createBot({ corpusDir: corpus.dir, dataDir: corpus.data, pinSyncIntervalMs: 0, ...options });

function snapshotPath(): string {
  const [name] = snapshots(corpus.data);
  if (!name) throw new Error('no snapshot written');
  return join(corpus.data, name);
}

beforeEach(() => {
  corpus = writeSnapshotCorpus();
  adds = vi.spyOn(SearchIndex.prototype, 'add');
});
afterEach(() => {
  vi.restoreAllMocks();
  rmSync(corpus.root, { recursive: true, force: true });
});

describe('index snapshot (through createBot)', () => {
  it('is written at the first start and reused, unchanged, at the next', async () => {
    start().close();
    expect(adds).toHaveBeenCalledTimes(corpus.passages);
    const file = snapshotPath();
    const written = statSync(file);
    adds.mockClear();

    const bot = start();
    expect(adds).not.toHaveBeenCalled();
    expect(statSync(file).mtimeMs).toBe(written.mtimeMs);
    expect(snapshots(corpus.data)).toHaveLength(1);
    expect(bot.ask('When was the Strategic Compass adopted?', context).answered).toBe(true);
    bot.close();
  });

  it('is rebuilt and replaced when an article changes, and the change is searchable', async () => {
    start().close();
    const old = snapshotPath();
    appendFileSync(
      join(corpus.dir, '1-ani-2026-01-27-india-eu-security-defence-partnership.md'),
      '\nThe zeppelin landed in Trieste.\n',
    );
    adds.mockClear();

    const bot = start();
    expect(adds).toHaveBeenCalledTimes(corpus.passages + 1);
    expect(snapshots(corpus.data)).toHaveLength(1);
    expect(snapshotPath()).not.toBe(old);
    expect(bot.ask('Where did the zeppelin land?', context).answer).toContain('Trieste');
    bot.close();
  });

  it('is rebuilt and replaced when the glossary changes, and the new names are used', async () => {
    const question = 'When was the Zorblat adopted?';
    const before = start();
    expect(before.ask(question, context).answered).toBe(false);
    before.close();
    const old = snapshotPath();
    appendFileSync(join(corpus.dir, 'glossary.yaml'), '  - [Strategic Compass, Zorblat]\n');

    const bot = start();
    expect(snapshotPath()).not.toBe(old);
    expect(bot.ask(question, context).answer).toContain('March 2022');
    bot.close();
  });

  it("keeps what each article calls its headline's subject, read at build", async () => {
    start().close();
    const loaded = loadSnapshot(snapshotPath(), snapshotKey(corpus.dir));
    // "India and EU sign Security and Defence Partnership …" goes on "with the signing of the deal".
    expect(loaded?.corpus.articles.map((article) => article.aliases)).toEqual(
      Array.from({ length: 4 }, () => [{ head: 'partnership', other: 'deal' }]),
    );
  });

  it('gives the same answers as a bot built without a snapshot', async () => {
    start().close();
    const fromSnapshot = start();
    const built = createBot({ corpusDir: corpus.dir, pinSyncIntervalMs: 0 });
    for (const question of devQuestions()) {
      const { id: _loaded, ...loaded } = fromSnapshot.ask(question, context);
      const { id: _fresh, ...fresh } = built.ask(question, context);
      expect(loaded).toEqual(fresh);
    }
    fromSnapshot.close();
    built.close();
  });

  it('leaves pins out: they come from the pin store at every start', async () => {
    const store = createMemoryPinStore();
    const pinned = start({ pinStore: store });
    expect((await pinned.pin({ text: 'The zeppelin landed in Trieste.' }, context)).ok).toBe(true);
    pinned.close();
    // The pin existed while this start built and saved the snapshot.
    const again = createMemoryPinStore();
    const building = start({ pinStore: store });
    await building.syncPins();
    expect(building.ask('Where did the zeppelin land?', context).answer).toContain('Trieste');
    building.close();
    const fresh = start({ pinStore: again });
    expect(fresh.ask('Where did the zeppelin land?', context).answered).toBe(false);
    fresh.close();
  });

  it('ignores a corrupt snapshot with a warning, rebuilds it and answers', async () => {
    start().close();
    const file = snapshotPath();
    const bytes = readFileSync(file);
    bytes[bytes.length - 10] = bytes[bytes.length - 10] === 48 ? 49 : 48;
    writeFileSync(file, bytes);
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    adds.mockClear();

    const bot = start();
    expect(adds).toHaveBeenCalledTimes(corpus.passages);
    expect(stderr.mock.calls.map(([line]) => String(line)).join('')).toMatch(
      /index snapshot unusable.*checksum mismatch/,
    );
    expect(loadSnapshot(file, snapshotKey(corpus.dir))?.index.passageCount).toBe(corpus.passages);
    expect(bot.ask('When was the Strategic Compass adopted?', context).answered).toBe(true);
    bot.close();
  });

  it('starts, with a warning, when the snapshot cannot be written', async () => {
    writeFileSync(join(corpus.root, 'not-a-dir'), '');
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const bot = start({ dataDir: join(corpus.root, 'not-a-dir') });
    expect(stderr.mock.calls.map(([line]) => String(line)).join('')).toContain('index snapshot not saved');
    expect(bot.ask('When was the Strategic Compass adopted?', context).answered).toBe(true);
    bot.close();
  });

  it('leaves a missing corpus directory to the corpus error, and saves nothing', async () => {
    expect(() => start({ corpusDir: join(corpus.root, 'missing') })).toThrow(
      /Corpus: cannot read directory .*missing/,
    );
    expect(() => snapshots(corpus.data)).toThrow(/ENOENT/);
  });

  it('is neither read nor written without a data directory', async () => {
    createBot({ corpusDir: corpus.dir, pinSyncIntervalMs: 0 }).close();
    expect(() => snapshots(corpus.data)).toThrow(/ENOENT/);
  });
});
