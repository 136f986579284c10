import { describe, expect, it } from 'vitest';
import { Lexicon } from '../../src/search/lexicon.ts';
import { baseForms, exceptionLists, irregularBase } from '../../src/text/morphy.ts';

describe('baseForms', () => {
  it("reads irregular forms from WordNet's exception lists, by part of speech", () => {
    expect(irregularBase('threw', 'v')).toBe('throw');
    expect(irregularBase('mice', 'n')).toBe('mouse');
    expect(irregularBase('better', 'a')).toBe('good');
    // "bought" is a form of the verb only: as a noun it has no base.
    expect(irregularBase('bought', 'n')).toBeUndefined();
    expect(baseForms('bought', 'v')).toContain('buy');
    expect(baseForms('bought', 'n')).not.toContain('buy');
  });

  it('applies the detachment rules after the exceptions', () => {
    expect(baseForms('studies', 'v')).toContain('study');
    expect(baseForms('planned', 'v')).toContain('plan');
    expect(baseForms('talks', 'n')).toContain('talk');
  });

  it('doubles a one-syllable verb\'s last consonant: "sined" is no form of "sin" ("sinned" is)', () => {
    expect(baseForms('sined', 'v')).not.toContain('sin');
    expect(baseForms('sinned', 'v')).toContain('sin');
    // Not for two syllables, nor for w, x or y, nor for a base ending in "e".
    expect(baseForms('visited', 'v')).toContain('visit');
    expect(baseForms('fixed', 'v')).toContain('fix');
    expect(baseForms('hoped', 'v')).toContain('hope');
  });

  it('knows no inherited property as an exception', () => {
    expect(irregularBase('constructor', 'v')).toBeUndefined();
    expect(irregularBase('toString', 'n')).toBeUndefined();
  });
});

describe('exception lists in a snapshot', () => {
  it('are carried by the lexicon data, and a loaded lexicon uses them instead of the package', () => {
    const own = exceptionLists();
    const empty = { related: [], kinds: [], pos: [], names: [], measures: [], persons: [], exceptions: own };
    const data = Lexicon.fromData(empty).toData();
    expect(data.exceptions.v.threw).toBe('throw');
    try {
      // A list that differs from the package's shows which one answers.
      Lexicon.fromData({ ...data, exceptions: { ...own, v: { ...own.v, threw: 'thrive' } } });
      expect(irregularBase('threw', 'v')).toBe('thrive');
      expect(baseForms('threw', 'v')).toContain('thrive');
    } finally {
      Lexicon.fromData({ ...data, exceptions: own });
    }
    expect(irregularBase('threw', 'v')).toBe('throw');
  });
});
