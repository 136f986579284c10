import type { Unit, UnitSentence } from '../corpus/units.ts';
import type { Lexicon } from '../search/lexicon.ts';
import { indexTerms, stemWord, tokenize } from '../text/analyzer.ts';
import { cachedByText } from '../text/text-cache.ts';
import type { AnalysedQuestion, Concept } from './analyse-question.ts';
import { coverage, union } from './coverage.ts';
import type { Ranking } from './ranking.ts';
import type { Candidate } from './retrieve.ts';
import { isTestedClaim, ownersOnly, suppliesFocus } from './sentence-cues.ts';
import { type Trace, traceStep } from './trace.ts';

/**
 * Every sentence of the candidate passages, scored by how much of the question it covers (its
 * own words and, with less weight, its paragraph's and its article's title: a sentence may rely on
 * them for the subject), whether the question's words stand together in it as in the question,
 * whether it supplies what the question asks for rather than echoing it, the engine's rank, and a
 * small preference for shorter sentences. Each part is kept for the trace and for abstention.
 *
 * @module
 */
export interface ScoredSentence {
  unit: Unit;
  /** Position of the sentence in its unit. */
  position: number;
  text: string;
  stems: ReadonlySet<string>;
  /**
   * The sentence's stems with the sentence before it and the words of its article's title that its
   * paragraph uses: what a pronoun or an omitted subject in it may stand for.
   */
  near: ReadonlySet<string>;
  /**
   * `near` with only the headline words its paragraph uses (all of them in the opening paragraph):
   * what a place the question names ("at Kartavya Path") must stand in.
   */
  nearPlaces: ReadonlySet<string>;
  /** Share of the question's weight the sentence itself covers. */
  coverage: number;
  /**
   * Coverage with what a pronoun opening the sentence refers back to (the sentence before it, at
   * a discount): what ranks the sentence. Equal to `coverage` for other sentences.
   */
  referredCoverage: number;
  /** Share covered by the sentence's paragraph and its article's title. */
  passageCoverage: number;
  /** Share covered by what the sentence's article as a whole is about (title, opening, central names). */
  articleCoverage: number;
  /** Share of the question's neighbouring word pairs that stand together in the sentence. */
  phrase: number;
  /** The sentence supplies what the question asks for (a date, a person, a kind of thing). */
  typeMatch: boolean;
  /** The sentence says nothing the question does not already say. */
  echo: boolean;
  /** Stems of the names the sentence writes only as a person's owner ("Edgar's sister"); read on first use. */
  ownersOnly: ReadonlySet<string>;
  score: number;
}

/** A scored sentence's scores: all but what it stands near, which is read on first use. */
type Scores = Omit<ScoredSentence, 'near' | 'nearPlaces' | 'ownersOnly'>;

/** What a sentence's `near`, `nearPlaces` and `ownersOnly` are made of. */
interface Surroundings {
  sentence: UnitSentence;
  before: UnitSentence | undefined;
  titleInPassage: readonly string[];
  placesInPassage: readonly string[];
  opensWithPronoun: boolean;
  lexicon: Lexicon;
}

/**
 * A sentence of a candidate passage with its scores. A class, not an object literal with getters:
 * V8 gives every literal whose getters are fresh closures a hidden class of its own, made in the old
 * generation, and that class keeps the question's sentences (and all their closures reach) alive
 * until the next full collection: some 25 KB promoted per question, and slow minor collections.
 */
class ScoredInUnit implements ScoredSentence {
  readonly unit: Unit;
  readonly position: number;
  readonly text: string;
  readonly stems: ReadonlySet<string>;
  readonly coverage: number;
  readonly referredCoverage: number;
  readonly passageCoverage: number;
  readonly articleCoverage: number;
  readonly phrase: number;
  readonly typeMatch: boolean;
  readonly echo: boolean;
  readonly score: number;
  readonly #around: Surroundings;
  #near: ReadonlySet<string> | undefined;
  #places: ReadonlySet<string> | undefined;
  #owners: ReadonlySet<string> | undefined;

  constructor(scores: Scores, around: Surroundings) {
    this.unit = scores.unit;
    this.position = scores.position;
    this.text = scores.text;
    this.stems = scores.stems;
    this.coverage = scores.coverage;
    this.referredCoverage = scores.referredCoverage;
    this.passageCoverage = scores.passageCoverage;
    this.articleCoverage = scores.articleCoverage;
    this.phrase = scores.phrase;
    this.typeMatch = scores.typeMatch;
    this.echo = scores.echo;
    this.score = scores.score;
    this.#around = around;
  }

  // Built only for the few sentences abstention looks at.
  get near(): ReadonlySet<string> {
    const { sentence, before, titleInPassage } = this.#around;
    this.#near ??= new Set([
      ...sentence.stems,
      ...(before?.stems ?? []),
      ...titleInPassage,
      ...leadSubject(this.unit),
    ]);
    return this.#near;
  }

  get nearPlaces(): ReadonlySet<string> {
    const { sentence, before, titleInPassage, placesInPassage, opensWithPronoun } = this.#around;
    // A paragraph that opens with a pronoun speaks of what came before: at the least, of what the
    // headline names.
    const referent = this.position === 0 && opensWithPronoun ? titleInPassage : placesInPassage;
    this.#places ??= new Set([...sentence.stems, ...(before?.stems ?? []), ...referent]);
    return this.#places;
  }

  get ownersOnly(): ReadonlySet<string> {
    this.#owners ??= ownersOnly(this.#around.sentence.text, this.#around.lexicon);
    return this.#owners;
  }
}

/**
 * `s` moved to another sentence of its unit (the one before or after, which choose.ts quotes with
 * it), keeping its scores and what it stands near.
 */
export function movedTo(
  s: ScoredSentence,
  position: number,
  sentence: Pick<UnitSentence, 'text' | 'stems'>,
): ScoredSentence {
  return {
    unit: s.unit,
    position,
    text: sentence.text,
    stems: sentence.stems,
    near: s.near,
    nearPlaces: s.nearPlaces,
    ownersOnly: s.ownersOnly,
    coverage: s.coverage,
    referredCoverage: s.referredCoverage,
    passageCoverage: s.passageCoverage,
    articleCoverage: s.articleCoverage,
    phrase: s.phrase,
    typeMatch: s.typeMatch,
    echo: s.echo,
    score: s.score,
  };
}

// A sentence opening with a pronoun or a word that points back ("It was commissioned by Odo",
// "Their style was …", "Here the High Rhine ends", "The latter flows west"), also after a short
// fronted phrase ("For Europe, it is part of …"), a word opening a clause ("If they were any
// larger, …", "When it reached …") or a preposition ("Amongst them were 200 clergy"), or a part of
// them ("Eighteen (18) of them passed the test", "Most of these were sold", "Two of these engines
// …": unlike "These engines …", quoted with the sentence naming which), or in
// brackets ("(It has been adapted as a restaurant …"), is about what the sentence before it names.
export const ANAPHOR =
  /^\(?(?:[^,;:"“]{1,40},\s+|(?:If|When|Although|Though|While|Because|As|Once|Since|Unless|After|Before|Until)\s+|(?:Among|Amongst|Of|For|With|To|From|Besides|Like|Unlike)\s+(?=them\b|him\b|her\b|these\b|those\b)|[^,;:"“]{1,30}?\s+of\s+(?=them\b|these\b|those\b))?(?:It|Its|They|Their|Them|He|She|His|Her|Here|The latter|The former|Both|it|its|they|their|them|these|those|he|him|she|his|her)\b/;

// "These engines are used in toys", "Such vessels carried coal": a plural demonstrative opening a
// sentence points back too, for ranking; the answer does not quote its antecedent for it (not
// "This partnership is …", which mostly names its own subject). So does a count of those just
// named: "The two men signed it at the Iikura Guest House" after "Borrell and Iwaya announced …".
const POINTS_BACK = /^(?:These|Those|Such|The (?:two|three|four|both) \p{Ll}+)\b/u;

// "… Kallas wrote afterwards", "Since then our warships have escorted …": after, or at, the time
// the sentence before it tells.
const AFTERWARDS =
  /\b(?:afterwards|afterward|thereafter)\b|^(?:Since|By|Until|Till|After|Before|Unlike|At) (?:then|that|this|which)\b/i;

/**
 * Whether a sentence points back to the one before it: it opens with a pronoun or a plural
 * demonstrative, or tells what came after ("afterwards").
 */
export const pointsBack = (text: string): boolean =>
  ANAPHOR.test(text) || POINTS_BACK.test(text) || AFTERWARDS.test(text);

/**
 * Whether sentence `position` of `unit` opens an interview's answer that refers back to its
 * question (`Unit.asked`: "Because without it …"), read with it as a pointing-back sentence is.
 */
export const answersAsked = (unit: Unit, position: number): boolean =>
  position === 0 && unit.asked !== undefined;

/**
 * The heading above a paragraph that asks what the question does ("### Why did India take longer
 * than Japan and South Korea?"), by covering most of it (`abstain.minHeadingCoverage`): each
 * sentence of the paragraph answers it (`Unit.askedAbove`: an explainer's, not an interview's).
 */
export function headingAsking(
  unit: Unit,
  question: AnalysedQuestion,
  ranking: Ranking,
): UnitSentence | undefined {
  const heading = unit.askedAbove;
  return heading &&
    coverage(question.concepts, heading.stems, ranking.coverage) >= ranking.abstain.minHeadingCoverage
    ? heading
    : undefined;
}

/** Every stem of every form of the question: what a sentence must go beyond to answer it. */
export function askedStems(question: AnalysedQuestion): Set<string> {
  return new Set(question.concepts.flatMap((c) => c.alternatives.flatMap((alt) => alt.stems)));
}

/** For each stem of any form of the question, the concepts (by index) it stands for. */
function conceptsByStem(concepts: readonly Concept[]): Map<string, number[]> {
  const byStem = new Map<string, number[]>();
  concepts.forEach((concept, i) => {
    for (const alt of concept.alternatives) {
      for (const stem of alt.stems) {
        const list = byStem.get(stem);
        if (!list) byStem.set(stem, [i]);
        else if (!list.includes(i)) list.push(i);
      }
    }
  });
  return byStem;
}

/** Share of the question's neighbouring concept pairs whose words stand within the window in `terms`. */
function phraseShare(
  concepts: readonly Concept[],
  byStem: ReadonlyMap<string, readonly number[]>,
  terms: readonly string[],
  window: number,
): number {
  let pairs = 0;
  let together = 0;
  for (let i = 1; i < concepts.length; i++) {
    if (concepts[i - 1]?.role === 'light' || concepts[i]?.role === 'light') continue;
    pairs++;
    if (standTogether(i - 1, i, byStem, terms, window)) together++;
  }
  return pairs === 0 ? 0 : together / pairs;
}

/**
 * Whether a word of concept `a` and another of concept `b` stand within `window` words of each
 * other in `terms`: read in place, as this runs for every scored sentence.
 */
function standTogether(
  a: number,
  b: number,
  byStem: ReadonlyMap<string, readonly number[]>,
  terms: readonly string[],
  window: number,
): boolean {
  for (let x = 0; x < terms.length; x++) {
    if (!byStem.get(terms[x] ?? '')?.includes(a)) continue;
    const last = Math.min(terms.length - 1, x + window);
    for (let y = Math.max(0, x - window); y <= last; y++)
      if (y !== x && byStem.get(terms[y] ?? '')?.includes(b)) return true;
  }
  return false;
}

/**
 * How many different stems `terms` holds beyond `asked`, counted up to two: all that tells an echo
 * of the question (none) and a near echo (one) from a sentence that says more. Counting no further
 * spares a set per sentence.
 */
export function wordsBeyond(terms: readonly string[], asked: ReadonlySet<string>): 0 | 1 | 2 {
  let first: string | undefined;
  for (const stem of terms) {
    if (asked.has(stem)) continue;
    if (first === undefined) first = stem;
    else if (stem !== first) return 2;
  }
  return first === undefined ? 0 : 1;
}

/** The question's content words as written (lower-cased, in one spelling), question-shaping words aside. */
function typedWords(question: AnalysedQuestion): string[] {
  const words = question.concepts
    .filter((c) => !c.light)
    .flatMap((c) => tokenize(c.label).filter((t) => !t.stop && !t.part))
    .map((t) => t.word);
  return [...new Set(words)];
}

/**
 * Share of the question's typed words the sentence writes in the very same form: "the Normans"
 * says "Normans" as asked, "Norman knights" only shares its stem.
 */
function surfaceShare(typed: readonly string[], written: ReadonlySet<string>): number {
  if (typed.length === 0) return 0;
  let same = 0;
  for (const word of typed) if (written.has(word)) same++;
  return same / typed.length;
}

export function scoreSentences(
  question: AnalysedQuestion,
  candidates: readonly Candidate[],
  lexicon: Lexicon,
  ranking: Ranking,
  trace?: Trace,
): ScoredSentence[] {
  const weights = ranking.sentence;
  const top = candidates[0]?.score || 1;
  const asked = askedStems(question);
  const byStem = conceptsByStem(question.concepts);
  const typed = weights.surface > 0 ? typedWords(question) : [];
  const scored: ScoredSentence[] = [];
  // "What is the latest …": among the candidates, the newer the article, the more it counts.
  const dates = question.recent ? candidates.map((c) => Date.parse(c.unit.citation.date ?? '') || 0) : [];
  const oldest = Math.min(...dates);
  const span = Math.max(...dates) - oldest || 1;
  const newness = (unit: Unit) =>
    question.recent ? ((Date.parse(unit.citation.date ?? '') || oldest) - oldest) / span : 0;
  // For someone's words, a quote holds its speaker's office ("what did the colonel say": '"…," he
  // said.' after "Colonel Henrik Vos said …"); for any other question it does not, or every quote
  // of a minister would answer "who is the minister".
  const speech = question.focus.kind === 'speech' || question.focus.speaker !== undefined;
  // So does the title the article gives its speaker: "how did the EU foreign policy chief
  // characterise the signing" is answered by a quote of Kallas, "EU High Representative …".
  const officeOf = (sentence: UnitSentence) =>
    speech
      ? [
          ...(sentence.office ? [stemWord(sentence.office)] : []),
          ...(sentence.title ? titleStems(sentence.title) : []),
        ]
      : [];
  // "Who is Rohini Saxena": a sentence describes her by writing her name, not by being her words
  // ('SAXENA: We met in New Delhi …'), which hold her name as their speaker's.
  const describing = question.focus.kind === 'definition';
  const withOffice = (sentence: UnitSentence) => {
    const office = officeOf(sentence);
    return office.length > 0 ? union(sentence.stems, new Set(office)) : sentence.stems;
  };
  for (const { unit, score } of candidates) {
    const held = speech
      ? union(unit.stems, unit.title, new Set(unit.sentences.flatMap(officeOf)))
      : union(unit.stems, unit.title);
    const passageCoverage = coverage(question.concepts, held, ranking.coverage);
    const articleCoverage = coverage(question.concepts, unit.about, ranking.coverage);
    // What the headline says is near every sentence of its article: each paragraph of a story
    // tells of its headline ("India was represented by … Ashwini Vaishnaw" is the TTC meeting's
    // India, in the story headlined "India-EU Trade and Technology Council meets in Delhi").
    const titleInPassage = [...unit.title];
    // Where things happened is another matter: a headline's place is near its opening paragraph
    // and a paragraph that speaks of it, not one where a band "played in the square".
    // A section's heading is its paragraphs' own, places and all ("## 9 October: seminar in Nagpur").
    const placesInPassage =
      unit.citation.paragraph === 1
        ? titleInPassage
        : titleInPassage.filter(
            (stem) => unit.stems.has(stem) || unit.central.has(stem) || unit.heading?.has(stem),
          );
    const above = headingAsking(unit, question, ranking);
    unit.sentences.forEach((sentence, position) => {
      const opensWithPronoun = pointsBack(sentence.text);
      // A paragraph that opens with a pronoun refers to the paragraph before ("It took member
      // states two years …" after "The Compass groups its goals …").
      const before =
        unit.sentences[position - 1] ??
        (position === 0 ? (unit.asked ?? (opensWithPronoun ? unit.previousSentence : undefined)) : undefined);
      // A paragraph under a question heading answers it in every sentence, read with the heading as
      // well as with the sentence before.
      const borrowed = above && before ? union(before.stems, above.stems) : (above?.stems ?? before?.stems);
      const readWithBefore =
        borrowed &&
        weights.anaphora > 0 &&
        (opensWithPronoun || answersAsked(unit, position) || above !== undefined);
      const own = coverage(
        question.concepts,
        describing ? ownWords(sentence) : withOffice(sentence),
        ranking.coverage,
        undefined,
        sentence.words,
      );
      // A sentence that points back ("These include peacebuilding …") is read with the one it points
      // to, though it holds no word of the question itself.
      if (own === 0 && !readWithBefore) return;
      // For ranking only: what the sentence says about what it refers back to.
      const referred = readWithBefore
        ? coverage(
            question.concepts,
            withOffice(sentence),
            ranking.coverage,
            { stems: borrowed, factor: weights.anaphora },
            sentence.words,
          )
        : own;
      const typeMatch = suppliesFocus(sentence, question.focus, asked, lexicon);
      const phrase = phraseShare(question.concepts, byStem, sentence.terms, weights.phraseWindow);
      // A yes/no question is answered by a sentence that says what it asks; others need more.
      const added = wordsBeyond(sentence.terms, asked);
      const echo = question.type !== 'yesno' && added === 0;
      // One word beyond the question ("Thank you for that as well") is nearly an echo: half the penalty.
      const nearEcho = question.type !== 'yesno' && added === 1;
      const echoPenalty = echo ? weights.echo : nearEcho ? weights.echo / 2 : 0;
      scored.push(
        new ScoredInUnit(
          {
            unit,
            position,
            text: sentence.text,
            stems: sentence.stems,
            coverage: own,
            referredCoverage: referred,
            passageCoverage,
            articleCoverage,
            phrase,
            typeMatch,
            echo,
            score:
              weights.own * referred +
              weights.passage * passageCoverage +
              weights.article * articleCoverage +
              weights.engine * (score / top) +
              weights.phrase * phrase +
              weights.surface * surfaceShare(typed, sentence.words) +
              weights.recency * newness(unit) +
              (typeMatch ? weights.typeBonus : 0) -
              echoPenalty -
              (isTestedClaim(sentence.text) ? weights.claim : 0) -
              weights.lengthPenaltyPerChar * sentence.text.length,
          },
          { sentence, before, titleInPassage, placesInPassage, opensWithPronoun, lexicon },
        ),
      );
    });
  }
  // Stable sort: among equal scores the engine's order (already deterministic) stands.
  scored.sort((a, b) => b.score - a.score);
  traceStep(
    trace,
    'score sentences',
    () => `${scored.length} sentences hold a word of the question; focus: ${question.focus.kind}`,
    () =>
      scored.slice(0, 40).map((s) => ({
        id: s.unit.id,
        sentence: s.text,
        score: round(s.score),
        own: round(s.coverage),
        passage: round(s.passageCoverage),
        article: round(s.articleCoverage),
        phrase: round(s.phrase),
        focus: s.typeMatch,
        echo: s.echo,
      })),
  );
  return scored;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/** A sentence's stems without its speaker's name where its own words do not write it. */
const ownWordsOf = new WeakMap<UnitSentence, ReadonlySet<string>>();
function ownWords(sentence: UnitSentence): ReadonlySet<string> {
  if (sentence.speaker === undefined) return sentence.stems;
  let own = ownWordsOf.get(sentence);
  if (!own) {
    const written = new Set(sentence.terms);
    const speaker = new Set(indexTerms(sentence.speaker));
    own = new Set([...sentence.stems].filter((stem) => written.has(stem) || !speaker.has(stem)));
    ownWordsOf.set(sentence, own);
  }
  return own;
}

/** The stems of a speaker's title words ("eu high representative for foreign affairs …"). */
export const titleStems = cachedByText((title: string): string[] =>
  tokenize(title)
    .filter((t) => !t.stop)
    .map((t) => t.stem),
);

// The name a paragraph opens with as its first sentence's subject ("Montpellier was among …"):
// what the paragraph is about, near each of its sentences as the headline is ("Tension with Paris
// led to a siege by the royal army in 1622" two sentences on is Montpellier's siege).
const LEAD_NAME =
  /^(?:\p{Lu}[\p{L}'’-]*\s+)*?\p{Lu}[\p{L}'’-]*(?=\s+(?:was|is|were|are|has|had|became|remained)\b)/u;
const leads = new WeakMap<Unit, readonly string[]>();
function leadSubject(unit: Unit): readonly string[] {
  let lead = leads.get(unit);
  if (!lead) {
    const match = LEAD_NAME.exec(unit.sentences[0]?.text ?? '');
    lead = match
      ? tokenize(match[0])
          .filter((t) => !t.stop)
          .map((t) => t.stem)
      : [];
    leads.set(unit, lead);
  }
  return lead;
}
