import { describe, expect, it } from 'vitest';
import type { AnalysedQuestion, Concept, Role } from '../../src/answer/analyse-question.ts';
import { objection, predicateArticles } from '../../src/answer/choose.ts';
import { DEFAULT_RANKING } from '../../src/answer/ranking.ts';
import { pointsBack, type ScoredSentence } from '../../src/answer/score-sentences.ts';
import { dictionary } from '../../src/text/dictionary.ts';
import { articleUnit } from '../support/units.ts';

// The predicate check reads what the sentence's whole article says, not only the passages the
// engine returned: an article that welcomes someone in a paragraph the search left out still
// "uses" the verb.
const concept = (stem: string, role: Role): Concept => ({
  label: stem,
  alternatives: [{ stems: [stem], weight: 1, form: 'typed' }],
  name: role === 'name',
  light: false,
  role,
  known: true,
  idf: 1,
  antonyms: [],
  position: 0,
});

const sentence = (id: string, stems: string[], articleStems: string[]): ScoredSentence => {
  const unit = articleUnit(id, stems, {
    articleStems: new Set(articleStems),
    sentences: [{ text: stems.join(' '), stems: new Set(stems), terms: stems, words: new Set(stems) }],
  });
  return {
    unit,
    position: 0,
    text: unit.text,
    stems: unit.stems,
    near: unit.stems,
    nearPlaces: unit.stems,
    coverage: 1,
    referredCoverage: 1,
    passageCoverage: 1,
    articleCoverage: 1,
    phrase: 0,
    typeMatch: true,
    echo: false,
    ownersOnly: new Set(),
    score: 1,
  };
};

const question: AnalysedQuestion = {
  type: 'who',
  focus: { kind: 'person', category: [], subject: [] },
  concepts: [concept('welcom', 'verb'), concept('kalla', 'name')],
  negated: false,
  recent: false,
  passive: false,
  owners: [],
};

describe('predicateArticles', () => {
  it("counts a verb the article uses in any paragraph, not only in the engine's passages", () => {
    const posted = sentence('ani#p8', ['kalla', 'post'], ['kalla', 'post', 'welcom', 'thank']);
    const elsewhere = sentence('other#p1', ['kalla', 'post'], ['kalla', 'post']);
    const predicates = predicateArticles(question, [posted, elsewhere]);
    expect([...(predicates.get(question.concepts[0] as Concept) ?? [])]).toEqual(['ani']);
    // The article that welcomes someone elsewhere does not answer with a sentence that does not;
    // an article that never uses the verb words it otherwise and may.
    expect(objection(posted, question, DEFAULT_RANKING, predicates)).toMatch(/does not say welcom/);
    expect(objection(elsewhere, question, DEFAULT_RANKING, predicates)).toBeUndefined();
  });

  it('does not count an article as using a verb it has only as a narrower term', () => {
    const watch: Concept = {
      ...concept('watch', 'verb'),
      alternatives: [
        { stems: ['watch'], weight: 1, form: 'typed' },
        { stems: ['look'], weight: 0.4, form: 'narrower' },
        { stems: ['view'], weight: 0.7, form: 'synonym' },
      ],
    };
    const watching: AnalysedQuestion = { ...question, concepts: [concept('parad', 'noun'), watch] };
    // "look forward" elsewhere in the article says little of how it words the parade.
    const proud = sentence('ani#p3', ['proud', 'see', 'parad'], ['proud', 'see', 'parad', 'look']);
    const held = predicateArticles(watching, [proud]);
    expect([...(held.get(watch) ?? [])]).toEqual([]);
    expect(objection(proud, watching, DEFAULT_RANKING, held)).toBeUndefined();
    // A word of its sense still counts, and holds the sentence to it.
    const viewed = sentence('ani#p3', ['proud', 'see', 'parad'], ['proud', 'see', 'parad', 'view']);
    const heldToView = predicateArticles(watching, [viewed]);
    expect(objection(viewed, watching, DEFAULT_RANKING, heldToView)).toMatch(/does not say watch/);
  });

  it('does not hold a sentence to a verb it words by a definition while holding nearly all the rest', () => {
    const approve = { ...concept('approv', 'verb'), label: 'approve' };
    const approving: AnalysedQuestion = { ...question, concepts: [approve, concept('kalla', 'name')] };
    // One sense of "sign" is "approve and express assent" (WordNet); the article approves elsewhere.
    const signed = sentence('ani#p2', ['kalla', 'sign'], ['kalla', 'sign', 'approv']);
    const held = predicateArticles(approving, [signed]);
    expect(
      objection(signed, approving, DEFAULT_RANKING, held, undefined, undefined, dictionary()),
    ).toBeUndefined();
    // Without the dictionary, or holding too little of the rest, it is held to the verb.
    expect(objection(signed, approving, DEFAULT_RANKING, held)).toMatch(/does not say approve/);
    const partly = { ...signed, coverage: 0.6 };
    expect(objection(partly, approving, DEFAULT_RANKING, held, undefined, undefined, dictionary())).toMatch(
      /does not say approve/,
    );
  });

  it('holds a sentence to a modifier of kind, not to an adverb of manner', () => {
    const modified = (label: string): AnalysedQuestion => ({
      ...question,
      type: 'yesno',
      concepts: [
        concept('partnership', 'noun'),
        { ...concept('legal', 'modifier'), label },
        concept('bind', 'verb'),
      ],
    });
    const stated = sentence('primer#p2', ['partnership', 'bind'], ['partnership', 'bind', 'legal']);
    const legal = modified('legal');
    expect(objection(stated, legal, DEFAULT_RANKING, predicateArticles(legal, [stated]))).toMatch(/legal/);
    const legally = modified('legally');
    expect(objection(stated, legally, DEFAULT_RANKING, predicateArticles(legally, [stated]))).toBeUndefined();
  });
});

describe('pointsBack', () => {
  it('reads a pronoun or a plural demonstrative opening a sentence as pointing back', () => {
    expect(pointsBack('These engines are mainly used in toys and models.')).toBe(true);
    expect(pointsBack('Such vessels carried coal.')).toBe(true);
    expect(pointsBack('It was commissioned by Odo.')).toBe(true);
    // After a preposition, or in brackets.
    expect(pointsBack('Amongst them were 200 clergy.')).toBe(true);
    expect(pointsBack('(It has been adapted as a restaurant.')).toBe(true);
    expect(pointsBack('Among the refugees were 200 clergy.')).toBe(false);
    // After a word opening a clause.
    expect(pointsBack('If they were any larger, the escaping steam would endanger the crew.')).toBe(true);
    expect(pointsBack('If the water level drops, the lead melts.')).toBe(false);
    // What came after the sentence before.
    expect(pointsBack('"Global security challenges are interconnected," Kallas wrote afterwards.')).toBe(
      true,
    );
    // The time the sentence before tells.
    expect(pointsBack('Since then our warships have escorted more than 3,400 vessels.')).toBe(true);
    expect(pointsBack('By then the talks had ended.')).toBe(true);
    expect(pointsBack('Since 2008 the navy has escorted ships.')).toBe(false);
    // A count of those just named.
    expect(pointsBack('The two men signed it at a ceremony.')).toBe(true);
    expect(pointsBack('The Two Sessions are held in March.')).toBe(false);
    // "This partnership" mostly names its own subject; "Thesis" is no demonstrative.
    expect(pointsBack('This partnership is a significant step.')).toBe(false);
    expect(pointsBack('Thesis work began in 1990.')).toBe(false);
  });
});

describe('objection to another name before the noun', () => {
  const japan: Concept = { ...concept('japan', 'name'), position: 0 };
  const partnership: Concept = { ...concept('partnership', 'noun'), position: 1, notVerb: true };
  const asked: AnalysedQuestion = { ...question, type: 'which', concepts: [japan, partnership] };
  const said = (text: string, stems: string[]): ScoredSentence => {
    const scored = sentence('news#p2', stems, stems);
    return { ...scored, text, unit: { ...scored.unit, text } };
  };

  it('reads each sentence by its own words, however many sentences came before', () => {
    const korean = said('Japan welcomed the Korean partnership.', [
      'japan',
      'welcom',
      'korean',
      'partnership',
    ]);
    const japanese = said('Korea welcomed the Japan partnership.', [
      'korea',
      'welcom',
      'japan',
      'partnership',
    ]);
    for (let round = 0; round < 2; round++) {
      expect(objection(korean, asked, DEFAULT_RANKING)).toMatch(/another name where the question has japan/);
      expect(objection(japanese, asked, DEFAULT_RANKING)).toBeUndefined();
    }
  });
});
