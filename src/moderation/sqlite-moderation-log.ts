import { openPinDatabase } from '../pins/sqlite-open.ts';
import type { Actor } from '../types.ts';
import type {
  AnswerRecord,
  FeedbackRecord,
  GapRecord,
  ModerationLog,
  ReviewRecord,
} from './moderation-log.ts';

/**
 * The moderation log in pins.db, on its own connection (the file is opened, checked and migrated
 * exactly as the pin store opens it). This connection commits with synchronous=NORMAL: in WAL
 * mode a commit then costs no fsync, only a power cut can lose the last few records, and the
 * database stays consistent. Every answer writes a record here, so an fsync each (what pins get)
 * would cost more than the answer itself; a lost vote or gap is not worth that.
 *
 * @module
 */

interface GapRow {
  community: string;
  question: string;
  missing: string;
  group_key: string;
  asked_by: string | null;
  at: string;
}

interface ReviewRow {
  num: number;
  community: string;
  answer_id: string;
  question: string;
  answer: string;
  cited: string;
  note: string | null;
  flagged_by: string | null;
  flagged_at: string;
  status: ReviewRecord['status'];
  resolved_by: string | null;
  resolved_at: string | null;
  pin_id: string | null;
}

const json = (value: unknown): string | null => (value == null ? null : JSON.stringify(value));
const actor = (text: string | null): Actor | null => (text === null ? null : (JSON.parse(text) as Actor));

const toGap = (row: GapRow): GapRecord => ({
  community: row.community,
  question: row.question,
  missing: JSON.parse(row.missing) as string[],
  groupKey: row.group_key,
  askedBy: actor(row.asked_by),
  at: row.at,
});

const toReview = (row: ReviewRow): ReviewRecord => ({
  num: row.num,
  community: row.community,
  answerId: row.answer_id,
  question: row.question,
  answer: row.answer,
  cited: JSON.parse(row.cited) as string[],
  note: row.note,
  flaggedBy: actor(row.flagged_by),
  flaggedAt: row.flagged_at,
  status: row.status,
  resolvedBy: actor(row.resolved_by),
  resolvedAt: row.resolved_at,
  pinId: row.pin_id,
});

/** Opens (creating or upgrading) the log in the pin database at `path`. */
export function openSqliteModerationLog(path: string): ModerationLog {
  const db = openPinDatabase(path);
  db.pragma('synchronous = NORMAL');
  const inWindow = 'WHERE community = ? AND at >= ?';
  const reviewFilter = `WHERE community = ? AND (? IS NULL OR status = ?) AND (? IS NULL OR flagged_at >= ?)`;
  const q = {
    addGap: db.prepare(
      'INSERT INTO loop_gaps (community, question, missing, group_key, asked_by, at) VALUES (?, ?, ?, ?, ?, ?)',
    ),
    gapTotals: db.prepare(
      `SELECT count(*) AS questions, count(DISTINCT group_key) AS total FROM loop_gaps ${inWindow}`,
    ),
    gapGroups: db.prepare(
      `SELECT group_key, count(*) AS n, max(at) AS last_at FROM loop_gaps ${inWindow}
       GROUP BY group_key ORDER BY n DESC, last_at DESC, group_key LIMIT ? OFFSET ?`,
    ),
    gapExample: db.prepare(
      `SELECT * FROM loop_gaps ${inWindow} AND group_key = ? ORDER BY at DESC, num DESC LIMIT 1`,
    ),
    addAnswer: db.prepare(
      `INSERT INTO loop_answers (id, community, question, answer, cited, at) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT DO NOTHING`,
    ),
    getAnswer: db.prepare('SELECT * FROM loop_answers WHERE id = ?'),
    addVote: db.prepare(
      `INSERT INTO loop_feedback (answer_id, voter, community, verdict, note, given_by, at)
       VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
    ),
    hasVote: db.prepare('SELECT 1 FROM loop_feedback WHERE answer_id = ? AND voter = ?'),
    votes: db.prepare(`SELECT * FROM loop_feedback ${inWindow} ORDER BY at, answer_id, voter`),
    addReview: db.prepare(
      `INSERT INTO loop_reviews (community, answer_id, question, answer, cited, note, flagged_by, flagged_at, status)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'open')`,
    ),
    reviewCount: db.prepare(`SELECT count(*) AS n FROM loop_reviews ${reviewFilter}`),
    reviews: db.prepare(`SELECT * FROM loop_reviews ${reviewFilter} ORDER BY num LIMIT ? OFFSET ?`),
    getReview: db.prepare('SELECT * FROM loop_reviews WHERE num = ?'),
    resolve: db.prepare(
      `UPDATE loop_reviews SET status = ?, resolved_by = ?, resolved_at = ?, pin_id = ?
       WHERE num = ? AND status = 'open'`,
    ),
    communities: db.prepare(
      `SELECT community FROM loop_gaps UNION SELECT community FROM loop_answers
       UNION SELECT community FROM loop_feedback UNION SELECT community FROM loop_reviews ORDER BY community`,
    ),
    prune: [
      db.prepare('DELETE FROM loop_gaps WHERE at < ?'),
      db.prepare('DELETE FROM loop_answers WHERE at < ?'),
      db.prepare('DELETE FROM loop_feedback WHERE at < ?'),
      db.prepare('DELETE FROM loop_reviews WHERE flagged_at < ?'),
    ],
  };

  return {
    addGap(gap) {
      q.addGap.run(
        gap.community,
        gap.question,
        JSON.stringify(gap.missing),
        gap.groupKey,
        json(gap.askedBy),
        gap.at,
      );
    },
    gapGroups(community, since, page) {
      // One read transaction, so the totals and the page agree.
      return db.transaction(() => {
        const totals = q.gapTotals.get(community, since) as { questions: number; total: number };
        const rows = q.gapGroups.all(community, since, page.limit, page.offset) as Array<{
          group_key: string;
          n: number;
          last_at: string;
        }>;
        const groups = rows.map((row) => ({
          groupKey: row.group_key,
          count: row.n,
          lastAt: row.last_at,
          example: toGap(q.gapExample.get(community, since, row.group_key) as GapRow),
        }));
        return { total: totals.total, questions: totals.questions, groups };
      })();
    },
    addAnswer(answer) {
      const { id, community, question, at } = answer;
      q.addAnswer.run(id, community, question, answer.answer, JSON.stringify(answer.cited), at);
    },
    getAnswer(id) {
      const row = q.getAnswer.get(id) as (Omit<AnswerRecord, 'cited'> & { cited: string }) | undefined;
      return row && { ...row, cited: JSON.parse(row.cited) as string[] };
    },
    addFeedback(vote, review) {
      return db
        .transaction(() => {
          const { changes } = q.addVote.run(
            vote.answerId,
            vote.voter,
            vote.community,
            vote.verdict,
            vote.note,
            json(vote.givenBy),
            vote.at,
          );
          if (changes === 0) return false;
          if (review) {
            q.addReview.run(
              review.community,
              review.answerId,
              review.question,
              review.answer,
              JSON.stringify(review.cited),
              review.note,
              json(review.flaggedBy),
              review.flaggedAt,
            );
          }
          return true;
        })
        .immediate();
    },
    hasFeedback(answerId, voter) {
      return q.hasVote.get(answerId, voter) !== undefined;
    },
    feedbackSince(community, since) {
      const rows = q.votes.all(community, since) as Array<Record<string, string | null>>;
      return rows.map((row) => ({
        answerId: row.answer_id as string,
        community: row.community as string,
        voter: row.voter as string,
        verdict: row.verdict as FeedbackRecord['verdict'],
        note: row.note ?? null,
        givenBy: actor(row.given_by ?? null),
        at: row.at as string,
      }));
    },
    reviews(community, options) {
      const status = options.status ?? null;
      const since = options.since ?? null;
      const filter = [community, status, status, since, since];
      return db.transaction(() => ({
        total: (q.reviewCount.get(...filter) as { n: number }).n,
        items: (q.reviews.all(...filter, options.limit, options.offset) as ReviewRow[]).map(toReview),
      }))();
    },
    getReview(num) {
      const row = q.getReview.get(num) as ReviewRow | undefined;
      return row && toReview(row);
    },
    resolveReview(num, resolution) {
      const { changes } = q.resolve.run(
        resolution.status,
        JSON.stringify(resolution.actor),
        resolution.at,
        resolution.pinId,
        num,
      );
      if (changes === 0) return undefined;
      return toReview(q.getReview.get(num) as ReviewRow);
    },
    communities() {
      return (q.communities.all() as Array<{ community: string }>).map((row) => row.community);
    },
    prune(before) {
      return db
        .transaction(() => q.prune.reduce((sum, statement) => sum + statement.run(before).changes, 0))
        .immediate();
    },
    close() {
      db.close();
    },
  };
}
