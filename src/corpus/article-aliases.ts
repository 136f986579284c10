import { stemWord, tokenize } from '../text/analyzer.ts';
import { STOP_WORDS } from '../text/stop-words.ts';

/**
 * The other word an article uses for the thing its headline names. A headline says "India and EU
 * sign Security and Defence Partnership"; the story goes on "with the signing of the deal". Within
 * that article "the deal" is the partnership, so a question about "the deal" is about the
 * partnership's sentences, and one about the partnership about "the deal"'s. Read from the
 * article's own structure, not from a list: the headline's verb and its object's head noun
 * ("sign" … "Partnership"), and a noun the body gives the same verb with a determiner ("the
 * signing of the deal", "the pact was signed").
 *
 * @module
 */

/** Two stems that name one thing in one article: the headline's head noun and the body's word for it. */
export interface Alias {
  head: string;
  other: string;
}

// The object of the headline's verb runs to the first preposition or punctuation.
const OBJECT_END = new Set(
  'at in on with for after as to amid over from by into during before under near while about of against between through across like than'.split(
    ' ',
  ),
);
const MAX_OBJECT_WORDS = 6;

/** The headline's verbs with the head noun of what follows each ("sign" → "partnership"). */
function headlineObjects(
  title: string,
  isVerb: (stem: string) => boolean,
): Array<{ verb: string; head: string }> {
  const words = title.split(/\s+/);
  const found: Array<{ verb: string; head: string }> = [];
  words.forEach((word, i) => {
    // A verb of the headline is written in lower case ("sign", "seal", "urges").
    if (!/^\p{Ll}+$/u.test(word) || OBJECT_END.has(word) || STOP_WORDS.has(word)) return;
    if (!isVerb(stemWord(word))) return;
    const head = headOf(words.slice(i + 1, i + 1 + MAX_OBJECT_WORDS));
    if (head) found.push({ verb: stemWord(word), head });
  });
  return found;
}

/** The stem of a noun phrase's last word, before a preposition or punctuation ends it. */
function headOf(words: readonly string[]): string | undefined {
  let head: string | undefined;
  for (const word of words) {
    const bare = word.replace(/[;:,.!?'"’”)]+$/u, '');
    if (OBJECT_END.has(bare.toLowerCase()) || !/^\p{L}[\p{L}-]*$/u.test(bare)) break;
    if (bare !== 'and') head = bare;
    if (bare !== word) break;
  }
  return head === undefined ? undefined : stemWord(head.toLowerCase());
}

// Not "that", which more often opens a clause ("said that step-down would be spread").
const DETERMINER = '(?:the|this|such an?|an?|its|their)';
const AUXILIARY = '(?:is|was|were|are|will be|has been|had been|have been|would be|to be)';
// "the signing of the deal, …": the phrase after the verb.
const OBJECT_AFTER = new RegExp(String.raw`^(?:of\s+)?${DETERMINER}\s+(.*)$`, 'iu');
// "such a deal was signed": the phrase before the auxiliaries, with no punctuation inside ("the
// pact, the first of its kind …, was" is no phrase).
const SUBJECT_BEFORE = new RegExp(
  String.raw`\b${DETERMINER}\s+((?:[^\s,;:.]+\s+){0,${MAX_OBJECT_WORDS - 1}}?[^\s,;:.]+)\s+${AUXILIARY}$`,
  'iu',
);

/**
 * The aliases of one article: for each verb of its headline (`isVerb`, by its stem), the head of a noun phrase its body
 * gives that verb with a determiner ("the signing of the deal", "such a deal was signed"), other
 * than the headline's own head noun. Both are common nouns, written in lower case somewhere in
 * the body ("sells Europe" gives none).
 */
export function articleAliases(
  title: string,
  paragraphs: readonly string[],
  isVerb: (stem: string) => boolean,
): Alias[] {
  const objects = headlineObjects(title, isVerb);
  const body = paragraphs.join('\n');
  const named = namedAs(body);
  if (objects.length === 0) return named;
  const lowerCase = new Set(
    tokenize(body)
      .filter((t) => !t.name && !t.stop)
      .map((t) => t.stem),
  );
  const titleStems = new Set(tokenize(title).map((t) => t.stem));
  const aliases = new Map<string, Alias>();
  const add = (head: string, other: string | undefined) => {
    if (!other || other === head || titleStems.has(other) || !lowerCase.has(other)) return;
    aliases.set(`${head} ${other}`, { head, other });
  };
  const words = [...body.matchAll(/\S+/g)].map((m) => m[0]);
  for (const { verb, head } of objects) {
    if (!lowerCase.has(head)) continue;
    words.forEach((word, i) => {
      if (stemWord(word.replace(/\W+$/u, '').toLowerCase()) !== verb) return;
      const after = words.slice(i + 1, i + 2 + MAX_OBJECT_WORDS).join(' ');
      const object = OBJECT_AFTER.exec(after);
      if (object && !/\W$/u.test(word)) add(head, headOf((object[1] ?? '').split(/\s+/)));
      const before = words.slice(Math.max(0, i - MAX_OBJECT_WORDS - 3), i).join(' ');
      const subject = SUBJECT_BEFORE.exec(before);
      if (subject) add(head, headOf((subject[1] ?? '').split(/\s+/).slice(-1)));
    });
  }
  for (const alias of named) aliases.set(`${alias.head} ${alias.other}`, alias);
  return [...aliases.values()];
}

// "The programme, called TIDEWATCH, …", "a cyber drill code-named Sentinel": a common noun
// the body gives a name of one word.
const CALLED =
  /\b(?:[Tt]he|[Tt]his|[Aa]n?|[Ii]ts|[Tt]heir)\s+(?:[\p{Ll}-]+\s+){0,2}?(\p{Ll}{3,}),?\s+(?:called|named|known as|dubbed|code-named|codenamed)\s+["“']?(\p{Lu}[\p{L}-]*)(?![\p{L}-]|\s+\p{Lu})/gu;

/**
 * The names the body gives a thing by its common noun, one word each: "The programme, called
 * TIDEWATCH" makes "programme", in that article, another word for TIDEWATCH ("the programme at a
 * glance"), as the headline's noun is for its name.
 */
function namedAs(body: string): Alias[] {
  const found = new Map<string, Alias>();
  for (const match of body.matchAll(CALLED)) {
    const other = stemWord((match[1] ?? '').toLowerCase());
    const head = stemWord((match[2] ?? '').toLowerCase());
    if (STOP_WORDS.has(match[1] ?? '') || other === head) continue;
    found.set(`${head} ${other}`, { head, other });
  }
  return [...found.values()];
}

/**
 * How an alias stands among a text's stems: marked, so only the question's own word finds it
 * ("deal" typed), never a WordNet relative of another word ("cover", whose synonym "deal" is).
 */
export const ALIAS_MARK = '=';

/** `stems` with each alias's other word (marked) where it holds the head, and the head where it holds the other. */
export function withAliases(stems: ReadonlySet<string>, aliases: readonly Alias[]): ReadonlySet<string> {
  if (aliases.length === 0) return stems;
  const added = new Set(stems);
  for (const { head, other } of aliases) {
    if (stems.has(head)) added.add(ALIAS_MARK + other);
    if (stems.has(other)) added.add(ALIAS_MARK + head);
  }
  return added;
}

/**
 * A name of several words, in the headline or an earlier sentence of the paragraph, by a head
 * word: "the council" says the Trade and Technology Council too, "the lake" Lake Constance.
 */
export interface HeadedName {
  /** Stem of the head word ("council", "lake"). */
  head: string;
  /** Stems of the whole name ("trade", "technolog", "council"). */
  stems: string[];
  /** The body's "the council" / "this council". */
  said: RegExp;
}

const TITLE_NAME = /\p{Lu}[\p{L}-]*(?:\s+(?:(?:and|of|for|the)\s+)?\p{Lu}[\p{L}-]*)+/gu;

/**
 * The headline's multi-word names by their last word ("Trade and Technology Council" by
 * "council"): the body's "the council" speaks of that name. (A person's name is never written
 * after "the": "the Kallas" does not occur.)
 */
export function headlineNames(title: string): HeadedName[] {
  const names: HeadedName[] = [];
  for (const match of title.matchAll(TITLE_NAME)) {
    const words = match[0].split(/\s+/);
    if (words.filter((w) => /^\p{Lu}/u.test(w)).length < 2) continue;
    const head = stemWord((words.at(-1) ?? '').toLowerCase());
    names.push({
      head,
      stems: tokenize(match[0])
        .filter((t) => !t.stop && !t.part)
        .map((t) => t.stem),
      said: new RegExp(`\\b[Tt](?:he|his) ${head}`),
    });
  }
  return names;
}

/**
 * The names of several words a sentence writes, by a head that is a common noun (`isNoun`, by
 * its stem): the last word ("Rhine Gorge": "the gorge") or the first ("Lake Constance": "the
 * lake"). A later sentence of the same paragraph that says "the lake" speaks of Lake Constance.
 */
export function namesByHead(text: string, isNoun: (stem: string) => boolean): HeadedName[] {
  const names: HeadedName[] = [];
  for (const match of text.matchAll(TITLE_NAME)) {
    const words = match[0].split(/\s+/).filter((w) => !STOP_WORDS.has(w.toLowerCase()));
    if (words.length < 2) continue;
    const stems = tokenize(words.join(' '))
      .filter((t) => !t.stop && !t.part)
      .map((t) => t.stem);
    // Letters and hyphens only (TITLE_NAME), so the word stands in a pattern as it is.
    for (const word of new Set([words[0] ?? '', words.at(-1) ?? ''])) {
      const head = stemWord(word.toLowerCase());
      if (!isNoun(head)) continue;
      names.push({ head, stems, said: new RegExp(`\\b[Tt](?:he|his) ${word.toLowerCase()}\\b`) });
    }
  }
  return names;
}

/** `stems` with a headline name's words (marked) where the text speaks of it as "the <head>" ("the council's first meeting"). */
export function withHeadlineNames(
  text: string,
  stems: ReadonlySet<string>,
  names: readonly HeadedName[],
): ReadonlySet<string> {
  let added: Set<string> | undefined;
  for (const name of names) {
    if (!stems.has(name.head) || !name.said.test(text)) continue;
    added ??= new Set(stems);
    for (const stem of name.stems) added.add(ALIAS_MARK + stem);
  }
  return added ?? stems;
}
