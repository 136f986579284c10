import { describe, expect, it } from 'vitest';
import { askerOver } from '../support/test-bot.ts';

/**
 * A written parliamentary question puts its parts as lettered items ("(c) whether India proposes
 * to …;"), and the minister's answer takes them up by the same letters ("(c) No proposal …"). The
 * parts ask; only the answer's items tell.
 */
const ask = askerOver([
  {
    id: 'lok-sabha',
    title: 'Lok Sabha written answer on the partnership',
    body: [
      'Will the Minister of DEFENCE be pleased to state:',
      '(a) whether the Government has signed a Security and Defence Partnership with the European Union and, if so, the details thereof;',
      "(c) whether India proposes to take part in projects under the EU's Permanent Structured Cooperation (PESCO);",
      'ANSWER',
      '(a) Yes, Sir. The partnership was signed in New Delhi on 27 January 2026 by the Defence Secretary.',
      '(c) No proposal to participate in projects under PESCO is under consideration at present.',
    ].join('\n\n'),
  },
]);

describe("a written question's lettered parts", () => {
  it('never quotes a part that asks', () => {
    for (const question of [
      'will india take part in pesco projects?',
      'has the government signed a security and defence partnership with the EU?',
    ]) {
      const answer = ask(question);
      expect(answer.answer ?? '').not.toMatch(/whether/);
    }
  });

  it("answers from the answer's part", () => {
    const answer = ask('when was the partnership signed?');
    expect(answer.answer).toContain('27 January 2026');
  });
});
