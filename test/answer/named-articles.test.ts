import { describe, expect, it } from 'vitest';
import { askerOver } from '../support/test-bot.ts';

/**
 * A question that points at one piece by its kind ("per the explainer", "in the opinion piece",
 * "on the Harbour Radio podcast") is answered from that piece, by the kind its title gives it,
 * and the words that point are not looked for.
 */
const ask = askerOver([
  {
    id: 'news',
    title: 'Portugal and Spain sign a naval pact in Lisbon',
    publisher: 'Lisbon Wire',
    body: [
      'Portugal and Spain signed a naval pact in Lisbon on Monday.',
      'How long will ratification take? About two years, officials said.',
      'The headquarters of the pact belongs in Lisbon, the ministers said.',
    ].join('\n\n'),
  },
  {
    id: 'explainer',
    title: '"Explainer: what the naval pact does"',
    publisher: 'Iberia Brief',
    body: [
      'The naval pact sets up joint patrols off the Atlantic coast.',
      'Ratification is expected to take at least six months, according to the foreign ministry.',
    ].join('\n\n'),
  },
  {
    id: 'opinion',
    title: '"Opinion: the naval pact should reach the Mediterranean"',
    publisher: 'Tagus Review',
    body: [
      'The naval pact is a good start, but Lisbon is the wrong place for its headquarters.',
      'Spain should host the joint patrol headquarters in Cartagena.',
    ].join('\n\n'),
  },
  {
    id: 'show',
    title: '"Episode 12: sailors on the new pact"',
    publisher: 'Harbour Radio',
    body: [
      'HOST: Welcome back.',
      'GUEST: The headquarters belongs in Porto, and ratification will be quick.',
    ].join('\n\n'),
  },
]);

describe('a piece named by its kind', () => {
  it('answers "per the explainer" from the article its title calls an explainer', () => {
    const answer = ask('how long will ratification take, per the explainer?');
    expect(answer.answered).toBe(true);
    expect(answer.citations[0]?.id.split('#')[0]).toBe('explainer');
    expect(answer.answer).toContain('at least six months');
  });

  it('answers "in the opinion piece" from the opinion article, not the news report', () => {
    const answer = ask('In the opinion piece, where should the headquarters be?');
    expect(answer.answered).toBe(true);
    expect(answer.citations[0]?.id.split('#')[0]).toBe('opinion');
  });

  it("reads a word no source holds after an outlet's name as that outlet's piece", () => {
    const answer = ask('on the harbour radio podcast, where does the headquarters belong?');
    expect(answer.answered).toBe(true);
    expect(answer.citations[0]?.id.split('#')[0]).toBe('show');
  });

  it('leaves a kind no title gives as a word to find', () => {
    expect(ask('how long will ratification take, per the editorial?').answered).toBe(false);
  });
});
