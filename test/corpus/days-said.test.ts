import { afterAll, describe, expect, it } from 'vitest';
import { dateWords, daysSaid } from '../../src/corpus/days-said.ts';
import { createBot } from '../../src/index.ts';
import { removeCorpora, writeCorpus } from './corpus-fixture.ts';

// 27 January 2026 was a Tuesday.
const TUESDAY = '2026-01-27';

describe('daysSaid', () => {
  it('dates a weekday by the latest such day on or before publication', () => {
    expect(daysSaid('On Monday, Kallas posted on X.', TUESDAY)).toEqual(['2026-01-26']);
    expect(daysSaid('The deal was signed on Tuesday.', TUESDAY)).toEqual(['2026-01-27']);
    expect(daysSaid('She landed on Saturday.', TUESDAY)).toEqual(['2026-01-24']);
    expect(daysSaid('The talks end on Wednesday.', TUESDAY)).toEqual(['2026-01-21']);
  });

  it('reads "next", "last", "yesterday" and "tomorrow" from the day of publication', () => {
    expect(daysSaid('They meet again next Friday.', TUESDAY)).toEqual(['2026-01-30']);
    expect(daysSaid('They met last Tuesday.', TUESDAY)).toEqual(['2026-01-20']);
    expect(daysSaid('Yesterday was Republic Day; the summit is tomorrow.', TUESDAY)).toEqual([
      '2026-01-26',
      '2026-01-28',
    ]);
  });

  it('leaves "today" and sentences without a day alone, and an undated article too', () => {
    expect(daysSaid('It is hard to imagine today.', TUESDAY)).toEqual([]);
    expect(daysSaid('The Mondays were quiet.', TUESDAY)).toEqual([]);
    expect(daysSaid('On Monday it rained.', 'not a date')).toEqual([]);
  });

  it('writes a date as a sentence would', () => {
    expect(dateWords('2026-01-26')).toBe('26 January 2026');
    expect(dateWords('2025-12-05')).toBe('5 December 2025');
  });
});

describe('a question naming the calendar day', () => {
  const dir = writeCorpus([
    {
      id: 'wire',
      title: 'Ministers sign naval pact',
      published: TUESDAY,
      body: [
        'The ministers signed a naval pact in Lisbon on Tuesday.',
        'On Monday, the Spanish minister toured the harbour with port officials.',
      ].join('\n\n'),
    },
  ]);
  const bot = createBot({ corpusDir: dir, pinSyncIntervalMs: 0 });
  afterAll(() => {
    bot.close();
    removeCorpora();
  });

  it('finds the sentence that names it by the day of the week', () => {
    const monday = bot.ask('What did the Spanish minister do on 26 January?', { community: 'c' });
    expect(monday.answered).toBe(true);
    expect(monday.sentences[0]?.text).toMatch(/^On Monday, the Spanish minister toured/);
    const tuesday = bot.ask('What happened on January 27, 2026?', { community: 'c' });
    expect(tuesday.sentences[0]?.text).toMatch(/signed a naval pact/);
  });

  it('still declines a day no sentence names', () => {
    expect(bot.ask('What did the Spanish minister do on 25 January?', { community: 'c' }).answered).toBe(
      false,
    );
  });
});
