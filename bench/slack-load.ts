import { spawn } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { createInterface } from 'node:readline';
import autocannon from 'autocannon';
import { FAKE_BOT_USER, FAKE_TEAM } from '../test/fakes/slack.ts';
import { questionMix } from './questions.ts';
import { BENCH_SIGNING_SECRET } from './slack-signing.ts';

/** One signed-body-ready `app_mention` event callback, the n-th of a load run. */
export function mentionEvent(n: number, idPrefix: string, tsBase: number, questions: readonly string[]) {
  const ts = `${tsBase + n}.000100`;
  const body = JSON.stringify({
    token: 'legacy',
    team_id: FAKE_TEAM,
    api_app_id: 'ABENCH',
    type: 'event_callback',
    event_id: `${idPrefix}${n}`,
    event_time: Math.floor(Date.now() / 1000),
    event: {
      type: 'app_mention',
      user: `ULOAD${n % 500}`,
      text: `<@${FAKE_BOT_USER}> ${questions[n % questions.length]}`,
      channel: 'C0GENERAL',
      ts,
      event_ts: ts,
    },
  });
  return { ts, body };
}

/**
 * `npm run bench -- --slack`: signed `app_mention` events, each with its own event id and
 * timestamp, driven by autocannon at the adapter for a fixed time. Reports events acknowledged per
 * second, ack latency, the bot process's CPU time per event, and from the fake Slack's record
 * whether every acknowledged event got exactly one answer in its thread (none lost, none twice).
 * Three processes: this one (autocannon), the bot (slack-server.ts) and the fake Slack Web API
 * (slack-fake.ts).
 */
export interface SlackResult {
  durationMs: number;
  connections: number;
  sent: number;
  acked: number;
  errors: number;
  eventsPerSecond: number;
  ack: { p50: number; p90: number; p99: number; max: number };
  answeredOnce: number;
  lost: number;
  duplicated: number;
  failedCalls: number;
  /** CPU time (user + system) of the bot process from start of load until its answers drained. */
  botCpuMsPerEvent: number;
  /** From the end of the load until the bot had posted every answer (or its drain time ran out). */
  drainMs: number;
}

export function sign(body: string): Record<string, string> {
  const ts = Math.floor(Date.now() / 1000);
  const mac = createHmac('sha256', BENCH_SIGNING_SECRET).update(`v0:${ts}:${body}`).digest('hex');
  return {
    'content-type': 'application/json',
    'x-slack-request-timestamp': String(ts),
    'x-slack-signature': `v0=${mac}`,
  };
}

/** A bench child speaking JSON lines: its messages in order, and a way to send it a command. */
export function startChild(script: string, args: unknown) {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', new URL(script, import.meta.url).pathname, JSON.stringify(args)],
    { stdio: ['pipe', 'pipe', 'inherit'] },
  );
  const closed = new Promise((resolve) => child.on('close', resolve));
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  return {
    next: async <T>() => JSON.parse(String((await lines.next()).value)) as T,
    send: (command: string) => child.stdin.end(`${command}\n`),
    closed,
  };
}

/** `databaseUrl`: the bot keeps pins and shared state (claims, cache, limits) in PostgreSQL. */
export async function slackLoad({
  seconds = 10,
  connections = 20,
  databaseUrl = undefined as string | undefined,
  drainTimeoutMs = undefined as number | undefined,
} = {}): Promise<SlackResult> {
  const fake = startChild('./slack-fake.ts', {});
  const { apiUrl } = await fake.next<{ apiUrl: string }>();
  const server = startChild('./slack-server.ts', {
    apiUrl,
    ...(databaseUrl ? { databaseUrl } : {}),
    ...(drainTimeoutMs ? { drainTimeoutMs } : {}),
  });
  const { port } = await server.next<{ port: number }>();
  const questions = questionMix();
  const acked = new Set<string>();
  let sent = 0;
  const result = await autocannon({
    url: `http://127.0.0.1:${port}`,
    connections,
    duration: seconds,
    requests: [
      {
        method: 'POST',
        path: '/slack/events',
        setupRequest(request, context) {
          const n = ++sent;
          const { ts, body } = mentionEvent(n, 'EvBench', 1_800_000_000, questions);
          context.ts = ts;
          return { ...request, body, headers: sign(body) };
        },
        onResponse(status, _body, context) {
          if (status >= 200 && status < 300) acked.add(String(context.ts));
        },
      },
    ],
  });
  // Stopping the adapter waits for the answers still being posted.
  const loadEnded = performance.now();
  server.send('stop');
  const { result: usage } = await server.next<{ result: { cpuMs: number } }>();
  const drainMs = performance.now() - loadEnded;
  await server.closed;
  fake.send('report');
  const { result: report } = await fake.next<{
    result: { perThread: Record<string, number>; failedCalls: number };
  }>();
  await fake.closed;
  let answeredOnce = 0;
  let lost = 0;
  for (const ts of acked) {
    const posts = report.perThread[ts] ?? 0;
    if (posts === 1) answeredOnce++;
    if (posts === 0) lost++;
  }
  const duplicated = Object.values(report.perThread).filter((n) => n > 1).length;
  return {
    durationMs: result.duration * 1000,
    connections,
    sent,
    acked: acked.size,
    errors: result.non2xx + result.errors + result.timeouts,
    eventsPerSecond: acked.size / result.duration,
    ack: {
      p50: result.latency.p50,
      p90: result.latency.p90,
      p99: result.latency.p99,
      max: result.latency.max,
    },
    answeredOnce,
    lost,
    duplicated,
    failedCalls: report.failedCalls,
    botCpuMsPerEvent: usage.cpuMs / Math.max(1, sent),
    drainMs,
  };
}
