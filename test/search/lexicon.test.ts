import { describe, expect, it } from 'vitest';
import { Collocations, Lexicon, NameEvidence } from '../../src/search/lexicon.ts';
import { indexTerms, stemWord } from '../../src/text/analyzer.ts';
import { openWordNet } from '../../src/text/wordnet.ts';

/** What WordNet relates to the corpus's words, restricted to them. */
const lexicon = Lexicon.build(['person', 'treaty', 'vessel', 'posted'], openWordNet());
const related = (word: string) => lexicon.related(stemWord(word)).map((r) => `${r.stem} ${r.relation}`);

describe('Lexicon', () => {
  it('takes a word written capitalised once for a name only when English does not use it', () => {
    const writing = new NameEvidence();
    // "Prabowo", "Macron" and "Policy", each capitalised once inside a sentence; "Kallas" twice.
    writing.add({ capitalised: ['prabowo', 'macron', stemWord('policy'), 'kalla', 'kalla'] });
    const names = Lexicon.build(
      ['prabowo', 'macron', 'policy', 'kallas'],
      openWordNet(),
      writing.names(),
      new Map(),
      writing.names(1),
    );
    expect(names.isName('prabowo')).toBe(true);
    expect(names.isName('kalla')).toBe(true);
    // WordNet holds "macron" (the accent), but its sense-tagged corpus never saw it.
    expect(names.isName('macron')).toBe(true);
    expect(names.isName(stemWord('policy'))).toBe(false);
  });

  it('takes a word written capitalised once for a name when WordNet first knows it as one named thing', () => {
    const writing = new NameEvidence();
    // "France" and "March", each capitalised once inside a sentence: a country; a month is a kind.
    // "Japanese", once: the adjective of Japan (WordNet's pertainym), as much a name; "Royal" is none.
    writing.add({
      capitalised: [stemWord('france'), stemWord('march'), stemWord('japanese'), stemWord('royal')],
    });
    const names = Lexicon.build(
      ['france', 'march', 'japanese', 'royal'],
      openWordNet(),
      writing.names(),
      new Map(),
      writing.names(1),
    );
    expect(names.isName(stemWord('france'))).toBe(true);
    expect(names.isName(stemWord('march'))).toBe(false);
    expect(names.isName(stemWord('japanese'))).toBe(true);
    expect(names.isName(stemWord('royal'))).toBe(false);
  });

  it('knows a verb of saying by its two most frequent senses', () => {
    const verbs = Lexicon.build(['argued', 'signed', 'added', 'met'], openWordNet());
    expect(verbs.isSaying(stemWord('argued'))).toBe(true);
    // "sign" is first to write one's name (communication), then to engage by contract.
    expect(verbs.isSaying(stemWord('signed'))).toBe(false);
    expect(verbs.isSaying(stemWord('added'))).toBe(false);
    expect(verbs.isSaying(stemWord('met'))).toBe(false);
    // Kept in the snapshot's data.
    expect(Lexicon.fromData(verbs.toData()).isSaying(stemWord('argued'))).toBe(true);
  });

  it("counts an adjective's second sense, which the tagged corpus rarely saw", () => {
    // "tailored" is first "trim", second "made-to-order", which WordNet sets beside "custom".
    const tailored = Lexicon.build(['tailored'], openWordNet());
    expect(tailored.related(stemWord('custom'), 'custom').map((r) => r.stem)).toContain(stemWord('tailored'));
  });

  it('relates a question word to the corpus words of the same sense', () => {
    expect(related('pact')).toContain(`${stemWord('treaty')} synonym`);
  });

  it("relates a question's verb to a corpus verb in one of the question verb's own frequent senses", () => {
    // "head" is first to go towards, then to be in charge of, with "lead"; that is only the
    // seventh sense of "lead", which the corpus word's own senses do not reach.
    const verbs = Lexicon.build(['led', 'pact'], openWordNet());
    const relations = (word: string) => verbs.related(stemWord(word)).map((r) => `${r.stem} ${r.relation}`);
    expect(relations('head')).toContain(`${stemWord('led')} sense`);
    expect(relations('head')).not.toContain(`${stemWord('led')} synonym`);
    // Kept in the snapshot's data.
    const loaded = Lexicon.fromData(verbs.toData());
    expect(loaded.related(stemWord('head')).map((r) => r.relation)).toContain('sense');
  });

  it('knows a noun as a unit by a sense of measure past its most frequent ones', () => {
    // "degree" is first a grade or a level; its sixth sense is a unit of temperature.
    const units = Lexicon.build(['degrees', 'level'], openWordNet());
    expect(units.isKind(stemWord('degrees'), 'measur')).toBe(true);
    expect(units.isKind(stemWord('level'), 'measur')).toBe(false);
  });

  it('knows a plural WordNet holds as a noun of its own by its singular too', () => {
    // "minutes" is a meeting's record, and the plural of "minute", a unit of time.
    const units = Lexicon.build(['minutes', 'hours'], openWordNet());
    expect(units.isKind(stemWord('minutes'), 'measur')).toBe(true);
    expect(units.isKind(stemWord('hours'), 'measur')).toBe(true);
  });

  it("relates a question's verb to the corpus verb its first sense is a kind of, not to a root verb", () => {
    const verbs = Lexicon.build(['exchange', 'signed', 'moved'], openWordNet());
    const relations = (word: string) => verbs.related(stemWord(word)).map((r) => `${r.stem} ${r.relation}`);
    // "swap" is a way to "exchange", "ink" a way to "sign".
    expect(relations('swapping')).toContain(`${stemWord('exchange')} sense`);
    expect(relations('ink')).toContain(`${stemWord('signed')} sense`);
    // "send" is a way to "move", which no verb is above: too broad to stand for it.
    expect(relations('send')).not.toContain(`${stemWord('moved')} sense`);
  });

  it('lets a corpus noun stand for its narrower terms, unless it has too many to mean any one', () => {
    // "vessel" has a handful of kinds: a question's "ship" may be answered by it …
    expect(related('ship')).toContain(`${stemWord('vessel')} narrower`);
    // … "person" has hundreds: it does not answer for "hope" (someone's best hope) or "host".
    expect(related('hope')).not.toContain(`${stemWord('person')} narrower`);
    expect(related('host')).not.toContain(`${stemWord('person')} narrower`);
  });

  it('gives an adjective the opposites of its cluster, not of a cluster too broad to oppose', () => {
    const clusters = Lexicon.build(['medieval', 'thick', 'big'], openWordNet());
    const opposites = (word: string) =>
      clusters
        .related(stemWord(word))
        .filter((r) => r.relation === 'antonym')
        .map((r) => r.stem);
    // "medieval" stands in the cluster of "nonmodern", the opposite of "modern".
    expect(opposites('modern')).toContain(stemWord('medieval'));
    // "thick" is the direct opposite of "thin".
    expect(opposites('thin')).toContain(stemWord('thick'));
    // "big" is one of the many satellites of "bad": it is no opposite of "good".
    expect(opposites('good')).not.toContain(stemWord('big'));
  });

  it('relates nothing to a question-shaping word, which the index keeps whole', () => {
    // "used" is indexed as "used" (src/text/stop-words.ts, LIGHT_WORDS); its Porter stem "us" is
    // what only the acronym "US" leaves in an index, so "utilized" must not seek it.
    const shaping = Lexicon.build(['used', 'employed', 'places', 'place'], openWordNet());
    const stems = (word: string) => shaping.related(stemWord(word)).map((r) => r.stem);
    expect(stems('utilize')).toContain(stemWord('employed'));
    expect(stems('utilize')).not.toContain(stemWord('used'));
    expect(stems('utilize')).not.toContain('used');
    // "place" is also the stem of the content word "places": what WordNet relates to it stays.
    expect(stems('spot')).toContain('place');
  });

  it('relates a verb to the corpus verbs that are ways of doing it, and not the other way', () => {
    // To post a notice is a way to announce: "when did she announce it" may be answered by "posted".
    expect(related('announce')).toContain(`${stemWord('post')} manner`);
    // The corpus's broader verb does not stand for the question's narrower one.
    const announcing = Lexicon.build(['announced'], openWordNet());
    expect(announcing.related(stemWord('post')).map((r) => r.relation)).not.toContain('manner');
  });

  it('relates an adjective to the noun it pertains to, which WordNet does not point back from', () => {
    const words = Lexicon.build(['french', 'france'], openWordNet());
    const relatives = (word: string) =>
      words.related(stemWord(word), word).map((r) => `${r.stem} ${r.relation}`);
    // WordNet's "French" (adjective) points to "France"; "France" points to no adjective.
    expect(relatives('french')).toContain(`${stemWord('france')} pertains`);
    expect(relatives('france')).toContain(`${stemWord('french')} derived`);
    // Only to a noun the corpus holds.
    expect(Lexicon.build(['french'], openWordNet()).related(stemWord('french'), 'french')).toEqual([]);
  });

  it('gives a word only the relatives of its own forms, not of words that share its Porter stem', () => {
    // "important" and "imports" share the stem "import"; "significant" is a relative of the first only.
    const words = Lexicon.build(['significant', 'serving'], openWordNet());
    const relatives = (word: string) => words.related(stemWord(word), word).map((r) => r.stem);
    expect(relatives('important')).toContain(stemWord('significant'));
    expect(relatives('imports')).not.toContain(stemWord('significant'));
    // "helping" (a serving of food) is also a form of "help": the question word keeps it.
    expect(relatives('help')).toContain(stemWord('serving'));
    // Looked up by stem alone, every relative filed under it is returned.
    expect(words.related(stemWord('imports')).map((r) => r.stem)).toContain(stemWord('significant'));
  });

  it('keeps the corpus words of a relative whose stem words of other lemmas share ("generally", not "generate")', () => {
    const words = Lexicon.build(['generally', 'generate', 'largely'], openWordNet());
    const toGeneral = (lexicon: Lexicon) =>
      lexicon.related(stemWord('mostly'), 'mostly').find((r) => r.stem === stemWord('generally'));
    expect(toGeneral(words)?.words).toEqual(['generally']);
    expect(toGeneral(Lexicon.fromData(words.toData()))?.words).toEqual(['generally']);
    // "largely" is the only corpus word of its stem: its relations hold for the stem.
    const toLarge = words.related(stemWord('mostly'), 'mostly').find((r) => r.stem === stemWord('largely'));
    expect(toLarge).toBeDefined();
    expect(toLarge?.words).toBeUndefined();
  });

  it('knows the adjectives that measure a quantity from their WordNet attribute', () => {
    const words = Lexicon.build(['long', 'wide', 'old', 'important', 'serious'], openWordNet());
    // Duration, width, age: "how long" asks for a number …
    for (const word of ['long', 'wide', 'old']) expect(words.isMeasure(stemWord(word))).toBe(true);
    // … importance and seriousness are qualities: "how important" does not.
    for (const word of ['important', 'serious']) expect(words.isMeasure(stemWord(word))).toBe(false);
    expect(Lexicon.fromData(words.toData()).isMeasure(stemWord('long'))).toBe(true);
  });

  it('knows the words that say how much something matters, by attribute or by definition', () => {
    const words = Lexicon.build(
      ['significant', 'key', 'milestone', 'cornerstone', 'proud', 'x', 'long'],
      openWordNet(),
    );
    // Adjectives whose attribute is importance; nouns defined as an important thing ("a milestone":
    // "a significant event in your life").
    for (const word of ['significant', 'key', 'milestone', 'cornerstone'])
      expect(words.isImportance(stemWord(word)), word).toBe(true);
    // Not pride, length, nor "x", whose definition as a number opens with "cardinal".
    for (const word of ['proud', 'x', 'long']) expect(words.isImportance(stemWord(word)), word).toBe(false);
    expect(Lexicon.fromData(words.toData()).isImportance(stemWord('milestone'))).toBe(true);
  });

  it('gives a corpus word no noun that WordNet has only as a name, unless it is nothing else', () => {
    const words = Lexicon.build(['born', 'france'], openWordNet());
    expect(words.partsOfSpeech(stemWord('born'))).toBe('av');
    expect(words.partsOfSpeech(stemWord('france'))).toBe('n');
  });

  it('keeps the parts of speech of a word apart from the other words of its Porter stem', () => {
    const words = Lexicon.build(['approximate', 'approximation'], openWordNet());
    const stem = stemWord('approximate');
    expect(stem).toBe(stemWord('approximation'));
    expect(words.partsOfSpeech(stem)).toBe('anv');
    expect(words.wordPartsOfSpeech('approximate', stem)).toBe('av');
    expect(words.wordPartsOfSpeech('approximation', stem)).toBe('n');
    // A word the corpus does not hold has its stem's; the split survives the snapshot.
    expect(words.wordPartsOfSpeech('approximated', stem)).toBe('anv');
    expect(Lexicon.fromData(words.toData()).wordPartsOfSpeech('approximate', stem)).toBe('av');
  });

  it('relates a verb to a verb of several words the articles write together, and only then', () => {
    const wordnet = openWordNet();
    const collocations = new Collocations(wordnet);
    collocations.add({
      terms: indexTerms("On 21 February 1804, the world's first railway journey took place."),
    });
    collocations.add({ terms: indexTerms('They take the ferry; its place in history is assured.') });
    // "took place" together is the verb "take place"; "take … place" apart is not "take place" there.
    expect([...collocations.written().keys()]).toEqual(['take place']);
    const words = Lexicon.build(['took', 'place', 'railway'], wordnet, [], collocations.written());
    const occur = words.related(stemWord('occur'), 'occur');
    expect(occur).toContainEqual(expect.objectContaining({ stem: 'take place', relation: 'synonym' }));
    expect(Lexicon.build(['took', 'place'], wordnet).related(stemWord('occur'), 'occur')).toEqual([]);
  });

  it('types a named thing of several words the articles write by all its stems together', () => {
    const wordnet = openWordNet();
    const compounds = new Collocations(wordnet, 'n');
    compounds.add({ terms: indexTerms('A small group settled on the south shore of Staten Island.') });
    compounds.add({ terms: indexTerms('The prime minister spoke.') });
    const words = Lexicon.build(
      ['staten', 'island', 'prime', 'minister'],
      wordnet,
      [],
      new Map(),
      [],
      compounds.written(),
    );
    // WordNet: Staten Island, "one of the five boroughs of New York City", an instance of a borough.
    expect(words.isKind('staten island', 'borough')).toBe(true);
    expect(words.isKind('island', 'borough')).toBe(false);
    // "Prime minister" (a head of state, a representative) is no one named thing, and not typed so.
    expect(words.isKind(`${stemWord('prime')} ${stemWord('minister')}`, stemWord('representative'))).toBe(
      false,
    );
    expect(Lexicon.fromData(words.toData()).isKind('staten island', 'borough')).toBe(true);
  });

  it("relates an adjective to the nouns its definition says it is of ('maritime': the sea, ships)", () => {
    const words = Lexicon.build(['maritime', 'military', 'global'], openWordNet());
    const glossed = (noun: string) =>
      words
        .related(stemWord(noun), noun)
        .filter((r) => r.relation === 'glossed')
        .map((r) => r.stem);
    // "characteristic of those near the sea"; "relating to or involving ships or shipping …".
    expect(glossed('sea')).toEqual([stemWord('maritime')]);
    expect(glossed('ships')).toEqual([stemWord('maritime')]);
    // An irregular plural, by its singular ("seamen": "seaman").
    expect(glossed('seaman')).toEqual([stemWord('maritime')]);
    // "involving the entire earth": a noun after adjectives.
    expect(glossed('earth')).toEqual([stemWord('global')]);
    // "of or relating to the study of the principles of warfare": no list of nouns, no relation.
    expect(glossed('study')).toEqual([]);
  });

  it("knows the nouns whose first sense is a person from WordNet's lexicographer files", () => {
    const corpus = ['sister', 'barons', 'mother', 'visit', 'marriage', 'army', 'engineer', 'engine'];
    const words = Lexicon.build(corpus, openWordNet());
    for (const word of ['sister', 'barons', 'mother', 'engineer']) expect(words.isPerson(word)).toBe(true);
    // An event, a state, a group of people, a machine: no one person. ("Engine" has the Porter
    // stem of "engineer", so the words themselves are asked about, not their stems.)
    for (const word of ['visit', 'marriage', 'army', 'engine']) expect(words.isPerson(word)).toBe(false);
    expect(Lexicon.fromData(words.toData()).isPerson('sister')).toBe(true);
  });
});
