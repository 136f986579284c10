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
});
