import { describe, expect, it } from 'vitest';
import { sentenceTokens, tokenize } from '../../src/text/analyzer.ts';
import { cachedByText } from '../../src/text/text-cache.ts';

describe('cachedByText', () => {
  it('computes once per text and gives back the same result', () => {
    const seen: string[] = [];
    const length = cachedByText((text) => {
      seen.push(text);
      return { length: text.length };
    });
    const first = length('It was signed in New Delhi.');
    expect(length('It was signed in New Delhi.')).toBe(first);
    expect(length('Kallas met Singh.')).toEqual({ length: 17 });
    expect(seen).toEqual(['It was signed in New Delhi.', 'Kallas met Singh.']);
  });

  it('forgets what it holds when full, so its memory stays bounded', () => {
    let calls = 0;
    const upper = cachedByText((text) => {
      calls++;
      return text.toUpperCase();
    }, 2);
    upper('a');
    upper('b');
    upper('c'); // full: the cache is emptied before "c" goes in
    upper('a');
    expect(calls).toBe(4);
    expect(upper('c')).toBe('C');
    expect(calls).toBe(4);
  });
});

describe('sentenceTokens', () => {
  it('tokenises a sentence as tokenize does', () => {
    const text = 'After India and the EU signed the pact, Kallas said "we can build on that".';
    expect(sentenceTokens(text)).toEqual(tokenize(text));
    expect(sentenceTokens(text)).toBe(sentenceTokens(text));
  });
});
