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

/**
 * A passage's document, with the names of its speakers that it does not write itself: "She said
 * the two sides would run naval exercises against piracy" is found for "what did von der Leyen
 * say about piracy" (src/corpus/speakers.ts resolves "she").
 */
export function passageDocument(passage: Passage): IndexDocument {
  const document = documentOf(passage.id, 'article', null, passage.text);
  const own = new Set(document.terms);
  const speakers = new Set(passage.sentences.flatMap((sentence) => sentence.speaker ?? []));
  const said = [...speakers]
    .flatMap((name) => tokenize(name).filter((t) => !t.stop && !t.part))
    .map((t) => t.stem)
    .filter((stem) => !own.has(stem));
  return said.length > 0 ? { ...document, terms: [...document.terms, ...new Set(said)] } : document;
}

export const pinDocument = (pin: PinnedFact): IndexDocument =>
  documentOf(pin.id, 'pin', pin.community, pin.text);
