import { STOP_WORDS } from '../text/stop-words.ts';
import type { Passage } from './passages.ts';

/**
 * Sentences several articles carry: a syndicated wire story copied with light edits, the same
 * quote in five outlets. Two sentences are the same when their text is the same once case,
 * punctuation and spacing are set aside, or when they hold the same content words in another
 * order ("India and the EU on Tuesday signed …" / "On Tuesday, India and the EU signed …").
 * Normalised-text hashing, done once when the index is built: a group lists its sentences as
 * `passageId:index`, and only groups of two or more are kept.
 *
 * @module
 */
export type SentenceRef = string;

// A sentence this short ("He added.") is the same in many articles without being the same report.
const MIN_WORDS = 6;

const textKey = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

// Lower-cased words without stop words, in sorted order: the same words in another order give the
// same key. No stemming: a copy with light edits keeps its words, and this runs on every sentence.
function wordsKey(normalised: string): string | undefined {
  const words = [...new Set(normalised.split(' ').filter((w) => w && !STOP_WORDS.has(w)))];
  return words.length >= MIN_WORDS ? words.sort().join(' ') : undefined;
}

export const sentenceRef = (passageId: string, index: number): SentenceRef => `${passageId}:${index}`;

/** Groups of two or more sentences, from different articles, that say the same words. */
export function duplicateSentences(passages: readonly Passage[]): SentenceRef[][] {
  const byKey = new Map<string, SentenceRef[]>();
  const articleOf = new Map<SentenceRef, string>();
  const add = (key: string, ref: SentenceRef) => {
    const list = byKey.get(key);
    if (!list) byKey.set(key, [ref]);
    else if (!list.includes(ref)) list.push(ref);
  };
  for (const passage of passages) {
    passage.sentences.forEach((sentence, i) => {
      const ref = sentenceRef(passage.id, i);
      articleOf.set(ref, passage.articleId);
      const text = textKey(sentence.text);
      const words = wordsKey(text);
      if (!words) return;
      add(`t ${text}`, ref);
      add(`w ${words}`, ref);
    });
  }
  // Join groups that share a sentence (same text in one pair, same words in another).
  const parent = new Map<SentenceRef, SentenceRef>();
  const find = (ref: SentenceRef): SentenceRef => {
    let root = ref;
    while (parent.has(root) && parent.get(root) !== root) root = parent.get(root) as SentenceRef;
    return root;
  };
  for (const refs of byKey.values()) {
    if (refs.length < 2) continue;
    const root = find(refs[0] as SentenceRef);
    for (const ref of refs.slice(1)) {
      const other = find(ref);
      if (other !== root) parent.set(other, root);
    }
    if (!parent.has(root)) parent.set(root, root);
  }
  const groups = new Map<SentenceRef, SentenceRef[]>();
  for (const ref of parent.keys()) {
    const root = find(ref);
    groups.set(root, [...(groups.get(root) ?? []), ref]);
  }
  return [...groups.values()].filter(
    (refs) => refs.length > 1 && new Set(refs.map((ref) => articleOf.get(ref))).size > 1,
  );
}
