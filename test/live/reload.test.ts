import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { type Bot, createBot, createLogger, type ReloadOutcome } from '../../src/index.ts';
import { articleSource, type FixtureArticle, removeCorpora, writeCorpus } from '../corpus/corpus-fixture.ts';

/**
 * A running bot picks up new, changed and removed articles without a restart: on `reload()` (what
 * SIGHUP and the moderators' command call) and, when watching, on its own. Questions asked during
 * a reload are answered, from the old corpus until the new one is swapped in whole.
 */
const MODERATOR = { community: 'local', isModerator: true };
const ASKER = { community: 'local' };
const bots: Bot[] = [];
afterEach(() => {
  for (const bot of bots.splice(0)) bot.close();
});
afterAll(removeCorpora);

const base: FixtureArticle = {
  id: 'summit',
  body: 'The summit opened in Geneva on Monday with talks on trade.\n\nDelegates discussed shipping routes and port fees.',
};
const lighthouse: FixtureArticle = {
  id: 'lighthouse',
  body: 'The old lighthouse on the northern cape was restored by volunteers over two summers.',
};
const LIGHTHOUSE_QUESTION = 'Who restored the lighthouse?';

function start(dir: string, options: Parameters<typeof createBot>[0] = {}): Bot {
  const quiet = createLogger('error', () => {});
  const bot = createBot({ corpusDir: dir, pinSyncIntervalMs: 0, logger: quiet, ...options });
  bots.push(bot);
  return bot;
}

const ok = (outcome: ReloadOutcome) => {
  if (!outcome.ok) throw new Error(`reload failed: ${outcome.message}`);
  return outcome;
};

describe('Bot.reload', () => {
  it('answers from an article added after start, and reports what changed', async () => {
    const dir = writeCorpus([base]);
    const bot = start(dir);
    expect(bot.ask(LIGHTHOUSE_QUESTION, ASKER).answered).toBe(false);
    writeFileSync(join(dir, 'lighthouse.md'), articleSource(lighthouse));
    const outcome = ok(await bot.reload());
    expect(outcome.summary).toMatchObject({
      added: ['lighthouse'],
      removed: [],
      changed: [],
      articles: 2,
      passages: 3,
    });
    expect(outcome.message).toMatch(
      /^Reloaded in \d+ ms: 2 article\(s\), 3 passages \(added: lighthouse\)\.$/,
    );
    const answer = bot.ask(LIGHTHOUSE_QUESTION, ASKER);
    expect(answer.answered).toBe(true);
    expect(answer.citations[0]?.id).toBe('lighthouse#p1');
    expect(bot.sources('local').articles.map((a) => a.id)).toEqual(['lighthouse', 'summit']);
  });

  it('drops a removed article and re-reads a changed one', async () => {
    const dir = writeCorpus([base, lighthouse]);
    const bot = start(dir);
    rmSync(join(dir, 'lighthouse.md'));
    writeFileSync(
      join(dir, 'summit.md'),
      articleSource({ ...base, body: `${base.body}\n\nThe summit closed on Friday.` }),
    );
    const outcome = ok(await bot.reload());
    expect(outcome.summary).toMatchObject({ added: [], removed: ['lighthouse'], changed: ['summit'] });
    expect(bot.ask(LIGHTHOUSE_QUESTION, ASKER).answered).toBe(false);
    expect(bot.ask('When did the summit close?', ASKER).citations[0]?.id).toBe('summit#p3');
  });

  it('keeps answering from the old corpus when a file is malformed, naming the file and field', async () => {
    const dir = writeCorpus([base]);
    const bot = start(dir);
    const before = bot.sources('local');
    writeFileSync(join(dir, 'broken.md'), '---\nid: broken\n---\n\nText.\n');
    const outcome = await bot.reload();
    expect(outcome.ok).toBe(false);
    expect(outcome.message).toMatch(
      /^Reload failed; still answering from the corpus loaded at .* UTC\. Corpus: .*broken\.md: field "title"/,
    );
    expect(bot.sources('local')).toEqual(before);
    expect(bot.ask('Where did the summit open?', ASKER).answered).toBe(true);
  });

  it('answers every question asked while it rebuilds, from the old corpus until the swap', async () => {
    const filler = Array.from({ length: 300 }, (_, i) => ({
      id: `filler-${i}`,
      body: Array.from(
        { length: 6 },
        (_, p) => `Report ${i} paragraph ${p} covers harbour cranes, tariffs and grain number ${i * 7 + p}.`,
      ).join('\n\n'),
    }));
    const dir = writeCorpus([base, ...filler]);
    const bot = start(dir);
    writeFileSync(join(dir, 'lighthouse.md'), articleSource(lighthouse));
    let done = false;
    const reloading = bot.reload().then((outcome) => {
      done = true;
      return outcome;
    });
    const seen = new Set<number>();
    let askedDuring = 0;
    while (!done) {
      const answer = bot.ask(LIGHTHOUSE_QUESTION, ASKER);
      const articles = bot.sources('local').articles.length;
      seen.add(articles);
      // Before the swap the new article is unknown; after it, it answers. Never half a corpus.
      expect(answer.answered).toBe(articles === 302);
      expect(bot.ask('Where did the summit open?', ASKER).answered).toBe(true);
      askedDuring++;
      await nextTurn();
    }
    ok(await reloading);
    expect(askedDuring).toBeGreaterThan(2);
    expect([...seen].every((n) => n === 301 || n === 302)).toBe(true);
    expect(bot.ask(LIGHTHOUSE_QUESTION, ASKER).answered).toBe(true);
  });

  it('keeps pins in answers across a reload', async () => {
    const dir = writeCorpus([base]);
    const bot = start(dir);
    const fact = 'The lighthouse keeper retired in 1990 after forty years.';
    expect((await bot.pin({ text: fact }, MODERATOR)).ok).toBe(true);
    writeFileSync(join(dir, 'lighthouse.md'), articleSource(lighthouse));
    ok(await bot.reload());
    const answer = bot.ask('When did the lighthouse keeper retire?', ASKER);
    expect(answer.citations[0]).toMatchObject({ kind: 'pin', text: fact });
  });

  it('lets only moderators reload from chat', async () => {
    const bot = start(writeCorpus([base]));
    const outcome = await bot.reload({ community: 'local', isModerator: false });
    expect(outcome).toEqual({
      ok: false,
      reason: 'not-moderator',
      message: 'Sorry, only moderators can reload the sources.',
    });
  });

  it('saves a snapshot of the new corpus, so the next start loads it', async () => {
    const dir = writeCorpus([base]);
    const dataDir = mkdtempSync(join(tmpdir(), 'reload-data-'));
    const bot = start(dir, { dataDir });
    const first = readdirSync(dataDir).filter((n) => n.startsWith('index-'));
    writeFileSync(join(dir, 'lighthouse.md'), articleSource(lighthouse));
    ok(await bot.reload());
    const second = readdirSync(dataDir).filter((n) => n.startsWith('index-'));
    expect(second).toHaveLength(1);
    expect(second).not.toEqual(first);
    expect(start(dir, { dataDir }).ask(LIGHTHOUSE_QUESTION, ASKER).answered).toBe(true);
    rmSync(dataDir, { recursive: true, force: true });
  });
});

describe('watching the corpus', () => {
  it('reloads on its own when an article file appears', async () => {
    const dir = writeCorpus([base]);
    const bot = start(dir, { watchCorpus: true });
    writeFileSync(join(dir, 'lighthouse.md'), articleSource(lighthouse));
    const started = Date.now();
    while (!bot.ask(LIGHTHOUSE_QUESTION, ASKER).answered) {
      if (Date.now() - started > 10_000) throw new Error('the new article was not picked up within 10 s');
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  });
});
