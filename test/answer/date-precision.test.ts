import { afterAll, describe, expect, it } from 'vitest';
import { createBot } from '../../src/index.ts';
import { removeCorpora, writeCorpus } from '../corpus/corpus-fixture.ts';

/** For "when", of two sentences about as good that date the same thing, the one naming the month. */
const dir = writeCorpus([
  {
    id: 'older-report',
    publisher: 'Tagus Review',
    title: 'Portugal and Spain agree the Harbour Strategy',
    published: '2024-04-02',
    body: 'According to both navies, the plan is a cornerstone of the Harbour Strategy, adopted in March 2022, which sets out how the two fleets share coastal patrols, port visits and training across the Atlantic.',
  },
  {
    id: 'newer-explainer',
    publisher: 'Lisbon Ledger',
    title: 'What the Harbour Strategy means',
    published: '2024-06-10',
    body: "The idea comes from the Harbour Strategy, the navies' plan adopted in 2022.",
  },
]);
const bot = createBot({ corpusDir: dir, pinSyncIntervalMs: 0 });
afterAll(() => {
  bot.close();
  removeCorpora();
});

describe('a date named to the month', () => {
  it('wins over the year alone', () => {
    const answer = bot.ask('when was the harbour strategy adopted', { community: 'c' });
    expect(answer.answered).toBe(true);
    expect(answer.sentences[0]?.text).toContain('March 2022');
  });
});
