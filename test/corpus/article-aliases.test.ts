import { describe, expect, it } from 'vitest';
import {
  ALIAS_MARK,
  articleAliases,
  headlineNames,
  namesByHead,
  withAliases,
  withHeadlineNames,
} from '../../src/corpus/article-aliases.ts';
import { stemWord } from '../../src/text/analyzer.ts';

// The headline verbs of these tests, by stem, as the lexicon gives them.
const VERBS = new Set(['sign', 'seal', 'sell'].map(stemWord));
const isVerb = (stem: string) => VERBS.has(stem);
const alias = (head: string, other: string) => ({ head: stemWord(head), other: stemWord(other) });

describe('articleAliases', () => {
  it("reads the body's word for what the headline's verb is done to", () => {
    const found = articleAliases(
      'India and EU sign Security and Defence Partnership; Kallas urges deeper cooperation',
      [
        'This partnership is a significant step.',
        'With the signing of the deal, India becomes the third Asian country to have such a deal.',
      ],
      isVerb,
    );
    expect(found).toEqual([alias('partnership', 'deal')]);
  });

  it('reads a passive sentence too: "such a pact was sealed"', () => {
    const found = articleAliases(
      'Ministers seal naval partnership at Lisbon summit',
      ['The partnership covers ports.', 'Such a pact was sealed only once before.'],
      isVerb,
    );
    expect(found).toEqual([alias('partnership', 'pact')]);
  });

  it('finds none without a headline verb, for a name, or across punctuation', () => {
    // "first" is no verb: "the first of its kind" says nothing of the pact.
    expect(
      articleAliases(
        'India and EU seal their first pact',
        ['The pact, the first of its kind, was praised.'],
        () => false,
      ),
    ).toEqual([]);
    // "Europe" is never written in lower case: it is a name, not the thing a word stands for.
    expect(articleAliases('Kallas sells Europe', ['She sold the idea to them.'], isVerb)).toEqual([]);
  });
});

describe('names the body gives a thing by its common noun', () => {
  it('makes "programme" another word for TIDEWATCH where the body says "the programme, called TIDEWATCH"', () => {
    expect(
      articleAliases(
        'Mangaluru institute to lead harbour sensor research',
        ['The programme, called TIDEWATCH, was launched on 19 November.'],
        () => false,
      ),
    ).toEqual([{ head: 'tidewatch', other: stemWord('programme') }]);
    // A person's name is two names, not one: "a fellow named Arjun Khanna" gives no alias.
    expect(articleAliases('Panel meets', ['A fellow named Arjun Khanna spoke first.'], () => false)).toEqual(
      [],
    );
  });
});

describe('withAliases', () => {
  it('adds the other word, marked, where the text holds the head, and the head where it holds the other', () => {
    const aliases = [alias('partnership', 'deal')];
    expect([...withAliases(new Set([stemWord('partnership')]), aliases)]).toContain(
      ALIAS_MARK + stemWord('deal'),
    );
    expect([...withAliases(new Set([stemWord('deal')]), aliases)]).toContain(
      ALIAS_MARK + stemWord('partnership'),
    );
    // Unmarked, "deal" would also stand for WordNet's relatives of other words ("cover").
    expect([...withAliases(new Set([stemWord('partnership')]), aliases)]).not.toContain(stemWord('deal'));
  });
});

describe('headline names', () => {
  const names = headlineNames('India-EU Trade and Technology Council meets in Delhi with Kaja Kallas');
  const marked = (stem: string) => ALIAS_MARK + stemWord(stem);

  it('reads the body\'s "the council" as the headline\'s Trade and Technology Council', () => {
    const text = "The council's first ministerial meeting took place in Brussels.";
    const stems = withHeadlineNames(text, new Set([stemWord('council'), stemWord('meeting')]), names);
    expect([...stems]).toEqual(expect.arrayContaining([marked('trade'), marked('technology')]));
  });

  it('reads nothing into another council, or the word without "the"', () => {
    const other = 'European Council President Antonio Costa spoke.';
    expect([...withHeadlineNames(other, new Set([stemWord('council')]), names)]).not.toContain(
      marked('trade'),
    );
  });
});

describe('names an earlier sentence writes', () => {
  const NOUNS = new Set(['lake', 'gorge', 'security', 'partnership'].map(stemWord));
  const isNoun = (stem: string) => NOUNS.has(stem);
  const marked = (stem: string) => ALIAS_MARK + stemWord(stem);

  it('reads "the lake" as Lake Constance and "the gorge" as the Rhine Gorge, by a head that is a common noun', () => {
    const names = namesByHead('The Rhine leaves Lake Constance and later cuts the Rhine Gorge.', isNoun);
    const lake = withHeadlineNames('The lake is situated in Austria.', new Set([stemWord('lake')]), names);
    expect([...lake]).toEqual(expect.arrayContaining([marked('lake'), marked('constance')]));
    const gorge = withHeadlineNames(
      'The gorge is a World Heritage Site.',
      new Set([stemWord('gorge')]),
      names,
    );
    expect([...gorge]).toContain(marked('rhine'));
  });

  it('finds no head in a name of names ("Kaja Kallas") nor in a single capitalised word', () => {
    expect(namesByHead('Kaja Kallas met Singh in Delhi.', isNoun)).toEqual([]);
    expect(namesByHead('The lake is deep.', isNoun)).toEqual([]);
  });
});
