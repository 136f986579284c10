import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Actor } from '../../src/index.ts';
import type {
  AnswerRecord,
  FeedbackRecord,
  GapRecord,
  ModerationLog,
  NewReview,
} from '../../src/moderation/moderation-log.ts';

/**
 * The behaviour every ModerationLog shares. Each implementation's test file calls
 * `describeModerationLogContract` with a factory that opens a fresh, empty log.
 */

const mod: Actor = { platform: 'discord', userId: '111', displayName: 'Mod One' };
const day = (d: number, minute = 0) =>
  `2026-03-${String(d).padStart(2, '0')}T10:${String(minute).padStart(2, '0')}:00.000Z`;

const gap = (
  question: string,
  groupKey: string,
  at: string,
  overrides: Partial<GapRecord> = {},
): GapRecord => ({
  community: 'guild-1',
  question,
  missing: groupKey ? [groupKey.toUpperCase()] : [],
  groupKey,
  askedBy: null,
  at,
  ...overrides,
});

const answer = (id: string, at: string, community = 'guild-1'): AnswerRecord => ({
  id,
  community,
  question: `Question of ${id}?`,
  answer: `Quoted sentence of ${id}. [1]`,
  cited: [`article-${id}#p1`],
  at,
});

const vote = (
  answerId: string,
  voter: string,
  verdict: FeedbackRecord['verdict'],
  at: string,
): FeedbackRecord => ({
  answerId,
  community: 'guild-1',
  voter,
  verdict,
  note: verdict === 'wrong' ? 'Outdated.' : null,
  givenBy: null,
  at,
});

const review = (answerId: string, at: string, community = 'guild-1'): NewReview => ({
  community,
  answerId,
  question: `Question of ${answerId}?`,
  answer: `Quoted sentence of ${answerId}. [1]`,
  cited: [`article-${answerId}#p1`, 'P3'],
  note: 'Outdated.',
  flaggedBy: null,
  flaggedAt: at,
});

export function describeModerationLogContract(name: string, open: () => ModerationLog) {
  describe(`${name} (ModerationLog contract)`, () => {
    let log: ModerationLog;
    beforeEach(() => {
      log = open();
    });
    afterEach(() => log.close());

    it('groups gaps by key, most questions first, with the latest question as the example', () => {
      log.addGap(gap('Does NATO agree?', 'nato', day(1)));
      log.addGap(gap('What did nato say?', 'nato', day(2)));
      log.addGap(gap('And the budget?', 'budget', day(3)));
      log.addGap(gap('Any submarines?', 'submarin', day(2)));
      log.addGap(gap('NATO elsewhere?', 'nato', day(2), { community: 'guild-2' }));
      const { total, questions, groups } = log.gapGroups('guild-1', day(1), { limit: 10, offset: 0 });
      expect(total).toBe(3);
      expect(questions).toBe(4);
      expect(groups.map((g) => [g.groupKey, g.count])).toEqual([
        ['nato', 2],
        ['budget', 1],
        ['submarin', 1],
      ]);
      expect(groups[0]?.example).toEqual(gap('What did nato say?', 'nato', day(2)));
      expect(groups[0]?.lastAt).toBe(day(2));
    });

    it('counts only gaps at or after `since`, and pages the groups', () => {
      log.addGap(gap('Old one?', 'old', day(1)));
      for (const [i, key] of ['a', 'b', 'c'].entries()) log.addGap(gap(`Q ${key}?`, key, day(5, i)));
      expect(log.gapGroups('guild-1', day(5), { limit: 10, offset: 0 }).total).toBe(3);
      const second = log.gapGroups('guild-1', day(5), { limit: 2, offset: 2 });
      expect(second.total).toBe(3);
      expect(second.groups.map((g) => g.groupKey)).toEqual(['a']);
    });

    it('keeps answers by id and ignores a second record with the same id', () => {
      log.addAnswer(answer('a1', day(1)));
      log.addAnswer({ ...answer('a1', day(2)), question: 'Something else?' });
      expect(log.getAnswer('a1')).toEqual(answer('a1', day(1)));
      expect(log.getAnswer('nope')).toBeUndefined();
    });

    it('records one vote per voter and answer, with its review item in the same step', () => {
      expect(log.addFeedback(vote('a1', 'v1', 'wrong', day(2)), review('a1', day(2)))).toBe(true);
      expect(log.addFeedback(vote('a1', 'v1', 'helpful', day(3)), review('a1', day(3)))).toBe(false);
      expect(log.addFeedback(vote('a1', 'v2', 'helpful', day(3)))).toBe(true);
      expect(log.hasFeedback('a1', 'v1')).toBe(true);
      expect(log.hasFeedback('a1', 'v3')).toBe(false);
      expect(log.feedbackSince('guild-1', day(1)).map((v) => [v.voter, v.verdict])).toEqual([
        ['v1', 'wrong'],
        ['v2', 'helpful'],
      ]);
      const { total, items } = log.reviews('guild-1', { limit: 10, offset: 0 });
      expect(total).toBe(1);
      expect(items[0]).toMatchObject({
        ...review('a1', day(2)),
        status: 'open',
        resolvedBy: null,
        pinId: null,
      });
    });

    it('lists review items oldest first, filtered by status and time, and paged', () => {
      for (const [i, id] of ['a1', 'a2', 'a3'].entries()) {
        log.addFeedback(vote(id, 'v1', 'wrong', day(2 + i)), review(id, day(2 + i)));
      }
      log.addFeedback(vote('b1', 'v1', 'wrong', day(2)), review('b1', day(2), 'guild-2'));
      const first = log.reviews('guild-1', { status: 'open', limit: 2, offset: 0 });
      expect(first.total).toBe(3);
      expect(first.items.map((r) => r.answerId)).toEqual(['a1', 'a2']);
      expect(log.reviews('guild-1', { since: day(3), limit: 10, offset: 0 }).total).toBe(2);
      const num = first.items[0]?.num ?? 0;
      log.resolveReview(num, { status: 'dismissed', actor: mod, at: day(6), pinId: null });
      expect(log.reviews('guild-1', { status: 'open', limit: 10, offset: 0 }).total).toBe(2);
      expect(log.reviews('guild-1', { status: 'dismissed', limit: 10, offset: 0 }).items[0]?.num).toBe(num);
    });

    it('resolves an open item once, keeping who, when and the pin', () => {
      log.addFeedback(vote('a1', 'v1', 'wrong', day(2)), review('a1', day(2)));
      const num = log.reviews('guild-1', { limit: 1, offset: 0 }).items[0]?.num ?? 0;
      const resolved = log.resolveReview(num, { status: 'pinned', actor: mod, at: day(3), pinId: 'P4' });
      expect(resolved).toMatchObject({
        num,
        status: 'pinned',
        resolvedBy: mod,
        resolvedAt: day(3),
        pinId: 'P4',
      });
      expect(
        log.resolveReview(num, { status: 'dismissed', actor: mod, at: day(4), pinId: null }),
      ).toBeUndefined();
      expect(log.getReview(num)).toMatchObject({ status: 'pinned', resolvedAt: day(3) });
      expect(log.getReview(num + 100)).toBeUndefined();
    });

    it('lists the communities with records', () => {
      log.addGap(gap('Q?', 'q', day(1), { community: 'T0SLACK' }));
      log.addAnswer(answer('a1', day(1), 'local'));
      expect(log.communities()).toEqual(['T0SLACK', 'local']);
    });

    it('prunes everything recorded before a time and says how much went', () => {
      log.addGap(gap('Old?', 'old', day(1)));
      log.addGap(gap('New?', 'new', day(9)));
      log.addAnswer(answer('old', day(1)));
      log.addAnswer(answer('new', day(9)));
      log.addFeedback(vote('old', 'v1', 'wrong', day(1)), review('old', day(1)));
      log.addFeedback(vote('new', 'v1', 'helpful', day(9)));
      expect(log.prune(day(5))).toBe(4);
      expect(
        log.gapGroups('guild-1', day(1), { limit: 10, offset: 0 }).groups.map((g) => g.groupKey),
      ).toEqual(['new']);
      expect(log.getAnswer('old')).toBeUndefined();
      expect(log.getAnswer('new')).toBeDefined();
      expect(log.hasFeedback('old', 'v1')).toBe(false);
      expect(log.reviews('guild-1', { limit: 10, offset: 0 }).total).toBe(0);
      expect(log.prune(day(5))).toBe(0);
    });

    it('hands out copies that callers cannot change', () => {
      log.addGap(gap('Q?', 'q', day(1)));
      const first = log.gapGroups('guild-1', day(1), { limit: 1, offset: 0 }).groups[0];
      first?.example.missing.push('changed');
      expect(log.gapGroups('guild-1', day(1), { limit: 1, offset: 0 }).groups[0]?.example.missing).toEqual([
        'Q',
      ]);
    });
  });
}
