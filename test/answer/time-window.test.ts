import { describe, expect, it } from 'vitest';
import { timeWindowOf } from '../../src/answer/time-window.ts';

const today = new Date('2026-12-07T12:00:00Z');

describe('timeWindowOf', () => {
  it('reads a time the question uses', () => {
    expect(timeWindowOf('what happened yesterday?', today)).toMatchObject({
      from: '2026-12-06',
      to: '2026-12-06',
    });
  });

  it('does not read a word the question quotes as a time it asks about', () => {
    expect(
      timeWindowOf("kallas says 'yesterday' in her thank-you — which event was it?", today),
    ).toBeUndefined();
    expect(timeWindowOf('what does “last week” mean in the story?', today)).toBeUndefined();
  });
});
