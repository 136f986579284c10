import type { Prng } from './prng.ts';

/**
 * Words for synthetic articles. Generated words are pronounceable syllable strings; a lexicon of
 * them is sampled with a Zipf–Mandelbrot law (probability ∝ 1/(rank + 20)), so some words are
 * common and most are rare. The lexicon grows with the square root of the corpus's word count
 * (Heaps' law), as a real archive's vocabulary does. Names come from a smaller lexicon of their
 * own, so entities recur across articles.
 */
const ONSETS = 'b c d f g h k l m n p r s t v w b d g l m n p r s t br cr dr gr pr tr st sh ch th pl'.split(
  ' ',
);
const VOWELS = 'a e i o u a e i o u a e i o ai ea ou io'.split(' ');
const CODAS = ['', '', '', '', '', 'n', 'r', 's', 'l', 'm', 't', 'nd', 'st'];
const SYLLABLES = [1, 2, 2, 2, 3, 3, 4];
const OFFSET = 20;
const WORDS_PER_PASSAGE = 45;

export interface WordSource {
  /** A lexicon word, Zipf-distributed. */
  common(): string;
  /** A content word of the shipped articles. */
  source(): string;
  /** A capitalised name. */
  name(): string;
}

function invent(random: Prng): string {
  let word = '';
  const syllables = random.pick(SYLLABLES);
  for (let i = 0; i < syllables; i++) word += random.pick(ONSETS) + random.pick(VOWELS) + random.pick(CODAS);
  return word;
}

function lexicon(random: Prng, size: number): string[] {
  const seen = new Set<string>();
  while (seen.size < size) {
    const word = invent(random);
    if (word.length >= 3) seen.add(word);
  }
  return [...seen];
}

/** A rank in [0, size), drawn with probability proportional to 1/(rank + OFFSET). */
function zipf(random: Prng, size: number): number {
  const low = Math.log(OFFSET);
  const rank = Math.floor(Math.exp(low + random.next() * (Math.log(size + OFFSET) - low))) - OFFSET;
  return Math.min(size - 1, Math.max(0, rank));
}

export function createWordSource(random: Prng, passages: number, sentences: readonly string[]): WordSource {
  const size = Math.round(30 * Math.sqrt(passages * WORDS_PER_PASSAGE));
  const words = lexicon(random, size);
  const names = lexicon(random, Math.max(50, Math.round(size / 4))).map(
    (word) => word.charAt(0).toUpperCase() + word.slice(1),
  );
  const shipped = [...new Set(sentences.join(' ').match(/\b\p{Ll}{4,}\b/gu) ?? [])];
  return {
    common: () => words[zipf(random, words.length)] as string,
    source: () => random.pick(shipped),
    name: () => names[zipf(random, names.length)] as string,
  };
}
