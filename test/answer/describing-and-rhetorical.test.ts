import { afterAll, describe, expect, it } from 'vitest';
import { askerOver, createTestBot } from '../support/test-bot.ts';

/**
 * Two readings of what a sentence offers: for "how did X describe Y", X's words describing Y win
 * over a sentence of X's that only mentions Y; and a rhetorical question in a paragraph that argues
 * states what it holds ("… when it was launched in 1998?"), where a heading asks and states nothing.
 */
const shipped = createTestBot();
afterAll(() => shipped.close());

const ask = askerOver([
  {
    id: 'column',
    title: 'The defence pact is worth more than its critics admit',
    body: [
      'Critics say the partnership with Europe is only a framework.',
      "But is that really the right yardstick? What did India's strategic partnership with France look like when it was launched in 1998? A handful of dialogues and a great deal of goodwill.",
      'What is in the Japanese text?',
      'The Japanese text lists fifteen areas of cooperation.',
    ].join('\n\n'),
  },
]);

describe('what a sentence offers', () => {
  it('answers "how did X describe Y" with her words describing it, not a sentence that mentions it', () => {
    // The shipped article's opening names her by her title and says "signed"; her words come later.
    const answer = shipped.ask('how did the EU foreign policy chief describe the signing', {
      community: 'c',
    });
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('is a milestone');
    expect(answer.answer).not.toContain('urged for deepening ties');
  });

  it('answers from a rhetorical question that states what is asked', () => {
    const answer = ask("when was india's strategic partnership with france launched");
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('launched in 1998');
  });

  it('never quotes a heading that asks', () => {
    const answer = ask('what is in the japanese text');
    expect(answer.answer).not.toContain('What is in the Japanese text?');
  });
});
