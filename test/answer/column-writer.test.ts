import { describe, expect, it } from 'vitest';
import { withColumnistNamed } from '../../src/answer/column-writer.ts';
import type { Article } from '../../src/corpus/load-corpus.ts';

const article = (id: string, publisher: string, title: string, columnist?: string): Article => ({
  id,
  title,
  publisher,
  dateline: 'Delhi',
  published: '2026-04-14',
  url: null,
  language: 'en',
  file: `${id}.md`,
  ...(columnist ? { columnist } : {}),
});
const report = article('ani', 'ANI', 'India and EU sign Security and Defence Partnership');
const indus = article(
  'indus',
  'The Indus Review',
  "Don't mistake a framework for a fortress",
  'Radhika Venkatraman',
);
const ledger = article(
  'ledger',
  'The Deccan Ledger',
  'Opinion: The pact is worth having',
  'Harish Venkataraman',
);

describe('withColumnistNamed', () => {
  it("asks about a column's writer by name where the question names them by their role", () => {
    expect(withColumnistNamed('what does the columnist want india to do', [report, indus])).toBe(
      'what does Radhika Venkatraman want india to do',
    );
    expect(withColumnistNamed("what did the writer's old contact tell him", [report, indus])).toBe(
      "what did Radhika Venkatraman's old contact tell him",
    );
    // "the op-ed author": words for the kind of piece say no more than the role.
    expect(withColumnistNamed('when did the op-ed author first arrive in brussels', [report, indus])).toBe(
      'when did Radhika Venkatraman first arrive in brussels',
    );
  });

  it('picks the column by its outlet or its title when the sources hold several', () => {
    expect(withColumnistNamed('what does the columnist want', [indus, ledger])).toBe(
      'what does the columnist want',
    );
    expect(withColumnistNamed('what does the indus review columnist want', [indus, ledger])).toBe(
      'what does Radhika Venkatraman want',
    );
    expect(withColumnistNamed('what does the deccan ledger writer say', [indus, ledger])).toBe(
      'what does Harish Venkataraman say',
    );
  });

  it('leaves a role that "who" asks for, and sources holding no column', () => {
    expect(withColumnistNamed('who is the columnist', [indus])).toBe('who is the columnist');
    expect(withColumnistNamed("who's the author", [indus])).toBe("who's the author");
    expect(withColumnistNamed('what does the columnist want', [report])).toBe('what does the columnist want');
  });
});
