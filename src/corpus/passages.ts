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

// A row of a markdown table, "| Adyar Precision Systems | Lindqvist Marin AB | 312 |", and the
// line under its header, "|---|:---:|".
const TABLE_ROW = /^\|.*\|$/;
const TABLE_RULE = /^\|(?:\s*:?-{3,}:?\s*\|)+$/;

/**
 * A markdown table's rows, each a sentence of its own (the row as written, cells and bars): "|
 * Adyar Precision Systems, Chennai | Lindqvist Marin AB, Sweden | Marine gearboxes … | 312 | 30 |".
 * The header row and the rule under it are no sentences: they name the columns, which the paragraph
 * holds for each row, as a heading does for its section.
 */
function tableRows(lines: readonly string[]): Sentence[] {
  const rows: Sentence[] = [];
  let offset = 0;
  lines.forEach((line, i) => {
    const header = i === 0 && TABLE_RULE.test(lines[1] ?? '');
    if (!header && !TABLE_RULE.test(line)) rows.push({ text: line, start: offset });
    offset += line.length + 1;
  });
  return rows;
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
  if (lines.length >= 3 && lines.every((line) => TABLE_ROW.test(line))) return tableRows(lines);
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
