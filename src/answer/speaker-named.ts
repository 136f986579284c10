import { articleIdOf } from '../corpus/passages.ts';
import { SPEECH } from '../corpus/speakers.ts';
import type { Unit, Units } from '../corpus/units.ts';
import { literally } from '../text/literal.ts';
import type { AnalysedQuestion } from './analyse-question.ts';
import { movedTo, type ScoredSentence } from './score-sentences.ts';

/**
 * "Who said 'an MoU is an intention, not an order'": the sentence that answers is the quote, and
 * it names its speaker only as "he". Who "he" is, speaker attribution knows (corpus/speakers.ts);
 * the answer says it by quoting, beside the quote, the sentence of the article that names the
 * speaker: the nearest before it in its paragraph ("Anil Varghese, president of …, cautioned …"),
 * else the nearest in the paragraphs before (an interview's introduction, a transcript's heading
 * "**14.39 | TOMASZ WIERZBICKI (EPP, Poland)**"). Only for a question asking who, answered by
 * someone's words that name no one else.
 *
 * @module
 */

/** The chosen sentences, with the sentence naming the first one's speaker where a "who" question needs it. */
export function withSpeakerNamed(
  question: AnalysedQuestion,
  chosen: readonly ScoredSentence[],
  units: Units,
  isPersonWord: (word: string) => boolean,
): readonly ScoredSentence[] {
  const first = chosen[0];
  if (!first || !asksWho(question, isPersonWord) || first.unit.kind !== 'article') return chosen;
  // Words that name someone else ("Kallas met Singh," he said) may be the answer themselves, unless
  // the question asks who said them.
  if (first.typeMatch && !asksSaying(question)) return chosen;
  const speaker = first.unit.sentences[first.position]?.speaker;
  if (!speaker) return chosen;
  const pattern = namePattern(speaker);
  const names = (text: string) => pattern.test(text);
  if (chosen.some((s) => names(s.text))) return chosen;
  // Before it in its own paragraph: quoted first, as the article reads.
  for (let i = first.position - 1; i >= 0; i--) {
    const sentence = first.unit.sentences[i];
    if (sentence && names(sentence.text)) return [movedTo(first, i, sentence), ...chosen];
  }
  for (const unit of paragraphsBefore(first.unit, units)) {
    const at = unit.sentences.findLastIndex((sentence) => names(sentence.text));
    const sentence = unit.sentences[at];
    if (sentence) return [...chosen, { ...movedTo(first, at, sentence), unit }];
  }
  return chosen;
}

/** Whether the question asks who: "who said …", or "which MEP brought up …" (a kind of person). */
function asksWho(question: AnalysedQuestion, isPersonWord: (word: string) => boolean): boolean {
  const { focus } = question;
  if (focus.kind === 'person') return true;
  // "which member said …": whose words, by the kind of speaker they are.
  if (focus.kind === 'speech' && question.type === 'which') return true;
  if (focus.kind !== 'category') return false;
  // The concept the category is: "MEP", a member of the European Parliament.
  const kind = question.concepts.find((c) =>
    c.alternatives.some(
      (alt) => alt.stems.length > 0 && alt.stems.every((stem) => focus.category.includes(stem)),
    ),
  );
  return (
    kind !== undefined &&
    (isPersonWord(kind.label.split(/\s+/).at(-1) ?? '') ||
      kind.alternatives.some((alt) => alt.stems.some((stem) => isPersonWord(stem))))
  );
}

/** Whether the question's verb is one of saying: "who said …", "who told reporters …". */
const asksSaying = (question: AnalysedQuestion) => question.concepts.some((c) => SAYING.test(c.label));
const SAYING = new RegExp(`^(?:${SPEECH}|say|tell)$`, 'i');

/** The speaker's surname as a word, in any case ("Varghese", "WIERZBICKI"). */
function namePattern(speaker: string): RegExp {
  const surname = literally(speaker.split(' ').at(-1) ?? speaker);
  return new RegExp(`(?<![\\p{L}])${surname}(?![\\p{L}])`, 'iu');
}

/** The paragraphs of the unit's article before it, nearest first. */
function* paragraphsBefore(unit: Unit, units: Units): Generator<Unit> {
  const article = articleIdOf(unit.id);
  for (let p = (unit.citation.paragraph ?? 1) - 1; p >= 1; p--) {
    const id = `${article}#p${p}`;
    if (units.isPassage(id)) yield units.get(id);
  }
}
