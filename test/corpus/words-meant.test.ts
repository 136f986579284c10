import { afterAll, describe, expect, it } from 'vitest';
import { boundsSaid, currenciesSaid, wordsMeant } from '../../src/corpus/words-meant.ts';
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

describe('boundsSaid', () => {
  it('says "maximum" or "minimum" where a bound is set on an amount without the word', () => {
    expect(boundsSaid('Components may make up no more than 35 per cent of the cost.')).toBe('maximum');
    expect(boundsSaid('It may not exceed 35 per cent.')).toBe('maximum');
    expect(boundsSaid('It offers up to €150 billion in loans.')).toBe('maximum');
    expect(boundsSaid('At least 40 officers will attend.')).toBe('minimum');
    // No amount bounded: "up to date", "at least for now".
    expect(boundsSaid('The list is up to date, at least for now.')).toBe('');
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

describe('a question asking for a maximum the sources set without the word', () => {
  const dir = writeCorpus([
    {
      id: 'loans',
      title: 'EU loan scheme rules',
      body: [
        'Under the scheme, the share of components from outside the EU may be no more than 35 per cent of the cost of a product.',
        'At least 12 member states have applied for the scheme so far, officials said.',
        'Non-EU suppliers have asked for the rule to be eased.',
      ].join('\n\n'),
    },
  ]);
  const bot = createBot({ corpusDir: dir, pinSyncIntervalMs: 0 });
  afterAll(() => bot.close());

  it('answers "the max share of non-EU components" by the sentence setting the bound', () => {
    const answer = bot.ask('whats the max share of non-EU components under the scheme', { community: 'c' });
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('no more than 35 per cent');
  });
});
