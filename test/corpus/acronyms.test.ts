import { describe, expect, it } from 'vitest';
import { acronymsOf, WORD_ACRONYM } from '../../src/corpus/acronyms.ts';
import { glossaryOf, nameStems, SHORT_TERM_ACRONYM } from '../../src/corpus/glossary.ts';
import { createBot } from '../../src/index.ts';
import { stemWord } from '../../src/text/analyzer.ts';
import { dictionary } from '../../src/text/dictionary.ts';
import { removeCorpora, writeCorpus } from './corpus-fixture.ts';

const words = {
  isThing: (word: string) => dictionary().isCommonNoun(word),
  isWord: (word: string) => dictionary().partsOfSpeech(word).size > 0,
  isNominal: (word: string) => {
    const parts = dictionary().partsOfSpeech(word);
    return parts.has('n') || parts.has('a');
  },
};
const acronyms = (text: string, glossary = glossaryOf([])) =>
  Object.fromEntries(
    [...acronymsOf([text], words, glossary)].map(([acronym, names]) => [
      acronym,
      names.map((n) => n.join(' ')),
    ]),
  );

describe('acronymsOf', () => {
  it('gives a written-out name its initials, and its tails theirs', () => {
    const found = acronyms('Ministers met at the India-EU Trade and Technology Council on Friday.');
    expect(found.ttc).toEqual([nameStems('Trade and Technology Council').join(' ')]);
    // A word in capitals gives all its letters: "EU Military Staff" is "EUMS".
    expect(acronyms('He spoke for the EU Military Staff.')[stemWord('EUMS')]).toContain(
      nameStems('EU Military Staff').join(' '),
    );
  });

  it('gives a term written in lower case its initials when the articles use it as a term', () => {
    const found = acronyms(
      'They concluded a free trade agreement. The free trade agreement cuts duties. ' +
        'Ministers signed a memorandum of understanding on mobility.',
    );
    expect(found.fta).toEqual([nameStems('free trade agreement').join(' ')]);
    // A formal "X of Y" is a term at its first use, with the small word's initial too.
    expect(found.mou).toEqual([nameStems('memorandum of understanding').join(' ')]);
    // A phrase written once is not a term ("cuts duties"), nor is a run with a verb or an adverb.
    expect(found.cd).toBeUndefined();
    expect(
      acronyms('They already live and work there. They already live and work here.').alw,
    ).toBeUndefined();
  });

  it('files the two letters of a term written twice apart, for a word typed in capitals, and never as a name', () => {
    const found = acronyms('A joint venture will build the yard. The joint venture will hire 900 people.');
    expect(found[`${SHORT_TERM_ACRONYM}jv`]).toEqual([nameStems('joint venture').join(' ')]);
    expect(found.jv).toBeUndefined();
    // Written once, it is a phrase of the moment; a small word ("in", "be") is never an acronym.
    expect(acronyms('A joint venture will build the yard.')[`${SHORT_TERM_ACRONYM}jv`]).toBeUndefined();
    // A question is not scanned for it as a name: "legal review" is "LR" to no one.
    const glossary = glossaryOf(
      [],
      acronymsOf(['A joint venture opened. The joint venture hired.'], words, glossaryOf([])),
    );
    expect(glossary.writtenOutByFirstStem.has(stemWord('joint'))).toBe(false);
  });

  it('files a term the dictionary holds whole at its first use, though it ends in a time ("financial year")', () => {
    const withTerms = {
      ...words,
      isTerm: (term: readonly string[]) => dictionary().partsOfSpeech(term.join('_')).has('n'),
    };
    const found = (text: string) =>
      Object.fromEntries([...acronymsOf([text], withTerms, glossaryOf([]))].map(([a, names]) => [a, names]));
    expect(
      found('Exports reached Rs 23,622 crore in the financial year 2024-25.')[`${SHORT_TERM_ACRONYM}fy`],
    ).toEqual([nameStems('financial year')]);
    expect(found('A joint venture will build the yard.')[`${SHORT_TERM_ACRONYM}jv`]).toEqual([
      nameStems('joint venture'),
    ]);
    // A phrase no dictionary holds is still a phrase of the moment when written once.
    expect(found('The new yard cuts delays.')[`${SHORT_TERM_ACRONYM}cd`]).toBeUndefined();
  });

  it('reads "JV" typed in capitals as the joint venture the articles write twice', () => {
    const dir = writeCorpus([
      {
        id: 'yard',
        title: 'New yard on the Zuari',
        body: 'A joint venture of two shipbuilders will build a yard near Cortalim.\n\nThe joint venture will invest Rs 1,450 crore in the yard.',
      },
    ]);
    const bot = createBot({ corpusDir: dir, pinSyncIntervalMs: 0 });
    expect(bot.ask('how much is the JV investing in the yard', { community: 'c1' }).answer).toContain(
      '1,450 crore',
    );
    // In lower case, two letters stand for too many terms.
    expect(bot.ask('how much is the jv investing in the yard', { community: 'c1' }).answered).toBe(false);
    bot.close();
  });

  it('drops a lower-case acronym that two terms share, and leaves a capitalised name its own', () => {
    const twice = (term: string) => `They discussed the ${term}. The ${term} matters.`;
    const found = acronyms(`${twice('joint naval exercise')} ${twice('joint national effort')}`);
    expect(found.jne).toBeUndefined();
    expect(
      acronyms(`${twice('trade technology council')} The Trade and Technology Council met.`).ttc,
    ).toEqual([nameStems('Trade and Technology Council').join(' ')]);
  });

  it('reads a hyphenated word as one word of the name, by its first letter', () => {
    const found = acronyms('Talks opened on a Broad-based Trade and Investment Agreement in 2007.');
    expect(found[stemWord('BTIA')]).toEqual([
      nameStems('Broad-based Trade and Investment Agreement').join(' '),
    ]);
  });

  it('gives a name of a thing for or of someone its acronym, filed apart when it is an English word', () => {
    const found = acronyms('The loans come from Security Action for Europe, the EU scheme.');
    // "SAFE" stands for the name only typed in capitals: filed under a mark no typed word has.
    expect(found[`${WORD_ACRONYM}${stemWord('SAFE')}`]).toEqual([
      nameStems('Security Action for Europe').join(' '),
    ]);
    expect(found[stemWord('SAFE')]).toBeUndefined();
    // Not for a stretch of a longer run.
    expect(acronyms('The India-EU Trade and Technology Council met.')[`${WORD_ACRONYM}it`]).toBeUndefined();
  });

  it('also gives the form that keeps the small inner words ("MoU", "SoIA")', () => {
    const found = acronyms(
      'They signed a Memorandum of Understanding and opened a Security of Information Agreement.',
    );
    expect(found[stemWord('MoU')]).toEqual([nameStems('Memorandum of Understanding').join(' ')]);
    expect(found[stemWord('SoIA')]).toEqual([nameStems('Security of Information Agreement').join(' ')]);
    // The initials of the capitalised words alone still stand for it.
    expect(found[stemWord('SIA')]).toEqual([nameStems('Security of Information Agreement').join(' ')]);
  });

  it("leaves out names of people, places and times, a sentence's first word and English words", () => {
    const found = acronyms(
      'After India signed, Defence Minister Rajnath Singh met Kaja Kallas on Tuesday. They flew over South Korea.',
    );
    // "After India" starts the sentence; "Singh", "Tuesday" and "Korea" are no kinds of thing.
    expect(found).toEqual({});
    // An acronym that is an English word is kept apart, for capitals only: "Head Office" is "HO"
    // (holmium) typed so, never "ho".
    expect(Object.keys(acronyms('She ran the Head Office by the Red Sea.')).sort()).toEqual([
      `${WORD_ACRONYM}ho`,
      'rs',
    ]);
  });

  it('gives a name opening a sentence its initials when its first word is a noun or an adjective', () => {
    const found = acronyms(
      'Air Vice Marshal Kuldeep Sandhu (retd), who commanded a fighter base, spoke next.',
    );
    expect(found.avm).toEqual([nameStems('Air Vice Marshal').join(' ')]);
  });

  it('keeps every name an acronym could stand for, and leaves acronyms the glossary holds to it', () => {
    const found = acronyms('The Security Information Agreement and the Service Industry Association met.');
    expect(found.sia).toEqual(
      expect.arrayContaining([
        nameStems('Security Information Agreement').join(' '),
        nameStems('Service Industry Association').join(' '),
      ]),
    );
    const glossary = glossaryOf([[nameStems('SIA'), nameStems('Singapore Airlines')]]);
    expect(acronyms('The Security Information Agreement was signed.', glossary)).toEqual({});
  });
});

describe('questions by acronym', () => {
  it('answers "TTC" from the articles that write the council out, and declines an acronym they do not', () => {
    const dir = writeCorpus([
      {
        id: 'council',
        title: 'Trade and Technology Council meets in Delhi',
        body: 'The Trade and Technology Council held its second meeting in New Delhi on Friday.',
      },
    ]);
    const bot = createBot({ corpusDir: dir, pinSyncIntervalMs: 0 });
    const ttc = bot.ask('When did the TTC meet?', { community: 'c' });
    // Chat types acronyms in lower case too.
    const typed = bot.ask('when did the ttc meet', { community: 'c' });
    const other = bot.ask('When did the WTO meet?', { community: 'c' });
    bot.close();
    removeCorpora();
    expect(ttc.answer).toContain('on Friday');
    expect(typed.answer).toContain('on Friday');
    expect(other.kind).toBe('not-covered');
  });

  it('reads "the council" of a later paragraph as the council the headline names', () => {
    const dir = writeCorpus([
      {
        id: 'council',
        title: 'Trade and Technology Council meets in Delhi',
        body: [
          'The Trade and Technology Council held its second meeting in New Delhi on Friday.',
          'Ministers from both sides attended.',
          "The council's first meeting took place in Brussels in May 2023.",
        ].join('\n\n'),
      },
    ]);
    const bot = createBot({ corpusDir: dir, pinSyncIntervalMs: 0 });
    const first = bot.ask('Where did the first TTC meeting take place?', { community: 'c' });
    bot.close();
    removeCorpora();
    expect(first.sentences[0]?.text).toContain('Brussels');
  });
});
