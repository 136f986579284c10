import { describe, expect, it } from 'vitest';
import type { SlackMessage } from '../../../adapters/slack/render.ts';
import { correctionView, gapsMessage, noteView, reviewMessage } from '../../../adapters/slack/render-loop.ts';
import { worstGapReport, worstReviewItem, worstReviewQueue } from '../loop-fixtures.ts';
import { buttons, limitViolations, mayPing, visibleText } from './slack-message-inspect.ts';

describe('Slack loop renderers', () => {
  it('fit a worst-case gaps page within Block Kit limits, escaping what users typed', () => {
    const message = gapsMessage(worstGapReport);
    expect(limitViolations(message)).toEqual([]);
    expect(mayPing(message)).toBe(false);
    expect(visibleText(message)).toContain('<!channel>');
    expect(buttons(message).map((b) => b.payload)).toEqual([
      'gaps_previous 7:0',
      'gaps_next 7:2',
      'gaps_days 30:0',
    ]);
  });

  it('fit a worst-case review page: three items with their actions and the pager', () => {
    const message = reviewMessage(worstReviewQueue, 'Dismissed R99996 by <@U1>.');
    expect(limitViolations(message)).toEqual([]);
    expect(mayPing(message)).toBe(false);
    expect(buttons(message).map((b) => b.payload)).toEqual([
      'review_pin R99997',
      'review_dismiss R99997:2',
      'review_pin R99998',
      'review_dismiss R99998:2',
      'review_pin R99999',
      'review_dismiss R99999:2',
      'review_previous 1',
      'review_next 3',
    ]);
  });

  it('build modals within Slack limits', () => {
    for (const view of [correctionView(worstReviewItem(999999999)), noteView(worstReviewItem(1).answerId)]) {
      expect(view.title.text.length).toBeLessThanOrEqual(24);
      expect(view.private_metadata?.length ?? 0).toBeLessThanOrEqual(3000);
      expect(view.blocks.length).toBeLessThanOrEqual(100);
      expect(limitViolations({ text: 'form', blocks: view.blocks as SlackMessage['blocks'] })).toEqual([]);
      expect(mayPing({ text: 'form', blocks: view.blocks })).toBe(false);
    }
  });
});
