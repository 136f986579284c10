import { describe, expect, it } from 'vitest';
import { splitPassages } from '../../src/corpus/passages.ts';
import { attributeSpeakers } from '../../src/corpus/speakers.ts';
import { passageDocument } from '../../src/search/index-document.ts';
import { stemWord } from '../../src/text/analyzer.ts';
import { dictionary } from '../../src/text/dictionary.ts';

/** Who speaks each sentence of an article, and what the index learns of it. */
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

describe('passageDocument', () => {
  it('lets the index find a paragraph by the name of its speaker, where the text says only "she"', () => {
    const [last] = passages.slice(-1);
    if (!last) throw new Error('no paragraph');
    last.sentences.forEach((sentence, i) => {
      const speaker = speakers.get(last.id)?.[i];
      if (speaker) sentence.speaker = speaker;
    });
    expect(passageDocument(last).terms).toContain(stemWord('leyen'));
    expect(last.text).not.toMatch(/Leyen/);
  });
});
