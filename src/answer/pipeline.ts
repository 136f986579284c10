import type { Glossary } from '../corpus/glossary.ts';
import type { Article } from '../corpus/load-corpus.ts';
import type { Units } from '../corpus/units.ts';
import type { Lexicon } from '../search/lexicon.ts';
import type { SearchIndex } from '../search/search-index.ts';
import { indexTerms, stemWord } from '../text/analyzer.ts';
import type { Dictionary } from '../text/dictionary.ts';
import type { WordNeighbours } from '../text/word-neighbours.ts';
import type { Answer } from '../types.ts';
import {
  decisiveMissing,
  declineMissing,
  declineOutOfWindow,
  declineUnanswered,
  missingConcepts,
} from './abstain.ts';
import { type AnalysedQuestion, analyseQuestion, type Concept } from './analyse-question.ts';
import { type Choice, choose } from './choose.ts';
import { withColumnistNamed } from './column-writer.ts';
import { compose } from './compose.ts';
import { compoundParts, mergeAnswers, questionThenYesNo } from './compound.ts';
import { gate, help } from './gate.ts';
import { fromArticles, namedArticles } from './named-articles.ts';
import { paraphrases } from './paraphrase.ts';
import { DEFAULT_RANKING, type Ranking } from './ranking.ts';
import { rerank, withAnswersUnderHeadings } from './rerank.ts';
import { type Candidate, retrieve } from './retrieve.ts';
import { scoreSentences } from './score-sentences.ts';
import {
  answerFromSources,
  asksWriter,
  asOutletsReport,
  exceptedOutlets,
  fromOutlets,
  namedOutlets,
  sourceTopic,
} from './source-question.ts';
import { withSpeakerNamed } from './speaker-named.ts';
import { atPosition, textPosition } from './text-position.ts';
import { eventOf, eventWindowOf, inWindow, type TimeWindow, timeWindowOf } from './time-window.ts';
import { type Trace, traceStep } from './trace.ts';

/** What the pipeline reads: the index, the citable units behind it, the glossary and the lexicon. */
export interface Knowledge {
  index: SearchIndex;
  units: Units;
  glossary: Glossary;
  lexicon: Lexicon;
  dictionary: Dictionary;
  /** GloVe's nearest neighbours of a verb, for one no source holds (text/word-neighbours.ts). */
  neighbours?: WordNeighbours;
  articles: readonly Article[];
  /** Today, for questions scoped in time ("yesterday", "this week"). */
  now: () => Date;
}

/**
 * A question's way to an answer, stage by stage (DESIGN.md, "The flow of a question"):
 * gate → analyse → retrieve → rerank → (a question about the sources is answered from them) →
 * abstain on missing names (unless the answer to the rest of the question words them otherwise:
 * `rewordedAnswer`) → score sentences → choose → compose, or abstain when nothing answers (unless
 * the kind asked for is in no source and the answer to the rest words it otherwise). Before either
 * abstention, a yes/no question offering alternatives is answered by one side (`alternativeAnswer`).
 * Two questions joined by "and" ("who signed it and when?") add the answer to their second part
 * (compound.ts).
 * Each stage is its own module; every number they use comes from `ranking`; each records what it
 * decided in `trace` when one is given.
 */
export function answer(
  question: string,
  community: string,
  knowledge: Knowledge,
  ranking: Ranking = DEFAULT_RANKING,
  trace?: Trace,
): Answer {
  const searched: Searched = {};
  const whole = answerOne(question, community, knowledge, ranking, trace, searched);
  // "who signed it and when?": the whole question's answer most often answers its first part
  // ("signed by the EU's High Representative"); the second part is asked on its own and what its
  // answer adds is quoted after it ("will be signed on Tuesday"). Not for a question over the
  // length limit, one about the sources (answered by their citations), or one declined whole,
  // whose parts hold what no source does or answer nothing either.
  if (!whole.answered)
    return whole.kind === 'not-covered'
      ? firstPartAnswer(question, community, whole, knowledge, ranking, trace, searched)
      : whole;
  const parts = whole.about ? undefined : compoundParts(question);
  if (!parts) return whole;
  traceStep(trace, 'compound', `two questions: "${parts[0]}" and "${parts[1]}"`);
  // Its passages are among the whole question's hits, which holds its words: no second search.
  const second = answerOne(parts[1], community, knowledge, ranking, trace, { within: searched.hits });
  return second.answered && !second.about ? mergeAnswers(question, whole, second) : whole;
}

/**
 * "who signs these partnerships, and does it need anyone's approval?", declined whole: the
 * answer to its first part, whose sentence most often answers the yes/no part too ("signed by the
 * High Representative … following Council authorisation"). Not when the yes/no part names what no
 * source mentions ("and did NATO approve it?"): the question is then about that, and is declined.
 */
function firstPartAnswer(
  question: string,
  community: string,
  whole: Answer,
  knowledge: Knowledge,
  ranking: Ranking,
  trace: Trace | undefined,
  searched: Searched,
): Answer {
  const parts = questionThenYesNo(question);
  if (!parts) return whole;
  const yesNo = analyseQuestion(parts.yesNo, { ...knowledge, community }, ranking.alternatives);
  if (yesNo.concepts.some((c) => c.role === 'name' && !c.known)) return whole;
  traceStep(trace, 'compound', `declined whole: answering "${parts.first}" without "${parts.yesNo}"`);
  const first = answerOne(parts.first, community, knowledge, ranking, trace, { within: searched.hits });
  if (!first.answered || first.about) return whole;
  // The answer must speak to the yes/no part: each of its words that the first part lacks is in
  // the answer, or worded otherwise there ("following Council authorisation" for "approval").
  const text = first.sentences.map((s) => s.text).join(' ');
  const stems = new Set(indexTerms(text));
  const asked = new Set(indexTerms(parts.first));
  const unspoken = yesNo.concepts.filter(
    (c) =>
      !c.light &&
      !c.alternatives[0]?.stems.every((stem) => asked.has(stem)) &&
      !c.alternatives.some((alt) => alt.stems.every((stem) => stems.has(stem))) &&
      !paraphrases(text, c, knowledge.dictionary),
  );
  traceStep(
    trace,
    'compound',
    unspoken.length === 0
      ? 'its answer speaks to the yes/no part'
      : `its answer does not word ${unspoken.map((c) => c.label).join(', ')}`,
  );
  return unspoken.length === 0 ? { ...first, question } : whole;
}

/**
 * The engine's hits for a question (`hits`, set by its first search), or the hits to answer it
 * from without a search of its own (`within`): those of the question it is a part of, re-ranked
 * by what it asks.
 */
interface Searched {
  hits?: readonly Candidate[];
  within?: readonly Candidate[] | undefined;
}

/** One question's way to an answer, stage by stage (see `answer`). */
function answerOne(
  question: string,
  community: string,
  knowledge: Knowledge,
  ranking: Ranking = DEFAULT_RANKING,
  trace?: Trace,
  searched: Searched = {},
): Answer {
  const gated = gate(question, trace);
  if (gated) return gated;

  const { index, units, lexicon } = knowledge;
  // "what does the columnist want": the column's writer by name.
  const asked = withColumnistNamed(question.trim(), knowledge.articles);
  if (asked !== question.trim()) traceStep(trace, 'analyse', `asked as "${asked}"`);
  const analysed = analyseQuestion(asked, { ...knowledge, community }, ranking.alternatives);
  traceStep(
    trace,
    'analyse',
    () =>
      `question type: ${analysed.type}, focus: ${analysed.focus.kind} ${[...analysed.focus.category, ...analysed.focus.subject].join(' ')}`,
    () =>
      analysed.concepts.map(
        (c) =>
          `${c.label} (${c.role}${c.event ? ', what happened' : ''}${c.slot ? ', the kind asked for' : ''}, idf ${c.idf.toFixed(2)}${c.known ? '' : ', in no source'}): ` +
          c.alternatives.map((alt) => `${alt.stems.join(' ')} ${alt.form} ${alt.weight}`).join(' | '),
      ),
  );
  if (analysed.concepts.length === 0) return help(question);

  const today = timeWindowOf(question, knowledge.now());
  // "before the summit" names an event to date the articles by; "before the High Representative
  // signs" tells an order within the story (a clause with its own verb: `analysed.order.event`).
  const window = today ?? (analysed.order?.event ? undefined : eventWindow(question, units));
  if (window) {
    // "yesterday", "before the summit" set when, not what: they do not count as words to find.
    analysed.concepts = analysed.concepts.filter((c) => !window.words.includes(c.label.toLowerCase()));
    if (analysed.concepts.length === 0) return help(question);
  }
  const outlets = namedOutlets(
    analysed,
    knowledge.articles,
    (stem) => index.knows(stem, community),
    (word) => knowledge.dictionary.partsOfSpeech(word).size > 0,
  );
  // "per the explainer", "in the opinion piece": the articles the question points at by their kind.
  const pointed = namedArticles(question, analysed, knowledge.articles, knowledge.dictionary, (stem) =>
    index.knows(stem, community),
  );
  // "in the last paragraph", "near the end": where in an article to look.
  const position = textPosition(question);
  if (pointed && pointed.concepts.size < analysed.concepts.length)
    analysed.concepts = analysed.concepts.filter((c) => !pointed.concepts.has(c));
  const topic = sourceTopic(analysed, outlets, (term) => knowledge.dictionary.otherNames(term));
  const reportedBy = topic ? undefined : asOutletsReport(analysed, outlets);
  // Known before the search: a question about what no source mentions is declined unless it asks
  // about the sources, and its closest passages are not worth a search past the engine's budget.
  const missing = decisiveMissing(analysed, ranking, trace);
  const declining = missing.length > 0 && !topic;
  // The passages to answer from, best first: those of the outlets a question names ("what did
  // Reuters report"), and those of its time when it has one.
  const search = (asked: AnalysedQuestion, budgeted: boolean) => {
    const retrieved = searched.within
      ? { pool: searched.within.slice(), complete: false }
      : retrieve(asked, index, units, community, ranking, trace, budgeted);
    searched.hits ??= retrieved.pool;
    if (reportedBy)
      retrieved.pool = fromOutlets(retrieved.pool, reportedBy, knowledge.articles, units, trace);
    if (pointed) retrieved.pool = fromArticles(retrieved.pool, pointed, units, trace);
    if (position) retrieved.pool = atPosition(retrieved.pool, position, units, trace);
    const ranked = withAnswersUnderHeadings(rerank(asked, retrieved, ranking, trace), units, asked, ranking);
    const inTime = window
      ? ranked.filter((c) => c.unit.kind === 'pin' || inWindow(c.unit.citation.date, window))
      : ranked;
    return { ranked, inTime };
  };
  const { ranked, inTime } = search(analysed, declining);
  // "yesterday" is a hard limit; "before the summit" only a preference, since it may also name
  // what the articles narrate ("before the conquest") rather than when they were published.
  if (today && inTime.length === 0)
    return declineOutOfWindow(question, today, ranked, knowledge.articles, trace);
  const candidates = inTime.length > 0 ? inTime : ranked;
  const answerFrom = (asked: AnalysedQuestion) => {
    const found = search(asked, false);
    return found.inTime.length > 0 || today ? found.inTime : found.ranked;
  };
  if (topic) {
    const excepted = exceptedOutlets(question, outlets);
    const named = [...new Set(outlets.values())].filter((name) => !excepted.has(name));
    const sources = answerFromSources(
      question,
      topic,
      candidates,
      knowledge.articles,
      units,
      ranking.choose.maxOutlets,
      named,
      trace,
      excepted,
      asksWriter(analysed),
    );
    if (sources) return sources;
  }
  // "is it one-size-fits-all, or customised per country": a source that says either side answers.
  const eitherSide = () => alternativeAnswer(question, analysed, answerFrom, knowledge, ranking, trace);
  if (missing.length > 0) {
    const reworded = rewordedAnswer(question, analysed, missing, answerFrom, knowledge, ranking, trace);
    return reworded ?? eitherSide() ?? declineMissing(question, missing, candidates);
  }

  const scored = scoreSentences(analysed, candidates, lexicon, ranking, trace);
  const chosen = choose(analysed, scored, ranking, lexicon, trace, knowledge.dictionary);
  if (chosen.sentences.length === 0) {
    // "what approval is needed": the kind asked for, in no source, may be what the answer is a
    // kind of by its definition ("Council authorisation": official permission or approval).
    const kind = missingConcepts(analysed).filter((c) => c.slot);
    const reworded =
      kind.length > 0
        ? rewordedAnswer(question, analysed, kind, answerFrom, knowledge, ranking, trace)
        : undefined;
    return reworded ?? eitherSide() ?? declineUnanswered(question, analysed, candidates);
  }
  // "who said …": the words answer, and the sentence naming their speaker says who.
  const isPersonWord = (word: string) => knowledge.dictionary.isPersonNoun(word);
  const quoted = withSpeakerNamed(analysed, chosen.sentences, units, isPersonWord);
  return compose(question, quoted, chosen.sourcesDiffer);
}

/**
 * For a question that words no source holds carry much of ("does the High Representative need
 * anyone's approval"), the answer to the rest of the question, when its first sentence holds
 * nearly all of that rest and words each missing one otherwise by the dictionary's definitions
 * ("following Council authorisation": see `paraphrases`). When the best answer to the rest does
 * not, the best of the sentences holding a word that the dictionary defines by each missing one
 * (the stricter reading: one sentence among many is likelier to share a word with a definition
 * by chance than to hold a word defined by the missing one). Not when a name, a number or a term
 * is missing: nothing words those otherwise.
 */
function rewordedAnswer(
  question: string,
  analysed: AnalysedQuestion,
  missing: readonly Concept[],
  candidatesFor: (asked: AnalysedQuestion) => readonly Candidate[],
  knowledge: Knowledge,
  ranking: Ranking,
  trace?: Trace,
): Answer | undefined {
  if (missing.some((c) => c.role === 'name' || c.role === 'number' || c.term)) return undefined;
  const rest = without(analysed, missing);
  if (rest.concepts.every((c) => c.light || !c.known)) return undefined;
  traceStep(
    trace,
    'reword',
    `answering the rest of the question, without ${missing.map((c) => c.label).join(', ')}`,
  );
  const { dictionary, lexicon } = knowledge;
  const words = (text: string, definedOnly = false) =>
    missing.every((c) => paraphrases(text, c, dictionary, definedOnly));
  const answers = (chosen: Choice) => {
    const first = chosen.sentences[0];
    return (
      first?.unit.kind === 'article' &&
      first.coverage >= ranking.abstain.minRewordedCoverage &&
      words(first.text)
    );
  };
  const scored = scoreSentences(rest, candidatesFor(rest), lexicon, ranking, trace);
  const best = choose(rest, scored, ranking, lexicon, trace, dictionary);
  if (answers(best)) {
    traceStep(
      trace,
      'reword',
      'the best answer to the rest of the question words the missing words otherwise',
    );
    return compose(question, best.sentences, best.sourcesDiffer);
  }
  // "what about security at sea": "cyber and maritime security", though another sentence holds
  // more of the rest ("maritime" is defined as bordering on the sea).
  const defining = scored.filter((s) => words(s.text, true));
  const chosen =
    defining.length > 0 ? choose(rest, defining, ranking, lexicon, trace, dictionary) : undefined;
  const worded = chosen !== undefined && answers(chosen);
  traceStep(
    trace,
    'reword',
    worded
      ? 'a sentence holding a word the missing words define answers the rest of the question'
      : 'no answer to the rest of the question words the missing words',
  );
  return worded ? compose(question, chosen.sentences, chosen.sourcesDiffer) : undefined;
}

/**
 * For a yes/no question offering alternatives that the question as a whole does not find an answer
 * for ("are these partnerships one-size-fits-all, or customised per country?"): the answer to the
 * question without one side of its "or", then without the other; the one whose first sentence
 * covers its question best. A side is dropped only when the question left holds a word the
 * sources hold from the other side, and the question left is held to every check a question is.
 */
function alternativeAnswer(
  question: string,
  analysed: AnalysedQuestion,
  candidatesFor: (asked: AnalysedQuestion) => readonly Candidate[],
  knowledge: Knowledge,
  ranking: Ranking,
  trace?: Trace,
): Answer | undefined {
  const { alternatives } = analysed;
  if (!alternatives) return undefined;
  let best: { chosen: Choice; coverage: number } | undefined;
  for (const [dropped, kept] of [alternatives, [alternatives[1], alternatives[0]]] as const) {
    if (!kept.some((c) => c.known && !c.light)) continue;
    const rest = without(analysed, dropped);
    if (decisiveMissing(rest, ranking).length > 0) continue;
    traceStep(
      trace,
      'alternatives',
      `answering the question without ${dropped.map((c) => c.label).join(', ')}`,
    );
    const chosen = chooseFor(rest, candidatesFor, knowledge, ranking, trace);
    const first = chosen.sentences[0];
    if (first && (!best || first.coverage > best.coverage)) best = { chosen, coverage: first.coverage };
  }
  return best ? compose(question, best.chosen.sentences, best.chosen.sourcesDiffer) : undefined;
}

/** The question without some of its concepts: what is left to answer when they are set aside. */
const without = (analysed: AnalysedQuestion, dropped: readonly Concept[]): AnalysedQuestion => ({
  ...analysed,
  concepts: analysed.concepts.filter((c) => !dropped.includes(c)),
});

/** The sentences chosen to answer a question of the pipeline's own making, from its own search. */
function chooseFor(
  asked: AnalysedQuestion,
  candidatesFor: (asked: AnalysedQuestion) => readonly Candidate[],
  knowledge: Knowledge,
  ranking: Ranking,
  trace?: Trace,
): Choice {
  const scored = scoreSentences(asked, candidatesFor(asked), knowledge.lexicon, ranking, trace);
  return choose(asked, scored, ranking, knowledge.lexicon, trace, knowledge.dictionary);
}

/** "before the summit": the window before the earliest article reporting the summit in its title or opening. */
function eventWindow(question: string, units: Units): TimeWindow | undefined {
  const event = eventOf(question);
  if (!event) return undefined;
  const first = units.firstReported(event.words.map(stemWord));
  return first ? eventWindowOf(event, first) : undefined;
}
