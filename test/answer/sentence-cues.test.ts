import { describe, expect, it } from 'vitest';
import { matchesType } from '../../src/answer/sentence-cues.ts';

describe('matchesType', () => {
  it('sees a date for when-questions', () => {
    expect(matchesType('The treaty was signed on 4 March 2021.', 'when')).toBe(true);
    expect(matchesType('Talks resumed on Tuesday.', 'when')).toBe(true);
    expect(matchesType('The treaty was signed in Geneva.', 'when')).toBe(false);
  });

  it('sees a number for how-many questions, in digits or words', () => {
    expect(matchesType('The fleet sailed with 40 ships.', 'number')).toBe(true);
    expect(matchesType('The three service chiefs attended.', 'number')).toBe(true);
    expect(matchesType('The fleet sailed.', 'number')).toBe(false);
  });

  it('sees a place or a dateline for where-questions', () => {
    expect(matchesType('The treaty was signed in Geneva.', 'where')).toBe(true);
    expect(matchesType('They met here in the national capital.', 'where')).toBe(true);
    expect(matchesType('Oslo [Norway], May 2 (AP): Talks began.', 'where')).toBe(true);
    expect(matchesType('The treaty was signed on Monday.', 'where')).toBe(false);
  });

  it('sees a name inside the sentence for who-questions', () => {
    expect(matchesType('The accord was drafted by Maria Lopez.', 'who')).toBe(true);
    expect(matchesType('Maria drafted the accord.', 'who')).toBe(false);
    expect(matchesType('The accord was drafted by officials.', 'who')).toBe(false);
  });

  it('for "who is <name>" wants the name within a longer title', () => {
    const subject = ['maria', 'lopez'];
    expect(matchesType('Trade Commissioner Maria Lopez spoke.', 'who', subject)).toBe(true);
    expect(matchesType('Officials met Maria Lopez on Monday.', 'who', subject)).toBe(false);
  });

  it('gives no cue for other questions', () => {
    expect(matchesType('The treaty was signed on 4 March 2021 in Geneva.', 'other')).toBe(false);
    expect(matchesType('The treaty was signed on 4 March 2021 in Geneva.', 'yesno')).toBe(false);
  });
});
