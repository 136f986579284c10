import { describe, expect, it } from 'vitest';
import { isSlotWord, questionType } from '../../src/answer/question-type.ts';
import { tokenize } from '../../src/text/analyzer.ts';

const typeOf = (question: string) => questionType(tokenize(question).map((t) => t.word));

/** Whether word `i` of `text` names the question's slot. */
function slot(text: string, i: number): boolean {
  const tokens = tokenize(text);
  const token = tokens[i];
  if (!token) throw new Error(`no word ${i} in "${text}"`);
  return isSlotWord(tokens, i);
}

describe('questionType', () => {
  it.each([
    ['When was the partnership signed?', 'when'],
    ['What date was it signed?', 'when'],
    ['Which year was the compass adopted?', 'when'],
    ['How long ago was it signed?', 'when'],
    ['Who is Kaja Kallas?', 'who'],
    ['Whose idea was it?', 'who'],
    ['Where were the talks?', 'where'],
    ['What city hosted the talks?', 'where'],
    ['How many service chiefs attended?', 'number'],
    ['How much did it cost?', 'number'],
    ['What percentage agreed?', 'number'],
    ['Which areas does it cover?', 'which'],
    ['Did India sign the deal?', 'yesno'],
    ['Is the EU part of it?', 'yesno'],
    ['What did Kallas urge?', 'other'],
    ['Why does it matter?', 'why'],
    ['how come india signed it', 'why'],
    ['tell me about the deal', 'other'],
    ["what's the date of signing", 'when'],
    ['partnership date', 'when'],
    ['venue of the talks', 'where'],
  ])('reads "%s" as %s', (question, type) => {
    expect(typeOf(question)).toBe(type);
  });

  it('reads the question word wherever it stands', () => {
    expect(typeOf('and the partnership was signed when?')).toBe('when');
  });

  it('reads "how" with an adjective that measures as asking for a measure, and no other "how"', () => {
    const measures = (word: string) => ['long', 'wide'].includes(word);
    const typed = (question: string) =>
      questionType(
        tokenize(question).map((t) => t.word),
        measures,
      );
    expect(typed('How long is the Rhine?')).toBe('measure');
    expect(typed('how wide is it')).toBe('measure');
    expect(typed('How important is the deal?')).toBe('other');
    expect(typed('How long ago was it signed?')).toBe('when');
    // "how wide a remit": what the thing is called, not a measure.
    expect(typed('how wide a remit does the council have')).toBe('other');
  });
});

describe('isSlotWord', () => {
  it('recognises the noun naming the slot after what or which', () => {
    expect(slot('what date and which city', 1)).toBe(true);
    expect(slot('what date and which city', 4)).toBe(true);
  });

  it('recognises it past an article or "be", and anywhere among keywords', () => {
    expect(slot("what's the date of signing", 2)).toBe(true);
    expect(slot('partnership date', 1)).toBe(true);
  });

  it('reads the unit a slot is counted in as the slot too ("day of the week")', () => {
    expect(slot('what day of the week was it signed', 4)).toBe(true);
    expect(slot('what time of year was it signed', 3)).toBe(true);
    // Not a unit of time after a topic: "the signing of the week" is no slot.
    expect(slot('what signing of the week', 4)).toBe(false);
  });

  it('reads "money" after "how much" as the amount asked for', () => {
    expect(slot('how much money did they pledge', 2)).toBe(true);
    expect(slot('how much funding was promised', 2)).toBe(true);
    // Not a word about money elsewhere: "the money" is a topic.
    expect(slot('where did the money go', 3)).toBe(false);
  });

  it('leaves a topic noun alone', () => {
    expect(slot('what partnership, the date', 1)).toBe(false);
    expect(slot('what partnership, the date', 3)).toBe(false);
  });
});
