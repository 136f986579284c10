import { describe, expect, it } from 'vitest';
import { askerOver } from '../support/test-bot.ts';

/**
 * "Who said …" is answered by the words asked about and, where they name their speaker only as
 * "he" or "she", by the sentence of the article that names the speaker: before the words in their
 * paragraph, or in a paragraph before (a transcript's heading).
 */
const ask = askerOver([
  {
    id: 'roundtable',
    title: 'Eleven memoranda signed at Bengaluru defence roundtable',
    body: [
      'Indian and European defence firms signed eleven memoranda of understanding at a roundtable in Bengaluru on Monday.',
      'Anil Varghese, president of the Indian Defence Industries Forum, welcomed the agreements but cautioned against reading too much into them. "An MoU is an intention, not an order," he said.',
    ].join('\n\n'),
  },
  {
    id: 'hearing',
    title: 'Transcript of the subcommittee hearing on the partnership',
    body: [
      'What follows is an edited transcript of the hearing held in Brussels on Tuesday, where members questioned officials.',
      '**14.31 | MARTA LINDQVIST (Renew Europe, Sweden)**',
      'The floor is open for questions on the partnership with India.',
      '**14.39 | TOMASZ WIERZBICKI (EPP, Poland)**',
      "Thank you, Chair. With respect, India's soldiers marched in Russia's Zapad exercise last September.",
      'We should ask what that means for sharing classified material.',
    ].join('\n\n'),
  },
]);

describe('the speaker of the words a "who" question asks about', () => {
  it('quotes the sentence naming the speaker before their words in the paragraph', () => {
    const answer = ask("who said 'an MoU is an intention, not an order'");
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('Anil Varghese');
    expect(answer.answer).toContain('An MoU is an intention, not an order');
    // As the article reads: the naming sentence first, both from the one paragraph.
    expect(answer.sentences.map((s) => s.citation)).toEqual([1, 1]);
    expect(answer.answer.indexOf('Anil Varghese')).toBeLessThan(answer.answer.indexOf('An MoU'));
  });

  it.each([
    "which member brought up india's soldiers marching in the zapad exercise",
    "which member said india's soldiers marched in russia's zapad exercise",
    // The words name Russia and September, though not their speaker.
    "who said india's soldiers marched in russia's zapad exercise",
  ])('quotes the heading naming the speaker of a transcript turn, after the words: %s', (question) => {
    const answer = ask(question);
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('Zapad exercise');
    expect(answer.answer).toContain('TOMASZ WIERZBICKI');
    expect(answer.citations[0]?.text).toContain('Zapad exercise');
  });

  it('answers who said the words when the question offers someone else ("wasn\'t it … who")', () => {
    const answer = ask("wait, wasn't it Tomasz Wierzbicki who said an MoU is an intention, not an order?");
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('Anil Varghese');
    expect(answer.answer).toContain('An MoU is an intention, not an order');
  });

  it('adds nothing where the words name their speaker', () => {
    const answer = ask('who welcomed the agreements but cautioned against reading too much into them');
    expect(answer.sentences).toHaveLength(1);
    expect(answer.answer).toContain('Anil Varghese');
  });
});
