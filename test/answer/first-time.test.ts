import { describe, expect, it } from 'vitest';
import { askerOver } from '../support/test-bot.ts';

/**
 * "When did the author first arrive in Brussels": "first" between the subject and its verb says
 * when, an adverb of time, not a word the sentence must hold nor a noun whose kind another word
 * before it could contradict ("a young first secretary").
 */
const ask = askerOver([
  {
    id: 'oped',
    title: 'Our defence pact with Europe will be judged by what it builds',
    body: [
      'By Anand Vaidyanathan',
      'When I arrived in Brussels as a young first secretary in 1999, the European Union was a trade negotiator to most of my colleagues.',
      'The writer served as India’s ambassador to the European Union.',
    ].join('\n\n'),
  },
]);

describe('"first" between the subject and its verb', () => {
  it('answers "when did the op-ed author first arrive in brussels" with the year he arrived', () => {
    const answer = ask('when did the op-ed author first arrive in brussels');
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('in 1999');
  });
});
