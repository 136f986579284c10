import { afterAll, describe, expect, it } from 'vitest';
import { isThanks, THANKS_TEXT } from '../../src/answer/small-talk.ts';
import { createTestBot } from '../support/test-bot.ts';

const bot = createTestBot();
afterAll(() => bot.close());

describe('thanks', () => {
  it.each(['thanks!', 'Thank you', 'thx', 'cheers bot', 'Thanks a lot!'])(
    'answers "%s" with a short reply',
    (text) => {
      const answer = bot.ask(text, { community: 'c1' });
      expect(answer).toMatchObject({ kind: 'help', answered: false, message: THANKS_TEXT, citations: [] });
    },
  );

  it.each(['help', 'hello', 'hello there, thanks!', 'thanks, what commands are there?', 'thanks, help'])(
    'still gives the help text to "%s"',
    (text) => {
      expect(bot.ask(text, { community: 'c1' }).message).toBe(bot.helpText());
    },
  );

  it('does not take a question that thanks as small talk', () => {
    expect(bot.ask('Thanks! When was the partnership signed?', { community: 'c1' }).kind).not.toBe('help');
    expect(isThanks('When was the partnership signed?')).toBe(false);
  });
});
