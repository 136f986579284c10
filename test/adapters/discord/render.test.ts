import { describe, expect, it } from 'vitest';
import { escapeMarkdown, fitText, unescapeMarkdown } from '../../../adapters/discord/fit-text.ts';
import { type DiscordMessage, renderAnswer } from '../../../adapters/discord/render.ts';
import { renderNotice } from '../../../adapters/discord/render-lists.ts';
import { contractAnswers, describeRenderContract } from '../render-contract.ts';
import { discordLimitViolations, visibleText } from './discord-limits.ts';

describeRenderContract<DiscordMessage>({
  name: 'Discord',
  render: renderAnswer,
  notice: renderNotice,
  visibleText,
  limitViolations: discordLimitViolations,
  buttons: (message) =>
    (message.components ?? []).flatMap((row) =>
      row.components.map((button) => ({
        label: 'label' in button ? (button.label ?? '') : '',
        payload: 'custom_id' in button ? button.custom_id : '',
      })),
    ),
  // Embeds never ping; content could, unless allowed_mentions parses nothing and lists nobody.
  mayPing: (message) => {
    const mentions = message.allowedMentions as {
      parse?: unknown[];
      users?: unknown[];
      roles?: unknown[];
      repliedUser?: boolean;
    };
    return !(
      mentions &&
      Array.isArray(mentions.parse) &&
      mentions.parse.length === 0 &&
      !mentions.users?.length &&
      !mentions.roles?.length &&
      mentions.repliedUser === false
    );
  },
});

describe('renderAnswer (Discord)', () => {
  it('puts the answer in the description and one field per numbered source', () => {
    const [embed] = renderAnswer(contractAnswers.pinned).embeds;
    expect(embed?.description).toMatch(/27 January 2026\. \[1\] .*third Asian country\. \[2\]$/);
    expect(embed?.fields?.map((f) => f.name)).toEqual([
      '[1] Pinned fact P7',
      '[2] India and EU sign Security and Defence Partnership',
    ]);
    expect(embed?.fields?.[0]?.value).toContain('pinned by Asha Mod on 2026-02-01');
    expect(embed?.fields?.[1]?.value).toContain('ANI · 2026-01-27 · paragraph 2');
    expect(embed?.fields?.[1]?.value).toContain('[Read the article](https://example.org/ani/india-eu)');
  });

  it('escapes quoted markdown and mention syntax so they show as written', () => {
    const [embed] = renderAnswer(contractAnswers.pings).embeds;
    expect(embed?.description).toContain('\\<@123456789012345678>');
    expect(embed?.description).toContain('\\<@&223456789012345678>');
  });

  it('keeps whole sentences and says how many were left out when the answer is too long', () => {
    const [embed] = renderAnswer(contractAnswers.oversized).embeds;
    expect(embed?.description).toMatch(
      /End 0\. \[1\]\n\n\*\(Answer shortened to fit Discord: 1 more quoted sentence\.\)\*$/,
    );
    expect(embed?.footer?.text).toMatch(/\d+ more sources not shown$/);
    const shownSources = embed?.fields?.length ?? 0;
    expect(embed?.footer?.text).toContain(`${40 - shownSources} more sources not shown`);
  });

  it('marks each closest passage of an abstention as not answering', () => {
    const [embed] = renderAnswer(contractAnswers.abstained).embeds;
    expect(embed?.title).toBe('What did NATO say about it?');
    expect(embed?.description).toMatch(
      /^My sources do not mention NATO\.\n\nThe closest passages are below\. They do \*\*not answer\*\* the question\.$/,
    );
    expect(embed?.fields?.[0]?.name).toMatch(/^Closest passage, not answering: \[1\]/);
  });
});

describe('renderAnswer (Discord) with sparse sources', () => {
  it('never sends an empty field, which Discord would reject', () => {
    const [citation] = contractAnswers.simple.citations;
    if (!citation) throw new Error('fixture has a citation');
    const bare = { ...citation, publisher: null, date: null, paragraph: null, url: null };
    const [embed] = renderAnswer({ ...contractAnswers.simple, citations: [bare] }).embeds;
    expect(embed?.fields?.[0]?.value).toBe('No publisher, date or link recorded for this source.');
    expect(discordLimitViolations({ embeds: [embed ?? {}] })).toEqual([]);
  });
});

describe('fitText', () => {
  it('cuts at the last sentence end that fits and marks the cut', () => {
    const { text, cut } = fitText('One two three. Four five six. Seven eight nine.', 35);
    expect(cut).toBe(true);
    expect(text).toBe('One two three. Four five six.…');
  });

  it('falls back to a word boundary when no sentence end is near', () => {
    expect(fitText(`Short. ${'word '.repeat(40)}`, 60).text).toMatch(/^Short\. (word ){9,}word…$/);
  });

  it('never leaves half an escape at the cut', () => {
    const escaped = escapeMarkdown('*'.repeat(50));
    const { text } = fitText(escaped, 20);
    expect(text.length).toBeLessThanOrEqual(20);
    expect(text.replace('…', '')).toMatch(/^(\\\*)+$/);
  });

  it('round-trips escaping', () => {
    const raw = '# Title\n> quote\n1. item *bold* _it_ `code` [x](http://a) <@1> ~~s~~ |spoiler| \\';
    expect(unescapeMarkdown(escapeMarkdown(raw))).toBe(raw);
  });
});
