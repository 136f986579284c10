import { describe, expect, it } from 'vitest';
import { normaliseSpelling } from '../../src/text/spelling.ts';

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
