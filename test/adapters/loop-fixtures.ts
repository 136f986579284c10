import type { GapReport, ReviewItem, ReviewQueue } from '../../src/index.ts';

/**
 * Worst-case pages for the moderators' views, shared by both renderers' tests: the longest
 * questions and notes users can send, with text that would ping or format if not escaped.
 */
// Slack escapes `&` and `<` into entities several times their length; Discord escapes markdown.
const hostile = `<!channel> @everyone <@123456789012345678> **bold** \`code\` &amp; ${'&<*_'.repeat(60)}`;
const longQuestion = `${hostile} ${'Why did the partnership leave out maritime security? '.repeat(10)}`.slice(
  0,
  500,
);
const longNote = `${hostile} ${'&'.repeat(500)}`.slice(0, 500);

export const worstGapReport: GapReport = {
  community: 'guild-1',
  days: 7,
  since: '2026-03-03T12:00:00.000Z',
  page: 1,
  pages: 3,
  perPage: 5,
  groupCount: 15,
  questionCount: 400,
  groups: Array.from({ length: 5 }, (_, i) => ({
    terms: Array.from({ length: 30 }, (_, j) => `term${i}${j}`),
    count: 80 - i,
    example: longQuestion,
    missing: i === 4 ? [] : Array.from({ length: 30 }, (_, j) => `${hostile}${j}`),
    lastAskedAt: '2026-03-10T12:00:00.000Z',
  })),
};

export const worstReviewItem = (n: number): ReviewItem => ({
  id: `R${n}`,
  community: 'guild-1',
  answerId: `mx6fv9c7.0123456789.${'9'.repeat(40)}`,
  question: `${'&'.repeat(250)}${longQuestion}`.slice(0, 500),
  answer: `${'&'.repeat(600)} ${hostile} ${'A quoted sentence & more about the partnership. [1] '.repeat(40)}`,
  passageIds: Array.from(
    { length: 8 },
    (_, i) => `ani-2026-01-27-india-eu-security-defence-partnership#p${i + 1}`,
  ),
  note: longNote,
  flaggedAt: '2026-03-10T12:00:00.000Z',
  flaggedBy: null,
  status: 'open',
  resolvedBy: null,
  resolvedAt: null,
  pinId: null,
});

export const worstReviewQueue: ReviewQueue = {
  community: 'guild-1',
  page: 2,
  pages: 40,
  total: 120,
  items: [worstReviewItem(99997), worstReviewItem(99998), worstReviewItem(99999)],
};
