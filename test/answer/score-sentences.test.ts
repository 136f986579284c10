import { describe, expect, it } from 'vitest';
import { wordsBeyond } from '../../src/answer/score-sentences.ts';

describe('wordsBeyond', () => {
  const asked = new Set(['sign', 'partnership']);

  it('counts none for a sentence that only echoes the question', () => {
    expect(wordsBeyond(['sign', 'partnership', 'sign'], asked)).toBe(0);
  });

  it('counts one for a single stem beyond the question, however often it is said', () => {
    expect(wordsBeyond(['thank', 'sign', 'thank'], asked)).toBe(1);
  });

  it('stops counting at two', () => {
    expect(wordsBeyond(['india', 'sign', 'eu', 'tuesdai'], asked)).toBe(2);
  });
});
