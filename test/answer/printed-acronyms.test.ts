import { describe, expect, it } from 'vitest';
import { askerOver } from '../support/test-bot.ts';

/**
 * An acronym the articles print and a name they write out with a word for each of its letters are
 * one name, where no glossary says so: "EU law" is named by "European Union law".
 */
const ask = askerOver([
  {
    id: 'gas',
    title: 'Gas storage rules tightened',
    body: [
      'The European Union adopted the Gas Storage Regulation in June 2022, after months of talks.',
      'EU officials said the rules would be reviewed in 2025. The EU now requires storage sites to be 90 per cent full by November.',
      'The EC met twice in 2024. The European Council decided in 2024 to extend the rules to 2027.',
      'The European Commission proposed the change.',
    ].join('\n\n'),
  },
]);

describe('an acronym the sources print, read as the name they write out', () => {
  it('answers from a sentence that writes the name out', () => {
    const answer = ask('When did the EU adopt the Gas Storage Regulation?');
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('June 2022');
  });

  it('does not read an acronym its letters give two names for as either', () => {
    // "EC" may be the European Commission or the European Council: the question says which by
    // neither, and the sentence that writes one out does not name it.
    const answer = ask('What did the EC decide in 2024?');
    expect(answer.answered).toBe(false);
  });
});
