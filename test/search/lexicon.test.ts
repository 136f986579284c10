import { describe, expect, it } from 'vitest';
import { Lexicon } from '../../src/search/lexicon.ts';
import { stemWord } from '../../src/text/analyzer.ts';
import { openWordNet } from '../../src/text/wordnet.ts';

/** What WordNet relates to the corpus's words, restricted to them. */
const lexicon = Lexicon.build(['person', 'treaty', 'vessel'], openWordNet());
const related = (word: string) => lexicon.related(stemWord(word)).map((r) => `${r.stem} ${r.relation}`);

describe('Lexicon', () => {
  it('relates a question word to the corpus words of the same sense', () => {
    expect(related('pact')).toContain(`${stemWord('treaty')} synonym`);
  });

  it('lets a corpus noun stand for its narrower terms, unless it has too many to mean any one', () => {
    // "vessel" has a handful of kinds: a question's "ship" may be answered by it …
    expect(related('ship')).toContain(`${stemWord('vessel')} narrower`);
    // … "person" has hundreds: it does not answer for "hope" (someone's best hope) or "host".
    expect(related('hope')).not.toContain(`${stemWord('person')} narrower`);
    expect(related('host')).not.toContain(`${stemWord('person')} narrower`);
  });
});
