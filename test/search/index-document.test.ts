import { describe, expect, it } from 'vitest';
import { splitPassages } from '../../src/corpus/passages.ts';
import { passageDocument } from '../../src/search/index-document.ts';
import { stemWord } from '../../src/text/analyzer.ts';

describe('passageDocument', () => {
  it('indexes the speakers a passage does not name, and their offices, beside its own words', () => {
    const [quote] = splitPassages('story', '"What I fear most is dispersion," she said.');
    if (!quote) throw new Error('no passage');
    quote.sentences = quote.sentences.map((s) => ({ ...s, speaker: 'Lucia Ferrandi', office: 'admiral' }));
    const terms = passageDocument(quote).terms;
    expect(terms).toContain(stemWord('Ferrandi'));
    expect(terms).toContain(stemWord('admiral'));
    // A passage that names its speaker holds them already, and gains no office.
    const [named] = splitPassages('story', 'Admiral Lucia Ferrandi said she feared dispersion.');
    if (!named) throw new Error('no passage');
    named.sentences = named.sentences.map((s) => ({ ...s, speaker: 'Lucia Ferrandi', office: 'commander' }));
    expect(passageDocument(named).terms).not.toContain(stemWord('commander'));
  });
});
