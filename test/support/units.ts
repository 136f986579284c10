import type { Unit } from '../../src/corpus/units.ts';

/** An article passage made of `stems`, for testing answer stages without a corpus. */
export function articleUnit(id: string, stems: readonly string[], overrides: Partial<Unit> = {}): Unit {
  const text = stems.join(' ');
  return {
    id,
    kind: 'article',
    text,
    stems: new Set(stems),
    title: new Set(),
    about: new Set(),
    central: new Set(),
    dateline: new Set(),
    articleStems: new Set(stems),
    sentences: [],
    citation: { kind: 'article', id, title: 'T', publisher: null, date: null, url: null, text, paragraph: 1 },
    ...overrides,
  };
}
