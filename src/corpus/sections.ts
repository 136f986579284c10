import type { Passage } from './passages.ts';

/**
 * An article's own sections: a heading paragraph ("## 20–31 October: crisis management course at
 * CUNPK", "**Largest deal at Jhansi**") says what each paragraph after it, up to the next heading,
 * is about. A roundup or an explainer names its subject once, in the heading, and the paragraph
 * under it goes on without it ("The Centre … hosted a two-week course … for 28 officers"), as a
 * story's paragraphs go on without their headline.
 *
 * @module
 */

// Set off as a heading: after "#", or wholly in bold, on a line of its own.
const HEADING = /^(?:#{1,6}\s+\S.*|\*\*[^*]+\*\*)$/u;
// A transcript's turn, not a section: a time stamp or a bar before a speaker ("**14.32 | THE
// CHAIR**"), or a label of speech ("**Q:**").
const TURN = /\d{1,2}[.:]\d{2}|\||:\*\*|^\*\*[^*]*:$/u;
// A speaker's name in capitals ("**NICOLAU FERREIRA — Managing Director …**") marks a turn too.
const CAPITALISED_NAME = /^(?:#{1,6}\s+|\*\*)?\p{Lu}{2,}(?:\s+\p{Lu}{2,})+/u;

/** Whether a paragraph is set off as a heading: one sentence, after "#" or wholly in bold. */
export function isHeadingLine(passage: Passage): boolean {
  return passage.sentences.length === 1 && HEADING.test(passage.text.trim());
}

/**
 * Whether a paragraph's text is a heading that asks ("### Why did India take longer?", "**What
 * happens next?**"): an explainer's or an interview's question, which the paragraph under it answers.
 */
export const isQuestionHeading = (text: string): boolean => QUESTION_HEADING.test(text.trim());
const QUESTION_HEADING = /^(?:#{1,6}\s+[^\n]*\?|\*\*[^*\n]+\?\*\*)$/u;

/** Whether a paragraph is a section heading of its article, not a transcript's turn. */
export function isSectionHeading(passage: Passage): boolean {
  const text = passage.text.trim();
  return isHeadingLine(passage) && !TURN.test(text) && !CAPITALISED_NAME.test(text);
}

/**
 * The heading of the section each paragraph of an article stands in, by paragraph number (none
 * before the first heading). A heading stands in its own section.
 */
export function sectionHeadings(paragraphs: readonly Passage[]): Map<number, string> {
  const headings = new Map<number, string>();
  let current: string | undefined;
  for (const passage of paragraphs) {
    if (isSectionHeading(passage)) current = passage.text.trim();
    if (current !== undefined) headings.set(passage.paragraph, current);
  }
  return headings;
}
