import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBot, createLogger } from '../../../src/index.ts';
import { removeCorpora, writeCorpus } from '../../corpus/corpus-fixture.ts';
import { autocomplete, buttonClick, chatInput, string } from '../../fakes/discord-payloads.ts';
import { OUTLETS, outletCorpus } from '../sources-fixtures.ts';
import { discordLimitViolations, visibleText } from './discord-limits.ts';
import { dataOf, type Harness, type SentMessage, startHarness, typeOf } from './harness.ts';

/** `/sources` through discord.js against the fake Discord: outlets paged with buttons, one outlet's articles. */
const EPHEMERAL = 64;
const buttonsOf = (message: SentMessage) =>
  (message.components ?? []).flatMap((row) => row.components.map((b) => [b.custom_id, b.label, b.disabled]));

describe('Discord /sources', () => {
  let harness: Harness;
  beforeAll(async () => {
    const bot = createBot({
      corpusDir: writeCorpus(outletCorpus()),
      pinSyncIntervalMs: 0,
      logger: createLogger('error', () => {}),
    });
    harness = await startHarness({ bot });
  });
  afterAll(async () => {
    await harness?.close();
    removeCorpora();
  });

  it('shows the first page of outlets privately, newest reports first, with counts, dates and Next', async () => {
    const reply = dataOf(await harness.send(chatInput('sources')));
    expect(reply.flags).toBe(EPHEMERAL);
    const [embed] = reply.embeds ?? [];
    expect(embed?.description).toMatch(
      /^15 articles from 12 outlets \(15 passages\) and 0 pinned facts in this server\./,
    );
    expect(embed?.fields?.map((f) => f.name)).toEqual(OUTLETS.slice(0, 10));
    expect(embed?.fields?.[0]?.value).toBe('1 article · 2026-01-28');
    expect(embed?.fields?.[1]?.value).toBe('3 articles · 2026-01-20 – 2026-01-27');
    expect(embed?.footer?.text).toMatch(/^Page 1 of 2 · /);
    expect(buttonsOf(reply)).toEqual([
      ['sources:-1', 'Previous', true],
      ['sources:1', 'Next', false],
    ]);
    expect(discordLimitViolations(reply)).toEqual([]);
  });

  it('turns to the next page in place when Next is pressed, and back', async () => {
    const first = dataOf(await harness.send(chatInput('sources')));
    const click = await harness.send(
      buttonClick('sources:1', { embeds: first.embeds, components: first.components }),
    );
    expect(typeOf(click)).toBe(7);
    const second = dataOf(click);
    expect(second.embeds?.[0]?.fields).toEqual([
      { name: 'Primer Post', value: '1 article · 2026-01-18', inline: false },
      { name: 'Pacific Rim Wire', value: '2 articles · 2024-11-22 – 2025-01-05', inline: false },
    ]);
    expect(second.embeds?.[0]?.footer?.text).toMatch(/^Page 2 of 2 · /);
    expect(buttonsOf(second)).toEqual([
      ['sources:0', 'Previous', false],
      ['sources:2', 'Next', true],
    ]);
    const back = dataOf(await harness.send(buttonClick('sources:0', { embeds: second.embeds })));
    expect(back.embeds?.[0]?.fields?.[0]?.name).toBe('Rampart Review');
  });

  it('offers the outlets matching what is typed for the outlet option', async () => {
    const choices = await harness.send(autocomplete('sources', [string('outlet', 'wire', true)]));
    expect(typeOf(choices)).toBe(8);
    expect(dataOf(choices).choices).toEqual([
      { name: 'Lotus Wire · 1 article, latest 2026-01-26', value: 'Lotus Wire' },
      { name: 'Pacific Rim Wire · 2 articles, latest 2025-01-05', value: 'Pacific Rim Wire' },
    ]);
  });

  it("lists one outlet's articles newest first, with a button back to all outlets", async () => {
    const reply = dataOf(await harness.send(chatInput('sources', [string('outlet', 'harbourline')])));
    expect(reply.flags).toBe(EPHEMERAL);
    const [embed] = reply.embeds ?? [];
    expect(embed?.title).toBe('Harbourline News Service');
    expect(embed?.description).toBe('3 articles, 2026-01-20 – 2026-01-27; the newest first.');
    expect(embed?.fields?.map((f) => [f.name, f.value])).toEqual([
      [
        'Harbourline News Service on the summit',
        '2026-01-27 · [Read the article](https://example.org/news/1)',
      ],
      ['Talks close with a text agreed', '2026-01-24 · [Read the article](https://example.org/news/1)'],
      ['Talks open in Brussels', '2026-01-20 · [Read the article](https://example.org/news/1)'],
    ]);
    expect(buttonsOf(reply)).toEqual([['sources:0', 'All outlets', false]]);
  });

  it('says which outlets an ambiguous or unknown name matches', async () => {
    const ambiguous = dataOf(await harness.send(chatInput('sources', [string('outlet', 'review')])));
    expect(visibleText(ambiguous)).toContain(
      '“review” matches 2 outlets: Rampart Review, Monsoon Review. Please name one.',
    );
    const unknown = dataOf(await harness.send(chatInput('sources', [string('outlet', 'Nowhere Times')])));
    expect(visibleText(unknown)).toContain('No outlet in my sources is called “Nowhere Times”.');
  });
});
