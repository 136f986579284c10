import { createHmac } from 'node:crypto';
import { ServerResponse } from 'node:http';
import { connect, type Socket } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FAKE_BOT_USER, type FakeSlack } from '../../fakes/slack.ts';
import { commandRequest, eventRequest, mention, type SlackRequest } from '../../fakes/slack-requests.ts';
import { type Harness, MEMBER, SIGNING_SECRET, startHarness } from './harness.ts';

/**
 * Under load several requests are read in one turn of the event loop. Bolt acknowledges each event
 * before its listener runs, but the listener's answer work (synchronous search, then the post) must
 * not run before the other requests of that turn have been acknowledged, or their acks wait behind
 * it. The order is observed in-process: each ack is the `end()` of a `/slack/events` response,
 * which writes to the socket at once; each answer is a call to `bot.ask`.
 */
/** A whole signed HTTP/1.1 request, to write to a socket in one go. */
function rawRequest(port: number, request: SlackRequest): string {
  const ts = Math.floor(Date.now() / 1000);
  const mac = createHmac('sha256', SIGNING_SECRET).update(`v0:${ts}:${request.body}`).digest('hex');
  return [
    'POST /slack/events HTTP/1.1',
    `host: 127.0.0.1:${port}`,
    `content-type: ${request.contentType}`,
    `content-length: ${Buffer.byteLength(request.body)}`,
    `x-slack-request-timestamp: ${ts}`,
    `x-slack-signature: v0=${mac}`,
    '',
    request.body,
  ].join('\r\n');
}

describe('Slack adapter over HTTP: acks go out before answer work', () => {
  let h: Harness | undefined;
  const sockets: Socket[] = [];
  afterEach(async () => {
    for (const socket of sockets.splice(0)) socket.destroy();
    vi.restoreAllMocks();
    await h?.close();
    h = undefined;
  });

  async function orderOf(build: (fake: FakeSlack) => SlackRequest[]): Promise<string[]> {
    const order: string[] = [];
    h = await startHarness({
      bot: (real) => ({
        ...real,
        ask: (question, context) => {
          order.push('answer');
          return real.ask(question, context);
        },
      }),
    });
    const requests = build(h.fake);
    const port = Number(new URL(h.baseUrl).port);
    // Each connection is accepted and has served a request before the burst (a health check), so
    // the burst's requests all become readable in the same turn.
    for (const _ of requests) {
      const socket = connect(port, '127.0.0.1');
      sockets.push(socket);
      socket.write('GET /healthz HTTP/1.1\r\nhost: 127.0.0.1\r\n\r\n');
      const reply = await new Promise<string>((resolve) =>
        socket.once('data', (chunk) => resolve(String(chunk))),
      );
      expect(reply).toMatch(/^HTTP\/1\.1 200/);
    }
    const end = ServerResponse.prototype.end;
    vi.spyOn(ServerResponse.prototype, 'end').mockImplementation(function (this: ServerResponse, ...args) {
      if (this.req?.url === '/slack/events') order.push(`ack ${this.statusCode}`);
      return end.apply(this, args as Parameters<typeof end>);
    });
    // One synchronous burst: every request is on the wire before the server reads any of them.
    requests.forEach((request, i) => {
      sockets[i]?.write(rawRequest(port, request));
    });
    const fake = h.fake;
    await fake.waitFor(
      () => fake.callsTo('chat.postMessage').length + fake.callsTo('response_url').length === requests.length,
    );
    return order;
  }

  it('acknowledges every mention read in one turn before answering any of them', async () => {
    const questions = ['When was the partnership signed?', 'Who is Kaja Kallas?', 'What is Aspides?'];
    const order = await orderOf(() =>
      questions.map((q) => eventRequest(mention(MEMBER, `<@${FAKE_BOT_USER}> ${q}`))),
    );
    expect(order).toEqual(['ack 200', 'ack 200', 'ack 200', 'answer', 'answer', 'answer']);
  });

  it('acknowledges every /ask read in one turn before answering any of them', async () => {
    const order = await orderOf((fake) =>
      ['When was it signed?', 'Who is Kaja Kallas?'].map((text, i) =>
        commandRequest({ text, user: MEMBER, responseUrl: fake.responseUrl(`order-${i}`) }),
      ),
    );
    expect(order).toEqual(['ack 200', 'ack 200', 'answer', 'answer']);
  });
});
