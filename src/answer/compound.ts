import type { Answer, AnswerSentence, Citation } from '../types.ts';
import { answered } from './compose.ts';
import { YES_NO } from './question-type.ts';

/**
 * Two questions asked as one, joined by "and" ("who signed it and when?", "when and where was it
 * signed?", "What is the Strategic Compass and when was it adopted?"). The whole question's answer
 * most often answers its first part; the second part is asked on its own and the sentences its
 * answer adds are quoted after (DESIGN.md, "The flow of a question", step 2). A part that leaves
 * out what it asks about ("and when", "when was it adopted") takes the words of the other part,
 * which name it.
 *
 * Two questions in two sentences ("Which areas does it cover? Is cyber part of it?") are not split:
 * in chat the second is most often a clarification of the first ("…? name pls", "…? saw it in the
 * explainer"), and splitting them lost a held-out answer.
 *
 * @module
 */

const WH = String.raw`(?:who|whom|whose|what|when|where|which|why|how(?:\s+(?:many|much|long|often|far|deep|big))?)`;
// "when and where was it signed": two question words sharing the rest of the question.
const SHARED = new RegExp(String.raw`^\s*(${WH})\s*,?\s*(?:and|&)\s+(${WH})\b(.+)$`, 'i');
// "who signed it and when", "what is X, and when was it adopted": a second question word after
// "and", once the part before it has asked something with a question word of its own.
const SECOND = new RegExp(String.raw`^(.*?\b${WH}\b.+?)[,;]?\s+(?:and|&)\s+(${WH})\b(.*)$`, 'i');
const OPENING_WH = new RegExp(String.raw`^\s*${WH}\b`, 'i');
// A word standing for what the other part names.
const POINTS_BACK = /\b(?:it|its|they|them|their|he|him|his|she|her|this|that|these|those|there)\b/i;
// Nothing after the second question word ("and when?"): it asks of the first part's words.
const BARE = /^[\s?!.]*$/;
const END = /[?!.\s]+$/;

/** The two questions a message asks with "and", or undefined when it asks one. */
export function compoundParts(question: string): [string, string] | undefined {
  const text = question.trim();
  const shared = SHARED.exec(text);
  if (shared) {
    const [, first = '', second = '', rest = ''] = shared;
    if (first.toLowerCase() === second.toLowerCase() || BARE.test(rest)) return undefined;
    return [`${first}${rest}`, `${second}${rest}`];
  }
  const joined = SECOND.exec(text);
  if (!joined) return undefined;
  const [, first = '', wh = '', rest = ''] = joined;
  if (BARE.test(rest)) return [first.trim(), `${wh} ${withoutQuestionWord(first)}`];
  const second = `${wh}${rest}`.trim();
  return [
    first.trim(),
    POINTS_BACK.test(rest) ? `${second.replace(END, '')} ${withoutQuestionWord(first)}` : second,
  ];
}

// "who signs them, and does it need anyone's approval", "who signs them, does it need …": a yes/no
// question after "and" or a comma, once the part before it has asked something with a question
// word of its own (no comma between: "What, aside from firebox, is …" is one question).
const THEN_YES_NO = new RegExp(
  String.raw`^(.*?\b${WH}\b[^,;]+?)(?:[,;]?\s+(?:and|&)|[,;])\s+((?:${[...YES_NO, 'must'].join('|')})\b.+)$`,
  'i',
);

/**
 * "who signs these partnerships, and does it need anyone's approval?": the question asked with a
 * question word and the yes/no question added to it, or undefined when the message is not one.
 * The yes/no part most often asks about what the first part's answer says too ("following
 * Council authorisation"), so when the whole is not answered, the first part's answer is.
 */
export function questionThenYesNo(question: string): { first: string; yesNo: string } | undefined {
  const joined = THEN_YES_NO.exec(question.trim());
  if (!joined) return undefined;
  const [, first = '', yesNo = ''] = joined;
  return { first: first.trim(), yesNo: yesNo.trim() };
}

/** "who signed it" → "signed it": the words of a part without its question word. */
function withoutQuestionWord(part: string): string {
  return part.replace(OPENING_WH, '').replace(END, '').trim();
}

/**
 * Two answers as one: the first's sentences, then the second's that the first does not already
 * quote, each numbered by its citation in the merged list.
 */
export function mergeAnswers(question: string, first: Answer, second: Answer): Answer {
  const citations: Citation[] = [];
  const sentences: AnswerSentence[] = [];
  for (const part of [first, second]) {
    for (const sentence of part.sentences) {
      const cited = part.citations.find((c) => c.n === sentence.citation);
      if (!cited || sentences.some((s) => s.text === sentence.text)) continue;
      let at = citations.findIndex((c) => c.id === cited.id);
      if (at < 0) at = citations.push({ ...cited, n: citations.length + 1 }) - 1;
      sentences.push({ text: sentence.text, citation: at + 1 });
    }
  }
  const sourcesDiffer = first.sourcesDiffer === true || second.sourcesDiffer === true;
  return answered(question, sentences, citations, sourcesDiffer ? { sourcesDiffer: true } : {});
}
