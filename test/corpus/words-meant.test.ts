import { afterAll, describe, expect, it } from 'vitest';
import { currenciesSaid, wordsMeant } from '../../src/corpus/words-meant.ts';
import { createBot } from '../../src/index.ts';
import { removeCorpora, writeCorpus } from './corpus-fixture.ts';

describe('currenciesSaid', () => {
  it('names the currency of a sign before an amount, once each', () => {
    expect(currenciesSaid('Cars under €15,000 and above € 20,000 are treated apart.')).toBe('euro');
    expect(currenciesSaid('Trade reached $140 billion, or £110 billion.')).toBe('dollar pound');
    // A sign with no amount after it is no currency said.
    expect(currenciesSaid('The € sign and the word "$" are symbols.')).toBe('');
  });
});

describe('wordsMeant', () => {
  it('joins the days named by the week and the currencies', () => {
    expect(wordsMeant('On Monday the EU promised €500 million.', '2026-01-27')).toBe('26 January 2026 euro');
    expect(wordsMeant('The EU promised €500 million.')).toBe('euro');
  });
});

describe('a question naming the currency in words', () => {
  const dir = writeCorpus([
    {
      id: 'cars',
      title: 'Trade pact fine print',
      body: 'European cars priced under €15,000 are left out of the deal altogether.\n\nWine duties will be halved.',
    },
  ]);
  const bot = createBot({ corpusDir: dir, pinSyncIntervalMs: 0 });
  afterAll(() => {
    bot.close();
    removeCorpora();
  });

  it('finds the amount written with the sign', () => {
    const answer = bot.ask('are cars under 15000 euros covered', { community: 'c' });
    expect(answer.answer).toContain('under €15,000');
    // Another currency is still not mentioned.
    expect(bot.ask('are cars under 15000 dollars covered', { community: 'c' }).answered).toBe(false);
  });
});
