import { describe, expect, it } from 'vitest';
import { britishSpelling, normaliseSpelling } from '../../src/text/spelling.ts';

describe('normaliseSpelling', () => {
  it('rewrites British endings to one spelling', () => {
    expect(normaliseSpelling('organisation')).toBe('organization');
    expect(normaliseSpelling('defence')).toBe('defense');
    expect(normaliseSpelling('colour')).toBe('color');
    expect(normaliseSpelling('centre')).toBe('center');
    expect(normaliseSpelling('catalogue')).toBe('catalog');
    expect(normaliseSpelling('programme')).toBe('program');
  });

  it('leaves short and unrelated words alone', () => {
    for (const word of ['rise', 'our', 'four', 'wise', 'more', 'signed', 'india']) {
      expect(normaliseSpelling(word)).toBe(word);
    }
  });
});

describe('britishSpelling', () => {
  it('undoes the rules that keep a word its length', () => {
    expect(britishSpelling('defense')).toBe('defence');
    expect(britishSpelling('organized')).toBe('organised');
    expect(britishSpelling('analyze')).toBe('analyse');
  });

  it('leaves words no such rule made alone', () => {
    for (const word of ['sense', 'size', 'color', 'center', 'signed'])
      expect(britishSpelling(word)).toBe(word);
  });
});
