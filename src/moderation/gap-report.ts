import type { GapGroup, GapReport, LoopExport } from '../types.ts';
import type { GapGroupRow, ModerationLog } from './moderation-log.ts';
import { reviewItemOf } from './review-ids.ts';

/**
 * Read-only views of the log: a page of the top gap groups of the last few days (for `/gaps`,
 * `@bot gaps`, `npm run gaps`) and everything of one community (for `npm run gaps -- --json`).
 *
 * @module
 */

export const GAPS_PER_PAGE = 5;
const DAY_MS = 24 * 60 * 60 * 1000;
// The export lists every group; a community with more distinct gaps than this is cut here.
const EXPORT_GROUPS_MAX = 10_000;
const EXPORT_REVIEWS_MAX = 100_000;

export const sinceDays = (now: Date, days: number): string =>
  new Date(now.getTime() - days * DAY_MS).toISOString();

const toGroup = (row: GapGroupRow): GapGroup => ({
  terms: row.groupKey === '' ? [] : row.groupKey.split(' '),
  count: row.count,
  example: row.example.question,
  missing: row.example.missing,
  lastAskedAt: row.lastAt,
});

export function gapReport(
  log: ModerationLog,
  query: { community: string; days: number; page: number; now: Date; perPage?: number },
): GapReport {
  const perPage = query.perPage ?? GAPS_PER_PAGE;
  const since = sinceDays(query.now, query.days);
  const first = log.gapGroups(query.community, since, { limit: perPage, offset: 0 });
  const pages = Math.max(1, Math.ceil(first.total / perPage));
  const page = Math.min(Math.max(0, Math.trunc(query.page) || 0), pages - 1);
  const shown =
    page === 0 ? first : log.gapGroups(query.community, since, { limit: perPage, offset: page * perPage });
  return {
    community: query.community,
    days: query.days,
    since,
    page,
    pages,
    perPage,
    groupCount: shown.total,
    questionCount: shown.questions,
    groups: shown.groups.map(toGroup),
  };
}

export function exportCommunity(log: ModerationLog, community: string, days: number, now: Date): LoopExport {
  const since = sinceDays(now, days);
  const gaps = log.gapGroups(community, since, { limit: EXPORT_GROUPS_MAX, offset: 0 });
  const byAnswer = new Map<string, LoopExport['feedback'][number]>();
  for (const vote of log.feedbackSince(community, since)) {
    let entry = byAnswer.get(vote.answerId);
    if (!entry) {
      const answer = log.getAnswer(vote.answerId);
      entry = {
        answerId: vote.answerId,
        question: answer?.question ?? null,
        answeredAt: answer?.at ?? null,
        helpful: 0,
        wrong: 0,
      };
      byAnswer.set(vote.answerId, entry);
    }
    entry[vote.verdict] += 1;
  }
  const reviews = log.reviews(community, { since, limit: EXPORT_REVIEWS_MAX, offset: 0 });
  return {
    community,
    days,
    since,
    gaps: { questionCount: gaps.questions, groups: gaps.groups.map(toGroup) },
    feedback: [...byAnswer.values()],
    reviews: reviews.items.map(reviewItemOf),
  };
}
