import { describe, expect, it } from 'vitest';
import { isHelpLike } from '../../src/answer/gate.ts';

describe('isHelpLike', () => {
  it.each([
    'hi',
    'hello there!',
    'thanks a lot',
    'help',
    'hey bot',
    'what can you tell me?',
    "what's the point",
    'when did she say that',
    'nah, all good',
    // Indian English politeness and Hindi's honorific and tag: chat, not words to look up.
    'kindly help ji',
    'ok na',
    'how does the bot work?',
    'how do you work',
  ])('takes "%s" for chat with nothing to look up', (question) => {
    expect(isHelpLike(question)).toBe(true);
  });

  it.each([
    'when was the partnership signed?',
    'who reported this',
    "what's kallas's title",
    'r u sure abt the date',
    'Tell me about Aspides',
    // Question-shaping words only, but "the remarks" points at something the sources tell of.
    'on which day did she make the remarks',
  ])('takes "%s" for a question to answer', (question) => {
    expect(isHelpLike(question)).toBe(false);
  });
});
