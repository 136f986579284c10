import { describe, expect, it } from 'vitest';
import { askerOver } from '../support/test-bot.ts';

/**
 * A sentence that points back ("It came on 27 January …") is read with the sentence it points to,
 * though it holds no word of the question itself: it says what is asked of that one.
 */
const ask = askerOver([
  {
    id: 'ceremony',
    title: 'EU and India sign partnership',
    body: [
      'The EU and India signed a security and defence partnership in Delhi after two years of talks.',
      'Officials from both sides attended the ceremony at Hyderabad House. It came on 27 January, a day after the Republic Day parade.',
      'Japan signed a similar partnership with the EU in November 2024.',
    ].join('\n\n'),
  },
]);

describe('a sentence that points back and holds no word of the question', () => {
  it('answers with the sentence it points to', () => {
    const answer = ask('when was the ceremony at Hyderabad House?');
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('attended the ceremony at Hyderabad House');
    expect(answer.answer).toContain('27 January');
  });
});

/**
 * A part of those just named ("Eighteen of them passed …", "Most of these were …") is about them:
 * the sentence is read with the one before it, which names them.
 */
const askCourse = askerOver([
  {
    id: 'course',
    title: 'Shipyard welders train in Europe',
    body: [
      'In May, twenty-four welders from Kochi went to a repair yard in Gdansk, Poland, for a six-week course. Fifteen of them passed the certification test at the first attempt.',
      'The course is run by the yard each spring for apprentices from several countries.',
    ].join('\n\n'),
  },
]);

describe('a sentence about a part of those just named', () => {
  it('is read with the sentence naming them', () => {
    const answer = askCourse('how many of the welders sent to poland passed the certification');
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('Fifteen of them passed');
  });
});
