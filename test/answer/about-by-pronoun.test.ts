import { afterAll, describe, expect, it } from 'vitest';
import { createBot } from '../../src/index.ts';
import { removeCorpora, writeCorpus } from '../corpus/corpus-fixture.ts';

/**
 * "What did Meera Joseph say about Sethuraman", in an obituary that keeps coming back to him: her
 * words speak of him as "him" and "his".
 */
const bot = createBot({
  corpusDir: writeCorpus(
    [
      {
        id: 'tribute',
        title: 'Vice Admiral Aravind Sethuraman dies at 84',
        body: [
          'Vice Admiral Aravind Sethuraman, who argued for naval cooperation with Europe for decades, died on Saturday in Kochi.',
          'Rear Admiral Meera Joseph, who served as his flag lieutenant, called him "a teacher who happened to wear stripes".',
          'Officials said the navy would publish its exercise reports.',
          'In 1960 Sethuraman joined the navy, and he retired in 2001.',
          'The family of Sethuraman said the funeral would be held in Chennai.',
        ].join('\n\n'),
      },
    ],
    'groups:\n  - [Meera Joseph, Rear Admiral Meera Joseph]\n  - [Aravind Sethuraman, Sethuraman]\n',
  ),
  pinSyncIntervalMs: 0,
});
afterAll(() => {
  bot.close();
  removeCorpora();
});
const ask = (question: string) => bot.ask(question, { community: 'c' });

describe('what someone said about the person an article is about, who is "him" in their words', () => {
  it('is answered by their words about him, his name misspelt or not', () => {
    expect(ask('what did meera joseph say about sethuramn?').answer).toContain(
      'a teacher who happened to wear stripes',
    );
  });

  it('is not answered by their words about something else', () => {
    expect(ask('what did meera joseph say about the budget?').answered).toBe(false);
  });
});
