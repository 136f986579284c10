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
    .map((block) => block.replace(/\s*\r?\n\s*/g, ' ').trim())
    .filter((text) => text.length > 0)
    .map((text, index) => ({
      id: `${articleId}#p${index + 1}`,
      articleId,
      paragraph: index + 1,
      text,
      sentences: splitSentences(text),
    }));
}
