import { afterAll, describe, expect, it } from 'vitest';
import { createBot } from '../../src/index.ts';
import { removeCorpora, writeCorpus } from '../corpus/corpus-fixture.ts';

/** A sentence that ends by counting what the next ones tell is quoted with the first of them. */
const dir = writeCorpus([
  {
    id: 'harbour-caution',
    publisher: 'Tagus Review',
    title: 'Navies give the Harbour Accord a cautious welcome',
    published: '2024-06-10',
    body: [
      'Naval officers gave the Harbour Accord a cautious welcome on Monday.',
      'There are two reasons for the caution. The first is the cost of the new frigates. The second is crew shortages.',
      'The accord brings together 12 Portuguese and 9 Spanish shipyards. Officials expect a first patrol in June.',
    ].join('\n\n'),
  },
]);
const bot = createBot({ corpusDir: dir, pinSyncIntervalMs: 0 });
afterAll(() => {
  bot.close();
  removeCorpora();
});

describe('a sentence counting what follows', () => {
  it('comes with the first thing it counts', () => {
    const answer = bot.ask('what are the two reasons for the caution about the accord', { community: 'c' });
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('The first is the cost of the new frigates.');
  });

  it('does not take a count that ends a statement for one', () => {
    const answer = bot.ask('how many shipyards does the accord bring together', { community: 'c' });
    expect(answer.answer).toContain('12 Portuguese and 9 Spanish shipyards');
    expect(answer.answer).not.toContain('first patrol');
  });
});
