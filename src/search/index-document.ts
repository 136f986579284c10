import type { Passage } from '../corpus/passages.ts';
import { wordsMeant } from '../corpus/words-meant.ts';
import { tokenize } from '../text/analyzer.ts';
import type { PinnedFact } from '../types.ts';
import type { IndexDocument } from './search-index.ts';

/** What the index holds of a passage or a pin: its stems (for matching) and words (for typo correction). */
function documentOf(
  id: string,
  kind: IndexDocument['kind'],
  community: string | null,
  text: string,
  hidden = '',
): IndexDocument {
  const tokens = tokenize(text).filter((t) => !t.stop);
  // Words the text means but does not write (the dates of "on Monday") are matched, never shown.
  const meant = tokenize(hidden).filter((t) => !t.stop);
  const written = tokens.filter((t) => !t.part && !/^\d/.test(t.word));
  return {
    id,
    kind,
    community,
    terms: [...tokens, ...meant].map((t) => t.stem),
    words: tokens.map((t) => t.word),
    capitalised: written.filter((t) => t.name).map((t) => t.stem),
    // A capitalised word that is not a name opens a sentence: it says nothing either way.
    lowerCase: written.filter((t) => !t.name && !/^\p{Lu}/u.test(t.surface)).map((t) => t.stem),
  };
}

/**
 * `published` dates the days the passage names by the week ("on Monday"); with the currencies of
 * its amounts, words it means but does not write (corpus/words-meant.ts).
 */
export const passageDocument = (passage: Passage, published?: string): IndexDocument =>
  documentOf(
    passage.id,
    'article',
    null,
    passage.text,
    [wordsMeant(passage.text, published), ...unnamedSpeakers(passage)].join(' '),
  );

/**
 * The people a passage gives the words of without naming them ("she added", a quotation that goes
 * on from the paragraph before), and their offices ("admiral"): "any quote from Kallas" finds the
 * paragraph of her words, and "what is the admiral's biggest fear" that of the admiral's.
 */
function unnamedSpeakers(passage: Passage): string[] {
  const speakers = new Set(
    passage.sentences.map((s) => s.speaker).filter((s): s is string => s !== undefined),
  );
  const unnamed = [...speakers].filter((name) => !passage.text.includes(name.split(' ').at(-1) ?? name));
  const offices = passage.sentences.flatMap((s) =>
    s.speaker !== undefined && s.office !== undefined && unnamed.includes(s.speaker) ? [s.office] : [],
  );
  return [...unnamed, ...new Set(offices)];
}

export const pinDocument = (pin: PinnedFact): IndexDocument =>
  documentOf(pin.id, 'pin', pin.community, pin.text);
