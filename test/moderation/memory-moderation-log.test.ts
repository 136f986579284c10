import { describe, expect, it } from 'vitest';
import { createMemoryModerationLog } from '../../src/index.ts';
import { describeModerationLogContract } from './moderation-log-contract.ts';

describeModerationLogContract('createMemoryModerationLog', () => createMemoryModerationLog());

describe('createMemoryModerationLog', () => {
  it('keeps only the most recent answers past its cap', () => {
    const log = createMemoryModerationLog({ maxAnswers: 2 });
    for (const id of ['a', 'b', 'c']) {
      log.addAnswer({
        id,
        community: 'c',
        question: 'q',
        answer: 'a',
        cited: [],
        at: '2026-03-01T00:00:00.000Z',
      });
    }
    expect(['a', 'b', 'c'].map((id) => log.getAnswer(id) !== undefined)).toEqual([false, true, true]);
  });

  it('keeps about the most recent gaps past its cap, never all of them', () => {
    const log = createMemoryModerationLog({ maxGaps: 10 });
    for (let i = 0; i < 30; i++) {
      log.addGap({
        community: 'c',
        question: `question ${i}`,
        missing: [],
        groupKey: `key ${i}`,
        askedBy: null,
        at: `2026-03-01T00:00:${String(i).padStart(2, '0')}.000Z`,
      });
    }
    const { questions, groups } = log.gapGroups('c', '2026-01-01T00:00:00.000Z', { offset: 0, limit: 50 });
    expect(questions).toBeGreaterThanOrEqual(10);
    expect(questions).toBeLessThanOrEqual(11);
    expect(groups.map((g) => g.groupKey)).toContain('key 29');
    expect(groups.map((g) => g.groupKey)).not.toContain('key 0');
  });
});
