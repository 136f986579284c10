import { STOP_WORDS } from '../text/stop-words.ts';
import { type Glossary, type Name, nameStems, SHORT_TERM_ACRONYM } from './glossary.ts';

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
// A hyphenated word is one word of the name, by its first letter ("Broad-based Trade and
// Investment Agreement": "BTIA").
const RUN =
  /(?<![\p{L}'’-])\p{Lu}[\p{L}-]*(?:\s+(?:(?:and|of|for|the|on)\s+)*\p{Lu}[\p{L}-]*)+(?![\p{L}-])/gu;
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
  /** Whether the dictionary has the word as a noun or an adjective ("free", "trade"; not "already"). */
  isNominal(word: string): boolean;
  /**
   * Whether the dictionary holds the words, in a row, as a noun of its own ("joint venture",
   * "financial year"): a fixed term, not a phrase of the moment, though written only once.
   */
  isTerm?(words: readonly string[]): boolean;
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
      // The first word of a sentence is capitalised anyway: "The Council", "After India". A noun
      // or an adjective there may open the name all the same: "Air Vice Marshal Kuldeep Sandhu
      // (retd), who …" gives "AVM".
      const first = (run[0] ?? '').toLowerCase();
      if (
        SENTENCE_START.test(text.slice(0, match.index)) &&
        (STOP_WORDS.has(first) || !words.isNominal(first))
      )
        run = run.slice(1);
      for (let start = 0; start < run.length; start++) {
        if (!CAPITALISED.test(run[start] ?? '')) continue;
        for (let end = start + 1; end < run.length; end++) {
          const name = run.slice(start, end + 1);
          const full = nameStems(name.join(' '));
          for (const acronym of new Set([acronymOf(name, words), acronymOf(name, words, true)])) {
            if (!acronym || glossary.byFirstStem.get(acronym)?.some((entry) => entry.name.length === 1))
              continue;
            // An English word stands only for a whole run ("Security Action for Europe"), not for a
            // stretch of one ("India-EU Trade" in "India-EU Trade and Technology Council").
            if (acronym.startsWith(WORD_ACRONYM) && (start > 0 || end < run.length - 1)) continue;
            addName(acronyms, acronym, full);
          }
        }
      }
    }
  }
  // Terms the articles write in lower case ("free trade agreement", "memorandum of
  // understanding"): an acronym only one of them gives, and no capitalised name does.
  for (const [acronym, terms] of termAcronyms(texts, words)) {
    const letters = acronym.replace(SHORT_TERM_ACRONYM, '');
    if (
      terms.length === 1 &&
      !acronyms.has(acronym) &&
      !acronyms.has(letters) &&
      !glossary.byFirstStem.has(letters)
    )
      acronyms.set(acronym, terms);
  }
  return acronyms;
}

// Lower-case words in a row, with the small words names keep inside: "free trade agreement",
// "memorandum of understanding".
const TERM_RUN = /(?<![\p{L}'’-])\p{Ll}+(?:\s+\p{Ll}+)+(?![\p{L}'’-])/gu;
// A lower-case term of more words than this is a phrase, not a term with an acronym.
const MAX_TERM_WORDS = 4;
// Two letters typed in lower case stand for too many lower-case terms ("pm", "cg"): three at
// least, or two typed in capitals ("JV" for a "joint venture" the articles write more than once).
const MIN_TERM_LETTERS = 3;
const MIN_CAPITAL_TERM_LETTERS = 2;

/**
 * The acronyms of the lower-case terms in `texts`: runs of two to four words that open with a
 * word that is no small word and end in a kind of thing, by their initials ("fta") and with their
 * small inner words' initials too ("mou"). Each acronym maps to every distinct term that gives it.
 */
function termAcronyms(texts: Iterable<string>, given: AcronymWords): Map<string, Name[]> {
  // Each word is looked up once: a corpus repeats its words far more than the dictionary's caches hold.
  const words = memoised(given);
  const found = new Map<string, Name[]>();
  // How often each term is written: a term used once is a phrase of the moment ("cyber and hybrid
  // threats"), unless it is a formal one of the shape "X of Y" ("memorandum of understanding").
  const uses = new Map<string, number>();
  const candidates: Array<[string, string[]]> = [];
  // The terms the dictionary holds whole ("financial year").
  const terms = new Set<string>();
  const add = (letters: string, term: string[]) => {
    if (letters.length < MIN_CAPITAL_TERM_LETTERS || letters.length > MAX_LETTERS) return;
    // Two letters are filed for capitals only, where an English word ("jv", WordNet's junior
    // varsity) is no matter; a small word ("in", "be") still is.
    if (letters.length < MIN_TERM_LETTERS ? STOP_WORDS.has(letters) : words.isWord(letters)) return;
    candidates.push([letters, term]);
  };
  for (const text of texts) {
    for (const [run] of text.matchAll(TERM_RUN)) {
      const list = run.split(/\s+/);
      for (let start = 0; start < list.length; start++) {
        const first = list[start] ?? '';
        if (STOP_WORDS.has(first)) continue;
        for (let end = start + 1; end < Math.min(list.length, start + MAX_TERM_WORDS); end++) {
          const term = list.slice(start, end + 1);
          const inner = term.slice(1, -1);
          if (inner.some((word) => STOP_WORDS.has(word) && !KEPT_JOINERS.has(word))) break;
          const last = term.at(-1) ?? '';
          const fixed = words.isTerm?.(term) ?? false;
          if (STOP_WORDS.has(last) || (!fixed && !words.isThing(last))) continue;
          const content = term.filter((word) => !STOP_WORDS.has(word));
          // A term is a noun with its modifiers: every word a noun or an adjective by the dictionary.
          if (!content.every((word) => words.isNominal(word))) continue;
          const key = term.join(' ');
          uses.set(key, (uses.get(key) ?? 0) + 1);
          if (fixed) terms.add(key);
          add(content.map((word) => word[0]).join(''), term);
          // "mou": the small word's initial too, for a formal "X of Y" only.
          if (isFormal(term)) add(term.map((word) => word[0]).join(''), term);
        }
      }
    }
  }
  for (const [letters, term] of candidates) {
    const twoLetters = letters.length < MIN_TERM_LETTERS;
    const key = term.join(' ');
    if ((uses.get(key) ?? 0) < 2 && !terms.has(key) && (twoLetters || !isFormal(term))) continue;
    const [acronym, ...more] = nameStems(letters);
    // Letters the stemmer changes ("tos" → "to") read as another word.
    if (acronym !== letters || more.length > 0) continue;
    addName(found, twoLetters ? `${SHORT_TERM_ACRONYM}${acronym}` : acronym, nameStems(term.join(' ')));
  }
  return found;
}

// "X of Y", a formal term ("memorandum of understanding", "statement of intent").
const isFormal = (term: readonly string[]) => term.length === 3 && term[1] === 'of';

/** Files a name's stems under an acronym, once. */
function addName(acronyms: Map<string, Name[]>, acronym: string, name: Name): void {
  const names = acronyms.get(acronym) ?? [];
  if (!names.some((known) => known.join(' ') === name.join(' '))) names.push(name);
  acronyms.set(acronym, names);
}

function memoised(words: AcronymWords): AcronymWords {
  const once = (test: (word: string) => boolean) => {
    const known = new Map<string, boolean>();
    return (word: string) => {
      let found = known.get(word);
      if (found === undefined) {
        found = test(word);
        known.set(word, found);
      }
      return found;
    };
  };
  const { isTerm } = words;
  const term = isTerm && once((key) => isTerm(key.split(' ')));
  return {
    isThing: once(words.isThing),
    isWord: once(words.isWord),
    isNominal: once(words.isNominal),
    ...(term ? { isTerm: (run: readonly string[]) => term(run.join(' ')) } : {}),
  };
}

/**
 * The mark before an acronym that is also an English word ("safe" for "Security Action for
 * Europe"): a question's word stands for the name only when typed in capitals ("SAFE").
 */
export const WORD_ACRONYM = '^';

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
  // Or in a kind of thing for or of someone ("Security Action for Europe", "Ministry of Defence").
  const joiner = name.findLastIndex((word) => word === 'for' || word === 'of');
  const owned =
    joiner > 0 && CAPITALISED.test(name[joiner - 1] ?? '') && words.isThing(name[joiner - 1] ?? '');
  if (!CAPITALISED.test(last) || last === last.toUpperCase() || !(words.isThing(last) || owned))
    return undefined;
  const capitalised = name.filter((word) => CAPITALISED.test(word));
  if (capitalised.length < 2) return undefined;
  const kept = joiners
    ? name.filter((word) => CAPITALISED.test(word) || KEPT_JOINERS.has(word))
    : capitalised;
  if (joiners && kept.length === capitalised.length) return undefined;
  const letters = kept.map((word) => (word === word.toUpperCase() ? word : (word[0] ?? ''))).join('');
  if (letters.length < MIN_LETTERS || letters.length > MAX_LETTERS) return undefined;
  const [acronym, ...more] = nameStems(letters);
  if (!acronym || more.length > 0) return undefined;
  // An English word ("SAFE") stands for the name only typed in capitals: filed apart.
  return words.isWord(letters) ? `${WORD_ACRONYM}${acronym}` : acronym;
}
