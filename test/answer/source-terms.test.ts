import { afterAll, describe, expect, it } from 'vitest';
import { createTestBot } from '../support/test-bot.ts';

/**
 * A noun of two words that WordNet gives a source's name by ("wire service": news agency, press
 * agency) asks about the sources, as "which agency" does; one it does not ("press conference")
 * does not. So does a question about the piece itself with nothing else asked ("where is this
 * story from").
 */
const bot = createTestBot();
afterAll(() => bot.close());
const ask = (question: string) => bot.ask(question, { community: 'c' });

describe('a source named by a noun of two words', () => {
  it('answers "which wire service is this from" with the source', () => {
    const answer = ask('which wire service is this from');
    expect(answer.answered).toBe(true);
    expect(answer.about).toBe('sources');
    expect(answer.citations[0]?.publisher).toBe('ANI');
  });

  it('answers a question about the piece itself, with nothing else asked, with the source', () => {
    for (const question of ['where is this story from', 'what date is this article from']) {
      const answer = ask(question);
      expect(answer.about, question).toBe('sources');
      expect(answer.citations[0]?.publisher, question).toBe('ANI');
      expect(answer.citations[0]?.date, question).toBe('2026-01-27');
    }
  });

  it('answers "which news service reported this" with the source, not a sentence saying "service"', () => {
    const answer = ask('which news service reported this');
    expect(answer.about).toBe('sources');
    expect(answer.answer).not.toContain('service Chiefs');
  });

  it('answers "where\'s this from" and "link?" with the source, not the help text', () => {
    for (const question of ["where's this from", 'who is this info from', 'link?']) {
      const answer = ask(question);
      expect(answer.about, question).toBe('sources');
      expect(answer.citations[0]?.publisher, question).toBe('ANI');
    }
    // A link between two things is no link to the source.
    expect(ask("what's the link between the SDP and the strategic compass").about).not.toBe('sources');
  });

  it('does not read every noun after "press" as a source', () => {
    expect(ask('when was the press conference').about).not.toBe('sources');
  });
});
