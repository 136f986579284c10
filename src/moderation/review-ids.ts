import type { ReviewItem } from '../types.ts';
import type { ReviewRecord } from './moderation-log.ts';

/** Review items are shown as `R<n>`; people may type them in any case. */
export const formatReviewId = (num: number): string => `R${num}`;

export function parseReviewId(id: string): number | undefined {
  const match = /^R([1-9]\d{0,14})$/i.exec(id.trim());
  return match?.[1] ? Number(match[1]) : undefined;
}

export const reviewItemOf = (record: ReviewRecord): ReviewItem => ({
  id: formatReviewId(record.num),
  community: record.community,
  answerId: record.answerId,
  question: record.question,
  answer: record.answer,
  passageIds: record.cited,
  note: record.note,
  flaggedAt: record.flaggedAt,
  flaggedBy: record.flaggedBy,
  status: record.status,
  resolvedBy: record.resolvedBy,
  resolvedAt: record.resolvedAt,
  pinId: record.pinId,
});
