import { afterAll, describe, expect, it } from 'vitest';
import { createBot } from '../../src/index.ts';
import { removeCorpora, writeCorpus } from '../corpus/corpus-fixture.ts';

/**
 * "Which service chiefs": the names a sentence gives the kind asked for answer it, though one of
 * them ends in a word of the kind's own name ("Air Chief Marshal A.P. Singh").
 */
const dir = writeCorpus(
  [
    {
      id: 'live',
      title: 'Live coverage of India-EU summit day',
      body: 'Kallas has now held delegation-level talks with Rajnath Singh, who was joined by the three service chiefs: General Upendra Dwivedi, Admiral Dinesh K Tripathi and Air Chief Marshal A.P. Singh.',
    },
  ],
  'groups:\n  - [service chiefs, military chiefs, armed forces chiefs]\n',
);
const bot = createBot({ corpusDir: dir, pinSyncIntervalMs: 0 });
afterAll(() => {
  bot.close();
  removeCorpora();
});

describe('which of a kind', () => {
  it('answers "which military chiefs joined him" with the chiefs the sentence names', () => {
    const answer = bot.ask('which military chiefs joined Rajnath Singh for the talks?', { community: 'c' });
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('General Upendra Dwivedi');
  });
});
