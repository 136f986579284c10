import { describe, expect, it } from 'vitest';
import { editDistance } from '../../src/search/edit-distance.ts';

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('signd', 'signed', 2)).toBe(1);
    expect(editDistance('march', 'marsh', 2)).toBe(1);
    expect(editDistance('kitten', 'sitting', 3)).toBe(3);
    expect(editDistance('same', 'same', 1)).toBe(0);
  });

  it('gives up with max + 1 once the distance must exceed max', () => {
    expect(editDistance('kitten', 'sitting', 2)).toBe(3);
    expect(editDistance('a', 'abcdef', 1)).toBe(2);
  });
});
