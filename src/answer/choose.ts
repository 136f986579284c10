import { ALIAS_MARK } from '../corpus/article-aliases.ts';
import { articleIdOf } from '../corpus/passages.ts';
import { QUESTION_MARK, QUOTE, SPEECH } from '../corpus/speakers.ts';
import type { UnitSentence } from '../corpus/units.ts';
import type { Lexicon } from '../search/lexicon.ts';
import { indexTerms, isLight, POSSESSIVE, sentenceTokens, stemWord, tokenize } from '../text/analyzer.ts';
import type { Dictionary } from '../text/dictionary.ts';
import { BE_FORMS, DETERMINERS, NAME_PARTICLES, PREPOSITIONS, STOP_WORDS } from '../text/stop-words.ts';
import { cachedByText } from '../text/text-cache.ts';
import {
  type AlternativeForm,
  type AnalysedQuestion,
  type Concept,
  LASTING_STEMS,
  ORDINAL_WORDS,
  OUTSIDE,
  ordinalWord,
  VERB_FORMS,
} from './analyse-question.ts';
import { conflictingReport, correctedReport } from './conflicts.ts';
import { conceptMatch, coverage, union } from './coverage.ts';
import { tellsOrigin } from './origin.ts';
import { paraphrases } from './paraphrase.ts';
import { PERSON_PRONOUN } from './question-words.ts';
import type { Ranking } from './ranking.ts';
import {
  ANAPHOR,
  answersAsked,
  askedStems,
  headingAsking,
  movedTo,
  pointsBack,
  type ScoredSentence,
  titleStems,
} from './score-sentences.ts';
import {
  datesByYearAlone,
  isTestedClaim,
  MONEY_AMOUNT,
  NAMING_FORMS,
  nameRuns,
  namesMonth,
  REASON,
  saysCalendarDate,
  speakerConcept,
  speakerWords,
  titledAs,
} from './sentence-cues.ts';
import { saysOtherOrder } from './temporal-order.ts';
import { type Trace, traceStep } from './trace.ts';

/**
 * The sentences to quote, best first; empty when none answers. A sentence answers when it and its
 * paragraph cover enough of the question, the question's names and numbers stand in its
 * paragraph or article title, it does not say the opposite of the question (an antonym where the
 * question's word should be, no "not" where the question has one), it speaks of the question's
 * names and not of others in their place (another name before its noun or linked to it, a name
 * only as a person's owner, "Edgar's sister"), it is no question itself, and, for "when" and "how
 * many", it holds a date or a number. A moderator's pin comes first when it covers the question
 * about as well as the best article sentence; a pin that does not answer never displaces an
 * article. A second article sentence is added when it continues the first ("These include …") or
 * covers a good share of the question the first leaves out.
 *
 * @module
 */

// A sentence opening with one of these continues the one before it ("These include …").
const CONTINUATION = /^(?:These|Those|They|Such)\b/;
// A sentence that counts what the next ones tell ("There are three reasons." before "The first is
// the sea.", "We agreed on three things:"): its answer is what follows.
const ANNOUNCES_COUNT =
  /\b(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:[\p{L}-]+\s+)?[\p{L}-]+s\b/u;
// The first of what a sentence before counted: "The first is the sea.", "One is …".
const FIRST_OF = /^["“]?(?:The\s+)?(?:first|one)\b/i;
// A sentence opening with what the one before it spoke of: "That drill, …", "It was …".
const POINTS_AT_BEFORE = /^(?:That|This|The same|It|They|These|Those)\b/;
const NEGATIONS = ['not', 'never', 'no', 'without', 'nor'];
// A sentence saying what the one before it shows or why it is so: "It shows how we have been able
// to work together", "This is why …", "That means …".
const EXPLAINS_BEFORE =
  /^["“]?(?:That|This|It)\s+(?:shows|showed|means|meant|signals|signalled|signaled|proves|proved|demonstrates|demonstrated|reflects|reflected|explains|is (?:because|why)|was (?:because|why))\b/;
// A sentence saying what the one before it spoke of is: "This is more than symbolic", "It was a milestone".
const DESCRIBES_BEFORE = /^["“]?(?:That|This|It)\s+(?:is|was|will be|has been|would be)\b/;
// A sentence of fewer than three words states nothing by itself ("(ANI)", "No.").
const THREE_WORDS = /\p{L}+\P{L}+\p{L}+\P{L}+\p{L}/u;
// A sentence that ends with a question mark, before any closing quote, bracket or emphasis mark.
// A place named by pointing back: "It is here that …", "Here the river …" (not "there is").
const HERE = /\bhere\b/i;
const QUESTION = /\?["”’')\]*_]*\s*$/;
// A question's part put as a list item, the way a written parliamentary question is: "(c) whether
// India proposes to take part in projects under …;". It asks; the answer's "(c) No proposal …" tells.
const ASKED_PART = /^\s*\(?[a-z\d]{1,4}[).]\s+whether\b.*[;:,]\s*(?:and|or)?\s*$/is;
// A question reported in a sentence: "… asked whether Indian companies could …", "… wanted to
// know if …".
const REPORTED_QUESTION =
  /\b(?:asked|asking|asks|wanted to know|wondered|queried)\s+(?:\p{L}+\s+){0,3}?(?:whether|if)\b/iu;
// Words of a question asking about asking: "what did the MEP ask", "who raised the question".
const ASKING_STEMS = new Set(
  indexTerms('ask asked question questioned query queried raise raised wonder wondered want wanted'),
);
// A statement whose predicate is a question someone asked: "What our fishermen asked the captain
// was simple: …?", "The question they asked was: …?".
const ASKED_IS =
  /^\W*(?:what|the\s+(?:question|thing))\b[^?:]*\b(?:asked|wanted\s+to\s+know|wondered)\b[^?:]*\b(?:was|is)\b[^?:]*:/i;
// How many of the best sentences a trace explains when none answers.
const PASSED_OVER_SHOWN = 3;
const FOCUS_REQUIRED = new Set(['date', 'number', 'measure', 'name']);
// What a sentence supplies by itself when it has one: a person, a date, a number, a place (a kind
// or a name may want the sentence after it: "the colony was called …").
const SUPPLIED = new Set(['person', 'date', 'number', 'measure', 'place']);
// A modifier's own forms and words of its sense, not the words of other kinds WordNet relates.
const KIND_FORMS = new Set<AlternativeForm>([...NAMING_FORMS, 'synonym', 'similar']);

/**
 * The question's predicates (its verbs and modifiers: what happened, of what kind) that the
 * sources use, each with the candidate articles that use it (in any form: a WordNet relative
 * counts) in any paragraph or their title. A sentence is held to a predicate only where its own
 * article uses it: an article that never does words it otherwise. Where the question asks for a
 * named person's words ("according to Singh, what does the agreement demonstrate"), their own
 * sentences are held to it only where they use it themselves (`inTheirWords`): Singh never says
 * "show", though Kallas does ("It shows how …"), and his words are his way of saying it.
 */
export type PredicateArticles = ReadonlyMap<Concept, ReadonlySet<string>>;

/** The key under which `PredicateArticles` holds an article whose asked-for speaker uses the predicate. */
const inTheirWords = (article: string) => `${article} (the speaker asked about)`;

/** Whether the question asks for a named person's words and the sentence gives them. */
const namedSpeakerOf = (s: ScoredSentence, question: AnalysedQuestion) =>
  question.focus.speaker !== undefined && !question.focus.speaker.common && spokenByAsked(s, question);

// An adverb of manner ("legally", "quickly") says how, not what happened or of what kind: an answer
// may leave it out ("are they legally binding" is answered by "they are non-binding").
const MANNER = /ly$/i;

const articleOf = (s: ScoredSentence) => articleIdOf(s.unit.id);

export function predicateArticles(
  question: AnalysedQuestion,
  ranked: readonly ScoredSentence[],
): PredicateArticles {
  // "when will India decide on joining SAFE": a verb right after the question's verb (by "on",
  // "to", "about") says what that one is about; the sentence that says the first answers.
  const complement = (c: Concept, i: number) => {
    const before = question.concepts[i - 1];
    return c.role === 'verb' && before?.role === 'verb' && !before.light && c.position - before.position <= 2;
  };
  const predicates = question.concepts.filter(
    (c, i) =>
      !complement(c, i) &&
      (c.role === 'verb' || c.event === true || (c.role === 'modifier' && !MANNER.test(c.label))) &&
      c.known &&
      // A verb known only by its neighbours in use ("inked": "signed") is not held to them.
      !c.associated &&
      // "didn't Kallas meet the chiefs?": a yes/no question is answered by the sentence that says
      // either way, so its "not" is no word a sentence must say.
      !(question.type === 'yesno' && NEGATIONS.includes(c.label.toLowerCase())) &&
      !c.slot &&
      !c.phrasal &&
      !c.describes &&
      // What someone said about a thing being done is in their words, not held to the verb.
      !(c.role === 'verb' && c.alternatives[0]?.stems.some((stem) => question.focus.about?.includes(stem))),
  );
  const found = new Map<Concept, Set<string>>(predicates.map((c) => [c, new Set<string>()]));
  if (predicates.length === 0) return found;
  // A relative of several words ("take place" for "occur") is not known to be used by an article
  // whose words merely include them, somewhere each ("take", "place"): only its single words are.
  // Nor is a narrower term, one kind of doing it ("look forward" for "watching"), nor a verb of the
  // question verb's own senses ("follow" for "watching"): that the article uses it elsewhere says
  // little of how it would word this event.
  const singleWorded = predicates.map((c): [Concept, Concept] => [
    c,
    {
      ...c,
      alternatives: c.alternatives.filter(
        (alt) =>
          (alt.form === 'typed' || alt.stems.length === 1) && alt.form !== 'narrower' && alt.form !== 'sense',
      ),
    },
  ]);
  const seen = new Set<string>();
  for (const s of ranked) {
    const article = articleOf(s);
    if (s.unit.kind !== 'article' || seen.has(article)) continue;
    seen.add(article);
    const said = union(s.unit.articleStems, s.unit.title);
    for (const [predicate, single] of singleWorded)
      if (conceptMatch(single, said) > 0) found.get(predicate)?.add(article);
  }
  for (const s of ranked) {
    if (s.unit.kind !== 'article' || !namedSpeakerOf(s, question)) continue;
    for (const [predicate, single] of singleWorded)
      if (conceptMatch(single, s.stems) > 0) found.get(predicate)?.add(inTheirWords(articleOf(s)));
  }
  return found;
}

/** Why a sentence does not answer, or undefined when it does. */
export function objection(
  s: ScoredSentence,
  question: AnalysedQuestion,
  ranking: Ranking,
  predicates: PredicateArticles = new Map(),
  isPlace?: (stem: string) => boolean,
  isThing?: (stem: string) => boolean,
  dictionary?: Dictionary,
  lexicon?: Lexicon,
): string | undefined {
  const { abstain } = ranking;
  if (s.passageCoverage < abstain.minPassageCoverage)
    return 'its paragraph covers too little of the question';
  // A sentence that opens by pointing back and supplies what is asked ("It … has its headquarters
  // at Rota" for "where is Atalanta headquartered") covers the question with what it points to.
  // So does an interview's answer that refers back to its question ("Because without it …").
  // An explainer's paragraph under a heading that asks the question ("### Why did India take longer
  // …?") answers it, whatever it supplies.
  const own =
    (s.typeMatch && (pointsBack(s.text) || answersAsked(s.unit, s.position))) ||
    headingAsking(s.unit, question, ranking) !== undefined
      ? s.referredCoverage
      : s.coverage;
  if (own < abstain.minSentenceCoverage && !doneToTheNamed(s, question, ranking))
    return 'it covers too little of the question';
  if (abstain.requireNames) {
    const absent = absentName(s, question, isPlace, isThing);
    if (absent) return `it does not name ${absent.label}`;
  }
  const role = unheldRole(s, question);
  if (role) return `it does not say who is ${role.label}`;
  const kind = unheldKind(s, question);
  if (kind) return `it names no ${kind.label}`;
  const party = question.actsFor;
  if (
    party &&
    dictionary &&
    question.focus.kind === 'person' &&
    !actsForParty(
      s.text,
      party,
      (word) => dictionary.isPersonNoun(word),
      // "the EU's diplomatic service": a group the party has (WordNet's social groups), or its
      // service; only where the sentence says what the question asks in its own words, not by its
      // headline's ("chaired by … Portugal's defence policy service" for "who signed the pact").
      (word) =>
        s.coverage >= abstain.minPassageCoverage &&
        (word === 'service' || dictionary.isKindOf(word, 'social group')),
    )
  )
    return `it does not say who acts for ${party.label}`;
  // "What nationality was Arthur Woolf?": a sentence naming him beside a people or a place.
  if (question.origin && dictionary && !tellsOrigin(s.text, originNames(question), dictionary))
    return 'it does not say where they are from';
  const offTopic = unspokenTopic(s, question);
  if (offTopic) return `it does not speak of ${offTopic.label}`;
  const other = otherSpeaker(s, question);
  if (other) return `it gives the words of ${other}`;
  // "which colleges did Morava sign with": not "… three engineering colleges, which it did not
  // name", which says the names asked for are not told (but "how many colleges" it answers).
  if (
    UNNAMED.test(s.text) &&
    (NAMED_KINDS.has(question.focus.kind) || question.type === 'who' || question.type === 'which')
  )
    return 'it says the names are not told';
  // "what did the three service chiefs say to Kallas": not "… the three service Chiefs met the EU
  // delegation led by Kallas", which gives no one's words, unless the sentence after it does
  // ("In June 2025 Kallas and Jaishankar held … Kallas called the two sides …").
  if (
    lexicon &&
    question.focus.kind === 'speech' &&
    question.focus.speaker &&
    !givesWords(s, lexicon) &&
    !nextGivesWords(s, lexicon)
  )
    return "it gives no one's words";
  const unsaid = unsaidPredicate(
    s,
    predicates,
    wordedOtherwise(s, ranking, dictionary),
    namedSpeakerOf(s, question),
  );
  if (unsaid) return `it does not say ${unsaid.label}`;
  return contradiction(s, question, ranking, isPlace);
}

/**
 * For "who inaugurated the Sulur plant": "Chief Minister Anbazhagan Selvaraj inaugurated the
 * facility", after the sentence naming the plant at Sulur. A sentence that says the question's
 * verb, supplies what is asked and speaks of "the" thing (a definite description of what the
 * sentence before names) covers the question with that sentence, at the discount a pronoun's
 * sentence has.
 */
function doneToTheNamed(s: ScoredSentence, question: AnalysedQuestion, ranking: Ranking): boolean {
  if (!s.typeMatch || !/\bthe\s+\p{Ll}/u.test(s.text)) return false;
  const verb = question.concepts.find((c) => c.role === 'verb' && !c.light);
  if (!verb || conceptMatch(verb, s.stems) === 0) return false;
  const near = coverage(question.concepts, s.near, ranking.coverage);
  return near * ranking.sentence.anaphora >= ranking.abstain.minPassageCoverage;
}

/**
 * For "what did X say": the speaker of a sentence that gives someone else's words ("I hope the
 * increased momentum …", Rajnath Singh's, for "what did Kallas say about the economy").
 */
function otherSpeaker(s: ScoredSentence, question: AnalysedQuestion): string | undefined {
  const { speaker } = question.focus;
  if (question.focus.kind !== 'speech' || !speaker || speaker.common) return undefined;
  // A country or an organisation the article is about speaks through its people ("what did India
  // say": its prime minister's words).
  if (!speaker.person && speaker.stems.some((stem) => s.unit.about.has(stem))) return undefined;
  const said = s.unit.sentences[s.position]?.speaker;
  return said !== undefined && !spokenByAsked(s, question) ? said : undefined;
}

/**
 * For "what did X say about Y": a word of Y that neither the sentence nor the one before it says
 * ("the visit would build on the momentum …" is not what Jaiswal said about the trade deal), by
 * any of its forms or relatives.
 */
function unspokenTopic(s: ScoredSentence, question: AnalysedQuestion): Concept | undefined {
  const about = question.focus.about;
  if (!about) return undefined;
  // Not the headline: "what the fine print says about cars, wine and farm goods" heads a story
  // in which Goyal speaks of dairy only.
  // Nor a person the article keeps coming back to, whom a sentence speaks of as "him" or "her"
  // ("… called him "a teacher"" in an obituary of Sethuraman): the article's central names.
  const pointed = PERSON_PRONOUN.test(s.text) ? s.unit.central : new Set<string>();
  const said = union(s.stems, s.unit.sentences[s.position - 1]?.stems ?? new Set<string>(), pointed);
  // Not a verb of it: "about the navies working together" is about the navies, in any words
  // ("Our navies have already sailed together").
  return question.concepts.find(
    (c) =>
      c.role !== 'verb' &&
      // Nor a question-shaping word: "about the two sides" is about the parties, in any words.
      c.role !== 'light' &&
      c.alternatives[0]?.stems.some((stem) => about.includes(stem)) &&
      conceptMatch(c, said) === 0,
  );
}

/**
 * For "which EU operations were in the Republic Day parade": the kind asked for, where the
 * sentence neither supplies one of that kind nor says the word or another word for it ("…
 * Republic Day was quite an experience" names no operation) while its paragraph does: the
 * paragraph speaks of the kind in another sentence, and this one of something else. Not a
 * sentence naming something the question does not.
 */
function unheldKind(s: ScoredSentence, question: AnalysedQuestion): Concept | undefined {
  if (question.focus.kind !== 'category' || s.typeMatch) return undefined;
  // A name the question does not hold may be one of the kind, in words no cue reads ("In Van Gend
  // en Loos v Nederlandse …" for "in which case …").
  const asked = askedStems(question);
  if (nameRuns(s.text).some((run) => run.some((stem) => !asked.has(stem)))) return undefined;
  // Only where its paragraph says the kind elsewhere ("our operations were also a part of this
  // parade"): a paragraph that never says it may name one in other words ("areas such as …").
  return question.concepts.find(
    (c) => c.slot && c.role === 'noun' && conceptMatch(c, s.near) === 0 && conceptMatch(c, s.unit.stems) > 0,
  );
}

// What says someone acts for a party, before the party's name: "on behalf of the European Union",
// "for India", "representing the EU".
const ACTS_FOR = /\b(?:on\s+behalf\s+of|for|representing)\s+(?:the\s+)?((?:\p{Lu}[\p{L}'’-]*\s*){1,4})/gu;
// A party's own officer, by a title the party's name heads: "the EU's High Representative", "EU
// Trade Commissioner Maroš Šefčovič", "Indian Defence Minister".
const PARTYS_OFFICER = /(\p{Lu}[\p{L}'’-]*?)(?:['’]s)?((?:\s+\p{Lu}\p{Ll}+){1,3})/gu;

// A body of the party's own that someone is of: "… at the European External Action Service (EEAS),
// the EU's diplomatic service", "India's foreign ministry", or by its name, "a joint secretary in
// India's Ministry of Defence" (the head before "of").
const PARTYS_BODY = /(\p{Lu}[\p{L}-]*)['’]s((?:\s+\p{Ll}+){1,3}|(?:\s+\p{Lu}\p{Ll}+){1,3})/gu;
// A party's group under someone who leads it: "the Indian delegation, led by", "India's team was
// headed by".
const PARTY_LED =
  /(\p{Lu}[\p{L}'’-]*?)(?:['’]s)?\s+(?:\p{Ll}+[\s,]+){1,2}(?:was\s+|is\s+)?(?:led|headed)\s+by\b/gu;

/**
 * For "who signed the partnership for India": whether the sentence says someone acts for the
 * party ("signed by the EU's High Representative on behalf of the European Union", "EU Trade
 * Commissioner Maroš Šefčovič signed", "the Indian delegation, led by …"); "After India and the
 * European Union signed …" has the parties sign, and says no one signed for either.
 */
function actsForParty(
  text: string,
  party: Concept,
  isOffice: (word: string) => boolean,
  isBody: (word: string) => boolean,
): boolean {
  const officers = [...text.matchAll(PARTYS_OFFICER)]
    .filter((m) =>
      (m[2] ?? '')
        .trim()
        .split(/\s+/)
        .some((word) => isOffice(word.toLowerCase())),
    )
    .map((m) => m[1] ?? '');
  const led = [...text.matchAll(PARTY_LED)].map((m) => m[1] ?? '');
  // The noun the party's words end on: "the EU's diplomatic service".
  const bodies = [...text.matchAll(PARTYS_BODY)]
    .filter((m) => isBody(((m[2] ?? '').trim().split(/\s+/).at(-1) ?? '').toLowerCase()))
    .map((m) => m[1] ?? '');
  const said = [...[...text.matchAll(ACTS_FOR)].map((m) => m[1] ?? ''), ...officers, ...led, ...bodies];
  return said.some((words) => conceptMatch(party, new Set(indexTerms(words))) > 0);
}

/**
 * For "who is the commanding officer of INS Trikand": the role asked for, where the sentence does
 * not say it (in its words or another word for it), nor its speaker's title: a sentence that names
 * the ship and someone else says nothing of who commands it.
 */
function unheldRole(s: ScoredSentence, question: AnalysedQuestion): Concept | undefined {
  const { role } = question.focus;
  if (role === undefined) return undefined;
  const concept = question.concepts.find((c) => c.alternatives[0]?.stems.includes(role));
  const title = s.unit.sentences[s.position]?.title;
  const held = title ? union(s.stems, new Set(titleStems(title))) : s.stems;
  if (!concept || conceptMatch(concept, held, KIND_FORMS) > 0) return undefined;
  return concept;
}

/**
 * A name or number of the question that neither the sentence, the one before it nor its headline
 * names: by its own words or another name of it, not by a WordNet relative ("river" for "Danube").
 */
function absentName(
  s: ScoredSentence,
  question: AnalysedQuestion,
  isPlace?: (stem: string) => boolean,
  isThing?: (stem: string) => boolean,
): Concept | undefined {
  // "at the TTC": a name set where the question sets a place but known by a glossary name whose
  // head is a common noun of no place ("Trade and Technology Council") is named as any other name
  // is, by the headline too.
  const placed = (c: Concept) =>
    c.located === true &&
    !(
      isPlace &&
      isThing &&
      c.alternatives.some((alt) => {
        const head = alt.form === 'glossary' ? alt.stems.at(-1) : undefined;
        return head !== undefined && isThing(head) && !isPlace(head);
      })
    );
  return question.concepts.find(
    (c) =>
      (c.role === 'name' || c.role === 'number') &&
      !c.circumstance &&
      !c.slot &&
      !namesIt(c, placed(c) ? s.nearPlaces : s.near) &&
      !datelined(c, s.unit.dateline) &&
      !titledAs(s.unit.sentences[s.position], c) &&
      !describedAs(s, c),
  );
}

// Words before a noun that make it one thing the reader knows of: "the centre", "her centre".
const DEFINITE = new Set(['the', 'its', 'her', 'his', 'their', 'our']);

/**
 * Whether the sentence speaks of a name of several words, one its article names, by the name's
 * last word after a determiner ("Her centre issued 312 advisories", where the article names the
 * Information Fusion Centre): the article's own short way of naming it again. Or the sentence
 * before it opens so, and the sentence goes on about it ("The centre was set up in 2018. The EU
 * will post its own liaison officer to Gurugram"), as a name there would be near it.
 */
function describedAs(s: ScoredSentence, name: Concept): boolean {
  if (name.role !== 'name') return false;
  const heads = new Set(
    name.alternatives.flatMap((alt) =>
      NAMING_FORMS.has(alt.form) && alt.stems.length > 1 ? [alt.stems.at(-1) ?? ''] : [],
    ),
  );
  if (!namesIt(name, s.unit.articleStems)) return false;
  // Where the sentence calls it so: anywhere, or `opening` it ("The centre", "The new centre").
  const described = (text: string, opening = false) => {
    const tokens = sentenceTokens(text);
    return tokens.some(
      (t, i) =>
        (!opening || i <= 2) &&
        heads.has(t.stem) &&
        (DEFINITE.has(tokens[i - 1]?.word ?? '') ||
          (DEFINITE.has(tokens[i - 2]?.word ?? '') && !(tokens[i - 1]?.stop ?? true))),
    );
  };
  if ([...heads].some((head) => s.stems.has(head)) && described(s.text)) return true;
  // The sentence before speaks of it as its subject, opening with it ("The centre was set up …"):
  // not one that only mentions it ("calling the pact "the mother of all deals"").
  const before = s.unit.sentences[s.position - 1];
  return (
    before !== undefined && [...heads].some((head) => before.stems.has(head)) && described(before.text, true)
  );
}

/**
 * Whether the story's dateline names the question's name for each of its sentences. Where a story
 * is datelined from ("New Delhi") is where its events take place: the place the question sets
 * them in ("who led the EU delegation that met Rajnath Singh in Delhi"), or, set any other way,
 * the place itself by all its words ("the second Kochi course" datelined Kochi; not "the
 * Mangaluru mayor").
 */
function datelined(name: Concept, dateline: ReadonlySet<string>): boolean {
  if (name.located === true) return namesIt(name, dateline);
  return (
    name.role === 'name' &&
    dateline.size > 0 &&
    name.alternatives.some(
      (alt) =>
        NAMING_FORMS.has(alt.form) &&
        alt.stems.length === dateline.size &&
        alt.stems.every((stem) => dateline.has(stem)),
    )
  );
}

/**
 * Whether the text names the question's name or number: by its own words or another name of it.
 * A glossary name must be there whole, by one of its names: "the pact" alone does not name the
 * "defence pact" (the Security and Defence Partnership) though the typed name shares the word.
 */
function namesIt(name: Concept, stems: ReadonlySet<string>): boolean {
  if (conceptMatch(name, stems, NAMING_FORMS) === 0) return false;
  if (name.role !== 'name' || !name.alternatives.some((alt) => alt.form === 'glossary')) return true;
  return name.alternatives.some(
    (alt) =>
      NAMING_FORMS.has(alt.form) &&
      alt.stems.every((stem) => stems.has(stem) || stems.has(ALIAS_MARK + stem)),
  );
}

/**
 * Whether the sentence words a verb of the question otherwise, by a definition, where it holds
 * nearly all the rest of the question ("compared to that of an internal combustion engine" by
 * "lower than for internal combustion engines"): the verb it does not say does not veto it.
 */
const wordedOtherwise =
  (s: ScoredSentence, ranking: Ranking, dictionary: Dictionary | undefined) =>
  (verb: Concept): boolean =>
    dictionary !== undefined &&
    verb.role === 'verb' &&
    s.coverage >= ranking.abstain.minRewordedCoverage &&
    paraphrases(s.text, verb, dictionary);

/**
 * A verb or modifier of the question that the sentence's article uses (in some form) but neither
 * this sentence, the one before it nor the title does: the sentence likely says something else
 * happened ("rejected" where it says "signed"), or of another kind ("modern" for "medieval"). A
 * verb that is a way of doing it says it ("generating the features" for "created the features"),
 * and what has held since a time says when it began (`saysSince`). The words of the person a
 * question asks about (`theirs`) are held to it only where that person uses it.
 */
function unsaidPredicate(
  s: ScoredSentence,
  predicates: PredicateArticles,
  worded: (predicate: Concept) => boolean,
  theirs = false,
): Concept | undefined {
  const said = union(s.near, s.unit.title);
  const article = theirs ? inTheirWords(articleOf(s)) : articleOf(s);
  for (const [predicate, articles] of predicates) {
    const saysAWay = predicate.ways?.some((stem) => said.has(stem)) ?? false;
    if (
      articles.has(article) &&
      !(predicate.measured && lastsAsAsked(s)) &&
      !(predicate.sized && s.typeMatch && MONEY_AMOUNT.test(s.text)) &&
      conceptMatch(predicate, said) === 0 &&
      !saysAWay &&
      !saysSince(predicate, s) &&
      !worded(predicate)
    )
      return predicate;
  }
  return undefined;
}

// A sentence saying names are withheld: "which it did not name", "would be named "in due course"",
// "declined to identify the yards".
const UNNAMED =
  /\b(?:did not|does not|would not|will not|declined to|refused to|could not) (?:name|identify)\b|\b(?:would|will) be named\b|\bnot (?:been |be |yet )?(?:named|identified)\b/i;
// The kinds of focus a name supplies.
const NAMED_KINDS = new Set(['person', 'name', 'category', 'place']);

// The years something ran: "from 2011 to 2015".
const RAN = /\b(?:from|between) (?:\w+ )?\d{4}(?:\s+(?:to|and|until|till)\s+|\s*[–-]\s*)(?:\w+ )?\d{4}\b/;

/**
 * For "how long will approval take", "how long was he ambassador": a sentence that gives how long
 * in a verb of lasting ("expects to take at least a year") or in the years it ran ("served … from
 * 2011 to 2015") says the question's "long" without the word.
 */
function lastsAsAsked(s: ScoredSentence): boolean {
  return [...LASTING_STEMS].some((stem) => s.stems.has(stem)) || RAN.test(s.text);
}

// "Begin" and "start" (WordNet's one synset for them, with "commence"), as stems.
const BEGINNING = new Set(['begin', 'start']);

/**
 * Whether the sentence says when something began by what has held since: "since 7500 yr ago, a
 * situation with tides and currents … has existed" answers "when did tides and currents begin".
 */
function saysSince(predicate: Concept, s: ScoredSentence): boolean {
  return predicate.alternatives.some((alt) => BEGINNING.has(alt.stems[0] ?? '')) && /\bsince\b/i.test(s.text);
}

/**
 * How a sentence that holds the question's words says something else: the opposite word, the
 * names on the other sides of the verb, no negation where the question has one.
 */
export function contradiction(
  s: ScoredSentence,
  question: AnalysedQuestion,
  ranking: Ranking,
  isPlace?: (stem: string) => boolean,
): string | undefined {
  if (ranking.abstain.requireOrder && !question.passive) {
    const reversed = reversedName(s, question);
    if (reversed) return `it has ${reversed.label} on the other side of the verb`;
    const object = swappedObject(s, question);
    if (object) return `it has another name where the question has ${object.label}`;
  }
  if (ranking.abstain.requireOwnName) {
    const owner = ownerOnly(s, question);
    if (owner) return `it names only someone of ${owner.label}'s`;
  }
  const swapped =
    swappedModifier(s, question) ??
    swappedLink(s, question) ??
    swappedPlace(s, question, isPlace) ??
    siblingName(s, question);
  if (swapped) return `it has another name where the question has ${swapped.label}`;
  // A yes/no question is answered by the sentence giving another rank ("No: the third").
  const rank = question.type !== 'yesno' ? otherRank(s, question) : undefined;
  if (rank) return `it gives another rank where the question has ${rank.label}`;
  const stand = standIn(s, question);
  if (stand) return `it names the office asked after "${stand}"`;
  const otherKind = swappedCompound(s, question);
  if (otherKind) return `it speaks of another kind than ${otherKind.label}`;
  const otherHead = swappedHead(s, question);
  if (otherHead) return `it speaks of another thing of ${otherHead.label}`;
  // A yes/no question is answered by the sentence that says the opposite ("No: non-EU countries").
  const negated = question.type !== 'yesno' ? negatedByPrefix(s, question) : undefined;
  if (negated) return `it says the opposite of ${negated.label}`;
  const opposite = question.concepts.find(
    // Not a question-shaping word: "how much" is not contradicted by "as little as 10%".
    (c) => !c.light && conceptMatch(c, s.stems) === 0 && c.antonyms.some((stem) => s.stems.has(stem)),
  );
  if (opposite) return `it says the opposite of ${opposite.label}`;
  if (question.order && saysOtherOrder(s.text, question.order, s.stems))
    return `it says the other way round in time of ${question.order.anchor.label}`;
  // A yes/no question is answered either way: "didn't she meet them?" by "she met them".
  if (question.negated && question.type !== 'yesno' && !NEGATIONS.some((word) => s.stems.has(word)))
    return 'the question is negated, it is not';
  return undefined;
}

// WordNet's kinds of place, as the lexicon stems them: a name of one of these kinds is a place.
const PLACE_KINDS = [
  'locat',
  'region',
  'district',
  'area',
  'countri',
  'citi',
  'town',
  'territori',
  'provinc',
];
const placeTest = (lexicon: Lexicon) => (stem: string) =>
  PLACE_KINDS.some((kind) => lexicon.isKind(stem, kind));
// Words that may stand between "in" and a place name: "in southern Italy", "in the north of".
const MAX_PLACE_GAP = 2;

/**
 * A place the question sets its question in ("… in England") that the sentence does not name
 * itself, where the sentence sets its own place instead ("In southern Italy, the Normans
 * incorporated …"): it speaks of somewhere else, though the place it lacks may stand near it.
 */
function swappedPlace(
  s: ScoredSentence,
  question: AnalysedQuestion,
  isPlace?: (stem: string) => boolean,
): Concept | undefined {
  if (!isPlace) return undefined;
  const places = question.concepts.filter(
    (c) => c.located && conceptMatch(c, s.stems) === 0 && (c.alternatives[0]?.stems ?? []).some(isPlace),
  );
  if (places.length === 0) return undefined;
  const asked = askedStems(question);
  const words = sentenceTokens(s.text).filter((t) => !t.part);
  const elsewhere = words.some((t, i) => {
    if (t.word !== 'in' && t.word !== 'at') return false;
    for (const next of words.slice(i + 1, i + 2 + MAX_PLACE_GAP)) {
      if (next.name) return isPlace(next.stem) && !asked.has(next.stem);
      if (!next.stop && /^\p{Lu}/u.test(next.surface)) return false;
    }
    return false;
  });
  return elsewhere ? places[0] : undefined;
}

/**
 * A name the question speaks of (not as an owner itself) that the sentence writes only as the
 * owner of a person: "Edgar's sister" for "who did Edgar marry".
 */
function ownerOnly(s: ScoredSentence, question: AnalysedQuestion): Concept | undefined {
  return question.concepts.find(
    (c) =>
      c.role === 'name' &&
      !c.paired &&
      (c.alternatives[0]?.stems ?? []).some(
        (stem) => !question.owners.includes(stem) && s.ownersOnly.has(stem),
      ),
  );
}

/** Whether a word of the sentence writes `name`, by its own words or another name of it; any form of the word counts ("Rhine-Meuse" is "rhinemeus" and "rhine" + "meus"). */
const writesName = (name: Concept, word: string | undefined) =>
  word !== undefined &&
  name.alternatives.some(
    (alt) => NAMING_FORMS.has(alt.form) && tokenize(word).some((t) => alt.stems.includes(t.stem)),
  );

/**
 * A name the question sets right before a noun ("the Indian delegation") where the sentence sets
 * another name before that noun ("the EU delegation") and never the question's: the sentence
 * speaks of another one.
 */
function swappedModifier(s: ScoredSentence, question: AnalysedQuestion): Concept | undefined {
  const { concepts } = question;
  // The question's pairs first: most questions have none, and most sentences lack the noun.
  const pairs = concepts.flatMap((name, i) => {
    const noun = concepts[i + 1];
    const head = noun?.alternatives[0]?.stems;
    if (name.role !== 'name' || !noun?.notVerb || noun.position !== name.position + 1) return [];
    if (head?.length !== 1 || noun.alternatives.some((alt) => alt.form === 'glossary')) return [];
    return s.stems.has(head[0] ?? '') ? [{ name, head: head[0] ?? '' }] : [];
  });
  if (pairs.length === 0) return undefined;
  const { words, stems } = plainWordsOf(s.text);
  // "The EU-Republic of Korea Security and Defence Partnership" is the Korea partnership: the
  // question's name stands in the name the noun ends, a word joined by a hyphen too ("India-EU").
  const runs = nameRuns(s.text).map((run) => run.flatMap((stem) => [stem, ...stem.split('-')]));
  const inOneName = (name: Concept, head: string) =>
    runs.some(
      (run) => run.at(-1) === head && (name.alternatives[0]?.stems ?? []).every((stem) => run.includes(stem)),
    );
  return pairs.find(({ name, head }) => {
    if (inOneName(name, head)) return false;
    // The word right before the noun, wherever the sentence has it: a name, or not.
    const before = words.flatMap((_, k) => (k > 1 && stems[k] === head ? [words[k - 1] ?? ''] : []));
    return before.length > 0 && before.every((word) => /^\p{Lu}/u.test(word) && !writesName(name, word));
  })?.name;
}

// Words that join the words of one name ("Edict of Nantes", "Jean de Rély"), or names in a list
// ("India and the European Union").
const NAME_JOINERS = new Set(['of', 'de', 'du', 'von', 'van', 'the', 'and']);

/** The capitalised words right after word `at` (past an article), joined as one name. */
function nameAfter(words: readonly string[], at: number): string[] {
  let k = at + 1;
  if (DETERMINERS.has(words[k]?.toLowerCase() ?? '')) k++;
  const run: string[] = [];
  for (; k < words.length; k++) {
    const word = words[k] ?? '';
    if (/^\p{Lu}/u.test(word)) run.push(word);
    else if (!(run.length > 0 && NAME_JOINERS.has(word))) break;
  }
  return run;
}

/**
 * The name the question sets right after its verb (what was done: "who issued the Edict of
 * Nantes") where the sentence sets another name after that verb ("he issued the Edict of
 * Fontainebleau, revoking the Edict of Nantes"): the sentence says it was done to another.
 */
function swappedObject(s: ScoredSentence, question: AnalysedQuestion): Concept | undefined {
  const verb = onlyVerb(question);
  if (!verb) return undefined;
  // The question's names after its verb, next to one another: its object.
  const object: Concept[] = [];
  for (const c of question.concepts) {
    if (c.position <= verb.position) continue;
    const last = object.at(-1)?.position ?? verb.position;
    // A name after a preposition is where or when ("brought … to New Delhi"), not what was done.
    if (c.role !== 'name' || c.position - last > 3 || c.governed) break;
    object.push(c);
  }
  if (object.length === 0) return undefined;
  const words = wordsOf(s.text);
  const at = verbAt(words, verb);
  if (at < 0 || verbUseAt(s.text, verb) !== 'active') return undefined;
  const run = nameAfter(words, at);
  const other = run.some((word) => !object.some((name) => writesName(name, word)));
  return other ? object.find((name) => !run.some((word) => writesName(name, word))) : undefined;
}

/**
 * A name the question links to a noun by a preposition ("on behalf of India") where the sentence
 * links another name to that noun the same way ("on behalf of the European Union") and never the
 * question's: the sentence speaks of the other side.
 */
function swappedLink(s: ScoredSentence, question: AnalysedQuestion): Concept | undefined {
  return question.concepts.find((name) => {
    const linked = name.linkedFrom;
    if (name.role !== 'name' || !linked || !s.stems.has(linked.head)) return false;
    const words = wordsOf(s.text);
    // What the sentence links to the noun: the name after the preposition (and an article), all
    // of it, so a title or first name before the question's name is still that name ("tribute to
    // Mahatma Gandhi" for "tribute to Gandhi").
    const linkedNames = words.flatMap((word, k) => {
      if (stemWord(word.toLowerCase()) !== linked.head || words[k + 1]?.toLowerCase() !== linked.link)
        return [];
      const next = words[k + 2]?.toLowerCase() === 'the' ? words[k + 3] : words[k + 2];
      if (!next) return [];
      const run = nameAfter(words, k + 1);
      return [run.length > 0 ? run : [next]];
    });
    return (
      linkedNames.length > 0 &&
      linkedNames.every((run) => /^\p{Lu}/u.test(run[0] ?? '') && !run.some((word) => writesName(name, word)))
    );
  });
}

const PARTICLES: ReadonlySet<string> = new Set(NAME_PARTICLES);
const withoutParticles = (stems: readonly string[]) => stems.filter((stem) => !PARTICLES.has(stem));

/**
 * A name of several words the question uses as one (a glossary name: "South Korea") where the sentence writes another
 * name with the same last word ("North Korea") and never the question's, by any of its names: the
 * sentence speaks of the other one, whatever its headline or neighbours name.
 */
function siblingName(s: ScoredSentence, question: AnalysedQuestion): Concept | undefined {
  return question.concepts.find((name) => {
    // Its capitalised words: a particle ("de", "van") is in no run of names.
    const typed = withoutParticles(name.alternatives[0]?.stems ?? []);
    const head = typed.at(-1) ?? '';
    if (name.role !== 'name' || typed.length < 2 || !s.stems.has(head)) return false;
    // "the names of the service chiefs", "which service chiefs joined him": the names the
    // sentence gives them ("Air Chief Marshal A.P. Singh") are the answer.
    if (question.focus.namesOf === head || question.focus.category.includes(head)) return false;
    const runs = nameRuns(s.text);
    const names = name.alternatives
      .filter((alt) => NAMING_FORMS.has(alt.form))
      .map((alt) => withoutParticles(alt.stems));
    if (runs.some((run) => names.some((stems) => stems.every((stem) => run.includes(stem))))) return false;
    return runs.some((run) => run.includes(head) && run.some((stem) => !typed.includes(stem)));
  });
}

/**
 * A word the question sets right before its noun ("expansion engines", "electric engines") that
 * neither the sentence nor the one before it says, where the sentence sets another word before
 * that noun wherever it has it ("steam engines", "combustion engines"): it speaks of another kind.
 */
function swappedCompound(s: ScoredSentence, question: AnalysedQuestion): Concept | undefined {
  const { concepts } = question;
  // A yes/no question is answered by the sentence that says otherwise ("is India the first …":
  // "India becomes the third …").
  if (question.type === 'yesno') return undefined;
  let words: readonly string[] | undefined;
  for (const [i, modifier] of concepts.entries()) {
    const noun = concepts[i + 1];
    // "does the South Korea pact span": the question's last word after its subject is what
    // happened (`Concept.event`), a verb, not a noun the pact is a kind of.
    // Nor is "first" in "when did the author first arrive", an adverb of time (`Concept.adverb`).
    if (!noun || noun.position !== modifier.position + 1 || noun.role !== 'noun' || noun.event || noun.adverb)
      continue;
    // "what was a non-religious reason": the kind asked for is what the answer names otherwise.
    const asked = [...(modifier.alternatives[0]?.stems ?? []), ...(noun.alternatives[0]?.stems ?? [])];
    if (noun.slot || question.focus.category.some((stem) => asked.includes(stem))) continue;
    // A word the sources never use is missing, not swapped; a verb before its object is no kind.
    if (
      (modifier.role !== 'noun' && modifier.role !== 'modifier') ||
      !modifier.known ||
      modifier.infinitive ||
      modifier.graded
    )
      continue;
    const head = noun.alternatives[0]?.stems;
    // Said by its own word or one of its sense (or its adjective cluster): a broader or narrower
    // word ("multiple" for "double") is another kind itself.
    if (head?.length !== 1 || !s.stems.has(head[0] ?? '') || conceptMatch(modifier, s.near, KIND_FORMS) > 0)
      continue;
    words ??= wordsOf(withoutAsides(s.text));
    // The word before the noun, lower case as a sentence's first word is too ("Steam engines …").
    const before = words.flatMap((word, k, all) =>
      k > 0 && stemWord(word.toLowerCase()) === head[0]
        ? [k === 1 ? (all[0] ?? '').toLowerCase() : (all[k - 1] ?? '')]
        : [],
    );
    // A word sharing a part with the question's ("zero-duty" for "duty-free") is no other kind.
    const own = new Set(modifier.alternatives.flatMap((alt) => alt.stems));
    const sharesPart = (word: string) =>
      word.split(/[-‐–]/).some((part) => own.has(stemWord(part.toLowerCase())));
    // An owner before the noun ("the government's target") says whose it is, not of what kind.
    const owner = (word: string) => POSSESSIVE.test(word);
    // Nor is a kind the question names too ("which frigate was the liaison officer a communications
    // officer on": "communications officer, frigate INS Tabar").
    const namedToo = (word: string) =>
      concepts.some(
        (c, k) =>
          c !== modifier &&
          c.alternatives[0]?.stems.includes(stemWord(word.toLowerCase())) &&
          concepts[k + 1]?.position === c.position + 1 &&
          concepts[k + 1]?.alternatives[0]?.stems[0] === head[0],
      );
    if (
      before.length > 0 &&
      before.every(
        (word) =>
          /^\p{Ll}/u.test(word) &&
          !STOP_WORDS.has(word) &&
          !sharesPart(word) &&
          !owner(word) &&
          !namedToo(word),
      )
    )
      return modifier;
  }
  return undefined;
}

/**
 * The other way round: a noun the question links to a name ("the country of Normandy") where the
 * sentence links that name only to another noun ("the Duchy of Normandy"), none a form of the
 * question's: the sentence speaks of another thing of that name. Only for a noun WordNet knows as
 * no verb: a thing, not an act ("the signing of", "the rule of" have many wordings).
 */
function swappedHead(s: ScoredSentence, question: AnalysedQuestion): Concept | undefined {
  return question.concepts.find((name) => {
    const linked = name.linkedFrom;
    const head = question.concepts.find((c) => c.alternatives[0]?.stems.join(' ') === linked?.head);
    if (name.role !== 'name' || !linked || !head?.notVerb) return false;
    const words = wordsOf(s.text);
    // The nouns the sentence links to the name: the word before the preposition (and an article).
    const heads = words.flatMap((word, k) => {
      if (!writesName(name, word)) return [];
      const at = words[k - 1]?.toLowerCase() === 'the' ? k - 2 : k - 1;
      // "According to the European Union" links no thing to it: "according" only shapes.
      const before = words[at - 1];
      return words[at]?.toLowerCase() === linked.link && before && !isLight(before) ? [before] : [];
    });
    const sameHead = (word: string) => conceptMatch(head, new Set(tokenize(word).map((t) => t.stem))) > 0;
    return heads.length > 0 && !heads.some(sameHead);
  });
}

/**
 * A word of the question the sentence has only with "non-" before it, or the other way round:
 * "which non-Asian countries" is not answered by "the third Asian country", nor "which EU
 * countries" by "non-EU countries". "Non-X" is what is not X, so the two words are opposites,
 * whatever the rest of the sentence shares with the question.
 */
function negatedByPrefix(s: ScoredSentence, question: AnalysedQuestion): Concept | undefined {
  const words = wordsOf(s.text).map((word) => word.toLowerCase().replace(POSSESSIVE, ''));
  const bare = (x: string) => words.includes(x);
  const prefixed = (x: string) => words.some((word) => NON.exec(word)?.[1] === x);
  // "components from outside the EU" are non-EU components.
  const outside = (x: string) =>
    words.some(
      (word, i) =>
        word === x &&
        (OUTSIDE.has(words[i - 1] ?? '') || (words[i - 1] === 'the' && OUTSIDE.has(words[i - 2] ?? ''))),
    );
  return question.concepts.find((c) => {
    const label = c.label.toLowerCase();
    const x = NON.exec(label)?.[1];
    if (x) return bare(x) && !prefixed(x) && !outside(x);
    return !label.includes(' ') && prefixed(label) && !bare(label);
  });
}

// "non-Asian", "non-EU", "nonmember": the word after "non", which the whole denies.
const NON = /^non[-‐–]?(\p{L}{2,})$/u;

// In an active sentence the doer stands before the verb. The whole sentence is read only when the
// verb's word cannot be found in it (see `verbUseAt`).
const PASSIVE_SENTENCE = /\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?\w+(?:ed|en|wn)\b|\bby\b/i;

// A sentence that opens with a participle: "Speaking in …", "Asked about …".
const PARTICIPLE_OPENING = /^\p{Lu}\p{Ll}+(?:ing|ed)\b/u;
const WORDS = /[\p{L}\p{N}'’-]+/gu;
// The checks above read the words of each candidate sentence, and the same sentences come back
// question after question: each text is split once (text-cache.ts). Shared: not to be changed.
const wordsOf: (text: string) => readonly string[] = cachedByText((text) =>
  [...text.matchAll(WORDS)].map((m) => m[0]),
);
// A sentence without its asides in brackets: "Norse ("Norman" comes from "Norseman") raiders" has
// "Norse" right before "raiders".
const withoutAsides = (text: string) => text.replace(/\s*\([^()]*\)/g, '');
// A sentence's words without its asides and possessive endings, with their stems: what
// `swappedModifier` reads before the noun, for every candidate sentence holding it.
const plainWordsOf = cachedByText((text) => {
  const words = wordsOf(withoutAsides(text)).map((word) => word.replace(POSSESSIVE, ''));
  return { words, stems: words.map((word) => stemWord(word.toLowerCase())) };
});

/**
 * How the sentence uses the question's verb (its first word in one of the verb's own forms):
 * in the passive when a form of "be" stands just before it ("was founded") or "by" just after
 * ("founded by Rollo"); as a noun when a determiner stands right before it or "of" right after
 * ("the signing of the deal"); else in the active. Read at the verb, not across the sentence:
 * "They were descended from …, who agreed to swear fealty to King Charles" swears in the active.
 */
function verbUseAt(text: string, verb: Concept): 'active' | 'passive' | 'noun' {
  const words = wordsOf(text).map((word) => word.toLowerCase());
  const at = verbAt(words, verb);
  if (at < 0) return PASSIVE_SENTENCE.test(text) ? 'passive' : 'active';
  // After a determiner: "the signing of the deal" is a noun, however the verb is spelt.
  if (DETERMINERS.has(words[at - 1] ?? '') || words[at + 1] === 'of') return 'noun';
  const before = words.slice(Math.max(0, at - 3), at);
  const after = words.slice(at + 1, at + 4);
  return before.some((w) => BE_FORMS.has(w)) || after.includes('by') ? 'passive' : 'active';
}

/** Whether the sentence's verb is followed by a preposition, not an object: "the wars ended with …". */
function intransitiveAt(text: string, verb: Concept): boolean {
  const words = wordsOf(text).map((word) => word.toLowerCase());
  const at = verbAt(words, verb);
  return at >= 0 && PREPOSITIONS.has(words[at + 1] ?? '');
}

/** Where the sentence's `words` first write the verb in one of its own forms; -1 where they do not. */
function verbAt(words: readonly string[], verb: Concept): number {
  return words.findIndex((w) =>
    verb.alternatives.some(
      (alt) => VERB_FORMS.has(alt.form) && alt.stems.includes(stemWord(w.toLowerCase())),
    ),
  );
}

/** The question's verb when it has exactly one: only then are its sides read. */
function onlyVerb(question: AnalysedQuestion): Concept | undefined {
  const verbs = question.concepts.filter((c) => c.role === 'verb');
  return verbs.length === 1 ? verbs[0] : undefined;
}

// Where one clause ends and another begins within a sentence.
const CLAUSE_BREAK = /,\s+(?:and|but|while|whereas)\s+|;\s+/;

/** The stems of the clause holding the verb, when the sentence has several; else undefined. */
function verbClause(text: string, verb: Concept): ReadonlySet<string> | undefined {
  const clauses = text.split(CLAUSE_BREAK);
  if (clauses.length < 2) return undefined;
  const stemsOf = clauses.map((clause) => new Set(tokenize(clause).map((t) => t.stem)));
  const holding = stemsOf.filter((stems) => conceptMatch(verb, stems, VERB_FORMS) > 0);
  return holding.length === 1 ? holding[0] : undefined;
}

/**
 * A name the question puts on one side of its verb that the sentence has only on the other:
 * "who joined the Normans" is not answered by "the Normans joined the Turks". Only for a question
 * and a sentence in the active voice, with one verb, which the sentence says once as a verb.
 */
function reversedName(s: ScoredSentence, question: AnalysedQuestion): Concept | undefined {
  const terms = s.unit.sentences[s.position]?.terms;
  const verb = onlyVerb(question);
  if (!terms || !verb) return undefined;
  const positions = (c: Concept, forms: ReadonlySet<AlternativeForm>) =>
    terms.flatMap((term, i) =>
      c.alternatives.some((alt) => forms.has(alt.form) && alt.stems.includes(term)) ? [i] : [],
    );
  const [at, ...more] = positions(verb, VERB_FORMS);
  if (at === undefined || more.length > 0 || verbUseAt(s.text, verb) !== 'active') return undefined;
  // "Speaking in New Delhi …, Kallas said": a participle opening the sentence has the main
  // clause's subject, after it, as its doer.
  if (at === 0 && PARTICIPLE_OPENING.test(s.text)) return undefined;
  // "The wars ended with the Edict": with no object, the verb's subject is what "what ended the
  // wars" has as its object (not the other way: "the Rhine emerges from Lake Constance" does not
  // say where Lake Constance emerges from).
  const intransitive = intransitiveAt(s.text, verb);
  const v = question.concepts.indexOf(verb);
  // Only the verb's neighbours: its doer and what it is done to, not a phrase that may move
  // ("according to the EU", "in the 10th century").
  const neighbours = [question.concepts[v - 1], question.concepts[v + 1]];
  // Sides are read within the verb's own clause: "The Council adopted the Compass …, and EU
  // leaders endorsed it" has the Compass in another clause, not before "endorsed".
  const clause = verbClause(s.text, verb);
  return neighbours.find((c) => {
    // A name in a phrase of place or time ("arrive at Kartavya Path") stands at no side.
    if (c?.role !== 'name' || c.governed) return false;
    if (clause && conceptMatch(c, clause, NAMING_FORMS) === 0) return false;
    const found = positions(c, NAMING_FORMS);
    const before = c.position < verb.position;
    if (intransitive && !before) return false;
    return found.length > 0 && found.every((p) => p < at !== before);
  });
}

// Stems of the verbs that report speech (those speaker attribution reads), "say", a statement and
// "according (to)", as sentences hold them.
const SPEECH_STEMS = new Set(
  [...SPEECH.split('|'), 'say', 'statement', 'according'].flatMap((word) => [stemWord(word), word]),
);
// How many words may stand between a name and its speech verb ("India's foreign ministry said").
const SPEAKER_REACH = 4;

/**
 * Whether the sentence gives these name stems' words: its speaker (corpus/speakers.ts) is them, or
 * the name stands a few words before a verb of speech ("Germany's foreign ministry said") or after
 * "according to".
 */
function spokenBy(s: ScoredSentence, name: readonly string[]): boolean {
  const sentence = s.unit.sentences[s.position];
  if (speakerWords(sentence).some((word) => name.includes(stemWord(word.toLowerCase())))) return true;
  const terms = sentence?.terms ?? [];
  return terms.some((term, i) => name.includes(term) && speechAround(terms, i, i));
}

// A verb of speech a few words after a name, or "according (to)" just before it.
const speechAround = (terms: readonly string[], first: number, last: number) =>
  terms.slice(last + 1, last + 1 + SPEAKER_REACH).some((next) => SPEECH_STEMS.has(next)) ||
  terms.slice(Math.max(0, first - 2), first).includes('according');

/**
 * Whether the sentence gives the words of the speaker a speech question names, by the words it
 * typed or by another name the question's concept has for them, whole: "the EU" speaks in
 * "According to the European Union, …" (but not in "European Council President Antonio Costa said").
 */
function spokenByAsked(s: ScoredSentence, question: AnalysedQuestion): boolean {
  const { speaker } = question.focus;
  if (!speaker) return false;
  if (spokenBy(s, speaker.stems)) return true;
  const sentence = s.unit.sentences[s.position];
  // The title the article gives the speaker names them too: "Air Vice Marshal" (the "AVM").
  const speakerStems = new Set(
    [...speakerWords(sentence), ...(sentence?.title?.split(' ') ?? [])].map((word) =>
      stemWord(word.toLowerCase()),
    ),
  );
  const terms = sentence?.terms ?? [];
  // A sentence that gives someone's words is theirs, whatever other name stands by a verb of
  // speech in it: "Goyal had warned … if Brussels insisted on access" is not the EU's.
  return otherNamesOf(question).some(
    (name) =>
      name.every((stem) => speakerStems.has(stem)) ||
      (sentence?.speaker === undefined &&
        terms.some(
          (_, i) =>
            name.every((stem, k) => terms[i + k] === stem) && speechAround(terms, i, i + name.length - 1),
        )),
  );
}

/** The other names (glossary names, a name's other forms) of the names a speech question's speaker is. */
function otherNamesOf(question: AnalysedQuestion): readonly (readonly string[])[] {
  const stems = question.focus.speaker?.stems ?? [];
  return question.concepts
    .filter(
      (c) => c.role === 'name' && (c.alternatives[0]?.stems.every((stem) => stems.includes(stem)) ?? false),
    )
    .flatMap((c) =>
      c.alternatives
        .slice(1)
        .filter((alt) => NAMING_FORMS.has(alt.form))
        .map((alt) => alt.stems),
    );
}

/**
 * Whether a sentence gives someone's words: it is attributed to a speaker (corpus/speakers.ts),
 * quotes, or says so with a verb of speech, one speaker attribution reads or one WordNet knows
 * as one of saying (`Lexicon.isSaying`: "used her first trip to argue that …"), not used as a
 * noun's modifier ("the quoted figure").
 */
function givesWords(s: ScoredSentence, lexicon: Lexicon | undefined): boolean {
  if (s.typeMatch || s.unit.sentences[s.position]?.speaker !== undefined || QUOTE.test(s.text)) return true;
  const tokens = sentenceTokens(s.text).filter((t) => !t.part);
  return tokens.some(
    (t, i) =>
      !t.name &&
      (SPEECH_STEMS.has(t.stem) || lexicon?.isSaying(t.stem) === true) &&
      !DETERMINERS.has(tokens[i - 1]?.word ?? ''),
  );
}

/** Whether the sentence after this one in its paragraph gives someone's words. */
function nextGivesWords(s: ScoredSentence, lexicon: Lexicon): boolean {
  const next = s.unit.sentences[s.position + 1];
  return next !== undefined && givesWords(movedTo(s, s.position + 1, next), lexicon);
}

/**
 * Whether the question asks for someone's words that no candidate sentence gives: "what did
 * Emmanuel Macron say about the parade", "what did Germany say", "what did the three service
 * chiefs say". A sentence that only names them would mislead. A country or an organisation an
 * article is about speaks through its people ("what did India say": its prime minister's words);
 * people named by a word for them speak in a sentence that calls them so ("Defence Minister
 * Rajnath Singh said" for "the minister").
 */
function unheard(question: AnalysedQuestion, ranked: readonly ScoredSentence[]): boolean {
  const { speaker } = question.focus;
  if (!speaker) return false;
  const noun = speaker.common ? speakerConcept(question) : undefined;
  const spoken = noun ? noun.alternatives.flatMap((alt) => alt.stems) : speaker.stems;
  // By the speaker's office too: "what did the colonel say" is heard in '"…," he said.' after
  // "Colonel Henrik Vos said …".
  const spokenAs = (s: ScoredSentence) => {
    const sentence = s.unit.sentences[s.position];
    const office = sentence?.office ? [stemWord(sentence.office)] : [];
    return (
      noun !== undefined &&
      sentence?.speaker !== undefined &&
      (conceptMatch(noun, union(s.stems, new Set(office))) > 0 || titledAs(sentence, noun))
    );
  };
  const heard = (s: ScoredSentence) =>
    noun ? spokenBy(s, spoken) || spokenAs(s) : spokenByAsked(s, question);
  if (ranked.some(heard)) return false;
  const party = (s: ScoredSentence) => speaker.stems.some((stem) => s.unit.about.has(stem));
  return speaker.person || speaker.common === true || !ranked.some(party);
}

// A report's own account that it has since corrected: "An earlier version of this report said the
// ship picked up 12", "In our 09:55 entry we said the team of 18 came from INS Tarkash".
const CORRECTED_ACCOUNT =
  /\b(?:an?|the)\s+earlier\s+version\b|\b(?:incorrectly|wrongly|mistakenly|erroneously)\s+(?:said|stated|reported|described|gave|named)\b|\bwe\s+(?:said|reported|wrote|stated)\b/i;

/**
 * The sentence after one that tells what a report earlier said and has corrected, which gives the
 * account since ("The ship picked up nine …"): quoted alone, the corrected account would mislead.
 */
function correctionOf(s: ScoredSentence): ScoredSentence | undefined {
  if (s.unit.kind !== 'article' || !CORRECTED_ACCOUNT.test(s.text)) return undefined;
  const next = s.unit.sentences[s.position + 1];
  return next ? movedTo(s, s.position + 1, next) : undefined;
}

// What something is not ("The hardest part of an evacuation is not the ship."), and a sentence that
// then says what it is ("It is the list").
const IS_NOT = /\b(?:is|are|was|were)\s+not\b|\b(?:is|are|was|were)n['’]t\b/i;
const IT_IS = /^\W*(?:(?:It|That|This|They)\s+(?:is|are|was|were)|(?:It|That)['’]s)\s+(?!not\b)/;

/**
 * The sentence after one that says what something is not, when it says what it is instead ("… is
 * not the ship." "It is the list"): quoted alone, the first tells only what the answer is not.
 */
function restatedAfter(s: ScoredSentence, ranking: Ranking): ScoredSentence | undefined {
  // "… is not a tapestry but a work of embroidery" says what it is itself.
  if (s.unit.kind !== 'article' || !IS_NOT.test(s.text) || /\bnot\b.*\bbut\b/i.test(s.text)) return undefined;
  const next = s.unit.sentences[s.position + 1];
  if (!next || !IT_IS.test(next.text)) return undefined;
  if (s.text.length + next.text.length > ranking.choose.maxTwoSentenceLength) return undefined;
  return movedTo(s, s.position + 1, next);
}

/** The forms of the names an origin question asks about, as index terms ("arthur woolf", "woolf"). */
function originNames(question: AnalysedQuestion): string[][] {
  return question.concepts
    .filter((c) => c.role === 'name')
    .flatMap((c) => c.alternatives.filter((alt) => NAMING_FORMS.has(alt.form)).map((alt) => [...alt.stems]));
}

/** The sentences to quote, and whether they are reports that differ (answer.ts shows them as such). */
export interface Choice {
  sentences: ScoredSentence[];
  sourcesDiffer: boolean;
}

export function choose(
  question: AnalysedQuestion,
  scored: readonly ScoredSentence[],
  ranking: Ranking,
  lexicon?: Lexicon,
  trace?: Trace,
  dictionary?: Dictionary,
): Choice {
  const isPlace = lexicon && placeTest(lexicon);
  const isThing = lexicon && ((stem: string) => lexicon.isCommonNoun(stem));
  // An explainer's heading ("What is in India's text?") asks; it states nothing to quote, nor
  // stands as the best sentence that others must match; nor does a credit line ("(ANI)") or a
  // bare "No.".
  // A rhetorical question in a paragraph that argues ("What did India's strategic partnership with
  // France look like when it was launched in 1998? A handful of dialogues …") states what it
  // supplies, and may answer for it; not a heading, nor an interviewer's question.
  const rhetorical = (s: ScoredSentence) =>
    s.typeMatch &&
    s.unit.sentences.some((other) => !QUESTION.test(other.text)) &&
    !QUESTION_MARK.test(s.unit.sentences[0]?.text ?? '');
  // "Marchetti asked whether Indian companies could now take part …" reports a question: it answers
  // who asked what, not the question it asks.
  const askingAbout = question.concepts.some((c) => ASKING_STEMS.has(c.alternatives[0]?.stems[0] ?? ''));
  // "What our fishermen asked the captain was simple: … will you come?": a statement giving the
  // question someone asked, for a question asking what they asked.
  const reportsAsked = (s: ScoredSentence) => askingAbout && ASKED_IS.test(s.text);
  const ranked = scored.filter(
    (s) =>
      (!QUESTION.test(s.text) || rhetorical(s) || reportsAsked(s)) &&
      !ASKED_PART.test(s.text) &&
      (askingAbout || !REPORTED_QUESTION.test(s.text)) &&
      THREE_WORDS.test(s.text),
  );
  if (unheard(question, ranked)) {
    traceStep(trace, 'choose', `no sentence gives the words of ${question.focus.speaker?.stems.join(' ')}`);
    return { sentences: [], sourcesDiffer: false };
  }
  const focusRequired =
    ranking.abstain.requireFocus &&
    (FOCUS_REQUIRED.has(question.focus.kind) || question.focus.alias === true);
  // Reading every candidate article's words is needed only when predicates are held to; with none,
  // no predicate is required.
  const predicates = ranking.abstain.requirePredicates ? predicateArticles(question, ranked) : new Map();
  // When the sentence that holds the question best says something else (another predicate, the
  // opposite, the names the other way round), only a sentence that holds the question about as
  // well may answer instead: not its neighbour that shares a few words. A best sentence that
  // neither says the question's verb nor names what it names speaks of another event, and says
  // nothing against it ("who greeted Kallas on X": "Kallas arrived in New Delhi" is no other
  // greeting on X); one that names another in the name's place still does ("the EU delegation").
  const best = ranked.find((s) => s.unit.kind === 'article');
  const otherEvent = (s: ScoredSentence) =>
    unsaidPredicate(s, predicates, wordedOtherwise(s, ranking, dictionary)) !== undefined &&
    (!ranking.abstain.requireNames || absentName(s, question, isPlace, isThing) === undefined);
  const saysOtherwise =
    best !== undefined && (otherEvent(best) || contradiction(best, question, ranking, isPlace) !== undefined);
  const floor = best && saysOtherwise ? best.referredCoverage - ranking.choose.contradictedMargin : 0;
  // Each sentence's objection, read once: several steps below ask it of the same sentences.
  const objections = new Map<ScoredSentence, string | undefined>();
  const objectionOf = (s: ScoredSentence) => {
    if (!objections.has(s))
      objections.set(s, objection(s, question, ranking, predicates, isPlace, isThing, dictionary, lexicon));
    return objections.get(s);
  };
  const answersIt = (s: ScoredSentence) => objectionOf(s) === undefined;
  // A sentence answering in place of a best one that says otherwise must at least supply the
  // person, date, number or place asked for: "who signed the EU-Japan partnership" is not answered
  // by "With the signing of the deal, India becomes the third Asian country …", which names no one.
  const supplyRequired = focusRequired || (saysOtherwise && SUPPLIED.has(question.focus.kind));
  // For "who led the EU side at the talks", where the best sentence does not say "led" ("during
  // the delegation-level talks with …"): a sentence that writes that verb with its doer after "by"
  // ("met the EU delegation led by Kallas") names who did what is asked, however much less of the
  // question's other words it holds.
  const unsaidByBest =
    best && saysOtherwise && question.focus.kind === 'person'
      ? unsaidPredicate(best, predicates, wordedOtherwise(best, ranking, dictionary))
      : undefined;
  const doneBy = (s: ScoredSentence) =>
    unsaidByBest !== undefined &&
    s.typeMatch &&
    (byAgent(s.text, unsaidByBest) ||
      (conceptMatch(unsaidByBest, s.stems) > 0 && doneToTheNamed(s, question, ranking)));
  const fits = (s: ScoredSentence) =>
    (s.referredCoverage >= floor || doneBy(s)) && answersIt(s) && (!supplyRequired || s.typeMatch);
  // An article sentence about as good as `top` (within the supplier margin, covering as much) that fits.
  const nearAsGood = (s: ScoredSentence, top: ScoredSentence) =>
    s.unit.kind === 'article' &&
    s.score >= top.score - ranking.choose.supplierMargin &&
    s.referredCoverage >= top.referredCoverage &&
    fits(s);
  const bestPin = ranked.find((s) => s.unit.kind === 'pin' && fits(s));
  let bestArticle = ranked.find((s) => s.unit.kind === 'article' && fits(s));
  // A sentence that supplies what is asked (the place, the date, the person) wins over a slightly
  // better one that only echoes the question's words ("where was the deal signed": the dateline's
  // "New Delhi", not "With the signing of the deal, India becomes …"). So does, for "how did X
  // describe Y", X's words describing Y ("The signing … is a milestone") over a sentence of X's
  // that only mentions it ("After India and the EU signed …, Kallas urged …").
  const describing = question.focus.kind === 'speech' && question.focus.subject.length > 0;
  if (bestArticle && !bestArticle.typeMatch && (SUPPLIED.has(question.focus.kind) || describing)) {
    const top = bestArticle;
    const supplier = ranked.find((s) => s.typeMatch && nearAsGood(s, top));
    if (supplier) bestArticle = supplier;
  }
  // "When was the Strategic Compass adopted": of two sentences about as good that date it, the one
  // naming the month ("adopted in March 2022") over the year alone ("adopted in 2022").
  if (bestArticle?.typeMatch && question.focus.kind === 'date' && datesByYearAlone(bestArticle.text)) {
    const top = bestArticle;
    const precise = ranked.find((s) => s.typeMatch && nearAsGood(s, top) && namesMonth(s.text));
    if (precise) bestArticle = precise;
  }
  // "How does the EU see these partnerships": when the best sentence gives no one's words, the
  // best that gives the speaker's words answers, where it answers at all.
  if (
    bestArticle &&
    question.focus.kind === 'speech' &&
    question.focus.speaker?.person === true &&
    !givesWords(bestArticle, lexicon)
  ) {
    const spoken = ranked.find(
      (s) => s.unit.kind === 'article' && s.typeMatch && fits(s) && givesWords(s, lexicon),
    );
    if (spoken) bestArticle = spoken;
  }
  // "What does the Strategic Compass describe?": of two sentences about as good, the one that
  // gives words ("… the Strategic Compass, …, which outlines the bloc's approach") over one that
  // gives none ("Through the Strategic Compass, the EU committed …").
  if (
    bestArticle &&
    question.focus.kind === 'speech' &&
    !question.focus.speaker &&
    !givesWords(bestArticle, lexicon)
  ) {
    const top = bestArticle;
    const spoken = ranked.find((s) => nearAsGood(s, top) && givesWords(s, lexicon));
    if (spoken) bestArticle = spoken;
  }
  // "How many people took part in the cyber exercise": "Called Cyber Setu 2026, it was a two-day
  // tabletop exercise …" holds the question but no number; "Sixty-four officials took part." right
  // after it, going on about it, supplies one. With no sentence that answers, the best that would
  // but for the kind asked for answers with the next sentence of its paragraph when that one supplies it.
  let suppliedAfter: ScoredSentence | undefined;
  if (!bestArticle && supplyRequired) {
    const lacking = ranked.find(
      (s) => s.unit.kind === 'article' && s.referredCoverage >= floor && answersIt(s),
    );
    const next =
      lacking && ranked.find((s) => s.unit === lacking.unit && s.position === lacking.position + 1);
    if (
      lacking &&
      next?.typeMatch &&
      goesOn(lacking, next) &&
      // Read as one answer, the two name all the question names themselves, not only nearby.
      question.concepts.every(
        (c) => c.role !== 'name' || conceptMatch(c, union(lacking.stems, next.stems)) > 0,
      ) &&
      contradiction(next, question, ranking, isPlace) === undefined &&
      lacking.text.length + next.text.length <= ranking.choose.maxTwoSentenceLength
    ) {
      bestArticle = lacking;
      suppliedAfter = next;
    }
  }
  const chosen: ScoredSentence[] = [];
  if (bestPin && bestPin.coverage >= (bestArticle?.coverage ?? 0) - ranking.choose.pinTolerance) {
    chosen.push(bestPin);
  }
  const corrected = bestArticle && correctedReport(question, bestArticle, ranked);
  // Another report differs only where it gives what is asked as well, when the best does: "exercises
  // with an Italian frigate" gives no other warship than "the Italian Navy frigate ITS …" does.
  const reports = (s: ScoredSentence) => fits(s) && (!bestArticle?.typeMatch || s.typeMatch);
  const differing =
    !corrected && bestArticle && conflictingReport(question, bestArticle, ranked, reports, ranking);
  if (bestArticle && corrected && chosen.length === 0) {
    // An earlier account of the value and the account since, as the report gives them.
    chosen.push(...corrected);
  } else if (bestArticle && differing) {
    // Both reports, the newer first: a later article may correct an earlier one.
    const byDate = [bestArticle, differing].sort((a, b) =>
      (a.unit.citation.date ?? '') < (b.unit.citation.date ?? '') ? 1 : -1,
    );
    chosen.push(...byDate);
  } else if (bestArticle) {
    // Beside a moderator's pin, the best article sentence alone.
    if (chosen.length > 0) chosen.push(bestArticle);
    else {
      // A fact check's claim comes with its judgement, not with a second sentence of its own.
      const second =
        suppliedAfter ??
        correctionOf(bestArticle) ??
        restatedAfter(bestArticle, ranking) ??
        (isTestedClaim(bestArticle.text)
          ? undefined
          : secondSentence(question, ranked, bestArticle, ranking, answersIt));
      chosen.push(...inReadingOrder(bestArticle, second, question, ranking));
    }
  } else if (chosen.length === 0 && bestPin) {
    chosen.push(bestPin);
  }
  withJudgements(chosen);
  // "What did Jaishankar say at Hyderabad House": a sentence that only tells what he did there
  // ("… exchanged the signed texts at Hyderabad House") gives no one's words and would mislead.
  // (A country or an organisation speaks through its people: see `unheard`.)
  const { speaker } = question.focus;
  const wordless =
    question.focus.kind === 'speech' &&
    speaker?.person === true &&
    chosen.length > 0 &&
    chosen.every((s) => s.unit.kind === 'article' && !givesWords(s, lexicon));
  if (wordless) chosen.length = 0;
  const top = ranked.find((s) => s.unit.kind === 'article');
  // Why each sentence ranked above the quoted one (or the first few, when none is quoted) does not answer.
  const passedOver = () => {
    const quoted = (s: ScoredSentence) => chosen.some((c) => c.unit === s.unit && c.position === s.position);
    const at = ranked.findIndex(quoted);
    return ranked.slice(0, at >= 0 ? at : PASSED_OVER_SHOWN).map((s) => ({
      sentence: `${s.unit.id}: ${s.text}`,
      because:
        objectionOf(s) ??
        (s.referredCoverage < floor
          ? 'it holds less of the question than the best, which says otherwise'
          : supplyRequired && !s.typeMatch
            ? `it holds no ${question.focus.kind}`
            : 'it is a pin that covers less of the question than the best article sentence'),
    }));
  };
  traceStep(
    trace,
    'choose',
    () =>
      chosen.length > 0
        ? `quoting ${chosen.length} sentence(s)${differing ? ': the sources differ' : ''}`
        : `no sentence answers${top ? ` (the best does not: ${wordless ? "it gives no one's words" : (objectionOf(top) ?? (focusRequired ? `it holds no ${question.focus.kind}` : ''))})` : ''}`,
    () => ({
      quoted: chosen.map((s) => ({
        sentence: `${s.unit.id}: ${s.text}`,
        // What of the question the sentence leaves to its neighbours, or does not say at all.
        lacks: question.concepts
          .filter((c) => conceptMatch(c, s.stems) === 0)
          .map((c) => ({
            label: c.label,
            role: c.role,
            idf: c.idf,
            known: c.known,
            near: conceptMatch(c, s.near) > 0,
          })),
      })),
      passedOver: passedOver(),
    }),
  );
  return { sentences: chosen, sourcesDiffer: Boolean(bestArticle && differing) };
}

// "The meeting was co-chaired by …": a definite description opening a sentence, and its noun.
const DEFINITE_OPENING = /^["“]?The (\p{Ll}[\p{Ll}-]*)\b/u;
// A word written with a capital past a sentence's first: a name of its own.
const NAME_PAST_FIRST = /\s["“(]?\p{Lu}/u;

/**
 * Whether `next`, the sentence after `s` in its paragraph, goes on about what `s` tells: the same
 * speaker's words, a pronoun or a definite description whose noun `s` holds ("The meeting …"), or
 * a sentence that names nothing of its own ("Sixty-four officials took part.").
 */
function goesOn(s: ScoredSentence, next: ScoredSentence): boolean {
  const sentences = s.unit.sentences;
  const speaker = sentences[s.position]?.speaker;
  if (speaker !== undefined && sentences[next.position]?.speaker === speaker) return true;
  if (pointsBack(next.text)) return true;
  const definite = DEFINITE_OPENING.exec(next.text);
  if (definite && s.stems.has(stemWord(definite[1] ?? ''))) return true;
  return !NAME_PAST_FIRST.test(next.text);
}

/**
 * The best sentence with the second sentence that adds to the answer, else with the sentence it
 * refers back to (`antecedentOf`), so that "it" follows what it stands for: "Operation Atalanta,
 * launched in 2008, …" before "It counters piracy …".
 */
function inReadingOrder(
  best: ScoredSentence,
  second: ScoredSentence | undefined,
  question: AnalysedQuestion,
  ranking: Ranking,
): ScoredSentence[] {
  if (!second) {
    const antecedent = antecedentOf(best, question, ranking);
    return antecedent ? [antecedent, best] : [best];
  }
  const refersTo =
    second.unit === best.unit && second.position === best.position - 1 && pointsBack(best.text);
  return refersTo ? [second, best] : [best, second];
}

/**
 * The sentence before `chosen` when `chosen` answers by what it refers back to ("The latter flows
 * west …", "It was commissioned by …") and covers the question only with it: quoted first, so the
 * answer says what "the latter" is.
 */
function antecedentOf(
  chosen: ScoredSentence,
  question: AnalysedQuestion,
  ranking: Ranking,
): ScoredSentence | undefined {
  const previous = chosen.unit.sentences[chosen.position - 1];
  // "Where does the Rhine meet the Neckar?": "It is here that the Rhine encounters … the Neckar"
  // says where only by "here", which stands for the place the sentence before names.
  const placedBefore = question.focus.kind === 'place' && HERE.test(chosen.text);
  if (
    !previous ||
    !ANAPHOR.test(chosen.text) ||
    (chosen.referredCoverage <= chosen.coverage && !placedBefore)
  )
    return undefined;
  // Never an explainer's heading ("What is in India's text?"), as never as an answer.
  if (QUESTION.test(previous.text)) return undefined;
  if (previous.text.length + chosen.text.length > ranking.choose.maxTwoSentenceLength) return undefined;
  return movedTo(chosen, chosen.position - 1, previous);
}

// A judgement in a word or two after a label ("Verdict: FALSE.", "Rating: Mostly true.").
const LABELLED_WORD = /^\p{Lu}[\p{L} ]{0,20}:\s*[\p{L} ]{1,20}[.!]?$/u;

/**
 * "Is the 'EU army marched on Republic Day' thing legit?": the sentence holding the question best
 * is the claim a fact check quotes to test ("Claim 7: "An EU army marched …""), which alone would
 * repeat it as if it were so. A quoted claim is never an answer on its own: the sentences after it
 * in its paragraph that judge it come with it, the next one, and when that is only a label and a
 * word ("Verdict: MISLEADING."), the one after that too ("The EU has no army of its own.").
 */
function withJudgements(chosen: ScoredSentence[]): void {
  for (let i = chosen.length - 1; i >= 0; i--) {
    const claim = chosen[i] as ScoredSentence;
    if (claim.unit.kind !== 'article' || !isTestedClaim(claim.text)) continue;
    const after = claim.unit.sentences.slice(claim.position + 1, claim.position + 3);
    const taken = LABELLED_WORD.test(after[0]?.text ?? '') ? after : after.slice(0, 1);
    const judgement = taken
      .map((sentence, k) => movedTo(claim, claim.position + 1 + k, sentence))
      .filter((s) => !chosen.some((c) => c.unit === s.unit && c.position === s.position));
    chosen.splice(i + 1, 0, ...judgement);
  }
}

// How far past a sentence a later one may still point back to it ("That drill" two sentences on).
const POINTING_REACH = 2;

/**
 * The sentences right after `s` in reading order, up to `POINTING_REACH`: the rest of its
 * paragraph, then the next paragraph's first sentence when the search returned it.
 */
function nextInReading(s: ScoredSentence, ranked: readonly ScoredSentence[]): ScoredSentence[] {
  const inParagraph = s.unit.sentences
    .slice(s.position + 1, s.position + 1 + POINTING_REACH)
    .map((sentence, i) => movedTo(s, s.position + 1 + i, sentence));
  if (inParagraph.length >= POINTING_REACH) return inParagraph;
  const nextParagraph = ranked.find(
    (c) =>
      c.position === 0 &&
      articleOf(c) === articleOf(s) &&
      c.unit.citation.paragraph === (s.unit.citation.paragraph ?? 0) + 1,
  );
  return nextParagraph ? [...inParagraph, nextParagraph] : inParagraph;
}

function secondSentence(
  question: AnalysedQuestion,
  ranked: readonly ScoredSentence[],
  first: ScoredSentence,
  ranking: Ranking,
  answersIt: (s: ScoredSentence) => boolean,
): ScoredSentence | undefined {
  const { maxTwoSentenceLength, secondSentenceGain, maxSpeechGoingOnLength } = ranking.choose;
  const following = first.unit.sentences[first.position + 1];
  // "How did Kallas describe the naval exercise": "Last week, … held a joint naval exercise" names
  // it; her next words, "This is more than symbolic," say what it is.
  const describesIt = (next: UnitSentence) =>
    question.focus.kind === 'speech' &&
    question.focus.subject.length > 0 &&
    DESCRIBES_BEFORE.test(next.text) &&
    next.speaker !== undefined &&
    next.speaker === first.unit.sentences[first.position]?.speaker;
  // "Why did seeing EU operations in the parade matter to Kallas": "It was a proud moment to see
  // that our operations were also a part of this parade." gives no reason; "It shows how we have
  // been able to work together." right after it does.
  const explainsIt = (next: UnitSentence) =>
    question.focus.kind === 'reason' && !REASON.test(first.text) && EXPLAINS_BEFORE.test(next.text);
  if (
    following &&
    (CONTINUATION.test(following.text) ||
      describesIt(following) ||
      explainsIt(following) ||
      (ANNOUNCES_COUNT.test(first.text) && (first.text.endsWith(':') || FIRST_OF.test(following.text)))) &&
    first.text.length + following.text.length <= maxTwoSentenceLength
  ) {
    return movedTo(first, first.position + 1, following);
  }
  // "When was the naval drill held?": "Last week, … held a joint naval exercise" answers by the
  // day of writing; "That drill, held from 1 to 3 June 2025, …" right after it gives the date.
  if (question.focus.kind === 'date' && !saysCalendarDate(first.text)) {
    const dated = nextInReading(first, ranked).find(
      (s) =>
        saysCalendarDate(s.text) &&
        POINTS_AT_BEFORE.test(s.text) &&
        first.text.length + s.text.length <= maxTwoSentenceLength,
    );
    if (dated) return dated;
  }
  // "How did Kallas describe …" answered by a sentence that only sets the scene ("In June 2025
  // Kallas … held the first … dialogue"): her words are the sentence after it that she speaks
  // ("Kallas called the two sides "natural partners" …").
  const { speaker } = question.focus;
  if (question.focus.kind === 'speech' && speaker && !speaker.common && !spokenByAsked(first, question)) {
    const words = nextInReading(first, ranked).find(
      (s) =>
        s.unit === first.unit &&
        spokenByAsked(s, question) &&
        first.text.length + s.text.length <= maxTwoSentenceLength,
    );
    if (words) return words;
  }
  // "What did Kallas say about the Republic Day parade": her words go on past the sentence that
  // names the day ("It was a proud moment to see that our operations were also a part of this
  // parade."). Her next sentence in the paragraph that speaks of what she is asked about, by a
  // word of it the first lacks, comes with it.
  // "What did that commerce student think": someone named by what they are asks their words too.
  const asksWords = question.focus.kind === 'speech' || question.focus.speaker?.common === true;
  if (asksWords) {
    const goesOn =
      (question.focus.kind === 'speech' ? speechGoingOn(question, first) : undefined) ??
      quoteAfterReport(first);
    if (goesOn && first.text.length + goesOn.text.length <= maxSpeechGoingOnLength) return goesOn;
  }
  const copies = new Set(first.unit.sentences[first.position]?.copies?.map((c) => c.id) ?? []);
  for (const candidate of ranked) {
    if (candidate === first || candidate.unit.kind !== 'article') continue;
    // Never the same sentence twice: not its text again, not a copy another outlet carries.
    if (candidate.text === first.text || copies.has(candidate.unit.id)) continue;
    if (first.text.length + candidate.text.length > maxTwoSentenceLength) continue;
    // A first sentence that supplies the person, date, number or place asked for ("She made the
    // remarks during talks with Defence Minister Rajnath Singh" for "who was she talking with")
    // needs no other, but the one it points back to.
    const antecedent =
      candidate.unit === first.unit && candidate.position === first.position - 1 && pointsBack(first.text);
    if (first.typeMatch && SUPPLIED.has(question.focus.kind) && !antecedent) continue;
    const together = coverage(question.concepts, union(first.stems, candidate.stems), ranking.coverage);
    if (together - first.coverage >= secondSentenceGain && answersIt(candidate)) return candidate;
  }
  return undefined;
}

// A sentence opening a quotation: '"Six months is nothing in defence.'
const OPENS_QUOTE = /^["“]/u;

/**
 * "What did the anonymous official say": a sentence telling in the writer's words what someone
 * holds ("A senior Indian official … rejected the idea that progress had been slow.") followed in
 * its paragraph by a quotation, which gives their words.
 */
function quoteAfterReport(first: ScoredSentence): ScoredSentence | undefined {
  // A sentence holding a quotation mark gives someone's words already.
  if (QUOTE.test(first.text)) return undefined;
  const next = first.unit.sentences[first.position + 1];
  return next && OPENS_QUOTE.test(next.text) ? movedTo(first, first.position + 1, next) : undefined;
}

/**
 * The speaker's next sentence, up to `POINTING_REACH` on in the paragraph, that holds a word of
 * the question's own wording (the speaker's name and question-shaping words aside) which the first
 * sentence does not.
 */
function speechGoingOn(question: AnalysedQuestion, first: ScoredSentence): ScoredSentence | undefined {
  const speaker = first.unit.sentences[first.position]?.speaker;
  if (!speaker) return undefined;
  const named = new Set(indexTerms(speaker));
  const asked = question.concepts
    .filter((c) => !c.light && c.role !== 'light')
    .flatMap((c) => c.alternatives[0]?.stems ?? [])
    .filter((stem) => !named.has(stem) && !first.stems.has(stem));
  if (asked.length === 0) return undefined;
  const at = first.unit.sentences
    .slice(first.position + 1, first.position + 1 + POINTING_REACH)
    .findIndex((s) => s.speaker === speaker && asked.some((stem) => s.stems.has(stem)));
  const sentence = first.unit.sentences[first.position + 1 + at];
  return at >= 0 && sentence ? movedTo(first, first.position + 1 + at, sentence) : undefined;
}

/** Whether the text writes the verb with its doer after "by": "the EU delegation led by Kallas". */
function byAgent(text: string, verb: Concept): boolean {
  const words = wordsOf(text).map((word) => word.toLowerCase());
  // What was done is written before it ("the EU delegation led by", "the delegation was led by"),
  // not pointed back to ("It was commissioned by"): a sentence whose thing done is elsewhere.
  const doneToSomething = (i: number) => {
    let k = i - 1;
    while (k >= 0 && AUXILIARIES.has(words[k] ?? '')) k--;
    return k >= 0 && !POINTING_WORDS.has(words[k] ?? '');
  };
  return words.some(
    (word, i) =>
      words[i + 1] === 'by' && conceptMatch(verb, new Set([stemWord(word)])) > 0 && doneToSomething(i),
  );
}

// A form of "be" or "have" before a participle: "the delegation was led by", "it has been signed by".
const AUXILIARIES = new Set([...BE_FORMS, 'has', 'have', 'had']);
const POINTING_WORDS = new Set(['it', 'he', 'she', 'they', 'this', 'that', 'these', 'those', 'which', 'who']);

const RANK_WORDS = new Set(ORDINAL_WORDS.filter(Boolean));

/** The stems of the question's words as typed (each concept's first form). */
const typedStems = (question: AnalysedQuestion): ReadonlySet<string> =>
  new Set(question.concepts.flatMap((c) => c.alternatives[0]?.stems ?? []));

/**
 * A rank the question gives ("the very first to sign") where the sentence gives another to words
 * of the question ("the third Asian country") and never the question's own: it speaks of another
 * place in the order.
 */
function otherRank(s: ScoredSentence, question: AnalysedQuestion): Concept | undefined {
  const rankOf = (word: string) => ordinalWord(word) ?? word.toLowerCase();
  const ranks = question.concepts.filter((c) => RANK_WORDS.has(rankOf(c.label)));
  if (ranks.length === 0) return undefined;
  const words = wordsOf(s.text).map((word) => word.toLowerCase());
  const asked = typedStems(question);
  return ranks.find((c) => {
    const own = rankOf(c.label);
    if (words.some((word) => rankOf(word) === own)) return false;
    return words.some((word, i) => {
      const rank = rankOf(word);
      return (
        RANK_WORDS.has(rank) &&
        rank !== own &&
        words.slice(i + 1, i + 3).some((next) => asked.has(stemWord(next)) && !RANK_WORDS.has(next))
      );
    });
  });
}

// Words before an office that make its holder someone else: "deputy operation commander", "former
// ambassador", "vice president".
const STAND_INS = new Set(['deputy', 'vice', 'former', 'acting', 'assistant', 'interim', 'ex', 'associate']);
const STAND_IN_WORD = new RegExp(`\\b(?:${[...STAND_INS].join('|')})\\b`, 'i');

/**
 * For "who is the operation commander": a sentence that writes the office the question asks of
 * only after a word that makes its holder someone else ("deputy operation commander"), which the
 * question does not say: the word, or undefined.
 */
function standIn(s: ScoredSentence, question: AnalysedQuestion): string | undefined {
  if (question.focus.kind !== 'person' || !STAND_IN_WORD.test(s.text)) return undefined;
  const offices = question.concepts.filter(
    (c) =>
      c.role === 'noun' &&
      c.alternatives[0]?.stems.length === 1 &&
      s.stems.has(c.alternatives[0]?.stems[0] ?? ''),
  );
  if (offices.length === 0) return undefined;
  const asked = typedStems(question);
  const words = wordsOf(s.text).map((word) => word.toLowerCase());
  const stems = words.map((word) => stemWord(word));
  for (const office of offices) {
    const head = office.alternatives[0]?.stems[0] ?? '';
    const at = stems.map((stem, i) => (stem === head ? i : -1)).filter((i) => i >= 0);
    if (at.length === 0) continue;
    // Each time the sentence writes the office, a stand-in word stands before it, past the
    // question's own words ("deputy operation commander"; "who is the deputy commander" asks it).
    const before = at.map((i) => {
      let k = i - 1;
      while (k >= 0 && asked.has(stems[k] ?? '')) k--;
      return words[k] ?? '';
    });
    if (before.every((word) => STAND_INS.has(word))) return before[0];
  }
  return undefined;
}
