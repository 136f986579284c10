import { describe, expect, it } from 'vitest';
import { splitPassages } from '../../src/corpus/passages.ts';
import { attributeSpeakers } from '../../src/corpus/speakers.ts';
import { dictionary } from '../../src/text/dictionary.ts';

/** Who speaks each sentence of an article. */
const isWord = (word: string) => dictionary().partsOfSpeech(word).size > 0;
const body = [
  'Narendra Modi hosted Ursula von der Leyen in Delhi. Modi said the summit was historic.',
  '"We will build together," Modi said.',
  'Von der Leyen said the pact was a landmark.',
  'She said the navies would train together against piracy.',
].join('\n\n');
const passages = splitPassages('summit', body);
const speakers = attributeSpeakers(passages, isWord);

describe('attributeSpeakers', () => {
  it('gives "she said" to the person who spoke last, not to the one named most', () => {
    expect(speakers.get('summit#p3')).toEqual(['Ursula von der Leyen']);
    expect(speakers.get('summit#p4')).toEqual(['Ursula von der Leyen']);
    expect(speakers.get('summit#p2')).toEqual(['Narendra Modi']);
  });
});

describe('a speaker named before a time or an auxiliary', () => {
  const text = [
    'Defence Minister Rajnath Singh on Tuesday urged the two sides to work together.',
    'Kaja Kallas has said the bloc is a predictable partner.',
  ].join('\n\n');
  const found = attributeSpeakers(splitPassages('talks', text), isWord);

  it('gives the sentence to the name before "on Tuesday urged" or "has said"', () => {
    expect(found.get('talks#p1')).toEqual(['Rajnath Singh']);
    expect(found.get('talks#p2')).toEqual(['Kaja Kallas']);
  });
});
