import { describe, expect, it } from 'vitest';
import { noteModal } from '../../../adapters/discord/render-feedback.ts';
import { correctionModal, renderGaps, renderReview } from '../../../adapters/discord/render-loop.ts';
import { worstGapReport, worstReviewItem, worstReviewQueue } from '../loop-fixtures.ts';
import { discordLimitViolations, visibleText } from './discord-limits.ts';

describe('Discord loop renderers', () => {
  it('fit a worst-case /gaps page within Discord limits, escaping what users typed', () => {
    const message = renderGaps(worstGapReport);
    expect(discordLimitViolations(message)).toEqual([]);
    expect(message.allowedMentions).toEqual({ parse: [], repliedUser: false });
    for (const field of message.embeds[0]?.fields ?? [])
      expect(`${field.name}${field.value}`).not.toMatch(/(?<!\\)</);
    expect(visibleText(message)).toContain('<@123456789012345678>');
    expect(message.embeds[0]?.fields?.[0]?.name).toMatch(/^6\. 80× · missing: /);
    expect(message.embeds[0]?.fields?.[4]?.name).toMatch(/^10\. 76× · missing: \(none named\) term40/);
  });

  it('fit a worst-case /review page: three items with their actions and the pager', () => {
    const message = renderReview(worstReviewQueue, 'Dismissed R99996.');
    expect(discordLimitViolations(message)).toEqual([]);
    expect(message.components?.map((row) => row.components.length)).toEqual([2, 2, 2, 2]);
    expect(visibleText(message)).toContain('Dismissed R99996.');
  });

  it('build forms within Discord modal limits', () => {
    for (const modal of [
      correctionModal(worstReviewItem(999999999)),
      noteModal(worstReviewItem(1).answerId),
    ]) {
      expect(modal.title.length).toBeLessThanOrEqual(45);
      expect(modal.custom_id.length).toBeLessThanOrEqual(100);
      expect(modal.components.length).toBeLessThanOrEqual(5);
      for (const component of modal.components) {
        if ('content' in component) expect(component.content.length).toBeLessThanOrEqual(4000);
        if ('label' in component) expect(component.label.length).toBeLessThanOrEqual(45);
        if ('description' in component) expect(component.description?.length ?? 0).toBeLessThanOrEqual(100);
      }
    }
  });
});
