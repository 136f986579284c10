import type {
  AnswerRecord,
  FeedbackRecord,
  GapGroupRow,
  GapRecord,
  ModerationLog,
  ReviewRecord,
} from './moderation-log.ts';

// Plain code-unit order, as SQL's default (binary) collation sorts.
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The in-memory moderation log: the same contract as the SQLite log, nothing survives the
 * process. It keeps at most `maxAnswers` answer records and about `maxGaps` gap records (oldest
 * dropped first, gaps a tenth at a time), so a long-lived process without a database, such as a
 * benchmark asking a million questions, stays small.
 */
export function createMemoryModerationLog(
  options: { maxAnswers?: number; maxGaps?: number } = {},
): ModerationLog {
  const maxAnswers = options.maxAnswers ?? 10_000;
  const maxGaps = options.maxGaps ?? 10_000;
  let gaps: GapRecord[] = [];
  const answers = new Map<string, AnswerRecord>();
  let votes: FeedbackRecord[] = [];
  let reviews: ReviewRecord[] = [];
  let nextReview = 1;
  const copy = structuredClone;

  return {
    addGap(gap) {
      // Plain fields and one array: copied by hand, as structuredClone costs more than the answer.
      gaps.push({ ...gap, missing: [...gap.missing], askedBy: gap.askedBy && { ...gap.askedBy } });
      if (gaps.length > maxGaps + Math.ceil(maxGaps / 10)) gaps = gaps.slice(-maxGaps);
    },
    gapGroups(community, since, page) {
      const byKey = new Map<string, GapGroupRow>();
      let questions = 0;
      for (const gap of gaps) {
        if (gap.community !== community || gap.at < since) continue;
        questions++;
        const group = byKey.get(gap.groupKey);
        if (!group)
          byKey.set(gap.groupKey, { groupKey: gap.groupKey, count: 1, lastAt: gap.at, example: gap });
        else {
          group.count++;
          if (gap.at >= group.lastAt) Object.assign(group, { lastAt: gap.at, example: gap });
        }
      }
      const sorted = [...byKey.values()].sort(
        (a, b) => b.count - a.count || byText(b.lastAt, a.lastAt) || byText(a.groupKey, b.groupKey),
      );
      return {
        total: sorted.length,
        questions,
        groups: copy(sorted.slice(page.offset, page.offset + page.limit)),
      };
    },
    addAnswer(answer) {
      if (answers.has(answer.id)) return;
      answers.set(answer.id, { ...answer, cited: [...answer.cited] });
      if (answers.size > maxAnswers) answers.delete(answers.keys().next().value as string);
    },
    getAnswer(id) {
      const found = answers.get(id);
      return found && copy(found);
    },
    addFeedback(feedback, review) {
      if (votes.some((v) => v.answerId === feedback.answerId && v.voter === feedback.voter)) return false;
      votes.push(copy(feedback));
      if (review) {
        reviews.push({
          ...copy(review),
          num: nextReview++,
          status: 'open',
          resolvedBy: null,
          resolvedAt: null,
          pinId: null,
        });
      }
      return true;
    },
    hasFeedback(answerId, voter) {
      return votes.some((v) => v.answerId === answerId && v.voter === voter);
    },
    feedbackSince(community, since) {
      return copy(votes.filter((v) => v.community === community && v.at >= since));
    },
    reviews(community, options) {
      const matching = reviews.filter(
        (r) =>
          r.community === community &&
          (options.status === undefined || r.status === options.status) &&
          (options.since === undefined || r.flaggedAt >= options.since),
      );
      return {
        total: matching.length,
        items: copy(matching.slice(options.offset, options.offset + options.limit)),
      };
    },
    getReview(num) {
      const found = reviews.find((r) => r.num === num);
      return found && copy(found);
    },
    resolveReview(num, resolution) {
      const found = reviews.find((r) => r.num === num && r.status === 'open');
      if (!found) return undefined;
      Object.assign(found, {
        status: resolution.status,
        resolvedBy: copy(resolution.actor),
        resolvedAt: resolution.at,
        pinId: resolution.pinId,
      });
      return copy(found);
    },
    communities() {
      const all = [...gaps, ...answers.values(), ...votes, ...reviews].map((r) => r.community);
      return [...new Set(all)].sort();
    },
    prune(before) {
      const size = gaps.length + answers.size + votes.length + reviews.length;
      gaps = gaps.filter((g) => g.at >= before);
      for (const [id, answer] of answers) if (answer.at < before) answers.delete(id);
      votes = votes.filter((v) => v.at >= before);
      reviews = reviews.filter((r) => r.flaggedAt >= before);
      return size - (gaps.length + answers.size + votes.length + reviews.length);
    },
    close() {},
  };
}
