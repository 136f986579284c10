import { ALIAS_MARK } from '../corpus/article-aliases.ts';
import type { Alternative, AlternativeForm, Concept } from './analyse-question.ts';
import type { Ranking } from './ranking.ts';

/** What coverage reads of a text: whether it holds a stem (a set, or several sets read as one). */
export interface Stems {
  has(stem: string): boolean;
}

/** Several stem sets read as one, without copying them. */
export const union = (...sets: ReadonlyArray<Stems>): Stems => ({
  has: (stem) => sets.some((set) => set.has(stem)),
});

/**
 * How much of a question a text covers: each concept weighs its IDF (a rare word says more about
 * what is asked than a common one) and counts by the best form the text holds it in. Shared by
 * re-ranking, sentence scoring and abstention, so all three measure the same thing.
 */

/** A concept's weight: its IDF, scaled by its role (a question-shaping word counts only when the sources use it). */
export function conceptWeight(concept: Concept, weights: Ranking['coverage']): number {
  // An adverb no source writes says how or how often ("what do the partnerships usually cover"),
  // not what: it weighs nothing, where its rarity would outweigh the words that say what. Not one
  // grading an adjective ("legally binding"), which is part of what is asked.
  if (concept.adverb && !concept.grades && !concept.known) return 0;
  // "what are they hoping to raise": the intention frames the question; a source states what is
  // raised without it, so a source that also writes "hope" somewhere makes it no part of the answer.
  if (concept.frame) return 0;
  // "is it a big deal": the words of importance are the focus's to find ("a milestone"), not the sentence's to say.
  if (concept.importance) return 0;
  // A common word no source holds may be the question's own wording of what the sources say
  // otherwise ("team" for "delegation"): it counts less than the words the sources hold.
  const unknown =
    !concept.known && concept.role !== 'name' && concept.role !== 'number' ? weights.unknownFactor : 1;
  return unknown * roleWeight(concept, weights);
}

function roleWeight(concept: Concept, weights: Ranking['coverage']): number {
  switch (concept.role) {
    case 'light':
      return concept.known ? concept.idf * weights.lightFactor : 0;
    case 'verb':
      return concept.idf * weights.verbFactor;
    case 'modifier':
      return concept.idf * weights.modifierFactor;
    case 'name':
      return concept.idf * weights.nameFactor;
    default:
      return concept.idf;
  }
}

/**
 * The best share of the concept a text holds (in `forms` only, when given): the typed words earn
 * partial credit, other forms count whole. Given the text's `words`, a relative whose stem other
 * words share counts only by its own words ("generally", not "generate").
 */
export function conceptMatch(
  concept: Concept,
  stems: Stems,
  forms?: ReadonlySet<AlternativeForm>,
  words?: ReadonlySet<string>,
): number {
  let best = 0;
  for (const alt of concept.alternatives) {
    if (forms && !forms.has(alt.form)) continue;
    if (words && alt.words && !alt.words.some((word) => words.has(word))) continue;
    let present = 0;
    const typed = alt.form === 'typed';
    // The question's own word, a noun's WordNet relatives ("agreement" for "deal") and a name's
    // other names ("TTC"), also stand for what the article calls its subject ("the deal", "the
    // council": corpus/article-aliases.ts); not a question-shaping
    // word's ("cover", whose synonym is "deal"), nor when the question names which one it means
    // ("the EU-Japan partnership").
    const aliased =
      !concept.named && !concept.light && (typed || concept.role === 'noun' || concept.role === 'name');
    const marked = aliased ? markedStems(alt) : undefined;
    for (let i = 0; i < alt.stems.length; i++) {
      if (stems.has(alt.stems[i] ?? '') || (marked && stems.has(marked[i] ?? ''))) present++;
    }
    const share = typed ? present / alt.stems.length : present === alt.stems.length ? 1 : 0;
    best = Math.max(best, alt.weight * share);
  }
  return best;
}

// Each alternative's stems as an article's other word for its subject is marked, made once per
// question rather than once per sentence it is matched against.
const marks = new WeakMap<Alternative, readonly string[]>();
function markedStems(alt: Alternative): readonly string[] {
  let marked = marks.get(alt);
  if (!marked) {
    marked = alt.stems.map((stem) => ALIAS_MARK + stem);
    marks.set(alt, marked);
  }
  return marked;
}

/**
 * Words a text takes from elsewhere at a discount: the sentence before one that opens with a
 * pronoun ("It was commissioned by Odo" takes "the Bayeux Tapestry" from the sentence before).
 */
export interface Borrowed {
  stems: Stems;
  factor: number;
}

export function coverage(
  concepts: readonly Concept[],
  stems: Stems,
  weights: Ranking['coverage'],
  borrowed?: Borrowed,
  words?: ReadonlySet<string>,
): number {
  let total = 0;
  let covered = 0;
  for (const concept of concepts) {
    const weight = conceptWeight(concept, weights);
    const own = conceptMatch(concept, stems, undefined, words);
    const taken = borrowed && own < 1 ? borrowed.factor * conceptMatch(concept, borrowed.stems) : 0;
    const share = Math.max(own, taken);
    // The kind a "what X" question asks for is filled by a name of it ("the Peace of Saint-Germain"
    // for "what treaty"): a text that does not say the word itself loses less for it.
    total += concept.slot && share === 0 ? weight * weights.slotFactor : weight;
    covered += weight * share;
  }
  return total === 0 ? 0 : covered / total;
}
