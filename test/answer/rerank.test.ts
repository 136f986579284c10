import { describe, expect, it } from 'vitest';
import type { Concept } from '../../src/answer/analyse-question.ts';
import { DEFAULT_RANKING } from '../../src/answer/ranking.ts';
import { shortlist } from '../../src/answer/rerank.ts';
import type { Candidate } from '../../src/answer/retrieve.ts';
import { articleUnit } from '../support/units.ts';

// When the engine searched only a question's rarest words, its hits are re-ranked by how much of
// the whole question each passage covers.
const concept = (stem: string, idf: number): Concept => ({
  label: stem,
  alternatives: [{ stems: [stem], weight: 1, form: 'typed' }],
  name: false,
  light: false,
  role: 'noun',
  known: true,
  idf,
  antonyms: [],
  position: 0,
});

const candidate = (id: string, stems: string[], score: number): Candidate => ({
  id,
  unit: articleUnit(id, stems),
  score,
});

const ids = (candidates: Candidate[]) => candidates.map((c) => c.unit.id);

describe('shortlist', () => {
  const question = {
    type: 'other' as const,
    focus: { kind: 'none' as const, category: [], subject: [] },
    negated: false,
    recent: false,
    passive: false,
    owners: [],
    concepts: [concept('momentum', 3), concept('cooper', 1), concept('india', 1)],
  };

  it('puts the passage covering the whole question first, whatever the engine score', () => {
    const pool = [
      candidate('a', ['momentum'], 9),
      candidate('b', ['momentum', 'cooper'], 5),
      candidate('c', ['momentum', 'cooper', 'india'], 1),
    ];
    expect(ids(shortlist(question, pool, 2, DEFAULT_RANKING))).toEqual(['c', 'b']);
  });

  it('keeps the engine order among passages that cover as much', () => {
    const pool = [
      candidate('x', ['momentum', 'india'], 7),
      candidate('y', ['momentum', 'cooper'], 6),
      candidate('z', ['momentum'], 5),
    ];
    expect(ids(shortlist(question, pool, 3, DEFAULT_RANKING))).toEqual(['x', 'y', 'z']);
  });
});
