import { describe, expect, it } from 'vitest';
import { textPosition } from '../../src/answer/text-position.ts';
import { askerOver } from '../support/test-bot.ts';

describe('where in an article a question says to look', () => {
  it('reads the opening or closing paragraphs the question points at', () => {
    expect(textPosition('In the last paragraph, which areas are listed?')).toBe('end');
    expect(textPosition('near the end of the article, who signs them?')).toBe('end');
    expect(textPosition('what does the first paragraph say about the talks')).toBe('start');
    // The end of someone's remarks, or a time, is no place in the article.
    expect(textPosition('what did kallas thank her hosts for at the start')).toBeUndefined();
    expect(textPosition('will it be signed by the end of 2027?')).toBeUndefined();
  });

  const ask = askerOver([
    {
      id: 'areas',
      title: 'What the partnership covers',
      body: [
        'The partnership strengthens cooperation in areas such as maritime security and counterterrorism.',
        'The two sides met in Delhi on Tuesday.',
        'Officials said the first dialogue would follow within a year.',
        'Such partnerships cover several areas of cooperation, among them peacebuilding and crisis management.',
      ].join('\n\n'),
    },
  ]);

  it('answers from the paragraphs it points at', () => {
    const answer = ask('In the last paragraph, which areas of cooperation are listed?');
    expect(answer.answer).toContain('peacebuilding and crisis management');
    expect(answer.answer).not.toContain('maritime security');
  });
});
