import { type Glossary, type Name, nameStems } from './glossary.ts';

/**
 * The short forms of the names the articles write out: "Trade and Technology Council" is also
 * "TTC", "Common Security and Defence Policy" "CSDP". Chat questions use the short form that an
 * article may never print. Found when the index is built, kept in the snapshot with the glossary,
 * and read like another name from the glossary, for a question word no source holds. Two names
 * that share an acronym are both kept, and never stand for each other.
 *
 * @module
 */

// Capitalised words in a row, with "and", "of", "for", "the", "on" inside: "Trade and Technology
// Council", "Council of the European Union". A hyphen or a letter before the run is no start.
const RUN = /(?<![\p{L}'’-])\p{Lu}\p{L}*(?:\s+(?:(?:and|of|for|the|on)\s+)*\p{Lu}\p{L}*)+(?![\p{L}-])/gu;
// What ends a sentence, so the next capital may only be the sentence's first word.
const SENTENCE_START = /(?:^|[.!?:;"“‘(\][]\s*)$/;
const CAPITALISED = /^\p{Lu}/u;
const MIN_LETTERS = 2;
const MAX_LETTERS = 6;

/** What the acronyms are checked against. */
export interface AcronymWords {
  /** Whether a word (as written) names a kind of thing: "Council", "Partnership", not "Singh" or "Korea". */
  isThing(word: string): boolean;
  /** Whether a word is an English word already ("MA", "HA"): its letters are no acronym to add. */
  isWord(word: string): boolean;
}

/**
 * The names in `texts` that end in a kind of thing (a council, a policy, a partnership; not
 * "Rajnath Singh"), by their acronym: the initials of the capitalised words, and the whole of a
 * word in capitals ("UN Security Council": "UNSC"). Every stretch of a run of capitalised words
 * counts ("EU Trade and Technology Council on Friday" gives "TTC"). Acronyms the glossary already
 * holds are left to it, and so are English words.
 */
export function acronymsOf(
  texts: Iterable<string>,
  words: AcronymWords,
  glossary: Glossary,
): Map<string, Name[]> {
  const acronyms = new Map<string, Name[]>();
  for (const text of texts) {
    for (const match of text.matchAll(RUN)) {
      let run = match[0].split(/\s+/);
      // The first word of a sentence is capitalised anyway: "The Council", "After India".
      if (SENTENCE_START.test(text.slice(0, match.index))) run = run.slice(1);
      for (let start = 0; start < run.length; start++) {
        if (!CAPITALISED.test(run[start] ?? '')) continue;
        for (let end = start + 1; end < run.length; end++) {
          const name = run.slice(start, end + 1);
          const full = nameStems(name.join(' '));
          for (const acronym of new Set([acronymOf(name, words), acronymOf(name, words, true)])) {
            if (!acronym || glossary.byFirstStem.get(acronym)?.some((entry) => entry.name.length === 1))
              continue;
            const names = acronyms.get(acronym) ?? [];
            if (!names.some((known) => known.join(' ') === full.join(' '))) names.push(full);
            acronyms.set(acronym, names);
          }
        }
      }
    }
  }
  return acronyms;
}

// The small words inside a name that some acronyms keep, lower case: "Memorandum of Understanding"
// is also "MoU", "Security of Information Agreement" "SoIA".
const KEPT_JOINERS = new Set(['of', 'and', 'for', 'on']);

/**
 * The stem of a name's acronym, or undefined when it has none worth keeping; with `joiners`, the
 * form that keeps the initials of its small inner words ("MoU"), undefined for a name without them.
 */
function acronymOf(name: readonly string[], words: AcronymWords, joiners = false): string | undefined {
  // The name ends in a word for a kind of thing, not in an acronym ("India and the EU") nor in
  // "and" / "of".
  const last = name.at(-1) ?? '';
  if (!CAPITALISED.test(last) || last === last.toUpperCase() || !words.isThing(last)) return undefined;
  const capitalised = name.filter((word) => CAPITALISED.test(word));
  if (capitalised.length < 2) return undefined;
  const kept = joiners
    ? name.filter((word) => CAPITALISED.test(word) || KEPT_JOINERS.has(word))
    : capitalised;
  if (joiners && kept.length === capitalised.length) return undefined;
  const letters = kept.map((word) => (word === word.toUpperCase() ? word : (word[0] ?? ''))).join('');
  if (letters.length < MIN_LETTERS || letters.length > MAX_LETTERS || words.isWord(letters)) return undefined;
  const [acronym, ...more] = nameStems(letters);
  return acronym && more.length === 0 ? acronym : undefined;
}
