import { describe, expect, it } from 'vitest';
import { askerOver, askOnce } from '../support/test-bot.ts';

/**
 * A relative clause after a noun ("the committee that reviewed the partnership") says which thing
 * is meant; the sentence that answers what is asked of it need not repeat the clause's verb.
 */
const ask = askerOver([
  {
    id: 'frigates',
    title: 'Two frigates for the western fleet',
    published: '2026-08-06',
    body: [
      'The frigate Tarini was commissioned in 2019.',
      'A second frigate, Sagarika, debuted at the fleet review in 2024.',
    ].join('\n\n'),
  },
]);

describe("a relative clause's verb", () => {
  it("is not held to the sentence that answers the question's own verb", () => {
    // The committee's article says it reviewed the partnership two paragraphs before it says who
    // chairs it, and never says "reviewed" again.
    const answer = askOnce(
      'test/fixtures/fresh42/corpus',
      'who chairs the parliament defence committee that reviewed the eu partnership?',
    );
    expect(answer.answer).toContain('chaired by Sudhakar Venkatraman');
  });

  it('is still held where the clause is all the question asks', () => {
    // "Tarini was commissioned in 2019" does not say it debuted, which the article says of another.
    expect(ask('what is the name of the frigate that debuted in 2019?').answered).toBe(false);
  });
});
