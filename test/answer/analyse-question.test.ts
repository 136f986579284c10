import { describe, expect, it } from 'vitest';
import { analyseQuestion, ordinalWord, otherNumeral } from '../../src/answer/analyse-question.ts';
import { DEFAULT_RANKING } from '../../src/answer/ranking.ts';
import { queryTerms } from '../../src/answer/retrieve.ts';
import { parseGlossary } from '../../src/corpus/glossary.ts';
import { Lexicon } from '../../src/search/lexicon.ts';
import { SearchIndex } from '../../src/search/search-index.ts';
import { indexTerms, stemWord, tokenize } from '../../src/text/analyzer.ts';
import { dictionary } from '../../src/text/dictionary.ts';
import type { WordNeighbours } from '../../src/text/word-neighbours.ts';
import { openWordNet } from '../../src/text/wordnet.ts';

/** How a question becomes concepts, over a three-passage index and a two-group glossary. */
/** An index of article passages, each `[id, text]`. */
function indexOf(passages: ReadonlyArray<readonly [string, string]>): SearchIndex {
  const built = new SearchIndex();
  for (const [id, text] of passages) {
    const tokens = tokenize(text).filter((t) => !t.stop);
    built.add({
      id,
      kind: 'article',
      community: null,
      terms: tokens.map((t) => t.stem),
      words: tokens.map((t) => t.word),
    });
  }
  return built;
}

const index = indexOf([
  ['a#p1', 'The Security and Defence Partnership was signed on Tuesday.'],
  ['a#p2', 'It covers counterterrorism and maritime security.'],
  ['a#p3', 'The High Representative signed it in Delhi.'],
]);
const glossary = parseGlossary(
  'glossary.yaml',
  'groups:\n  - [Security and Defence Partnership, SDP]\n  - [High Representative, foreign policy chief]\n',
);
const lexicon = Lexicon.build(index.articleWords(), openWordNet());
const analyse = (question: string) =>
  analyseQuestion(
    question,
    { index, glossary, lexicon, dictionary: dictionary(), community: 'c1' },
    DEFAULT_RANKING.alternatives,
  );
const stems = (text: string) => indexTerms(text);

/** Question analysis over an index of `passages` of its own (and the glossary above, or `names`). */
function analyserOver(
  passages: ReadonlyArray<readonly [string, string]>,
  neighbours?: WordNeighbours,
  names = glossary,
) {
  const own = indexOf(passages);
  const vocabulary = {
    index: own,
    glossary: names,
    lexicon: Lexicon.build(own.articleWords(), openWordNet()),
    dictionary: dictionary(),
    ...(neighbours ? { neighbours } : {}),
    community: 'c1',
  };
  return (question: string) => analyseQuestion(question, vocabulary, DEFAULT_RANKING.alternatives);
}

describe('analyseQuestion', () => {
  it('reads a name known only by another word of the question as saying it again', () => {
    const analyse = analyserOver([['a#p1', 'Singh said India and Europe were two ancient civilizations.']]);
    const indian = (question: string) => analyse(question).concepts.find((c) => c.label === 'indian');
    // "indian" is known by "India" only, which the question writes itself: no word the sources lack.
    expect(indian('what did the indian minister call india and europe?')).toMatchObject({
      light: true,
      known: true,
    });
    // Alone, "indian" is named by "India".
    expect(
      indian('what did the indian minister call europe?')?.alternatives.map((alt) => alt.form),
    ).toContain('derived');
  });

  it('reads "outside" before a name as the sources\' "non-" ("non-EU countries")', () => {
    const analyse = analyserOver([
      ['a#p1', 'Partnerships deepen relations with non-EU countries.'],
      ['a#p2', 'The talks were held outside the city.'],
    ]);
    const prefixed = (question: string) =>
      analyse(question)
        .concepts.find((c) => c.label === 'outside')
        ?.alternatives.some((alt) => alt.stems.join(' ') === 'non');
    expect(prefixed('are they meant for countries outside the EU?')).toBe(true);
    expect(prefixed('were the talks held outside the city?')).toBe(false);
  });

  it('reads a verb no source holds by the corpus verbs of its own frequent senses, only as a verb', () => {
    // "head" is first to go towards, then to be in charge of, with "lead" (only lead's seventh sense).
    const analyse = analyserOver([
      ['a#p1', 'The EU delegation was led by Helena Vaara. It numbered twelve officials.'],
    ]);
    const sensed = (label: string, question: string) =>
      analyse(question)
        .concepts.find((c) => c.label === label)
        ?.alternatives.filter((alt) => alt.form === 'sense')
        .map((alt) => alt.stems[0]);
    expect(sensed('headed', 'who headed the EU delegation?')).toEqual([stemWord('led')]);
    // "the head of" is no one leading: the noun is not read by the verb's senses.
    expect(sensed('head', 'who is the head of the delegation?')).toEqual([]);
    // A verb the sources use is held to its own wording.
    const own = analyserOver([['a#p1', 'The delegation was headed by Helena Vaara and led by her deputy.']]);
    const headed = own('who headed the delegation?').concepts.find((c) => c.label === 'headed');
    expect(headed?.alternatives.some((alt) => alt.form === 'sense')).toBe(false);
  });

  it("reads the two sides of a yes/no question's 'or', without the word it asks about", () => {
    const labels = (question: string) =>
      analyse(question).alternatives?.map((side) => side.map((c) => c.label));
    expect(labels('is the partnership legally binding, or only a political gesture?')).toEqual([
      ['legally', 'binding'],
      ['political', 'gesture'],
    ]);
    // Nothing the question asks about before the sides: "is it binding" alone asks of nothing.
    expect(labels('was it binding, or a political gesture?')).toBeUndefined();
    // One word against one is one concept of two alternatives already.
    expect(labels('was it signed or rejected?')).toBeUndefined();
    // Nothing to weigh after the "or", or no yes/no question.
    expect(labels('was the partnership signed or not?')).toBeUndefined();
    expect(labels('who signed the partnership, Kallas or Singh?')).toBeUndefined();
  });

  it("reads a verb no source holds by the sources' words among its neighbours in use, marked as only that", () => {
    const neighbours: WordNeighbours = {
      of: (word) =>
        word === 'clinched' ? ['initialled', 'signed'] : word === 'forgot' ? ['remembered', 'recalled'] : [],
    };
    const analyse = analyserOver(
      [['a#p1', 'India and the EU signed the pact. The envoy remembered the date and recalled the talks.']],
      neighbours,
    );
    const clinched = analyse('when was the pact clinched?').concepts.find((c) => c.label === 'clinched');
    expect(clinched?.known).toBe(true);
    expect(clinched?.associated).toBe(true);
    const associated = (label: string, question: string) =>
      analyse(question)
        .concepts.find((c) => c.label === label)
        ?.alternatives.filter((alt) => alt.form === 'associated')
        .map((alt) => alt.stems[0]);
    // Only words the sources hold.
    expect(associated('clinched', 'when was the pact clinched?')).toEqual([stemWord('signed')]);
    // Not the verb's opposite, which English writes in the same contexts as often.
    expect(associated('forgot', 'who forgot the date?')).toEqual([stemWord('recalled')]);
    // A verb the sources hold is read by its own words; a noun no source holds gets no neighbours.
    const own = analyserOver(
      [['a#p1', 'India and the EU clinched the pact.']],
      neighbours,
    )('when was the pact clinched?');
    expect(own.concepts.find((c) => c.label === 'clinched')?.associated).toBeUndefined();
    const noun = analyserOver([['a#p1', 'India and the EU signed the pact.']], { of: () => ['signed'] })(
      'when was the accord signed?',
    );
    expect(
      noun.concepts.find((c) => c.label === 'accord')?.alternatives.some((a) => a.form === 'associated'),
    ).toBe(false);
  });

  it('reads the question type and one concept per content word', () => {
    const { type, concepts } = analyse('When was it signed in Delhi?');
    expect(type).toBe('when');
    expect(concepts.map((c) => c.label)).toEqual(['signed', 'Delhi']);
    expect(concepts.every((c) => c.known)).toBe(true);
  });

  it('expands a glossary name to the other names of its group, at a lower weight', () => {
    const [sdp] = analyse('When was the SDP signed?').concepts;
    expect(sdp?.label).toBe('SDP');
    expect(sdp?.alternatives[0]).toEqual({ stems: ['sdp'], weight: 1, form: 'typed' });
    const expansion = sdp?.alternatives.find(
      (alt) => alt.stems.join(' ') === stems('Security Defence Partnership').join(' '),
    );
    expect(expansion?.weight).toBeLessThan(1);
    expect(sdp?.known).toBe(true);
  });

  it('finds a name made from another ("Indian") by that name\'s glossary names too ("Bharat")', () => {
    const [indian] = analyserOver(
      [
        ['b#p1', 'India hosted the talks.'],
        ['b#p2', "Bharat's sailors trained with the Spanish Navy."],
      ],
      undefined,
      parseGlossary('glossary.yaml', 'groups:\n  - [India, Bharat]\n'),
    )('Which Indian sailors trained?').concepts;
    expect(indian?.role).toBe('name');
    const derived = indian?.alternatives.find((alt) => alt.stems.join(' ') === 'india');
    const alias = indian?.alternatives.find((alt) => alt.stems.join(' ') === 'bharat');
    expect(derived?.form).toBe('derived');
    expect(alias?.form).toBe('glossary');
    // Two steps from the word as typed: below either step alone.
    expect(alias?.weight).toBeLessThan(derived?.weight ?? 0);
  });

  it('reads a rank between the subject and its verb ("when did Kallas first announce it") as an adverb of time', () => {
    const first = (question: string) => analyse(question).concepts.find((c) => c.label === 'first');
    expect(first('when did the High Representative first announce the partnership?')?.adverb).toBe(true);
    // A rank asked for is no adverb: "the first to sign".
    expect(first('who was the first to sign the partnership?')?.adverb).toBeUndefined();
  });

  it('reads the order asked between two things offered with "or" ("which came first, … or …") as no word to find', () => {
    const word = (question: string, label: string) =>
      analyse(question).concepts.find((c) => c.label === label);
    expect(word('which came first: the Strategic Compass or the partnership?', 'first')?.adverb).toBe(true);
    expect(word('who arrived earlier, Kallas or the chiefs?', 'earlier')?.adverb).toBe(true);
    // Without a choice, the rank is what is asked about: "which country came first".
    expect(word('which country came first?', 'first')?.adverb).toBeUndefined();
  });

  it('reads a check of what the asker remembers as asking what the sources say in place of the detail they lack', () => {
    // A place no source holds: where it was signed.
    const place = analyse("wasn't it signed in mumbai?");
    expect([place.type, place.focus.kind, place.negated]).toEqual(['where', 'place', false]);
    expect(place.concepts.map((c) => c.label)).toEqual(['signed']);
    // A day, asked with a tag after it: when.
    expect(analyse('the partnership was signed on sunday, wasnt it').focus.kind).toBe('date');
    // A kind of person, with the word describing it: who.
    const person = analyse("doesn't the commission president sign the partnership?");
    expect(person.focus.kind).toBe('person');
    expect(person.concepts.map((c) => c.label)).not.toContain('commission');
    // Other details, in words someone said, are the slot the answer fills; elsewhere they stay
    // words to find ("didn't kallas meet modi?": she may have met more people than sources name).
    const other = analyserOver([['q#p1', 'The High Representative said it covers counterterrorism.']])(
      "didn't the High Representative say it covers piracy?",
    );
    expect(other.concepts.find((c) => c.label === 'piracy')?.slot).toBe(true);
    expect(
      analyse('i thought the partnership covers piracy?').concepts.find((c) => c.label === 'piracy')?.slot,
    ).toBeUndefined();
    // The kind asked of someone's words is the slot too ("what event does Kallas say she saw"):
    // her words need not name it, as "what event took place" need not.
    const said = analyse('what event does Kallas say she saw the day before?');
    expect([said.focus.kind, said.concepts.find((c) => c.label === 'event')?.slot]).toEqual(['speech', true]);
    // Not a speech question without a kind: "what did Kallas say about the event" asks about it.
    expect(
      analyse('what did Kallas say about the event?').concepts.find((c) => c.label === 'event')?.slot,
    ).toBeUndefined();
    // Not a question that checks nothing: "was it signed in mumbai?" keeps the place to find.
    expect(analyse('was it signed in mumbai?').concepts.map((c) => c.label)).toContain('mumbai');
  });

  it('finds a verb of its own with its particle ("beef up") by the corpus words WordNet gives it ("strengthen")', () => {
    const beef = analyserOver([
      ['p#p1', 'The partnership is a step in strengthening bilateral cooperation.'],
    ])('what is the partnership meant to beef up?').concepts.find((c) => c.label === 'beef');
    expect(beef?.alternatives.find((alt) => alt.stems.join(' ') === stemWord('strengthen'))?.form).toBe(
      'synonym',
    );
  });

  it('reads the particle of a verb the bare verb says in a sense ("pass away": "pass" as "die") as no word of its own', () => {
    const labels = (question: string) =>
      analyserOver([['o#p1', 'The admiral died at his home in Kochi on 7 March.']])(question).concepts.map(
        (c) => c.label,
      );
    expect(labels('when did the admiral pass away?')).not.toContain('away');
    // "hold back" is no way to "hold": its particle stays a word of the question.
    expect(labels('why do companies hold back?')).toContain('back');
  });

  it('finds a hyphenated name before a participle ("SAFE-funded") by the name alone too', () => {
    const funded = analyserOver([['s#p1', 'The SAFE loans are reserved for European suppliers.']])(
      'how much of a SAFE-funded product must be European?',
    ).concepts.find((c) => c.label === 'SAFE-funded');
    expect(funded?.alternatives.some((alt) => alt.stems.join(' ') === 'safe' && alt.form === 'split')).toBe(
      true,
    );
  });

  it('finds an adjective written as a name ("European") by the names of what its own name begins ("European Union": "EU")', () => {
    const [, european] = analyserOver(
      [
        ['e#p1', 'The EU delegation was led by Kallas.'],
        ['e#p2', 'European firms met in the national capital.'],
      ],
      undefined,
      parseGlossary(
        'glossary.yaml',
        'groups:\n  - [European Union, EU, the bloc]\n  - [New Delhi, national capital, European capital]\n',
      ),
    )('Who headed the European delegation?').concepts;
    expect(european?.role).toBe('name');
    const named = (stems: string) => european?.alternatives.find((alt) => alt.stems.join(' ') === stems);
    expect(named('eu')?.form).toBe('glossary');
    expect(named('eu')?.weight).toBeLessThan(1);
    // Only by a group's own name: "European capital" is not what New Delhi is called first.
    expect(named(stems('national capital').join(' '))).toBeUndefined();
  });

  it('reads a common noun typed in lower case after a determiner as a noun, though the sources capitalise it in a name', () => {
    const own = indexOf([
      ['c#p1', 'Republic Day was quite an experience.'],
      ['c#p2', 'I look forward to our discussions today.'],
    ]);
    const vocabulary = {
      index: own,
      glossary: parseGlossary('glossary.yaml', 'groups: []\n'),
      lexicon: Lexicon.build(own.articleWords(), openWordNet(), ['dai', 'republ']),
      dictionary: dictionary(),
      community: 'c1',
    };
    const concept = (question: string, label: string) =>
      analyseQuestion(question, vocabulary, DEFAULT_RANKING.alternatives).concepts.find(
        (c) => c.label === label,
      );
    expect(concept('what was she looking forward to that day', 'day')?.role).toBe('noun');
    // Without a determiner, a word the sources write as a name stays one.
    expect(concept('what happened on day one', 'day')?.role).toBe('name');
  });

  it('reads the particles of a name with it ("von der Leyen")', () => {
    const concepts = analyse('what did von der Leyen say about it').concepts;
    expect(concepts.map((c) => [c.label, c.role])).toEqual([
      ['von der Leyen', 'name'],
      ['say', 'light'],
    ]);
  });

  it('reads a multi-word glossary name as one concept', () => {
    const { concepts } = analyse('What did the foreign policy chief sign?');
    expect(concepts[0]?.label).toBe('foreign policy chief');
    expect(concepts[0]?.alternatives.some((alt) => alt.stems.join(' ') === 'high repres')).toBe(true);
  });

  it('joins a compound written apart when the sources write it joined', () => {
    const [concept] = analyse('counter terrorism?').concepts;
    expect(concept?.label).toBe('counter terrorism');
    expect(concept?.alternatives[0]).toEqual({ stems: ['counterterror'], weight: 1, form: 'typed' });
  });

  it('adds the closest known word for a typo, at a weight below the words as typed', () => {
    const [concept] = analyse('maritme').concepts;
    expect(concept?.alternatives[0]?.stems).toEqual(['maritm']);
    const fix = concept?.alternatives[1];
    expect(fix?.stems).toEqual(stems('maritime'));
    expect(fix?.weight).toBeLessThan(1);
    expect(concept?.known).toBe(true);
    // A rare English word no source holds, one slip from a far more common word they hold, is
    // that word mistyped ("coves" for "covers"); a common one is meant ("thigh" is not "high").
    const forms = (question: string) => analyse(question).concepts[0]?.alternatives.map((a) => a.form);
    expect(analyse('coves').concepts[0]?.alternatives.find((a) => a.form === 'typo')?.stems).toEqual([
      stemWord('covers'),
    ]);
    expect(forms('thigh')).not.toContain('typo');
    // Two neighbouring letters swapped, though two edits apart: "teusday" is "tuesday".
    expect(analyse('teusday').concepts[0]?.alternatives[1]?.stems).toEqual(stems('tuesday'));
  });

  it('marks a word no source holds as unknown, and a capitalised one as a name', () => {
    const concepts = analyse('What did NATO say about oil?').concepts;
    const nato = concepts.find((c) => c.label === 'NATO');
    expect(nato).toMatchObject({ known: false, name: true });
    expect(concepts.find((c) => c.label === 'oil')).toMatchObject({ known: false, name: false });
    expect(concepts.find((c) => c.label === 'say')).toMatchObject({ light: true });
  });

  it('reads a lone "n" between words as "and", as chat types it', () => {
    const labels = analyse('why did india take longer than japan n korea').concepts.map((c) => c.label);
    expect(labels).not.toContain('n');
    expect(labels).toEqual(expect.arrayContaining(['japan', 'korea']));
  });

  it('corrects a misspelt question word before reading the type', () => {
    expect(analyse('wen was it signed?').type).toBe('when');
  });

  it('reads a slipped auxiliary after a question word as the auxiliary, not as a word asked about', () => {
    const labels = (question: string) => analyse(question).concepts.map((c) => c.label);
    expect(labels('where doe the maritime security come from')).toEqual(['maritime', 'security', 'come']);
    expect(labels('who dose the signing')).toEqual(['signing']);
    // A changed letter is another word: "car" is asked about, not "can".
    expect(labels('what car signed it')).toContain('car');
  });

  it('reads the question inside a polite or embedded one, in question word order', () => {
    expect(analyse('can you tell me when it was signed').type).toBe('when');
    expect(analyse('do you know who the High Representative is')).toMatchObject({
      type: 'who',
      focus: { kind: 'definition' },
    });
    expect(analyse('tell me more about the partnership').concepts.map((c) => c.label)).toContain('tell');
  });

  it('reads a function word with a slipped letter as that word ("agains", "teh")', () => {
    const labels = (question: string) => analyse(question).concepts.map((c) => c.label);
    expect(labels('who signed it agains india')).toEqual(['signed', 'india']);
    expect(labels('who signed teh partnership')).toEqual(['signed', 'partnership']);
  });

  it('adds the corpus words WordNet relates to a word, each below the word as typed', () => {
    const [ratified] = analyse('When was it ratified?').concepts;
    expect(ratified?.label).toBe('ratified');
    const related = ratified?.alternatives.filter((alt) => alt.form === 'synonym');
    expect(related?.map((alt) => alt.stems.join(' '))).toContain('sign');
    for (const alt of related ?? []) expect(alt.weight).toBeLessThan(1);
    expect(ratified?.known).toBe(true);
  });

  it('reads a verb no source uses as the corpus verbs that are ways of doing it, below a synonym', () => {
    // To sign is a way to formalise: "when was it formalised" may be answered by "signed".
    const [formalised] = analyse('When was it formalised?').concepts;
    const manner = formalised?.alternatives.filter((alt) => alt.form === 'manner');
    expect(manner?.map((alt) => alt.stems.join(' '))).toEqual(['sign']);
    expect(manner?.[0]?.weight).toBeLessThan(DEFAULT_RANKING.alternatives.synonym);
    // Only for a verb: signing is a way of validating, but "validation" (the same Porter stem) is no
    // signing.
    const forms = (question: string) => analyse(question).concepts[0]?.alternatives.map((alt) => alt.form);
    expect(forms('Who validated it?')).toContain('manner');
    expect(forms('Who was the validation?')).not.toContain('manner');
  });

  it('reads a verb\'s past between a determiner and a noun as saying what kind ("which retired general")', () => {
    const roleOf = (question: string, label: string) =>
      analyse(question).concepts.find((c) => c.label === label)?.role;
    expect(roleOf('which retired general said it', 'retired')).toBe('modifier');
    expect(roleOf('what did the elected members say', 'elected')).toBe('modifier');
    // A verb where it is one: "who retired the old frigate", "when was it signed".
    expect(roleOf('who retired the old frigate', 'retired')).toBe('verb');
    expect(roleOf('when was it signed', 'signed')).toBe('verb');
  });

  it('reads "didn\'t …?" and a statement asked after a word of chat ("so … ?") as yes/no questions', () => {
    expect(analyse("didn't the High Representative sign it?").type).toBe('yesno');
    expect(analyse("so the High Representative didn't sign it?").type).toBe('yesno');
    expect(analyse('so when was it signed?').type).toBe('when');
  });

  it('reads a person noun no source holds, that a relative clause then says who is, as shaping the question', () => {
    const roleOf = (question: string, label: string) =>
      analyse(question).concepts.find((c) => c.label === label)?.role;
    expect(roleOf('what is the name of the official who signed it', 'official')).toBe('light');
    expect(roleOf('what did the official say', 'official')).not.toBe('light');
  });

  it('reads "ahead of", "prior to" as prepositions of time, no words to find', () => {
    const roleOf = (question: string, label: string) =>
      analyse(question).concepts.find((c) => c.label === label)?.role;
    expect(roleOf('who signed it ahead of the summit', 'ahead')).toBe('light');
    expect(roleOf('was it signed prior to the summit', 'prior')).toBe('light');
    expect(roleOf('what lies ahead for the partnership', 'ahead')).not.toBe('light');
  });

  it('reads a claim put to check as a yes/no question, unless a question word asks of it', () => {
    expect(analyse('is it true the partnership was signed in Delhi').type).toBe('yesno');
    expect(analyse('someone said the High Representative signed it on Tuesday').type).toBe('yesno');
    expect(analyse('i heard the partnership was signed, when was that').type).not.toBe('yesno');
  });

  it('reads a word WordNet has only as a verb as a noun after a determiner ("on the podcast")', () => {
    const roleOf = (question: string, label: string) =>
      analyse(question).concepts.find((c) => c.label === label)?.role;
    expect(roleOf('who on the podcast said it', 'podcast')).toBe('noun');
    expect(roleOf('did they podcast it', 'podcast')).toBe('verb');
  });

  it('reads the role of each word: a name, a verb, a noun, a question-shaping word', () => {
    const roles = Object.fromEntries(
      analyse('Did NATO condemn the partnership, tell me').concepts.map((c) => [c.label, c.role]),
    );
    expect(roles).toEqual({ NATO: 'name', condemn: 'verb', partnership: 'noun', tell: 'light' });
    // "uses" shapes the question as "used" does: its Porter stem is the acronym "US".
    expect(analyse('what fund the EU uses').concepts.find((c) => c.label === 'uses')?.role).toBe('light');
    // "the Indian side", "both sides": the parties, named by the words beside it.
    expect(analyse('who signed for the EU side').concepts.find((c) => c.label === 'side')?.role).toBe(
      'light',
    );
    expect(analyse('who led the EU team').concepts.find((c) => c.label === 'team')?.role).toBe('light');
    // "… or not" negates nothing and asks about no "not"; "was it not signed" does.
    const tagged = analyse('is the partnership an important step or not');
    expect([tagged.negated, tagged.concepts.map((c) => c.label)]).toEqual([
      false,
      ['partnership', 'important', 'step'],
    ]);
    expect(analyse('was the partnership not signed').negated).toBe(true);
    // "not just", "not only": what follows is granted, and more is asked besides.
    expect(analyse('was it signed in Delhi, not just announced').negated).toBe(false);
    expect(analyse('was it not announced in Delhi').negated).toBe(true);
    // A "not" in words the question quotes is theirs: the question negates nothing.
    expect(analyse("who came up with the 'door but not the room' line").negated).toBe(false);
    expect(analyse('who said "not a treaty"?').negated).toBe(false);
    expect(analyse("who doesn't want 'more talks'?").negated).toBe(true);
    // "the EU visitors", "her Indian hosts": people of the party named before them, the party too.
    const visitors = analyse('what did the EU visitors sign').concepts.find((c) => c.label === 'visitors');
    expect([visitors?.role, visitors?.light]).toEqual(['light', true]);
    // Not one person ("visitor"), not after a possessive, not after a word that is no name.
    const kinds = (question: string, label: string) =>
      analyse(question).concepts.find((c) => c.label === label)?.role;
    expect(kinds('what did the EU visitor sign', 'visitor')).toBe('noun');
    expect(kinds("what did NATO's visitors sign", 'visitors')).toBe('noun');
    expect(kinds('what did the foreign visitors sign', 'visitors')).toBe('noun');
    // One person named by sex alone is of the party too ("the EU lady"); one named by a role is not.
    expect(kinds('what did the EU lady sign', 'lady')).toBe('light');
    expect(kinds('what did the EU guy sign', 'guy')).toBe('light');
    expect(kinds('what did the EU ambassador sign', 'ambassador')).toBe('noun');
    // So is one named by nothing at all ("the EU person"), though a source writes "personal",
    // and so is "the person who …", whom the relative clause says.
    expect(kinds('what did the EU person sign', 'person')).toBe('light');
    expect(kinds('what did the EU individual sign', 'individual')).toBe('light');
    expect(kinds('name the person who posted on X', 'person')).toBe('light');
    // "done" says no more than "do" and "did" do: "what does Kallas want done" asks what she wants.
    expect(analyse('what does Kallas want done').concepts.find((c) => c.label === 'done')?.role).toBe(
      'light',
    );
    // Function words ask nothing ("despite"); "worth" shapes "how much is X worth".
    const labels = analyse('how much is the partnership worth despite it').concepts.map((c) => [
      c.label,
      c.role,
    ]);
    expect(labels).toEqual([
      ['much', 'light'],
      ['partnership', 'noun'],
      ['worth', 'light'],
    ]);
    // "The full title", "the exact date", "any quote": they shape what is asked, as "title" does.
    const shaping = analyse("what is the High Representative's full title, any quote").concepts;
    expect(shaping.map((c) => [c.label, c.role])).toEqual([
      ['High Representative', 'name'],
      ['full', 'light'],
      ['title', 'light'],
      ['quote', 'light'],
    ]);
    // In any form: "wants", "gets" shape a question as "want", "get" do.
    const forms = analyse('how come the EU wants it and gets it').concepts.map((c) => c.role);
    expect(forms).toEqual(['light', 'name', 'light', 'light']);
    // After a determiner, a word made from a verb names a thing: "at the meeting".
    const role = (question: string, label: string) =>
      analyse(question).concepts.find((c) => c.label === label)?.role;
    expect(role('who flanked him at the meeting', 'meeting')).toBe('noun');
    expect(role('who was meeting him', 'meeting')).toBe('verb');
    // A reaction is what someone said, as "say" asks.
    expect(analyse('what was the reaction').concepts.map((c) => c.role)).toEqual(['light']);
    // "going to" tells the time of what is asked; "aim" and "goal" ask its purpose, as "purpose" does.
    const future = analyse('what is the tariff going to be, the aim and the goal').concepts;
    expect(future.map((c) => [c.label, c.role])).toEqual([
      ['tariff', 'noun'],
      ['going', 'light'],
      ['aim', 'light'],
      ['goal', 'light'],
    ]);
  });

  it('reads an adjective that is also a rare verb as a modifier ("long", "slow")', () => {
    const roles = Object.fromEntries(
      analyse('Was the partnership long and slow').concepts.map((c) => [c.label, c.role]),
    );
    expect(roles).toMatchObject({ long: 'modifier', slow: 'modifier' });
  });

  it("adds the base of an irregular form no source holds, from WordNet's exception lists", () => {
    const [wrote] = analyse('Who sang it?').concepts;
    expect(wrote?.alternatives).toContainEqual(
      expect.objectContaining({
        stems: ['sing'],
        form: 'inflected',
        weight: DEFAULT_RANKING.alternatives.inflected,
      }),
    );
  });

  it('reads no number as a misspelt other number', () => {
    const century = analyserOver([['y#p1', 'The ice melted 11600 years ago.']])('What melted in the 1100s?');
    expect(century.concepts.find((c) => c.role === 'number')).toMatchObject({ known: false });
  });

  it("does not let a word stand for another through a relative that is the question's own word", () => {
    const dealIndex = new SearchIndex();
    const tokens = tokenize('They signed the deal in March.').filter((t) => !t.stop);
    dealIndex.add({
      id: 'd#p1',
      kind: 'article',
      community: null,
      terms: tokens.map((t) => t.stem),
      words: tokens.map((t) => t.word),
    });
    const vocabulary = {
      index: dealIndex,
      glossary,
      lexicon: Lexicon.build(dealIndex.articleWords(), openWordNet()),
      dictionary: dictionary(),
      community: 'c1',
    };
    const concept = (question: string, label: string) =>
      analyseQuestion(question, vocabulary, DEFAULT_RANKING.alternatives).concepts.find(
        (c) => c.label === label,
      );
    // Alone, "trade" is found as its WordNet synonym "deal" …
    expect(concept('Did they sign a trade?', 'trade')).toMatchObject({ known: true });
    // … but in "a trade deal" that "deal" is the question's own word: "trade" is missing.
    const trade = concept('Did they sign a trade deal?', 'trade');
    expect(trade?.known).toBe(false);
    expect(trade?.alternatives.map((alt) => alt.stems.join(' '))).not.toContain('deal');
    // Nor where "deal" stands for the next word (WordNet's broader term for "agreement"): in "a
    // trade agreement", the sources' "deal" is the agreement.
    expect(concept('Did they sign a trade agreement?', 'trade')?.known).toBe(false);
  });

  it('reads a named thing by the adjective of another of its names: the US as American', () => {
    const analyse = analyserOver([
      ['a#p1', 'Saudi Arabia relied on American security assurances. Oil flowed to North America.'],
    ]);
    const us = analyse('who relied on US security assurances?').concepts.find((c) => c.label === 'US');
    expect(us?.alternatives.map((alt) => alt.stems.join(' '))).toContain(stemWord('american'));
  });

  it('reads "how big a deal" as shaping the question, not as a measure or a deal', () => {
    const question = analyse('how big a deal is the partnership for bilateral cooperation');
    expect(question.type).not.toBe('measure');
    expect(question.concepts.filter((c) => ['big', 'deal'].includes(c.label)).every((c) => c.light)).toBe(
      true,
    );
    expect(analyse('how big is the partnership').type).toBe('measure');
    // "how important" where no source uses the adjective: what the sources call the thing says it.
    const important = (text: string) =>
      analyserOver([['a#p1', text]])('how important are partnerships to the compass').concepts.find(
        (c) => c.label === 'important',
      );
    expect(important('Partnerships are a cornerstone of the compass.')?.light).toBe(true);
    expect(important('Partnerships are important to the compass.')?.light).toBe(false);
  });

  it('reads what the question asks for', () => {
    expect(analyse('When was it signed?').focus.kind).toBe('date');
    expect(analyse('How much is the deal worth?').focus).toMatchObject({ kind: 'number', amount: true });
    // What happened to X (during Y): an event told of X, not of the setting.
    expect(analyse('What happened to the rate of flow during the straightening?').focus).toMatchObject({
      kind: 'event',
      subject: stems('rate flow'),
    });
    expect(analyse('What number Asian country is India?').focus.amount).toBeUndefined();
    // What "how many" counts is the head of its words, past a participle that modifies it.
    expect(analyse('how many piracy related incidents has atalanta logged').focus.category).toContain(
      'incid',
    );
    expect(analyse('how many piracy related incidents has atalanta logged').focus.category).not.toContain(
      'piraci',
    );
    expect(analyse('how many ships took part').focus.category).toEqual(['ship']);
    expect(analyse('Which countries signed it?').focus).toMatchObject({
      kind: 'category',
      category: ['countri'],
    });
    // "for" at the end after "be" or "used": what a thing is for; not "thank … for", "stand for".
    expect(analyse('what are these partnerships for').focus).toMatchObject({ kind: 'reason', purpose: true });
    expect(analyse('what are they supposed to be a framework for').focus.purpose).toBe(true);
    expect(analyse('what did kallas thank india for').focus.purpose).toBeUndefined();
    expect(analyse('what does ANI stand for').focus.purpose).toBeUndefined();
    // A verb no ending shows ("heard", "hold") before a determiner: the word before it is the kind.
    expect(analyse('which judges heard the kaveri case').focus).toMatchObject({
      kind: 'category',
      category: ['judg'],
    });
    expect(analyse('which countries hold the presidency').focus.category).toEqual(['countri']);
    expect(analyse('what carries a significant amount of water').focus.kind).not.toBe('category');
    expect(analyse('What is the Security and Defence Partnership?').focus.kind).toBe('definition');
    expect(analyse("who's the High Representative").focus.kind).toBe('definition');
    // An adverb of the asking before "is" is no kind asked for: "what even" is not a category.
    expect(analyse('ok what even is the Strategic Compass').focus.kind).toBe('definition');
    expect(analyse('what even is the Strategic Compass').concepts.map((c) => c.label)).not.toContain('even');
    // A word used as a noun more than as an adverb is what is asked for.
    expect(analyse('what way is the ship heading').focus.kind).toBe('category');
    // A preposition after the copula asks who stood there, not what the name is.
    expect(analyse('who was with the High Representative at the talks').focus.kind).toBe('person');
    // "is … doing" asks what the subject does, not what it is.
    expect(analyse('What is the EU doing with the momentum?').focus.kind).not.toBe('definition');
    expect(analyse('What does the partnership cover?').focus.kind).toBe('list');
    // "what does X do" asks what X is for, as "what is X" does; "what did X do" asks for acts.
    expect(analyse('what does the partnership do').focus).toMatchObject({
      kind: 'definition',
      subject: stems('partnership'),
    });
    expect(analyse('what did the partnership do').focus.kind).not.toBe('definition');
    // What a word means asks for a gloss of it.
    expect(analyse('what does aspides mean').focus).toMatchObject({ kind: 'definition', gloss: true });
    expect(analyse('What does SDP stand for?').focus).toMatchObject({ kind: 'definition', gloss: true });
    expect(analyse('What is the meaning of the name Aspides?').focus).toMatchObject({ gloss: true });
    // A translation is a gloss too, and the language it is in is no word of it.
    const translation = analyse('What is the English translation of Het Scheur?');
    expect(translation.focus).toMatchObject({ kind: 'definition', gloss: true });
    expect(translation.concepts.map((c) => c.label)).not.toContain('English');
    // A unit of time asks for a date: "what year", "which century".
    expect(analyse('What year was the partnership signed?').focus.kind).toBe('date');
    expect(analyse('In which century was it signed?').focus.kind).toBe('date');
    expect(analyse('what is included in the SDP').focus.kind).toBe('list');
    // An office asked of someone named is what they are, as "who is X" asks; the office word
    // names the slot and is not looked up.
    const office = analyse('What role does the High Representative have?');
    expect(office.focus.kind).toBe('definition');
    expect(office.concepts.map((c) => c.label)).toEqual(['High Representative']);
    // Chat asks it in two words: "High Representative title?".
    expect(analyse('High Representative title?').focus.kind).toBe('definition');
    // Right after the subject of "did", a word of office is what was done: "post" is looked up.
    expect(analyse('What did Kallas post on Monday?').concepts.map((c) => c.label)).toContain('post');
    expect(analyse("What is Kallas's post?").concepts.map((c) => c.label)).toEqual(['Kallas']);
    // Asking for someone's words about an office names it; it is no office asked for.
    expect(analyse('What did Kallas say about the Council office?').concepts.map((c) => c.label)).toEqual(
      expect.arrayContaining(['Council', 'office']),
    );
    // The same with the name typed in lower case: "kallas" is no plural.
    const named = Lexicon.build([...index.articleWords(), 'kallas'], openWordNet(), [stemWord('kallas')]);
    const lower = analyseQuestion(
      "what is kallas's job",
      { index, glossary, lexicon: named, dictionary: dictionary(), community: 'c1' },
      DEFAULT_RANKING.alternatives,
    );
    expect(lower.focus.kind).toBe('definition');
    expect(lower.concepts.map((c) => c.label)).toEqual(['kallas']);
    // A name alone asks who or what it is; other keywords ask nothing in particular.
    const alone = (question: string) =>
      analyseQuestion(
        question,
        { index, glossary, lexicon: named, dictionary: dictionary(), community: 'c1' },
        DEFAULT_RANKING.alternatives,
      ).focus.kind;
    expect(alone('kallas?')).toBe('definition');
    expect(alone('counterterrorism maritime')).toBe('none');
    // "How many X" counts X: the noun before the verb.
    expect(analyse('How many maritime partnerships were signed?').focus).toMatchObject({
      kind: 'number',
      category: stems('partnerships'),
    });
    // After a plural, a word that is none is the verb: "how many chiefs live" counts chiefs.
    expect(analyse('How many partnerships live in Delhi?').focus).toMatchObject({
      kind: 'number',
      category: stems('partnerships'),
    });
    // "What kind of X" asks for X of some kind, not for a kind.
    expect(analyse('What kind of partnership was signed?').focus).toMatchObject({
      kind: 'category',
      category: stems('partnership'),
      sort: true,
    });
    // "What is the largest X" picks one X out, as "which X" does; "what is the X" describes X.
    expect(analyse('What is the largest partnership India signed?').focus).toMatchObject({
      kind: 'category',
      category: stems('partnership'),
    });
    expect(analyse('What is the most important maritime partnership?').focus).toMatchObject({
      kind: 'category',
      category: stems('maritime partnership'),
    });
    expect(analyse('What is the maritime partnership?').focus.kind).toBe('definition');
    expect(analyse('What is the forest partnership?').focus.kind).toBe('definition');
    // A verb's -s form after "what", before a name or a preposition, is the verb: no kind is asked.
    expect(analyse('What protects Delhi?').focus.kind).toBe('none');
    expect(analyse('What flows into Delhi?').focus.kind).toBe('none');
    expect(analyse('What partnerships were signed?').focus).toMatchObject({ kind: 'category' });
    expect(analyse('What flows were signed?').focus).toMatchObject({ kind: 'category' });
    // "Who was a / the X" asks for a person who is one; "who is X" (named) asks what X is.
    expect(analyse('Who was the signer of the partnership?').focus.kind).toBe('person');
    expect(analyse('Who is Kallas?').focus.kind).toBe('definition');
    // A name: "what is the name of X", "what is X called".
    expect(analyse('What was the name of the partnership?').focus.kind).toBe('name');
    expect(analyse('What is the first partnership called?').focus.kind).toBe('name');
    expect(analyse('What was the official name of the partnership?').focus.kind).toBe('name');
    // … but not where the question word asks for something else the name has.
    expect(analyse('What century did the name of the partnership come from?').focus.kind).toBe('date');
  });

  it('reads the last word after "did X" or "was X" as what happened, though WordNet has a noun of it', () => {
    const last = (question: string) => analyse(question).concepts.at(-1);
    expect(last('When did the partnership end?')).toMatchObject({ label: 'end', event: true });
    // An irregular participle, whose base is also a noun ("build"), after "was".
    expect(last('When was the fort built?')).toMatchObject({ label: 'built', event: true });
    // "Born" is no noun (WordNet's is Max Born): a modifier, held to the sentence as it is.
    expect(last('When was the partnership born?')).toMatchObject({ label: 'born', role: 'modifier' });
    // Not a noun of what X was, a noun after a determiner, or a yes/no question's verb.
    expect(last("What was the partnership's main cover?")?.event).toBeUndefined();
    expect(last('When did they announce the signing?')?.event).toBeUndefined();
    expect(last('Did the partnership end?')?.event).toBeUndefined();
  });

  it('reads every form of a question-shaping verb as shaping the question', () => {
    const role = (question: string, label: string) =>
      analyse(question).concepts.find((c) => c.label === label)?.role;
    // "get" and "gets" were question-shaping; "getting" was held to the sentence as a verb.
    expect(role('What keeps the pressure from getting too high?', 'getting')).toBe('light');
    expect(role('Which areas is the partnership including?', 'including')).toBe('light');
  });

  it('reads a verb of the mind before "to" and a verb as framing the question, not as what happened', () => {
    const role = (question: string, label: string) =>
      analyse(question).concepts.find((c) => c.label === label)?.role;
    expect(role('What does the EU hope to promote?', 'hope')).toBe('light');
    expect(role('What does India plan to build?', 'plan')).toBe('light');
    expect(analyse('What does the EU hope to promote?').concepts.find((c) => c.label === 'hope')?.frame).toBe(
      true,
    );
    // A verb of another kind is what happens ("cease"); "hope" alone is still looked up.
    expect(role('When did the partnership cease to operate?', 'cease')).not.toBe('light');
    expect(role('What is the hope of the partnership?', 'hope')).toBe('noun');
  });

  it('reads two words the sources hold, run together, as those words', () => {
    const [concept] = analyse('maritimesecurity').concepts;
    const apart = concept?.alternatives.find((alt) => alt.form === 'split');
    expect(apart?.stems).toEqual(stems('maritime security'));
    expect(apart?.weight).toBeLessThan(1);
    expect(concept?.known).toBe(true);
  });

  it('reads "the us" as the country, and "us" alone as the pronoun', () => {
    const us = analyse('what did the us say about the partnership').concepts.find((c) => c.label === 'US');
    expect(us?.role).toBe('name');
    expect(analyse('tell us about the partnership').concepts.map((c) => c.label)).not.toContain('US');
  });

  it('reads a noun no source writes by an adjective defined as of it, and only then', () => {
    const forms = (passages: ReadonlyArray<readonly [string, string]>) =>
      analyserOver(passages)('is security at sea part of the pact')
        .concepts.find((c) => c.label === 'sea')
        ?.alternatives.map((alt) => `${alt.stems.join(' ')} ${alt.form}`);
    const maritime = ['m#p1', 'The pact covers maritime security.'] as const;
    expect(forms([maritime])).toContain(`${stemWord('maritime')} glossed`);
    // Where a source writes "sea", the question's "sea" is that word, not "maritime".
    expect(forms([maritime, ['m#p2', 'Sea trials were held off Goa.']])).toEqual(['sea typed']);
  });

  it('reads a question word with a dropped letter before one with a changed letter', () => {
    // "whn" is one letter from "who" (changed) and from "when" (dropped): the dropped one is likelier.
    expect(analyse('whn was it signed').type).toBe('when');
    // Two letters opening a question, a dropped one only: "hw" is "how"; "im new" is no "is".
    expect(
      analyse('hw did the High Representative describe the signing').concepts.map((c) => c.label),
    ).not.toContain('hw');
    expect(analyse('wy was the partnership signed').type).toBe('why');
    expect(analyse('im new when was the partnership signed').concepts.map((c) => c.label)).toContain('im');
    // Before a comma, "im new" is the asker's chat, and dropped.
    expect(analyse('im new, when was the partnership signed').concepts.map((c) => c.label)).not.toContain(
      'im',
    );
  });

  it('reads a slip of "many", "much" or "long" after "how" as that word', () => {
    expect(analyse('how mnay service chiefs were there').type).toBe('number');
    // Read as "many", a question-shaping word, not a word to find.
    const slip = analyse('how mnay service chiefs were there').concepts.find((c) => c.label === 'mnay');
    expect(slip?.role).toBe('light');
    expect(analyse('how lnog did the talks last').type).toBe('measure');
  });

  it('splits a question word run into the next word', () => {
    expect(analyse('whendid they sign it').type).toBe('when');
  });

  it('marks a noun a name stands right before as that one thing', () => {
    const [, named] = analyse('who signed the EU-Japan partnership').concepts.filter(
      (c) => c.role !== 'verb',
    );
    expect(named?.label).toBe('partnership');
    expect(named?.named).toBe(true);
    expect(analyse('who signed the partnership').concepts.at(-1)?.named).toBeUndefined();
  });

  it('reads a who-question with "with" or "against" as asking for a party', () => {
    expect(analyse('who has the EU signed such deals with').focus.party).toBe(true);
    expect(analyse('who signed the deal').focus.party).toBeUndefined();
  });

  it('reads "how much" as asking for a quantity, "how many" for a count', () => {
    expect(analyse('how much is the deal worth').focus).toMatchObject({
      kind: 'number',
      amount: true,
      mass: true,
    });
    expect(analyse('how many countries signed').focus.mass).toBeUndefined();
  });

  it('reads what a describing question asks the person to have described', () => {
    expect(analyse('How did Kallas describe the signing?').focus).toMatchObject({
      kind: 'speech',
      subject: stems('signing'),
    });
    // "according to Kallas": what she says the thing is.
    expect(analyse('What is the signing of the partnership according to Kallas?').focus).toMatchObject({
      kind: 'speech',
      subject: expect.arrayContaining(stems('signing partnership')),
    });
    // "what month and year" names the slot: neither word is looked up.
    expect(
      analyse('In what month and year was the Strategic Compass adopted?').concepts.map((c) => c.label),
    ).toEqual(['Strategic', 'Compass', 'adopted']);
    // "say X was": what she says X is.
    expect(analyse('what did Kallas say the signing was').focus).toMatchObject({
      kind: 'speech',
      subject: stems('signing'),
    });
    // "call for" is a demand, not a description.
    expect(analyse('What did Kallas call for?').focus).toMatchObject({ kind: 'speech', subject: [] });
    // What the words are about ends where a clause saying which begins ("she signed …").
    expect(analyse('what did Kallas say about the partnership she signed on Tuesday').focus.about).toEqual(
      stems('partnership'),
    );
    expect(analyse('what did Kallas say about the partnership and maritime security').focus.about).toEqual(
      stems('partnership maritime security'),
    );
  });

  it('reads a question word with its "is" written without the apostrophe', () => {
    const whos = analyse('whos kaja kallas');
    expect(whos.type).toBe('who');
    expect(whos.focus.kind).toBe('definition');
    expect(whos.concepts.map((c) => c.label)).toEqual(['kaja', 'kallas']);
    expect(analyse('wheres the partnership signed').type).toBe('where');
    // One letter slipped from it ("wats"), still "what is".
    expect(analyse('wats the strategic compass about').focus).toMatchObject({
      kind: 'definition',
      subject: stems('strategic compass'),
    });
    // "whose" is a question word of its own, no slip of "whos".
    expect(analyse('whose deal is the partnership').focus.kind).not.toBe('definition');
  });

  it('reads "what is X" with an adverb of the asking as describing X ("actually", "really")', () => {
    expect(analyse('what is the strategic compass actually about').focus).toMatchObject({
      kind: 'definition',
      subject: stems('strategic compass'),
    });
    expect(analyse('what is the EU strategic compass really about, in short?').focus.kind).toBe('definition');
  });

  it('weighs rare words above common ones', () => {
    const [signed, maritime] = analyse('signed maritime').concepts;
    expect(maritime?.idf).toBeGreaterThan(signed?.idf ?? Number.POSITIVE_INFINITY);
  });
});

describe('owners', () => {
  it('are the words the question writes with a possessive ending', () => {
    expect(analyse("Who was Emma's brother?").owners).toEqual(stems('Emma'));
    expect(analyse('what is Kallas’s job').owners).toEqual(stems('Kallas'));
    expect(analyse("what is Kallas' job").owners).toEqual(stems('Kallas'));
    expect(analyse('Who did Edgar marry?').owners).toEqual([]);
    // An apostrophe of a contraction is no possessive.
    expect(analyse("who's the minister").owners).toEqual([]);
  });
});

describe('linked names', () => {
  it('records the noun and preposition a name is linked to', () => {
    const india = analyse('Who signed it on behalf of India?').concepts.find((c) => c.label === 'India');
    expect(india?.linkedFrom).toEqual({ head: stemWord('behalf'), link: 'of' });
    // A name after a verb is no noun's side.
    const delhi = analyse('Who signed it in Delhi?').concepts.find((c) => c.label === 'Delhi');
    expect(delhi?.linkedFrom).toBeUndefined();
  });
});

describe('otherNumeral', () => {
  it('writes a number below a hundred the other way, in words or digits', () => {
    expect(otherNumeral('3')).toBe('three');
    expect(otherNumeral('Three')).toBe('3');
    expect(otherNumeral('20')).toBe('twenty');
    expect(otherNumeral('forty')).toBe('40');
    expect(otherNumeral('40')).toBe('forty');
    // Below a hundred, a number of two words: "32" for "thirty-two" (joined as the tokenizer joins
    // a hyphenated word), and back.
    expect(otherNumeral('32')).toBe('thirtytwo');
    expect(otherNumeral('thirtytwo')).toBe('32');
    expect(otherNumeral('twentyone')).toBe('21');
    // Years and larger numbers have no word form here, nor words that are no number.
    expect(otherNumeral('2026')).toBeUndefined();
    expect(otherNumeral('thirtyfoo')).toBeUndefined();
    expect(otherNumeral('area')).toBeUndefined();
  });
});

describe('ordinalWord', () => {
  it('writes a rank in digits as its word, and finds the word for a question\'s "1st"', () => {
    expect(ordinalWord('1st')).toBe('first');
    expect(ordinalWord('3rd')).toBe('third');
    expect(ordinalWord('12th')).toBe('twelfth');
    // A number that is no rank, or a rank news style writes in digits ("21st century").
    expect(ordinalWord('1')).toBeUndefined();
    expect(ordinalWord('21st')).toBeUndefined();
    const rank = analyse('What was signed on the 1st day?').concepts.find((c) => c.label === '1st');
    expect(rank?.alternatives.map((alt) => alt.stems.join(' '))).toContain('first');
  });
});

describe('another name', () => {
  it('reads "another term for X" as asking for another name of X, its asking words no topic', () => {
    const question = analyse('What is another term for maritime security?');
    expect(question.focus).toMatchObject({ kind: 'name', alias: true, subject: stems('maritime security') });
    expect(question.concepts.map((c) => c.label)).toEqual(['maritime', 'security']);
    // "The other terms of" a treaty are its conditions, not its names.
    expect(analyse('What were the other terms of the partnership?').focus.alias).toBeUndefined();
  });
});

describe('a unit of time asked for', () => {
  it('reads "what century" and "in what era" as a date whose unit the answer need not say', () => {
    for (const [question, unit] of [
      ['In what century was the partnership signed?', 'century'],
      ['In what era was the partnership signed?', 'era'],
    ] as const) {
      const read = analyse(question);
      expect(read.focus).toMatchObject({ kind: 'date', unit: stemWord(unit) });
      expect(read.concepts.find((c) => c.label === unit)?.slot).toBe(true);
    }
    // Not the slot where the question asks about it: "which treaty of the century".
    expect(
      analyse('Which treaty marked the century?').concepts.find((c) => c.label === 'century')?.slot,
    ).toBe(undefined);
  });
});

describe('a nationality and the country it pertains to', () => {
  const read = analyserOver([
    ['f#p1', 'It was named New Rochelle after La Rochelle, their former stronghold in France.'],
    ['f#p2', 'The French church in the city held its services in French.'],
  ]);
  const forms = (question: string, label: string) =>
    read(question)
      .concepts.find((c) => c.label === label)
      ?.alternatives.map((alt) => `${alt.stems.join(' ')} ${alt.form}`);

  it('reads an adjective that modifies a word as said by its country too ("French city": "in France")', () => {
    expect(forms('What French city was New Rochelle named after?', 'French')).toContain(
      `${stemWord('France')} derived`,
    );
    // "in French" is the language, not the country.
    expect(forms('What is New Rochelle called in French?', 'French')).not.toContain(
      `${stemWord('France')} derived`,
    );
  });

  it('reads a kind the question capitalises as the slot where the articles write it as a common noun', () => {
    const question = read('What French City was New Rochelle named after?');
    expect(question.concepts.find((c) => c.label === 'City')).toMatchObject({ role: 'name', slot: true });
    // A capitalised word the articles write as a name is no kind: "Which Rochelle".
    expect(
      read('Which Rochelle was it named after?').concepts.find((c) => c.label === 'Rochelle')?.slot,
    ).toBe(undefined);
  });
});

describe('a glossary name typed with a synonym of its head', () => {
  it('names the foreign policy chief by "foreign policy boss", where no source writes "boss"', () => {
    const read = analyserOver([
      ['c#p1', 'The foreign policy chief met the service chiefs.'],
      ['c#p2', 'The High Representative signed it.'],
    ]);
    const [boss] = read('what did the foreign policy boss sign').concepts;
    expect(boss?.label).toBe('foreign policy boss');
    expect(boss?.alternatives.map((alt) => alt.stems.join(' '))).toContain(
      stems('High Representative').join(' '),
    );
    // Only the head, and only by a word no source holds: "foreign affairs chief" is no glossary name here.
    expect(read('what did the foreign affairs chief sign').concepts[0]?.label).not.toBe(
      'foreign affairs chief',
    );
  });
});

describe('names typed in lower case', () => {
  it('reads a glossary name as a name though the articles write it only once', () => {
    const [office] = analyse('when did the high representative sign it').concepts;
    expect(office).toMatchObject({ label: 'high representative', role: 'name' });
  });

  it('does not read the word after "how" as a name the articles write ("how high" beside "High Representative")', () => {
    const named = Lexicon.build(index.articleWords(), openWordNet(), ['high']);
    const read = (question: string) =>
      analyseQuestion(
        question,
        { index, glossary, lexicon: named, dictionary: dictionary(), community: 'c1' },
        DEFAULT_RANKING.alternatives,
      );
    expect(read('how high are the tariffs').concepts[0]).toMatchObject({ label: 'high' });
    expect(read('how high are the tariffs').concepts[0]?.role).not.toBe('name');
    expect(read('did the high representative sign it').concepts[0]?.role).toBe('name');
  });
});

describe('describing words', () => {
  it('reads "how did X characterise Y" as asking for X\'s words on Y, as "describe" is', () => {
    expect(analyse('How did Kallas characterise the partnership?').focus).toMatchObject({
      kind: 'speech',
      subject: stems('partnership'),
    });
  });
});

describe('an office asked for', () => {
  it('reads the words before the office word as part of it ("official job title")', () => {
    const read = analyse("What is the High Representative's official job title?");
    expect(read.focus.kind).toBe('definition');
    expect(read.concepts.map((c) => c.label)).toEqual(['High Representative']);
  });
});

describe('a measure asked for in a word no source writes', () => {
  it('reads "how long" as a measure by the dictionary, and "long" as no word to find', () => {
    const read = analyse('how long did the partnership talks last');
    expect(read.type).toBe('measure');
    expect(read.concepts.map((c) => c.label)).not.toContain('long');
    // "how important" asks for no measure.
    expect(analyse('how important is the partnership').type).not.toBe('measure');
    // "how far" may be answered by the place reached.
    expect(analyse('how far did the delegation travel').focus).toMatchObject({
      kind: 'measure',
      reach: true,
    });
    expect(read.focus.reach).toBeUndefined();
  });
});

describe('question analysis of chat and choices', () => {
  const concept = (question: string, label: string) =>
    analyse(question).concepts.find((c) => c.label === label);

  it('reads a verb after "who", or after "who" and an adverb, as the verb, not a plural noun', () => {
    expect(concept('who signs the partnership', 'signs')?.role).toBe('verb');
    expect(concept('who actually signs the partnership', 'signs')?.role).toBe('verb');
    expect(concept('where are the signs', 'signs')?.role).not.toBe('verb');
    // So after a relative "that" or "which" following a noun: "the plan that sets out …".
    expect(concept('what is the plan that sets out the goals', 'sets')?.role).toBe('verb');
    expect(concept('which body which oversees the plan', 'oversees')?.role).toBe('verb');
    // Not "that" as a determiner: "what are those sets".
    expect(concept('what did she say about that sets', 'sets')?.role).not.toBe('verb');
  });

  it('reads "X or Y" of one role as one concept held by either', () => {
    const choice = concept('was it signed on Tuesday or Wednesday', 'Tuesday or Wednesday');
    expect(choice?.known).toBe(true);
    expect(choice?.alternatives.map((a) => a.stems.join(' '))).toEqual(
      expect.arrayContaining(['tuesdai', 'wednesdai']),
    );
    // Words of different roles stay apart.
    expect(concept('was it signed or covered', 'signed')?.role).toBe('verb');
    // A side of several words, played down by "just", is held by all its words together.
    const step = concept('was it a partnership or just a first step', 'partnership or first step');
    expect(step?.alternatives.map((a) => a.stems.join(' '))).toContain('first step');
    expect(step?.alternatives.map((a) => a.stems.join(' '))).not.toContain('step');
  });

  it('reads a verb WordNet holds as one with its particle ("showed up") as a verb of its own', () => {
    expect(concept('who showed up at the signing', 'showed')?.phrasal).toBe(true);
    expect(concept('who showed the signed text', 'showed')?.phrasal).toBeUndefined();
  });

  it('reads a verb with the preposition of its object as WordNet does ("ask for": request)', () => {
    const analyse = analyserOver([
      ['a#p1', 'The spokesperson said the call had been requested by the EU side.'],
    ]);
    const forms = (question: string) =>
      analyse(question)
        .concepts.find((c) => c.label === 'asked')
        ?.alternatives.flatMap((alt) => alt.stems);
    expect(forms('who asked for the phone call')).toContain(stemWord('requested'));
    expect(analyse('who asked for the phone call').concepts.find((c) => c.label === 'asked')?.phrasal).toBe(
      true,
    );
    // A noun before the preposition is no verb ("budget for" is one in WordNet).
    const budget = (question: string) =>
      analyse(question).concepts.find((c) => c.label === 'budget')?.phrasal;
    expect(budget("what's india's defence budget for 2026-27")).toBeUndefined();
    expect(budget('what is the budget for the exercise')).toBeUndefined();
    expect(budget('did they budget for the exercise')).toBe(true);
  });

  it('reads no glossary name across a verb of the question', () => {
    const academy = parseGlossary(
      'glossary.yaml',
      'groups:\n  - [Indian Naval Academy, Naval Academy Ezhimala]\n',
    );
    const analyse = analyserOver(
      [['a#p1', 'Cadets of the Indian Naval Academy at Ezhimala will go to naval academies in France.']],
      undefined,
      academy,
    );
    const labels = (question: string) => analyse(question).concepts.map((c) => c.label);
    expect(labels('which naval academies are the Ezhimala cadets going to')).not.toContain(
      'naval academies Ezhimala',
    );
    // Written together, the words are the name.
    expect(labels('when did the naval academy Ezhimala open')).toContain('naval academy Ezhimala');
  });

  it('names a person asked for words by the words after their title, the rest only saying who they are', () => {
    const { speaker } = analyse('how did the EU Ambassador Delphin describe the partnership').focus;
    expect(speaker?.stems).toEqual(stems('Delphin'));
    // With the other names of what the title words name: no European Union sentence is Delphin's.
    expect(speaker?.described).toEqual(expect.arrayContaining([...stems('EU ambassador')]));
  });

  it('reads whose name is asked past a name before the word for them and a participle after it', () => {
    const namesOf = (question: string) => analyse(question).focus.namesOf;
    expect(namesOf('what is the name of the EU liaison officer being posted to the centre')).toBe(
      stemWord('officer'),
    );
    expect(namesOf('what is the name of the Indian Navy liaison officer who got posted to Rota')).toBe(
      stemWord('officer'),
    );
    // A name that ends the words names the thing itself.
    expect(namesOf('what is the name of the officer of INS Trikand')).toBe(stemWord('officer'));
    expect(namesOf('what is the name of the ship Trikand')).toBeUndefined();
  });

  it('asks a percentage for a kind WordNet names with "percentage" ("what share of …"), not for another part', () => {
    expect(analyse('what share of the partnership does the EU hold').focus.proportion).toBe(true);
    expect(analyse('which part of the partnership covers security').focus.proportion).toBeUndefined();
  });

  it('asks an amount of money for "how much" by a verb WordNet defines by money, or a noun with no other verb', () => {
    const money = (question: string) => analyse(question).focus.money === true;
    expect(money('how much did the port call cost the navy')).toBe(true);
    expect(money('how much did the EU pay for the course')).toBe(true);
    expect(money('how much is the defence budget')).toBe(true);
    // A change of a price, a share of a budget, a quantity: no amount of money asked.
    expect(money('how much did the price of oil increase')).toBe(false);
    expect(money('how much of the budget goes to the navy')).toBe(false);
    expect(money('how much water does the river carry')).toBe(false);
  });

  it("gives a person asked for words every name the question's concept has for them, and no other", () => {
    const { speaker } = analyse('what did the foreign policy chief Delphin say about the SDP').focus;
    expect(speaker?.forms).toEqual(stems('Delphin'));
    const chief = analyse('what did the High Representative say about the SDP').focus.speaker;
    // An office, not a person: their words come with any name the question holds.
    expect(chief?.forms).toBeUndefined();
  });

  it('names the speaker after "according to", wherever it stands, not the name before it', () => {
    const speakerOf = (question: string) => analyse(question).focus.speaker?.stems;
    expect(speakerOf('which Asian country signed before India according to Kallas')).toEqual(stems('Kallas'));
    expect(speakerOf('according to Kaja Kallas, what comes next')).toEqual(stems('Kaja Kallas'));
    expect(speakerOf('according to the High Representative, what comes next')).toEqual(
      stems('representative'),
    );
  });

  it('searches a question-shaping word by its stem too, as the passages hold it ("described")', () => {
    const terms = queryTerms(analyse('how did the High Representative describe the partnership'));
    expect(terms.map((t) => t.stem)).toContain(stemWord('described'));
  });

  it('asks "who did X" for the doer of X, not "who did Kallas meet"', () => {
    expect(analyse('who actually signs these partnerships').focus.doers).toContain(stemWord('signs'));
    expect(analyse('who did the High Representative meet').focus.doers).toBeUndefined();
  });

  it('asks "how long was …" for a duration or the years it ran, "how long is …" for a measure alone', () => {
    expect(analyse('how long was the partnership in force').focus).toMatchObject({
      kind: 'measure',
      spanned: true,
    });
    expect(analyse('how long is the partnership').focus.spanned).toBeUndefined();
  });

  it('reads a time set by when the text is written ("last year", "next month") as shaping the question', () => {
    const roles = (question: string) =>
      Object.fromEntries(analyse(question).concepts.map((c) => [c.label, c.role]));
    expect(roles('how many ships patrolled last year')).toMatchObject({ last: 'light', year: 'light' });
    expect(roles('who signs it next month')).toMatchObject({ next: 'light', month: 'light' });
    // "last" of no time is a word of the question: "the last round of talks".
    expect(roles('where was the last round of talks')).toMatchObject({
      last: expect.not.stringMatching('light'),
    });
  });

  it('reads "w/" as "with"', () => {
    expect(analyse('who signed it w/ the High Representative').concepts.map((c) => c.label)).not.toContain(
      'w',
    );
  });
});
