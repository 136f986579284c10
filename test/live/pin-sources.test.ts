import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { type Bot, createBot, createLogger, createMemoryPinStore, type PinStore } from '../../src/index.ts';
import { articleSource, type FixtureArticle, removeCorpora, writeCorpus } from '../corpus/corpus-fixture.ts';

/**
 * A pin citing a passage (`talks#p2`) shows what became of that passage when the article is
 * edited: moved to another paragraph (with its new id), changed, or removed; also after a
 * restart, since the text at pinning time is kept in DATA_DIR.
 */
const MODERATOR = { community: 'local', isModerator: true };
const bots: Bot[] = [];
const dirs: string[] = [];
afterEach(() => {
  for (const bot of bots.splice(0)) bot.close();
});
afterAll(() => {
  removeCorpora();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

const talks: FixtureArticle = {
  id: 'talks',
  body: [
    'Negotiators met in Oslo on Monday.',
    'The ferry agreement sets a common timetable for the fjord crossings.',
    'Ministers will sign it in June.',
  ].join('\n\n'),
};
const FACT = 'The ferry agreement sets one timetable for all fjord crossings.';

async function setUp(store: PinStore = createMemoryPinStore(), dataDir?: string) {
  const dir = writeCorpus([talks]);
  const open = () => {
    const bot = createBot({
      corpusDir: dir,
      pinStore: store,
      pinSyncIntervalMs: 0,
      logger: createLogger('error', () => {}),
      ...(dataDir ? { dataDir } : {}),
    });
    bots.push(bot);
    return bot;
  };
  const bot = open();
  const pinned = await bot.pin({ text: FACT, source: 'talks#p2' }, MODERATOR);
  if (!pinned.ok) throw new Error(pinned.message);
  const rewrite = (paragraphs: string[]) =>
    writeFileSync(join(dir, 'talks.md'), articleSource({ id: 'talks', body: paragraphs.join('\n\n') }));
  return { dir, bot, open, pinId: pinned.pin.id, rewrite };
}

const paragraphs = talks.body.split('\n\n');

describe('pins citing an edited article', () => {
  it('shows nothing while the cited passage reads the same, even after a reload', async () => {
    const { bot, rewrite } = await setUp();
    rewrite([...paragraphs, 'A fourth paragraph was added at the end.']);
    const outcome = await bot.reload();
    expect(outcome.ok && outcome.citations).toEqual([]);
    expect((await bot.pins('local'))[0]?.sourceChange).toBeUndefined();
  });

  it('names the new id when a paragraph inserted above moved the cited one', async () => {
    const { bot, rewrite, pinId } = await setUp();
    rewrite(['A new first paragraph.', ...paragraphs]);
    const outcome = await bot.reload();
    const change = {
      pinId,
      community: 'local',
      passageId: 'talks#p2',
      status: 'moved',
      now: 'talks#p3',
      message: `The passage ${pinId} cites (talks#p2) is now talks#p3: the article was edited after pinning.`,
    };
    expect(outcome.ok && outcome.citations).toEqual([change]);
    expect(outcome.message).toContain(change.message);
    expect((await bot.pins('local'))[0]?.sourceChange).toEqual(change);
    const answer = bot.ask('What does the ferry agreement set?', { community: 'local' });
    const pin = answer.citations.find((c) => c.kind === 'pin');
    expect(pin?.pin?.sourceChange).toEqual(change);
  });

  it('says the passage changed when its text was edited, and that it is gone when removed', async () => {
    const { bot, rewrite, pinId } = await setUp();
    rewrite([
      paragraphs[0] ?? '',
      'The ferry agreement sets a common timetable for most fjord crossings.',
      paragraphs[2] ?? '',
    ]);
    await bot.reload();
    expect((await bot.pins('local'))[0]?.sourceChange).toMatchObject({ status: 'changed', now: 'talks#p2' });
    rewrite([paragraphs[0] ?? '']);
    await bot.reload();
    expect((await bot.pins('local'))[0]?.sourceChange).toMatchObject({
      status: 'removed',
      now: null,
      message: `The passage ${pinId} cites (talks#p2) is no longer in the sources.`,
    });
  });

  it('reports only the asking community its pins', async () => {
    const { bot, rewrite } = await setUp();
    rewrite(['A new first paragraph.', ...paragraphs]);
    const outcome = await bot.reload({ community: 'elsewhere', isModerator: true });
    expect(outcome.ok && outcome.citations).toEqual([]);
  });

  it('remembers the text at pinning time across a restart on the same DATA_DIR', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'pin-sources-'));
    dirs.push(dataDir);
    const store = createMemoryPinStore();
    const { bot, open, rewrite } = await setUp(store, dataDir);
    // The article is edited while the bot is down.
    await bot.close();
    bots.splice(bots.indexOf(bot), 1);
    rewrite(['A new first paragraph.', ...paragraphs]);
    const restarted = open();
    expect((await restarted.pins('local'))[0]?.sourceChange).toMatchObject({
      status: 'moved',
      now: 'talks#p3',
    });
  });
});
