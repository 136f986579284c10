import { ACRONYM, NAME } from './speakers.ts';

/**
 * Whom a speaker speaks for, as their article describes them: "EU High Representative … Kaja
 * Kallas" or "Kaja Kallas, the European Union's foreign and security policy chief" speaks for the
 * EU, so her "we keep our agreements" answers "does the EU keep its agreements according to
 * Kallas", though the sentence never names the EU. Read from the article's own words: an acronym in
 * the title run right before the person's name, or the owner named in a phrase set off by a comma
 * right after it.
 *
 * @module
 */

// The words a title may hold between its capitalised words ("High Representative for Foreign
// Affairs and Security Policy").
const TITLE_JOINERS = new Set(['for', 'and', 'of', 'the', 'on']);
// How far before a name its title may begin.
const MAX_TITLE_WORDS = 12;
// "Kaja Kallas, the European Union's …": the owner in a phrase right after the name.
const APPOSITION = new RegExp(`^,\\s+the\\s+(${NAME})['’]s\\b`, 'u');

// "Henrike Vos, a Dutch economist, has been director for defence industrial programmes in the
// European Commission's Directorate-General …": the organisation a post the sentence gives them
// is in.
const ROLE_IN = new RegExp(
  `^(?:,[^,.;]{1,60},)?\\s+(?:is|has been|was|became|serves as|served as)\\s+(?:(?:the|a|an)\\s+)?(?:[\\p{Ll}-]+\\s+){1,6}(?:in|at|of|for)\\s+the\\s+(${NAME})`,
  'u',
);

/** The names each speaker (by surname) speaks for, in the order the article gives them. */
export function affiliationsOf(texts: readonly string[], speakers: Iterable<string>): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const speaker of new Set(speakers)) {
    const surname = speaker.split(' ').at(-1) ?? speaker;
    const names = new Set<string>();
    for (const text of texts) {
      for (let at = text.indexOf(speaker); at >= 0; at = text.indexOf(speaker, at + 1)) {
        // An organisation's initials in the title ("EU", "NATO"), possessive or not.
        for (const word of titleBefore(text.slice(0, at))) {
          const initials = ACRONYM.exec(word)?.[1];
          if (initials) names.add(initials);
        }
        const after = text.slice(at + speaker.length);
        const owner = APPOSITION.exec(after)?.[1] ?? ROLE_IN.exec(after)?.[1]?.split(/['’]s\b/)[0];
        if (owner) names.add(owner);
      }
    }
    if (names.size > 0) found.set(surname, [...names]);
  }
  return found;
}

/** The run of capitalised words (and the words joining them) that ends right before `text` ends. */
function titleBefore(text: string): string[] {
  const words = text.trimEnd().split(/\s+/);
  const title: string[] = [];
  for (let i = words.length - 1; i >= 0 && title.length < MAX_TITLE_WORDS; i--) {
    const word = words[i] ?? '';
    if (/^\p{Lu}/u.test(word) || TITLE_JOINERS.has(word)) title.unshift(word);
    else break;
  }
  return title;
}
