import { afterEach, describe, expect, it } from 'vitest';
import { CorpusError } from '../src/corpus/load-corpus.ts';
import { type AskContext, type Bot, type createBot, createMemoryPinStore } from '../src/index.ts';
import { removeCorpora, writeDir } from './corpus/corpus-fixture.ts';
import { createTestBot } from './support/test-bot.ts';

/** The bot end to end with an in-memory pin store: pinned facts in answers, sources, start-up errors. */
const NOW = new Date('2026-02-03T09:30:00Z');
const moderator: AskContext = {
  community: 'guild-1',
  isModerator: true,
  user: { platform: 'discord', userId: 'u1', displayName: 'Asha' },
};
const member: AskContext = { community: 'guild-1', isModerator: false };
const PIN = 'The Security and Defence Partnership was signed in New Delhi on 27 January 2026.';
const WHEN = 'When was the partnership signed?';

const bots: Bot[] = [];
function makeBot(options: Parameters<typeof createBot>[0] = {}): Bot {
  const bot = createTestBot({ now: () => NOW, ...options });
  bots.push(bot);
  return bot;
}
afterEach(() => {
  for (const bot of bots.splice(0)) void bot.close();
  removeCorpora();
});

async function pinOrFail(bot: Bot, text: string, context = moderator) {
  const outcome = await bot.pin({ text }, context);
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.pin;
}

describe('createBot pins in answers', () => {
  it("puts a moderator's answering pin first, then the article quote", async () => {
    const bot = makeBot();
    const pin = await pinOrFail(bot, PIN);
    const answer = bot.ask(WHEN, { community: 'guild-1' });
    expect(answer.answered).toBe(true);
    expect(answer.sentences[0]).toEqual({ text: PIN, citation: 1 });
    expect(answer.citations[0]).toMatchObject({
      n: 1,
      kind: 'pin',
      id: pin.id,
      text: PIN,
      date: '2026-02-03',
      paragraph: null,
      pin: { pinnedBy: moderator.user, pinnedAt: NOW.toISOString() },
    });
    expect(answer.citations[1]).toMatchObject({ n: 2, kind: 'article', publisher: 'ANI' });
    expect(answer.answer.startsWith(`${PIN} [1] `)).toBe(true);
    expect(answer.answer).toMatch(/\[2\]$/);
  });

  it('never shows a pin to another community', async () => {
    const bot = makeBot();
    await pinOrFail(bot, PIN);
    const answer = bot.ask(WHEN, { community: 'guild-2' });
    expect(answer.answered).toBe(true);
    expect(answer.citations.map((c) => c.kind)).toEqual(['article']);
    expect(answer.answer).not.toContain(PIN);
  });

  it('keeps the article answer when a pin does not answer the question', async () => {
    const bot = makeBot();
    const before = bot.ask('Who did the EU delegation meet?', { community: 'guild-1' });
    await pinOrFail(bot, 'The partnership reading group meets on Fridays.');
    const after = bot.ask('Who did the EU delegation meet?', { community: 'guild-1' });
    expect({ ...after, id: before.id }).toEqual(before);
    expect(after.citations.every((c) => c.kind === 'article')).toBe(true);
  });

  it('drops an unpinned fact from answers at once, and brings it back when restored', async () => {
    const bot = makeBot();
    const pin = await pinOrFail(bot, PIN);
    expect((await bot.unpin(pin.id, moderator)).ok).toBe(true);
    expect(bot.ask(WHEN, { community: 'guild-1' }).citations.map((c) => c.kind)).toEqual(['article']);
    expect((await bot.restorePin(pin.id, moderator)).ok).toBe(true);
    expect(bot.ask(WHEN, { community: 'guild-1' }).citations[0]?.kind).toBe('pin');
  });

  it('answers with the edited text of a pin at once', async () => {
    const bot = makeBot();
    const pin = await pinOrFail(bot, PIN);
    const edited = 'The partnership was signed on 27 January 2026 in New Delhi, India.';
    expect((await bot.editPin(pin.id, edited, moderator)).ok).toBe(true);
    expect(bot.ask(WHEN, { community: 'guild-1' }).sentences[0]?.text).toBe(edited);
  });

  it('refuses a pin from a non-moderator with a value, and pins nothing', async () => {
    const bot = makeBot();
    const outcome = await bot.pin({ text: PIN }, member);
    expect(outcome).toMatchObject({ ok: false, reason: 'not-moderator' });
    expect(outcome.message.length).toBeGreaterThan(0);
    expect(await bot.pins('guild-1')).toEqual([]);
    expect(bot.ask(WHEN, { community: 'guild-1' }).citations.map((c) => c.kind)).toEqual(['article']);
  });

  it('picks up a pin saved by another bot on the same store when it syncs', async () => {
    const store = createMemoryPinStore();
    const writer = makeBot({ pinStore: store });
    const reader = makeBot({ pinStore: store });
    await pinOrFail(writer, PIN);
    await reader.syncPins();
    expect(reader.ask(WHEN, { community: 'guild-1' }).citations[0]?.kind).toBe('pin');
  });
});

describe('createBot', () => {
  it('describes its sources and counts pins per community', async () => {
    const bot = makeBot();
    await pinOrFail(bot, PIN);
    const sources = bot.sources('guild-1');
    expect(sources.articles[0]).toMatchObject({ publisher: 'ANI', date: '2026-01-27', url: null });
    expect(sources.passages).toBeGreaterThan(0);
    expect(sources.pins).toBe(1);
    expect(bot.sources('guild-2').pins).toBe(0);
    expect(sources.loadedAt).toBe(NOW.toISOString());
  });

  it('refuses to start on a malformed corpus, naming the file and field', async () => {
    const dir = writeDir({ 'bad.md': '---\nid: bad\ntitle: T\n---\n\nText.\n' });
    expect(() => makeBot({ corpusDir: dir })).toThrow(CorpusError);
    expect(() => makeBot({ corpusDir: dir })).toThrow(/bad\.md: .*field "publisher"/);
  });

  it('refuses to start on a malformed glossary, naming the file', async () => {
    const article =
      '---\nid: a\ntitle: T\npublisher: P\ndateline: D\npublished: 2024-01-01\nlanguage: en\n---\n\nText.\n';
    const dir = writeDir({ 'a.md': article, 'glossary.yaml': 'groups:\n  - [lonely]\n' });
    expect(() => makeBot({ corpusDir: dir })).toThrow(/glossary\.yaml: field "groups\.0"/);
  });
});
