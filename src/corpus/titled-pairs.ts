import { tokenize } from '../text/analyzer.ts';
import { ALIAS_MARK } from './article-aliases.ts';
import { NAME } from './speakers.ts';

/**
 * "The two presidents were escorted to Kartavya Path": a sentence that speaks of two people by the
 * title the article gave them together ("European Council President Antonio Costa and European
 * Commission President Ursula von der Leyen") speaks of them, though it names neither.
 *
 * @module
 */

// "the two presidents", "both ministers": a plural after the words that count two.
const TWO_OF = /\b(?:[Tt]he two|[Bb]oth)\s+(\p{Ll}{3,})s\b/u;

/**
 * The two people `sentence`'s "the two <title>s" (or "both <title>s") stands for: those of the
 * latest of `earlier` sentences (the article before it, in order) that writes two names right after
 * that title ("President Antonio Costa and … President Ursula von der Leyen"); none when no
 * sentence does.
 */
export function titledPair(sentence: string, earlier: () => readonly string[]): string[] {
  const title = TWO_OF.exec(sentence)?.[1];
  if (!title) return [];
  const titled = new RegExp(`\\b${(title[0] ?? '').toUpperCase()}${title.slice(1)}\\s+(${NAME})`, 'gu');
  const texts = earlier();
  for (let i = texts.length - 1; i >= 0; i--) {
    const names = [...new Set([...(texts[i] ?? '').matchAll(titled)].map((m) => m[1] ?? ''))];
    if (names.length === 2) return names;
  }
  return [];
}

/** `stems` with the words of the names `titledPair` finds, marked as what the sentence speaks of. */
export function withTitledPair(
  sentence: string,
  earlier: () => readonly string[],
  stems: ReadonlySet<string>,
): ReadonlySet<string> {
  const names = titledPair(sentence, earlier);
  if (names.length === 0) return stems;
  const added = new Set(stems);
  for (const token of tokenize(names.join(' '))) if (!token.stop) added.add(ALIAS_MARK + token.stem);
  return added;
}
