import { readFileSync } from 'node:fs';

/**
 * A verb's nearest neighbours in GloVe's word vectors: the words English writes in the same
 * contexts ("inked": signed, …; "attended": met, …), from resources/verb-neighbours.tsv
 * (scripts/build-word-neighbours.ts). Where WordNet links words by meaning, these link them by
 * use, which catches what WordNet does not ("inked" and "signed" share no synset) and much that is
 * wrong (opposites, words of the same topic). Question analysis therefore reads them only for a
 * verb no source holds, as a weak alternative that counts towards coverage but never makes a
 * sentence that lacks it "not say" the verb (answer/analyse-question.ts, answer/choose.ts).
 *
 * The table (1.7 MB, one line per verb: the verb, a tab, its neighbours nearest first, lines in
 * code-unit order) is read on the first question that needs it, not at start, and searched where
 * it lies: reading it and finding its lines takes about 5 ms, where parsing it into a map took 75.
 *
 * @module
 */
export interface WordNeighbours {
  /** The word's nearest neighbours, nearest first; empty for a word the table does not hold. */
  of(word: string): readonly string[];
}

/** How many neighbours the table keeps for each verb. */
export const NEIGHBOURS_PER_WORD = 10;

export function wordNeighbours(file: string): WordNeighbours {
  let table: { text: string; starts: number[] } | undefined;
  const load = () => {
    const text = readFileSync(file, 'utf8');
    const starts: number[] = [];
    for (let at = 0; at < text.length; at = text.indexOf('\n', at) + 1 || text.length) starts.push(at);
    return { text, starts };
  };
  return {
    of(word) {
      table ??= load();
      const { text, starts } = table;
      // Binary search on the word before each line's tab.
      let low = 0;
      let high = starts.length - 1;
      while (low <= high) {
        const middle = (low + high) >> 1;
        const start = starts[middle] as number;
        const tab = text.indexOf('\t', start);
        const key = text.slice(start, tab);
        if (key === word) {
          const end = text.indexOf('\n', tab);
          return text.slice(tab + 1, end === -1 ? text.length : end).split(' ');
        }
        if (key < word) low = middle + 1;
        else high = middle - 1;
      }
      return [];
    },
  };
}
