import type { Article } from '../corpus/load-corpus.ts';
import { articleIdOf } from '../corpus/passages.ts';
import { BYLINE } from '../corpus/speakers.ts';
import type { Unit, Units } from '../corpus/units.ts';
import { stemWord, tokenize } from '../text/analyzer.ts';
import { literally } from '../text/literal.ts';
import type { Answer } from '../types.ts';
import type { AnalysedQuestion, Concept } from './analyse-question.ts';
import { answered } from './compose.ts';
import { conceptMatch, type Stems, union } from './coverage.ts';
import type { Candidate } from './retrieve.ts';
import { type Trace, traceStep } from './trace.ts';
import { unanswered } from './unanswered.ts';

/**
 * Questions about the sources themselves ("which agency reported this?", "when was it
 * published?", "which outlets cover the trade deal?") are answered from what every citation
 * carries: the outlet and the date. The answer quotes each article's opening sentence verbatim
 * (or, where the question's topic holds what the opening does not say, "which outlet reckons it is
 * the ninth such partnership", the article's sentence that says most of it), and its citation
 * names the outlet and the date; the bot writes no prose of its own. With a
 * topic the articles are those whose passages the search found for it; without one, every
 * article, newest first. The words that make a question about sources are bibliographic terms
 * (a metadata schema, not topic vocabulary).
 *
 * @module
 */
// Words that name a news source whatever the context ("which outlet"), or the line of a story that
// says where and when it was filed ("which city is the report datelined from"), and words that do so only
// next to reporting ("which agency reported it", "news sources") but otherwise have other senses
// ("the source of the Rhine", "which agency regulates it").
const SOURCE_NOUNS = new Set('outlet newspap publish public journalist report datelin'.split(' '));
const SOURCE_IN_CONTEXT = new Set(
  'agenc sourc media press wire paper site websit channel author news link url'.split(' '),
);
const PUBLISHING_VERBS = new Set(
  'report publish wrote write cover carri carry break post run file'.split(' '),
);
const TEXT_NOUNS = new Set('articl article stori story report news piec piece'.split(' '));
// Another name of a source, as WordNet gives it for a noun of two words: "news agency".
const SOURCE_NAME = /\b(?:agency|newspaper|publisher|news organi[sz]ation)\b/;
// Pieces of opinion, a text as much as a story is, by the words as typed ("op-ed" has the stem
// "op-"): "who is the author of the op-ed", "who wrote the commentary saying …".
const OPINION_PIECES = /^(?:op-?eds?|columns?|editorials?|commentar(?:y|ies))$/i;
const isText = (c: Concept) => isAny(c, TEXT_NOUNS) || OPINION_PIECES.test(c.label);
// The person who wrote a piece, asked for by what they are to it: "who was the journalist that
// wrote this", "is there a reporter byline", "who is the author of the explainer".
// By the words as typed: "reporter" and "reported" share a stem.
const WRITER_NOUNS = /^(?:journalist|reporter|correspondent|writer|author|columnist|byline)s?$/i;

/** Whether a question about the sources asks who wrote the piece, a person, not its outlet. */
export const asksWriter = (question: AnalysedQuestion): boolean =>
  question.concepts.some((c) => WRITER_NOUNS.test(c.label));

// Asking for the gist of the stories: "tldr", "summarise the trade deal", "give me an overview".
// The leads of the articles (each one's opening sentence, verbatim) are the bot's summary.
const SUMMARY = new Set(
  'summary summaries summarise summarize summarised summarized tldr overview gist recap rundown headlines'
    .split(' ')
    .map((word) => stemWord(word)),
);
// Asking what is new, with nothing else asked: "what's new", "any news?", "latest?".
const NEWS = new Set(['new', 'news', 'latest', 'update', 'updates'].map((word) => stemWord(word)));

/**
 * Whether a word (by its stem) is one of reporting or publishing, or names a piece: "who reported
 * this", "where is this story from" ask something.
 */
export const asksAboutSources = (stem: string): boolean =>
  PUBLISHING_VERBS.has(stem) ||
  SOURCE_NOUNS.has(stem) ||
  SUMMARY.has(stem) ||
  NEWS.has(stem) ||
  TEXT_NOUNS.has(stem);

// By the words' stems as the stemmer gives them: "reported" is a question-shaping word elsewhere,
// kept whole by the analyser, and must still read as "report" here.
// The stems of a concept's words as typed, read once per question (every concept is tested against
// several of the word sets above).
const typedStems = new WeakMap<Concept, string[]>();
function stemsOf(concept: Concept): string[] {
  let stems = typedStems.get(concept);
  if (!stems) {
    stems = concept.label.toLowerCase().split(/\s+/).map(stemWord);
    typedStems.set(concept, stems);
  }
  return stems;
}
const isAny = (concept: Concept, set: ReadonlySet<string>) => stemsOf(concept).some((stem) => set.has(stem));

/**
 * The question's topic concepts when it asks about sources; undefined when it does not.
 * `outlets` are the question's concepts that name an outlet (see `namedOutlets`); `otherNames`
 * gives WordNet's other names of a noun of two words (`Dictionary.otherNames`: "wire service" is
 * also "news agency").
 */
export function sourceTopic(
  question: AnalysedQuestion,
  outlets: ReadonlyMap<Concept, string> = new Map(),
  otherNames: (term: string) => readonly string[] = () => [],
): Concept[] | undefined {
  const { concepts } = question;
  // "which wire service is this from": a noun of two words that WordNet gives a name of a source
  // by ("news agency", "press agency") is one, both its words.
  const sourceTerm = new Set<Concept>();
  concepts.forEach((c, i) => {
    const next = concepts[i + 1];
    if (!next || next.position !== c.position + 1) return;
    const names = otherNames(`${c.label} ${next.label}`.toLowerCase());
    if (names.some((name) => SOURCE_NAME.test(name))) {
      sourceTerm.add(c);
      sourceTerm.add(next);
    }
  });
  // "which news service reported this", "what media house published it": the kind asked for is a
  // kind of source, by a word of the sources' own before its head ("news", "media"; not "what
  // power sources"), and no topic.
  const { focus } = question;
  if (
    focus.kind === 'category' &&
    focus.category.slice(0, -1).some((stem) => SOURCE_IN_CONTEXT.has(stem) || SOURCE_NOUNS.has(stem))
  )
    for (const c of concepts)
      if (stemsOf(c).every((stem) => focus.category.includes(stem))) sourceTerm.add(c);
  const outlet = (c: Concept | undefined) => c !== undefined && outlets.has(c);
  // "which platform did Kallas post on": someone named, not an outlet, does the publishing.
  const doneBySomeone = concepts.some(
    (c, i) => isAny(c, PUBLISHING_VERBS) && concepts[i - 1]?.role === 'name' && !outlet(concepts[i - 1]),
  );
  if (doneBySomeone) return undefined;
  const topic = concepts.filter(
    (c) =>
      c.role !== 'light' &&
      !isAny(c, SUMMARY) &&
      !outlet(c) &&
      !isAny(c, SOURCE_NOUNS) &&
      !isAny(c, SOURCE_IN_CONTEXT) &&
      !sourceTerm.has(c) &&
      !isAny(c, PUBLISHING_VERBS) &&
      !isText(c),
  );
  const asksPublishing = concepts.some((c) => isAny(c, PUBLISHING_VERBS));
  const inContext = concepts.filter((c) => isAny(c, SOURCE_IN_CONTEXT)).length;
  const asksSource =
    sourceTerm.size > 0 ||
    concepts.some((c) => isAny(c, SOURCE_NOUNS) && !isAny(c, PUBLISHING_VERBS)) ||
    // "what is the source of this", "sources?": nothing else asked about.
    (inContext > 0 && (asksPublishing || inContext > 1 || topic.length === 0)) ||
    // "when did ANI report it": an outlet named with its publishing; "what is ANI": an outlet alone.
    (concepts.some(outlet) && (asksPublishing || topic.length === 0));
  // A text and its publishing, in two words: "which story reported it", not "told reporters".
  // Beside each other: "what areas do the partnerships cover, according to the article" has the
  // partnerships cover them, and asks what the article says.
  const asksText = concepts.some(
    (text) =>
      isText(text) &&
      concepts.some(
        (c) =>
          c !== text &&
          isAny(c, PUBLISHING_VERBS) &&
          (topic.length === 0 || Math.abs(c.position - text.position) <= 2),
      ),
  );
  // "Who wrote the Domesday Book?" asks about the book; "who reported this?" about the source.
  const summary =
    concepts.some((c) => isAny(c, SUMMARY)) || (topic.length === 0 && concepts.some((c) => isAny(c, NEWS)));
  // "where is this story from", "what date is this article from": the piece itself, nothing else.
  const thePiece = topic.length === 0 && concepts.some(isText);
  const about = asksSource || asksText || summary || thePiece || (asksPublishing && topic.length === 0);
  return about ? topic : undefined;
}

/**
 * "What did Market Meridian say about tariffs", "where did Harbourline get its inputs": a question
 * that names an outlet but asks what it reported, not about the sources, is answered from that
 * outlet's articles. The outlet's name is no word their text must hold, nor a speaker whose words
 * are asked: the question drops those words, and a focus on the outlet's words. Returns the outlets'
 * names, or undefined when the question names none.
 */
export function asOutletsReport(
  question: AnalysedQuestion,
  outlets: ReadonlyMap<Concept, string>,
): ReadonlySet<string> | undefined {
  if (outlets.size === 0) return undefined;
  const rest = question.concepts.filter((c) => !outlets.has(c));
  if (rest.length > 0) question.concepts = rest;
  const named = new Set([...outlets.keys()].flatMap((c) => c.alternatives[0]?.stems ?? []));
  const { speaker } = question.focus;
  if (question.focus.kind === 'speech' && speaker?.stems.every((stem) => named.has(stem)))
    question.focus = { kind: 'none', category: [], subject: [] };
  return new Set(outlets.values());
}

/** The engine's hits among the passages of these outlets' articles (no pins: the question asks what they reported). */
export function fromOutlets(
  pool: readonly Candidate[],
  outlets: ReadonlySet<string>,
  articles: readonly Article[],
  units: Units,
  trace?: Trace,
): Candidate[] {
  const theirs = new Set(articles.filter((a) => outlets.has(a.publisher)).map((a) => a.id));
  // By id: reading a hit's unit would analyse its passage.
  const kept = pool.filter((c) => units.isPassage(c.id) && theirs.has(articleIdOf(c.id)));
  traceStep(trace, 'retrieve', () => `${kept.length} hits in the articles of ${[...outlets].join(', ')}`);
  return kept;
}

// A word of exception before a name: "which outlets besides ANI", "other than the Courier".
const EXCEPT = String.raw`\b(?:besides|apart from|other than|except(?:\s+for)?|excluding|aside from)\s+(?:the\s+)?`;

/**
 * The outlets the question names after a word of exception ("which outlets besides ANI reported
 * the pact"): left out of the answer, not asked about.
 */
export function exceptedOutlets(question: string, outlets: ReadonlyMap<Concept, string>): Set<string> {
  const excepted = new Set<string>();
  for (const [concept, name] of outlets)
    if (new RegExp(`${EXCEPT}${literally(concept.label)}\\b`, 'i').test(question)) excepted.add(name);
  return excepted;
}

/** Each outlet's name as the analyser stems it ("Market Meridian" → "market meridian"), once per corpus. */
const PUBLISHERS = new WeakMap<readonly Article[], ReadonlyMap<string, string>>();
function publishersByStems(articles: readonly Article[]): ReadonlyMap<string, string> {
  let publishers = PUBLISHERS.get(articles);
  if (!publishers) {
    const stemsOf = (name: string) =>
      tokenize(name)
        .filter((t) => !t.stop && !t.part)
        .map((t) => t.stem)
        .join(' ');
    publishers = new Map(articles.map((a) => [stemsOf(a.publisher), a.publisher]));
    PUBLISHERS.set(articles, publishers);
  }
  return publishers;
}

/**
 * The question's concepts that name an outlet, with its name as the articles give it: the whole
 * name in a row of words ("Market Meridian", "market meridian"), or its first word alone where no
 * article's text uses that word (`inText`: "Harbourline" for "Harbourline News Service", not
 * "Capital" for "Capital Courier").
 */
export function namedOutlets(
  question: AnalysedQuestion,
  articles: readonly Article[],
  inText: (stem: string) => boolean,
  isWord: (word: string) => boolean = () => true,
): Map<Concept, string> {
  const found = new Map<Concept, string>();
  const { concepts } = question;
  // "when did MNA publish it": the names the glossary gives the question's names ("Meridian News
  // Agency" for "MNA"), each read once, for any outlet they name.
  const byGlossaryName = new Map<string, Concept[]>();
  for (const c of concepts)
    if (c.role === 'name')
      for (const alt of c.alternatives)
        if (alt.form === 'glossary') {
          const key = alt.stems.join(' ');
          byGlossaryName.set(key, [...(byGlossaryName.get(key) ?? []), c]);
        }
  for (const [key, name] of publishersByStems(articles)) {
    const stems = key.split(' ');
    for (let i = 0; i < concepts.length; i++) {
      const run: Concept[] = [];
      const words: string[] = [];
      for (let k = i; k < concepts.length && words.length < stems.length; k++) {
        const c = concepts[k] as Concept;
        // Typed in lower case too ("market meridian"): any word but a question-shaping one.
        if (c.role === 'light') break;
        run.push(c);
        words.push(...(c.alternatives[0]?.stems ?? []));
      }
      const whole = words.join(' ') === key;
      // Its first word alone, where no article writes it ("market meridian"), or where it is no
      // English word at all ("the vindhya brief": "Vindhya" is written only as the centre's name).
      const [lead] = run;
      const first =
        lead !== undefined &&
        words[0] === stems[0] &&
        (!inText(stems[0] ?? '') || !isWord(lead.label.toLowerCase()));
      if (whole) for (const c of run) found.set(c, name);
      else if (first) found.set(lead, name);
    }
    for (const c of byGlossaryName.get(key) ?? []) found.set(c, name);
  }
  return found;
}

// How much of the topic an article must say, against the article that says most of it, to be
// listed as reporting it.
const MIN_REPORT_SHARE = 0.6;

export function answerFromSources(
  question: string,
  topic: readonly Concept[],
  candidates: readonly Candidate[],
  articles: readonly Article[],
  units: Units,
  maxOutlets: number,
  outlets: readonly string[],
  trace?: Trace,
  excepted: ReadonlySet<string> = new Set(),
  writer = false,
): Answer | undefined {
  const newestFirst = (list: readonly Article[]) =>
    [...list].sort((a, b) => (a.published < b.published ? 1 : -1));
  // "when did ANI report it", "did Market Meridian report the trade deal": that outlet's articles
  // (on the topic when it has some there, else all of them).
  const named = articles.filter((a) => outlets.includes(a.publisher));
  const pool = (outlets.length > 0 ? named : articles).filter((a) => !excepted.has(a.publisher));
  const chosen: Article[] = [];
  // How much of the topic a text says, each concept by its rarity.
  const weightIn = (stems: Stems) => topic.reduce((sum, c) => sum + c.idf * conceptMatch(c, stems), 0);
  if (topic.length > 0) {
    const byId = new Map(pool.map((a) => [a.id, a]));
    // How much of the topic an article is about (its title, opening and central names), so "the
    // trade deal" lists the trade stories before those that mention it in passing.
    const aboutness = new Map<Article, number>();
    // How much of the topic the article says where it says most of it: its best passage, with
    // what the article is about.
    const reports = new Map<Article, number>();
    for (const { unit } of candidates) {
      const article = unit.kind === 'article' ? byId.get(articleIdOf(unit.id)) : undefined;
      if (!article) continue;
      const about = union(unit.about, unit.title);
      const said = weightIn(union(unit.stems, about));
      reports.set(article, Math.max(reports.get(article) ?? 0, said));
      if (aboutness.has(article)) continue;
      aboutness.set(article, weightIn(about));
      chosen.push(article);
    }
    // Stable: among articles as much about it, the search's order stands.
    chosen.sort((a, b) => (aboutness.get(b) ?? 0) - (aboutness.get(a) ?? 0));
    // An article that says far less of the topic than the one saying most only touches on it: it
    // is no report of it ("the naval pact" is not the trade pact's story).
    const most = Math.max(0, ...reports.values());
    const kept = chosen.filter((a) => (reports.get(a) ?? 0) >= most * MIN_REPORT_SHARE);
    chosen.splice(0, chosen.length, ...kept);
  }
  if (chosen.length === 0 && (topic.length === 0 || outlets.length > 0)) chosen.push(...newestFirst(pool));
  if (chosen.length === 0) return undefined;
  // "which outlet reckons India's is the 9th such partnership": the passage that says it, where one
  // says more of the topic than the article's opening does.
  const openingOf = (article: Article) => units.get(`${article.id}#p1`);
  const saying = (article: Article): { unit: Unit; text: string } => {
    const opening = openingOf(article);
    const first = { unit: opening, text: opening.sentences[0]?.text ?? opening.text };
    if (topic.length === 0) return first;
    let best = first;
    const lead = union(opening.stems, opening.title);
    let most = weightIn(lead);
    // Only a sentence that says some of the topic the opening says nothing of.
    const unsaid = topic.filter((c) => conceptMatch(c, lead) === 0);
    for (const { unit } of candidates) {
      if (unit.kind !== 'article' || articleIdOf(unit.id) !== article.id) continue;
      for (const sentence of unit.sentences) {
        const weight = weightIn(sentence.stems);
        if (weight > most && unsaid.some((c) => conceptMatch(c, sentence.stems) > 0)) {
          most = weight;
          best = { unit, text: sentence.text };
        }
      }
    }
    return best;
  };
  // "Who was the journalist that wrote this": the byline opening the piece, where it has one; a
  // wire story has none, and the outlet is no answer to which person wrote it.
  const bylineOf = (article: Article): { unit: Unit; text: string } | undefined => {
    const opening = openingOf(article);
    const first = opening.sentences[0]?.text ?? '';
    return BYLINE.test(first) ? { unit: opening, text: first } : undefined;
  };
  const quoted = writer
    ? chosen.flatMap((article) => bylineOf(article) ?? []).slice(0, maxOutlets)
    : chosen.slice(0, maxOutlets).map(saying);
  // Only a question for the writer can leave nothing to quote.
  if (quoted.length === 0) {
    traceStep(trace, 'sources', 'a question about who wrote a piece: none of the pieces names its writer');
    return unanswered(
      question,
      'not-covered',
      "My sources don't name who wrote it.",
      [],
      chosen.slice(0, maxOutlets).map((article, i) => ({ ...openingOf(article).citation, n: i + 1 })),
    );
  }
  const leads: Unit[] = quoted.map((q) => q.unit);
  traceStep(
    trace,
    'sources',
    'a question about the sources: quoting each article’s byline when the writer is asked, or its opening, or its sentence saying what the opening does not',
    () => leads.map((u) => u.id),
  );
  return answered(
    question,
    quoted.map((q, i) => ({ text: q.text, citation: i + 1 })),
    leads.map((unit, i) => ({ ...unit.citation, n: i + 1 })),
    { about: 'sources' },
  );
}
