import { stemWord, type Token, tokenize } from '../text/analyzer.ts';
import { IRREGULAR_FORMS } from '../text/irregular-forms.ts';
import { CHAT_WORDS, LIGHT_WORDS, STOP_WORDS } from '../text/stop-words.ts';
import type { Answer } from '../types.ts';
import { QUESTION_WORDS } from './question-type.ts';
import { FROM_WHERE } from './question-words.ts';
import { isThanks, thanks } from './small-talk.ts';
import { asksAboutSources } from './source-question.ts';
import { type Trace, traceStep } from './trace.ts';
import { unanswered } from './unanswered.ts';

/**
 * The first stage: greetings, thanks, "help" and questions with nothing to look up get the help
 * text rather than a random passage; over-long questions get a limit message rather than a guess.
 *
 * @module
 */
export const MAX_QUESTION_LENGTH = 500;

export const HELP_TEXT = [
  'I answer questions about the India–EU Security and Defence Partnership (signed in New Delhi on 27 January 2026), quoting my news sources word for word with a citation for every sentence.',
  'Try: "When was the partnership signed?", "Who is Kaja Kallas?" or "Which areas does the partnership cover?".',
  "When my sources don't cover something, I say so and show the closest passages.",
].join('\n');

// A plain word of three letters or more, as the analyser reads it before any mapping.
const PLAIN_WORD = /^\p{Ll}{3,}$/u;

/**
 * Whether a word of the question is surely one to look up: no stop word, chat word,
 * question-shaping word or shorthand (all read by the word itself, not its stem), so the question
 * needs no tokenising to know it is not help-like. Most questions have one.
 */
const surelyContent = (word: string) =>
  PLAIN_WORD.test(word) &&
  !STOP_WORDS.has(word) &&
  !CHAT_WORDS.has(word) &&
  !LIGHT_WORDS.has(word) &&
  !IRREGULAR_FORMS.has(word);

// "how does the bot work", "how do you work", "what do u do": the bot asked about itself, by one verb.
const ABOUT_THE_BOT =
  /^(?:how|why|what)\s+(?:do|does|did|can|will|would)\s+(?:you|u|(?:the|this|that)\s+bot)\s+\p{L}+\s*[?!.]*$/iu;

export function isHelpLike(question: string): boolean {
  // "where's this from" is made of stop words, but asks for the source.
  if (FROM_WHERE.test(question.trim())) return false;
  if (ABOUT_THE_BOT.test(question.trim())) return true;
  if (
    question
      .toLowerCase()
      .split(/[^\p{L}'’-]+/u)
      .some(surelyContent)
  )
    return false;
  const tokens = tokenize(question).filter((token) => !token.part);
  if (namesWhatWasSaid(tokens)) return false;
  const words = tokens.filter((token) => !token.stop);
  return words.every(
    // "who reported this" is made of question-shaping words, but asks about the sources.
    (token) => CHAT_WORDS.has(token.word) || (token.light && !asksAboutSources(stemWord(token.word))),
  );
}

// Determiners that point at one thing the sources tell of ("the remarks", "her statement"), not at
// one in the chat ("that", "this") or at none ("a").
const POINTING = new Set(['the', 'these', 'those', 'her', 'his', 'their', 'its']);

/**
 * "on which day did she make the remarks", "who gave the statement": a question word asking for a
 * time, place, person or reason, and a question-shaping noun after a determiner that points at one
 * thing the sources tell of. Made of question-shaping words, it still asks something; "what's the
 * point" is not one ("what" asks nothing else).
 */
function namesWhatWasSaid(tokens: readonly Token[]): boolean {
  const asks = tokens.some((t) => QUESTION_WORDS.includes(t.word) && t.word !== 'what');
  return asks && tokens.some((t, i) => t.light && POINTING.has(tokens[i - 1]?.word ?? ''));
}

/** The help text or the limit message when the question is not one to look up; undefined otherwise. */
export function gate(question: string, trace?: Trace): Answer | undefined {
  const text = question.trim();
  if (text.length > MAX_QUESTION_LENGTH) {
    traceStep(trace, 'gate', `over ${MAX_QUESTION_LENGTH} characters`);
    return tooLong(question);
  }
  if (isHelpLike(text)) {
    if (isThanks(text)) {
      traceStep(trace, 'gate', 'thanks');
      return thanks(question);
    }
    traceStep(trace, 'gate', 'greeting, help or nothing to look up');
    return help(question);
  }
  return undefined;
}

export const help = (question: string): Answer => unanswered(question, 'help', HELP_TEXT);

export function tooLong(question: string): Answer {
  const length = question.trim().length;
  return unanswered(
    question,
    'too-long',
    `That question is ${length} characters long; please keep it under ${MAX_QUESTION_LENGTH} characters and ask one thing at a time.`,
  );
}
