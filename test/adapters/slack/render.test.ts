import { describe, expect, it } from 'vitest';
import {
  MAX_BLOCKS,
  renderAnswer,
  SECTION_TEXT_MAX,
  SHARE_ACTION_ID,
} from '../../../adapters/slack/render.ts';
import { notice } from '../../../adapters/slack/replies.ts';
import { contractAnswers, describeRenderContract } from '../render-contract.ts';
import { buttons, limitViolations, mayPing, visibleText } from './slack-message-inspect.ts';

describeRenderContract({
  name: 'Slack Block Kit',
  render: (answer) => renderAnswer(answer),
  notice,
  visibleText,
  limitViolations,
  mayPing,
  buttons,
});

describe('renderAnswer', () => {
  it('escapes control characters instead of passing them through', () => {
    const message = renderAnswer(contractAnswers.pings);
    const raw = JSON.stringify(message);
    expect(raw).not.toContain('<!channel>');
    expect(raw).toContain('&lt;!channel&gt;');
    expect(message.text).toContain('&lt;@123456789012345678&gt;');
  });

  it('marks every mrkdwn text verbatim so Slack does not auto-link mentions', () => {
    const message = renderAnswer(contractAnswers.pinned);
    const texts = JSON.stringify(message.blocks).match(/"type":"mrkdwn"[^}]*}/g) ?? [];
    expect(texts.length).toBeGreaterThan(0);
    for (const text of texts) expect(text).toContain('"verbatim":true');
  });

  it('links a source title to its article', () => {
    const answer = structuredClone(contractAnswers.simple);
    const message = renderAnswer(answer);
    expect(JSON.stringify(message.blocks)).toContain('<https://example.org/ani/india-eu|India and EU sign');
  });

  it('neutralises a link label that tries to smuggle markup', () => {
    const answer = structuredClone(contractAnswers.simple);
    const [citation] = answer.citations;
    if (citation) citation.title = 'Evil|<!here> title';
    const raw = JSON.stringify(renderAnswer(answer).blocks);
    expect(raw).not.toContain('<!here>');
    expect(raw).not.toMatch(/\|Evil\|/);
  });

  it('adds a share button carrying the question when asked to', () => {
    const message = renderAnswer(contractAnswers.simple, { shareQuestion: 'When is it signed?' });
    const actions = message.blocks.at(-1);
    expect(actions?.type).toBe('actions');
    expect(JSON.stringify(actions)).toContain(SHARE_ACTION_ID);
    expect(JSON.stringify(actions)).toContain('"value":"When is it signed?"');
  });

  it('offers no share button for help text', () => {
    const message = renderAnswer(contractAnswers.help, { shareQuestion: 'hi' });
    expect(message.blocks.some((block) => block.type === 'actions')).toBe(false);
  });

  it('drops whole sentences that do not fit and says the answer was shortened', () => {
    const first = renderAnswer(contractAnswers.oversized).blocks[0];
    const text = first?.type === 'section' ? (first.text?.text ?? '') : '';
    expect(text).toContain('End 0. [1]');
    expect(text).not.toContain('[2]');
    expect(text).toContain('answer shortened');
  });

  it('cuts a single oversized sentence at a sentence end inside it', () => {
    const answer = structuredClone(contractAnswers.simple);
    answer.sentences = [{ text: 'Defence ties deepen. '.repeat(200).trim(), citation: 9 }];
    const first = renderAnswer(answer).blocks[0];
    const text = first?.type === 'section' ? (first.text?.text ?? '') : '';
    expect(text.length).toBeLessThanOrEqual(SECTION_TEXT_MAX);
    expect(text).toMatch(/deepen\. …\n_\(answer shortened/);
  });

  it('lists sources beyond the block budget as a count', () => {
    const answer = structuredClone(contractAnswers.simple);
    const [citation] = answer.citations;
    if (citation) answer.citations = Array.from({ length: 2000 }, (_, i) => ({ ...citation, n: i + 1 }));
    const message = renderAnswer(answer);
    expect(message.blocks.length).toBeLessThanOrEqual(MAX_BLOCKS);
    expect(visibleText(message)).toMatch(/…and \d+ more sources not shown/);
  });

  it('cites a pin pinned from a message with the message author and link', () => {
    const answer = structuredClone(contractAnswers.pinned);
    const pin = answer.citations[0]?.pin;
    if (pin)
      pin.message = {
        link: 'https://t.slack.com/archives/C1/p1',
        author: { platform: 'slack', userId: 'U2', displayName: 'Ravi' },
      };
    const text = visibleText(renderAnswer(answer));
    expect(text).toContain('a message (https://t.slack.com/archives/C1/p1) by Ravi');
  });
});
