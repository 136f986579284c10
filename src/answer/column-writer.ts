import type { Article } from '../corpus/load-corpus.ts';
import { indexTerms } from '../text/analyzer.ts';

/**
 * "What does the columnist want India to do", "how does the Indus Review columnist answer
 * Rajnath": a question may name a column's writer by what they are to the piece, as a reader of
 * one column does. The writer of a column is known at index build (its byline or its note on the
 * writer, corpus/speakers.ts), and its first-person words are theirs; so the question is asked
 * with their name in place of the role: "what does Radhika Venkatraman want India to do".
 *
 * Only where one column is meant: the sources hold one, or the words before the role name one
 * column's outlet ("the Indus Review columnist") or call it by a word of its title. A role the
 * question asks about ("who is the author of the op-ed") is the sources' business
 * (source-question.ts), which reads the question before this does not: the role is replaced only
 * where it is not what "who" asks for.
 *
 * @module
 */

// The words English uses for the person who wrote a piece of opinion, as typed: "the writer", "the
// author", "the columnist", "the op-ed writer", "the Deccan Ledger columnist's".
const WRITER =
  /\b(?:the|this|that)\s+((?:[\p{L}'’.-]+\s+){0,4}?)(?:writer|author|columnist)(?=(['’]s)?\b)/giu;
// A role "who" asks for, which a name would answer, not replace: "who is the columnist".
const ASKED = /^\s*(?:who(?:['’]s|\s+(?:is|was))|name)\s+(?:of\s+)?$/i;
// Words before the role that say what kind of piece it is, not which: "the op-ed writer".
const PIECE = new Set(indexTerms('op-ed oped opinion column piece guest'));

/** The question with a column's writer named where it names them by their role, or as it was. */
export function withColumnistNamed(question: string, articles: readonly Article[]): string {
  const columns = articles.filter((article) => article.columnist !== undefined);
  if (columns.length === 0) return question;
  return question.replace(WRITER, (phrase: string, before: string, _owner: unknown, offset: number) => {
    if (ASKED.test(question.slice(0, offset))) return phrase;
    const words = indexTerms(before).filter((stem) => !PIECE.has(stem));
    const meant =
      words.length === 0
        ? columns
        : columns.filter((article) => {
            const said = new Set([...indexTerms(article.publisher), ...indexTerms(article.title)]);
            return words.every((stem) => said.has(stem));
          });
    const [only] = meant;
    return meant.length === 1 && only?.columnist ? only.columnist : phrase;
  });
}
