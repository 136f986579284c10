import { tokenize } from '../text/analyzer.ts';
import type { Answer } from '../types.ts';
import { unanswered } from './unanswered.ts';

/**
 * A thank-you gets a short reply, not the whole help text: "thanks!" after an answer is the end
 * of a conversation, not a request for instructions. Only for messages the help gate already
 * caught (nothing to look up), and only when they thank without greeting ("hello, thanks" opens a
 * conversation: the help text) or asking for help.
 *
 * @module
 */
const THANKS = new Set(['thanks', 'thank', 'thx', 'ty', 'cheers']);
const OPENS_OR_ASKS = new Set(
  'hi hello hey hiya howdy yo greetings morning afternoon evening hola namaste sup help commands command menu usage'.split(
    ' ',
  ),
);

export const THANKS_TEXT = "You're welcome! Ask me another question about the partnership any time.";

export function isThanks(question: string): boolean {
  const words = tokenize(question).map((token) => token.word);
  return words.some((word) => THANKS.has(word)) && !words.some((word) => OPENS_OR_ASKS.has(word));
}

export const thanks = (question: string): Answer => unanswered(question, 'help', THANKS_TEXT);
