import { describe, expect, it } from 'vitest';
import { askerOver } from '../support/test-bot.ts';

/**
 * A fact check quotes the claims it tests ("Claim 2: "…""): such a sentence is never an answer on
 * its own, since it would repeat the claim as if it were so; the judgement after it comes with it.
 */
const ask = askerOver([
  {
    id: 'check',
    title: 'Fact check - three viral claims about the naval pact',
    body: [
      'Posts about the naval pact between Portugal and Spain have spread widely since it was signed.',
      'Claim 1: "The pact puts Portuguese sailors under Spanish command." Verdict: FALSE. Each navy keeps its own command, the defence ministry said.',
      'Claim 2: "Spain will pay Portugal 5 billion euros for the new frigates." Verdict: FALSE. The rumour started with a video posted in March.',
      'Claim 3: "Portugal was the first country to join the naval pact." Verdict: FALSE. France was the first country to join the naval pact, in May.',
    ].join('\n\n'),
  },
]);

describe('a claim a fact check tests', () => {
  it('ranks below a sentence stating the fact about as well', () => {
    const answer = ask('which country was the first to join the naval pact?');
    expect(answer.sentences[0]?.text).toBe('France was the first country to join the naval pact, in May.');
  });

  it('is quoted with its verdict and the sentence that gives the reason', () => {
    const answer = ask('are portuguese sailors under spanish command now?');
    expect(answer.answered).toBe(true);
    expect(answer.sentences.map((s) => s.text)).toEqual([
      'Claim 1: "The pact puts Portuguese sailors under Spanish command."',
      'Verdict: FALSE.',
      'Each navy keeps its own command, the defence ministry said.',
    ]);
  });

  it('brings the judgement after it when the claim is what holds the question', () => {
    const answer = ask('is it true spain will pay portugal 5 billion euros for the frigates?');
    expect(answer.answer).toContain('Verdict: FALSE.');
    expect(answer.answer).toContain('The rumour started with a video posted in March.');
  });
});
