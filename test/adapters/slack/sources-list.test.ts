import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../../src/index.ts';
import { removeCorpora, writeCorpus } from '../../corpus/corpus-fixture.ts';
import { FAKE_BOT_USER, type RecordedCall } from '../../fakes/slack.ts';
import {
  buttonClick,
  directMessage,
  eventRequest,
  interactionRequest,
  mention,
} from '../../fakes/slack-requests.ts';
import { OUTLETS, outletCorpus } from '../sources-fixtures.ts';
import { type Harness, MEMBER, startHarness } from './harness.ts';
import { buttons, limitViolations, mayPing, visibleText } from './slack-message-inspect.ts';

/** `@bot sources` end to end over HTTP: outlets paged in place with buttons, one outlet's articles. */
type Message = { text: string; blocks: unknown[] };
const messageOf = (call: RecordedCall | undefined) => call?.body as unknown as Message;
const pressable = (call: RecordedCall | undefined) => buttons(messageOf(call) as never).map((b) => b.payload);

describe('Slack @bot sources', () => {
  let h: Harness;
  let clicks = 0;
  beforeAll(async () => {
    h = await startHarness({
      botOptions: { corpusDir: writeCorpus(outletCorpus()), logger: createLogger('error', () => {}) },
    });
  });
  afterAll(async () => {
    await h.close();
    removeCorpora();
  });

  async function say(text: string, event = mention(MEMBER, `<@${FAKE_BOT_USER}> ${text}`)) {
    const before = h.posts().length;
    await h.send(eventRequest(event));
    await h.fake.waitFor(() => h.posts().length > before);
    return h.posts()[before];
  }

  async function click(actionId: string, value: string): Promise<RecordedCall> {
    const id = `sources${++clicks}`;
    await h.send(
      interactionRequest(
        buttonClick(MEMBER, { actionId, value }, h.fake.responseUrl(id), { ephemeral: true }),
      ),
    );
    await h.fake.waitFor(() => h.fake.callsTo('response_url').some((c) => c.body.responseId === id));
    return h.fake.callsTo('response_url').find((c) => c.body.responseId === id) as RecordedCall;
  }

  it('shows the asker the first page of outlets, newest reports first, with counts, dates and Next', async () => {
    const reply = await say('sources');
    expect(reply?.method).toBe('chat.postEphemeral');
    expect(reply?.body.user).toBe(MEMBER);
    const shown = visibleText(messageOf(reply));
    expect(shown).toContain('*My sources:* 15 articles from 12 outlets, 15 passages, 0 pinned facts');
    const order = OUTLETS.slice(0, 10).map((name) => shown.indexOf(`• *${name}* — `));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(shown).toContain('• *Harbourline News Service* — 3 articles, 2026-01-20 – 2026-01-27');
    expect(shown).not.toContain('Primer Post');
    expect(shown).toContain('Page 1 of 2');
    expect(pressable(reply)).toEqual(['sources_next 1']);
    expect(limitViolations(messageOf(reply) as never)).toEqual([]);
    expect(mayPing(messageOf(reply))).toBe(false);
  });

  it('turns the page in place when Next or Previous is pressed', async () => {
    const next = await click('sources_next', '1');
    expect(next.body).toMatchObject({ response_type: 'ephemeral', replace_original: true });
    const shown = visibleText(messageOf(next));
    expect(shown).toContain('• *Primer Post* — 1 article, 2026-01-18');
    expect(shown).toContain('• *Pacific Rim Wire* — 2 articles, 2024-11-22 – 2025-01-05');
    expect(shown).not.toContain('Rampart Review');
    expect(shown).toContain('Page 2 of 2');
    expect(pressable(next)).toEqual(['sources_previous 0']);
    const previous = await click('sources_previous', '0');
    expect(visibleText(messageOf(previous))).toContain('• *Rampart Review* — 1 article, 2026-01-28');
  });

  it("lists one outlet's articles newest first, and goes back to all outlets", async () => {
    const reply = await say('sources harbourline');
    expect(reply?.method).toBe('chat.postEphemeral');
    const shown = visibleText(messageOf(reply));
    expect(shown).toContain(
      '*Harbourline News Service:* 3 articles, 2026-01-20 – 2026-01-27; the newest first',
    );
    const titles = [
      'Harbourline News Service on the summit',
      'Talks close with a text agreed',
      'Talks open in Brussels',
    ];
    const at = titles.map((title) => shown.indexOf(`• ${title} (https://example.org/news/1) — 20`));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect(at).toEqual([...at].sort((a, b) => a - b));
    expect(pressable(reply)).toEqual(['sources_all 0']);
    const all = await click('sources_all', '0');
    expect(visibleText(messageOf(all))).toContain('Page 1 of 2');
  });

  it('says when no outlet or several match the name', async () => {
    expect(visibleText(messageOf(await say('sources review')))).toContain(
      '“review” matches 2 outlets: Rampart Review, Monsoon Review. Please name one.',
    );
    expect(visibleText(messageOf(await say('sources Nowhere Times')))).toContain(
      'No outlet in my sources is called “Nowhere Times”.',
    );
  });

  it('answers in the direct message itself, where only the asker reads it', async () => {
    const reply = await say('sources', directMessage(MEMBER, 'sources'));
    expect(reply?.method).toBe('chat.postMessage');
    expect(visibleText(messageOf(reply))).toContain('Page 1 of 2');
  });
});
