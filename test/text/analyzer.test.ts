import { describe, expect, it } from 'vitest';
import { indexTerms, stemWord, tokenize } from '../../src/text/analyzer.ts';
import { IRREGULAR_FORMS, VERBS_OF_THEIR_OWN } from '../../src/text/irregular-forms.ts';
import { openWordNet } from '../../src/text/wordnet.ts';

const stems = (text: string) => indexTerms(text);
const token = (text: string, surface: string) => tokenize(text).find((t) => t.surface === surface);

describe('tokenize', () => {
  it('lower-cases words', () => {
    expect(stems('Kallas Urged INDIA')).toEqual(stems('kallas urged india'));
  });

  it('removes stop words', () => {
    expect(stems('What was the role of the minister in this?')).toEqual(['role', 'minist']);
  });

  it('keeps the negations not and no as terms', () => {
    expect(stems('It was not signed and no date was set')).toEqual(['not', 'sign', 'no', 'date', 'set']);
  });

  it("reads n't as not", () => {
    expect(stems("India didn't sign and won't sign")).toEqual(['india', 'not', 'sign', 'not', 'sign']);
    expect(stems('it isn’t signed')).toEqual(['not', 'sign']);
  });

  it('reads an amount shortened as news and chat write it as the amount written out', () => {
    expect(stems('€10bn for weapons')).toEqual(stems('10 billion for weapons'));
    expect(stems('$2.5 tn, Rs 40 mn')).toEqual(stems('$2.5 trillion, Rs 40 million'));
  });

  it('stems with Porter so inflections meet', () => {
    expect(stems('signed signing signs sign')).toEqual(['sign', 'sign', 'sign', 'sign']);
    expect(stems('partnerships partnership')).toEqual(['partnership', 'partnership']);
  });

  it('joins irregular forms to their base', () => {
    expect(stemWord('met')).toBe(stemWord('meet'));
    expect(stemWord('said')).toBe(stemWord('say'));
  });

  it('reads a financial year by its last year ("FY25", "FY2025") as the span it is ("2024-25")', () => {
    expect(stems('revenue for FY25')).toEqual(stems('revenue for 2024-25'));
    expect(stems('revenue for FY2025')).toEqual(stems('revenue for 2024-25'));
    expect(stems('FY99')).toEqual(stems('1998-99'));
    // "FY" alone is an acronym of its own, for the acronym index.
    expect(stems('FY')).toEqual(['fy']);
  });

  it('reads chat shorthand as the word it stands for, and "per" as a stop word', () => {
    expect(stems('op atalanta ops')).toEqual(stems('operation atalanta operations'));
    expect(stemWord('rn')).toBe(stemWord('now'));
    expect(stems('who is it w/ the EU')).toEqual(stems('who is it with the EU'));
    expect(stems('india vs japan')).toEqual(stems('india japan'));
    expect(stems('when r they gonna sign')).toEqual(stems('when are they going sign'));
    expect(stems('customised per country')).toEqual(stems('customised country'));
    // Dropped letters of everyday words: not words of their own to find or to miss.
    expect(stems('ships escorted thru the gulf')).toEqual(stems('ships escorted through the gulf'));
    expect(stems('how many ppl this yr')).toEqual(stems('how many people this year'));
    expect(stems('permission b4 signing')).toEqual(stems('permission before signing'));
    expect(stems('she wasnt negative')).toEqual(stems("she wasn't negative"));
    // "there's", "that's" typed without the apostrophe: no word of their own to find or to miss.
    expect(stems('kallas said theres more to do')).toEqual(stems("kallas said there's more to do"));
    expect(stems('thats the pact theyre signing')).toEqual(stems("that's the pact they're signing"));
    expect(stems('what is shes looking fwd to')).toEqual(stems("what is she's looking forward to"));
    expect(stems('hes signing it')).toEqual(stems("he's signing it"));
    expect(stems('what shud the first projects be')).toEqual(stems('what should the first projects be'));
  });

  it.each([
    ['defence', 'defense'],
    ['organisation', 'organization'],
    ['authorise', 'authorize'],
    ['authorisation', 'authorization'],
    ['colour', 'color'],
    ['centre', 'center'],
    ['catalogue', 'catalog'],
    ['analyse', 'analyze'],
    ['programme', 'program'],
    ['travelled', 'traveled'],
  ])('gives British %s and American %s the same stem', (british, american) => {
    expect(stemWord(british)).toBe(stemWord(american));
  });

  it('indexes a hyphenated word joined and as its parts', () => {
    const tokens = tokenize('counter-terrorism');
    expect(tokens.map((t) => [t.stem, t.part])).toEqual([
      ['counterterror', false],
      ['counter', true],
      ['terror', true],
    ]);
    expect(new Set(tokens.map((t) => t.position)).size).toBe(1);
    expect(stemWord('counterterrorism')).toBe('counterterror');
    // The joined form is written as the user wrote it, for a decline that names it.
    expect(tokens[0]?.surface).toBe('counter-terrorism');
  });

  it('strips possessives', () => {
    expect(stems("the EU's plan")).toEqual(['eu', 'plan']);
    expect(stems('the EU’s plan')).toEqual(['eu', 'plan']);
    expect(stems("the partners' plan")).toEqual(['partner', 'plan']);
  });

  it('keeps numbers and dates whole', () => {
    expect(stems('3,000 troops, 1.2 percent, in 2022 on 27/01/2026 at 50%')).toEqual([
      '3000',
      'troop',
      '1.2',
      'percent',
      '2022',
      '27/01/2026',
      '50%',
    ]);
    // A decade or a century in digits is one word, not "1600" and a stray "s".
    expect(stems('in the 1600s and the 1990s, or 1601s')).toEqual(['1600s', '1990s', '1601', 's']);
  });

  it('keeps a financial year or season whole, its years as parts ("2026-27"), not a date', () => {
    const span = tokenize('the budget for 2026-27 and the 2021–2027 plan, signed 2026-01-27');
    expect(span.filter((t) => !t.part).map((t) => t.stem)).toEqual([
      'the',
      'budget',
      'for',
      '202627',
      'and',
      'the',
      '2021',
      '2027',
      'plan',
      'sign',
      '2026',
      '01',
      '27',
    ]);
    expect(span.filter((t) => t.part).map((t) => t.stem)).toEqual(['2026', '27']);
  });

  it('reads a dotted acronym as one name', () => {
    const us = token('talks with the U.S. team', 'US');
    expect(us).toMatchObject({ stem: 'us', name: true, stop: false });
    expect(stems('E.U. policy')).toEqual(stems('EU policy'));
  });

  it('does not take the acronym US for the stop word us', () => {
    expect(stems('the US joined us')).toEqual(['us', 'join']);
  });

  it('marks capitalised words inside a sentence as names, but not the first word', () => {
    const tokens = tokenize('Officials met Kaja Kallas. Talks followed.');
    expect(tokens.filter((t) => t.name).map((t) => t.surface)).toEqual(['Kaja', 'Kallas']);
  });

  it('numbers token positions in text order, stop words included', () => {
    expect(tokenize('the deal was signed').map((t) => t.position)).toEqual([0, 1, 2, 3]);
  });
});

describe('accents', () => {
  it('folds accents so a word typed without them matches', () => {
    expect(indexTerms('Hervé crossed Württemberg')).toEqual(indexTerms('Herve crossed Wurttemberg'));
  });

  it('keeps the surface as written', () => {
    expect(tokenize('Hervé')[0]?.surface).toBe('Hervé');
  });
});

describe('irregular forms that are verbs of their own', () => {
  it('keeps both readings of "found" in a passage, and one place for them', () => {
    const tokens = tokenize('They sailed to found a colony.').filter((t) => !t.stop);
    expect(tokens.map((t) => t.stem)).toEqual(['sail', 'find', 'found', 'coloni']);
    expect(tokens.filter((t) => t.stem === 'find' || t.stem === 'found').map((t) => t.position)).toEqual([
      3, 3,
    ]);
    // Only the first is the word in order; the other reading is a part of it.
    expect(tokens.filter((t) => !t.part).map((t) => t.stem)).toEqual(['sail', 'find', 'coloni']);
  });

  it('lists exactly the irregular forms WordNet also holds as verbs with another base', () => {
    const wordnet = openWordNet();
    const verbs = [...IRREGULAR_FORMS]
      .filter(([form, base]) => form !== base && wordnet.entries(form, 'v').length > 0)
      .map(([form]) => form);
    expect(new Set(verbs)).toEqual(VERBS_OF_THEIR_OWN);
  });
});
