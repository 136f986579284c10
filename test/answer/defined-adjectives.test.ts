import { describe, expect, it } from 'vitest';
import { askerOver } from '../support/test-bot.ts';

/**
 * A noun no source writes is said by an adjective WordNet defines as of it: "security at sea" by
 * "maritime security" ("maritime": "characteristic of those near the sea"). Not a noun the sources
 * write themselves: that one is found as written.
 */
const ask = askerOver([
  {
    id: 'pact',
    title: 'India and the EU sign a partnership',
    body: [
      'The partnership covers cooperation in areas such as counterterrorism, cyber security and maritime security.',
      'Officials said the next round of talks would be held in Brussels.',
    ].join('\n\n'),
  },
]);

describe('an adjective defined as of a noun', () => {
  it('says the noun where no source writes it', () => {
    const answer = ask('does the partnership say anything about security at sea');
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('maritime security');
    expect(ask('does the partnership cover sea security').answer).toContain('maritime security');
  });
});
