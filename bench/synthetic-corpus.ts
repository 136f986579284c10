import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_CORPUS_DIR } from '../src/bot.ts';
import { loadCorpus } from '../src/corpus/load-corpus.ts';
import { createPrng, type Prng } from './prng.ts';
import { createWordSource, type WordSource } from './word-source.ts';

/**
 * Synthetic news archives of any size, the same for a given size and seed. Each article
 * recombines sentences of the shipped articles: function words stay, most names become the
 * article's own (generated) names, and about 70% of the other words are swapped, mostly for words
 * drawn from a seeded Zipf-distributed lexicon whose size grows with the corpus (Heaps' law), so
 * the archive has common words, topic words and a long tail of rare ones. The shipped articles and
 * the glossary are copied in unchanged, so the dev questions still have their real answers.
 */
export interface SyntheticCorpus {
  dir: string;
  passages: number;
  articles: number;
}

const FUNCTION_WORDS = new Set(
  `a an the of and or but to in on at by for with from as into over after before about than that this
  these those it its is are was were be been has have had will would can could should may might not no
  he she they we you i his her their our us them him there here which who whom what when where how
  also more most very so such both each other all any some said says`.split(/\s+/),
);
const PUBLISHERS = ['ANI', 'PTI', 'Reuters', 'AFP', 'The Hindu', 'Euractiv', 'Politico Europe', 'IANS'];
const TOKEN = /(\p{L}[\p{L}'’-]*|\d[\d,.]*\d|\d)/gu;

function transformSentence(sentence: string, random: Prng, names: string[], words: WordSource) {
  let first = true;
  const out = sentence.replace(TOKEN, (token) => {
    const atStart = first;
    first = false;
    if (/^\d/.test(token)) {
      return token.length === 4 ? String(1990 + random.int(37)) : String(1 + random.int(10 ** token.length));
    }
    const lower = token.toLowerCase();
    if (FUNCTION_WORDS.has(lower)) return token;
    if (/^\p{Lu}/u.test(token) && !atStart) return random.next() < 0.75 ? random.pick(names) : token;
    const roll = random.next();
    if (roll < 0.55) return words.common();
    if (roll < 0.7) return words.source();
    return token;
  });
  return out.charAt(0).toUpperCase() + out.slice(1);
}

export function sourceSentences(corpusDir = DEFAULT_CORPUS_DIR): string[] {
  return loadCorpus(corpusDir).passages.flatMap((p) => p.sentences.map((s) => s.text));
}

function article(n: number, passages: number, random: Prng, sentences: string[], words: WordSource) {
  const names = Array.from({ length: 3 + random.int(4) }, () => words.name());
  const body: string[] = [];
  for (let p = 0; p < passages; p++) {
    const count = 1 + random.int(4);
    body.push(
      Array.from({ length: count }, () =>
        transformSentence(random.pick(sentences), random, names, words),
      ).join(' '),
    );
  }
  const day = new Date(Date.UTC(2015, 0, 1) + random.int(4000) * 86_400_000).toISOString().slice(0, 10);
  const title = body[0]?.split(' ').slice(0, 10).join(' ') ?? `Article ${n}`;
  const front = [
    '---',
    `id: syn-${String(n).padStart(7, '0')}`,
    `title: ${JSON.stringify(title)}`,
    `publisher: ${JSON.stringify(random.pick(PUBLISHERS))}`,
    `dateline: ${JSON.stringify(random.pick(names))}`,
    `published: ${day}`,
    'url: null',
    'language: en',
    '---',
  ];
  return `${front.join('\n')}\n\n${body.join('\n\n')}\n`;
}

/** Writes a corpus of exactly `passages` passages (or reuses an identical one already written). */
export function syntheticCorpus(
  passages: number,
  seed = 1,
  root = join(tmpdir(), 'news-bot-bench'),
): SyntheticCorpus {
  const generator = createHash('sha256')
    .update(readFileSync(new URL(import.meta.url)))
    .update(readFileSync(new URL('./word-source.ts', import.meta.url)))
    .digest('hex')
    .slice(0, 8);
  const dir = join(root, `corpus-${passages}-s${seed}-${generator}`);
  const marker = join(dir, '.complete');
  if (existsSync(marker)) return JSON.parse(readFileSync(marker, 'utf8')) as SyntheticCorpus;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const name of readdirSync(DEFAULT_CORPUS_DIR))
    copyFileSync(join(DEFAULT_CORPUS_DIR, name), join(dir, name));
  const shipped = loadCorpus(DEFAULT_CORPUS_DIR);
  if (passages < shipped.passages.length) {
    throw new Error(`Bench: a synthetic corpus needs at least ${shipped.passages.length} passages`);
  }
  const random = createPrng(seed);
  const sentences = sourceSentences();
  const words = createWordSource(random, passages, sentences);
  let left = passages - shipped.passages.length;
  let articles = 0;
  while (left > 0) {
    const size = Math.min(left, 6 + random.int(13));
    articles++;
    writeFileSync(
      join(dir, `syn-${String(articles).padStart(7, '0')}.md`),
      article(articles, size, random, sentences, words),
    );
    left -= size;
  }
  const result: SyntheticCorpus = { dir, passages, articles: articles + shipped.articles.length };
  writeFileSync(marker, JSON.stringify(result));
  return result;
}
