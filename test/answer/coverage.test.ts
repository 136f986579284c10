import { describe, expect, it } from 'vitest';
import type { Concept } from '../../src/answer/analyse-question.ts';
import { conceptMatch, conceptWeight } from '../../src/answer/coverage.ts';
import { DEFAULT_RANKING } from '../../src/answer/ranking.ts';
import { ALIAS_MARK } from '../../src/corpus/article-aliases.ts';

const concept = (stem: string, extra: Partial<Concept> = {}): Concept => ({
  label: stem,
  alternatives: [
    { stems: [stem], weight: 1, form: 'typed' },
    { stems: ['cover'], weight: 0.7, form: 'synonym' },
  ],
  name: false,
  light: false,
  role: 'noun',
  known: true,
  idf: 2,
  antonyms: [],
  position: 0,
  ...extra,
});

describe('conceptWeight', () => {
  it('weighs nothing for a verb of intent framing the question, though the sources use it', () => {
    // "what are they hoping to raise": a source that writes "hope" elsewhere says nothing of what is raised.
    const hope = concept('hope', { role: 'light' });
    expect(conceptWeight(hope, DEFAULT_RANKING.coverage)).toBeGreaterThan(0);
    expect(conceptWeight({ ...hope, frame: true }, DEFAULT_RANKING.coverage)).toBe(0);
  });
});

describe('conceptMatch', () => {
  it("counts a relative kept to its corpus words only by those words, given the text's words", () => {
    const mostly = concept('mostli', {
      alternatives: [
        { stems: ['mostli'], weight: 1, form: 'typed' },
        { stems: ['gener'], weight: 0.7, form: 'synonym', words: ['generally'] },
      ],
    });
    // "… could generate power …" holds the stem, not the word.
    expect(conceptMatch(mostly, new Set(['gener', 'power']), undefined, new Set(['generate', 'power']))).toBe(
      0,
    );
    expect(conceptMatch(mostly, new Set(['gener', 'us']), undefined, new Set(['generally', 'used']))).toBe(
      0.7,
    );
    // Without the text's words, the stem stands for the relative as before.
    expect(conceptMatch(mostly, new Set(['gener']))).toBe(0.7);
  });

  it("finds the question's own word where the article calls its subject by it", () => {
    // A sentence of the partnership's article: "deal" is that article's word for it.
    const sentence = new Set(['partnership', `${ALIAS_MARK}deal`]);
    expect(conceptMatch(concept('deal'), sentence)).toBe(1);
    // A noun's WordNet relative finds it ("agreement", whose narrower term "deal" is) …
    const agreement = concept('agreement', {
      alternatives: [
        { stems: ['agreement'], weight: 1, form: 'typed' },
        { stems: ['deal'], weight: 0.4, form: 'narrower' },
      ],
    });
    expect(conceptMatch(agreement, sentence)).toBe(0.4);
    // … but not a question-shaping word's ("cover", whose synonym is the verb "deal").
    expect(
      conceptMatch(concept('cover', { role: 'light', light: true }), new Set([`${ALIAS_MARK}deal`])),
    ).toBe(0);
    // Not when the question names which one it means ("the EU-Japan deal").
    expect(conceptMatch(concept('deal', { named: true }), sentence)).toBe(0);
  });
});
