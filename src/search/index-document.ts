import type { Passage } from '../corpus/passages.ts';
import { tokenize } from '../text/analyzer.ts';
import type { PinnedFact } from '../types.ts';
import type { IndexDocument } from './search-index.ts';

/** What the index holds of a passage or a pin: its stems (for matching) and words (for typo correction). */
function documentOf(
  id: string,
  kind: IndexDocument['kind'],
  community: string | null,
  text: string,
): IndexDocument {
  const tokens = tokenize(text).filter((t) => !t.stop);
  const written = tokens.filter((t) => !t.part && !/^\d/.test(t.word));
  return {
    id,
    kind,
    community,
    terms: tokens.map((t) => t.stem),
    words: tokens.map((t) => t.word),
    capitalised: written.filter((t) => t.name).map((t) => t.stem),
    // A capitalised word that is not a name opens a sentence: it says nothing either way.
    lowerCase: written.filter((t) => !t.name && !/^\p{Lu}/u.test(t.surface)).map((t) => t.stem),
  };
}

export const passageDocument = (passage: Passage): IndexDocument =>
  documentOf(passage.id, 'article', null, passage.text);

export const pinDocument = (pin: PinnedFact): IndexDocument =>
  documentOf(pin.id, 'pin', pin.community, pin.text);
