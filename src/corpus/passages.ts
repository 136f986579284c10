import { type Sentence, splitSentences } from '../text/sentences.ts';

/**
 * Articles are split into paragraphs (blank-line separated): the unit that is indexed and cited.
 * Passage ids are `<article-id>#p<n>`, counted from 1, stable as long as paragraphs are not
 * inserted above. Sentences inside a paragraph are the unit that is quoted.
 *
 * @module
 */
export interface Passage {
  id: string;
  articleId: string;
  paragraph: number;
  text: string;
  sentences: Sentence[];
}

/** The article a passage id belongs to: `<article-id>#p<n>` → `<article-id>`. */
export function articleIdOf(passageId: string): string {
  const at = passageId.lastIndexOf('#');
  return at < 0 ? passageId : passageId.slice(0, at);
}

export function splitPassages(articleId: string, body: string): Passage[] {
  return body
    .split(/\r?\n\s*\r?\n/)
    .map((block) =>
      block
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line.length > 0),
    )
    .filter((lines) => lines.length > 0)
    .map((lines, index) => ({
      id: `${articleId}#p${index + 1}`,
      articleId,
      paragraph: index + 1,
      text: lines.join(' '),
      sentences: sentencesOf(lines),
    }));
}

// A line opening an item of a list: "- ", "* ", "• ", "1. ", "2) ".
const LIST_ITEM = /^(?:[-*•]|\d{1,2}[.)])\s+/;

/**
 * The sentences of a paragraph's lines (joined by a space). In a list, each item is read on its
 * own, without its marker: "- The first EU–India Defence Industry Forum, scheduled for Pune in
 * September." is no part of the item before it, whether or not that one ended with a full stop.
 */
function sentencesOf(lines: readonly string[]): Sentence[] {
  const text = lines.join(' ');
  if (lines.length < 2 || !lines.some((line) => LIST_ITEM.test(line))) return splitSentences(text);
  const items: string[][] = [];
  for (const line of lines) {
    const last = items.at(-1);
    if (last && !LIST_ITEM.test(line)) last.push(line);
    else items.push([line]);
  }
  const sentences: Sentence[] = [];
  let offset = 0;
  for (const item of items) {
    const itemText = item.join(' ');
    const marker = LIST_ITEM.exec(itemText)?.[0].length ?? 0;
    for (const sentence of splitSentences(itemText.slice(marker)))
      sentences.push({ ...sentence, start: sentence.start + offset + marker });
    offset += itemText.length + 1;
  }
  return sentences;
}
