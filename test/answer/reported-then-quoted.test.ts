import { afterAll, describe, expect, it } from 'vitest';
import { createBot } from '../../src/index.ts';
import { writeCorpus } from '../corpus/corpus-fixture.ts';

/**
 * "What did the official say": a paragraph that tells in the writer's words what someone holds
 * and then quotes them gives their words in the quotation.
 */
const dir = writeCorpus([
  {
    id: 'harbour-review',
    title: 'Six months of the harbour pact, scored',
    published: '2026-07-28',
    body: [
      'Critics say the harbour pact has moved slowly since it was signed in March.',
      'A senior Indian official, speaking on condition of anonymity, rejected the idea that progress had been slow. "Six months is nothing for a port. Dredging alone takes a year," the official said.',
      'The port authority said a second berth would open in 2027.',
      'Ayesha Rahman, a commerce student who lives near the dock, said sailors came ashore most evenings to eat at the stalls. "They were very polite, and very bad at eating with their hands," she said.',
    ].join('\n\n'),
  },
]);
const bot = createBot({ corpusDir: dir, pinSyncIntervalMs: 0 });
afterAll(() => bot.close());
const ask = (question: string) => bot.ask(question, { community: 'c' });

describe('a report of what someone holds, then their words', () => {
  it('quotes the words after the report for what they said', () => {
    const answer = ask('what did the anonymous indian official say about progress being slow');
    expect(answer.answer).toContain('rejected the idea that progress had been slow');
    expect(answer.answer).toContain('Six months is nothing for a port');
  });

  it('quotes them for someone named by what they are ("that commerce student")', () => {
    expect(ask('what did that commerce student think of the sailors').answer).toContain('very polite');
  });

  it("adds no quotation to a question that asks no one's words", () => {
    expect(ask('did the indian official reject the idea that progress had been slow').answer).not.toContain(
      'Six months',
    );
  });
});
