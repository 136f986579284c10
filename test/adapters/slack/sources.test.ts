import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Bot, createBot, createLogger } from '../../../src/index.ts';
import { articleSource, removeCorpora, writeCorpus } from '../../corpus/corpus-fixture.ts';
import { FAKE_BOT_USER } from '../../fakes/slack.ts';
import { eventRequest, mention } from '../../fakes/slack-requests.ts';
import { type Harness, MEMBER, MODERATOR, startHarness } from './harness.ts';
import { visibleText } from './slack-message-inspect.ts';

/** `@bot reload` and `@bot source add <link>` through Bolt against the fake Slack. */
type Message = { text: string; blocks: unknown[] };
/** The message's fallback text (the blocks repeat it). */
const shown = (call: { body: unknown } | undefined) => (call?.body as Message | undefined)?.text;

describe('Slack reload and source add', () => {
  let h: Harness;
  let bot: Bot;
  let corpusDir: string;
  beforeAll(async () => {
    corpusDir = writeCorpus([
      { id: 'summit', body: 'The summit opened in Geneva on Monday with talks on trade.' },
    ]);
    bot = createBot({
      corpusDir,
      pinSyncIntervalMs: 0,
      allowChatSources: true,
      logger: createLogger('error', () => {}),
    });
    h = await startHarness({ bot: () => bot });
  });
  afterAll(async () => {
    await h.close();
    bot.close();
    removeCorpora();
  });

  async function say(user: string, text: string) {
    const before = h.posts().length;
    await h.send(
      eventRequest(mention(user, `<@${FAKE_BOT_USER}> ${text}`, { thread_ts: '1700000100.000100' })),
    );
    await h.fake.waitFor(() => h.posts().length > before);
    return h.posts()[before];
  }

  it('refuses reload from a member, privately', async () => {
    const reply = await say(MEMBER, 'reload');
    expect(reply?.method).toBe('chat.postEphemeral');
    expect(shown(reply)).toBe('Sorry, only moderators can reload the sources.');
  });

  it('reloads for a moderator, who alone sees the report, and answers from the new article', async () => {
    writeFileSync(
      join(corpusDir, 'lighthouse.md'),
      articleSource({
        id: 'lighthouse',
        body: 'The old lighthouse was restored by volunteers over two summers.',
      }),
    );
    const reply = await say(MODERATOR, 'reload');
    expect(reply?.method).toBe('chat.postEphemeral');
    expect(shown(reply)).toMatch(/^Reloaded in \d+ ms: 2 article\(s\), 2 passages \(added: lighthouse\)\.$/);
    const answer = await say(MEMBER, 'Who restored the lighthouse?');
    expect(visibleText(answer?.body as Message)).toContain('The old lighthouse was restored by volunteers');
  });

  it('queues a link for the operator from source add', async () => {
    const reply = await say(MODERATOR, 'source add <https://news.example/india-eu-talks>');
    expect(shown(reply)).toBe(
      "Queued S1 for the operator's approval: https://news.example/india-eu-talks. I will quote it once they add it.",
    );
    const usage = await say(MODERATOR, 'source add');
    expect(shown(usage)).toBe('To propose an article: `source add &lt;link&gt;`.');
  });
});
