import autocannon from 'autocannon';
import { questionMix } from './questions.ts';
import { mentionEvent, sign, startChild } from './slack-load.ts';

/**
 * `npm run bench -- --slack`, second part: two Slack replicas (slack-server.ts) on one PostgreSQL,
 * each driven by its own autocannon over half the connections. Every event is delivered twice, once
 * to each replica, the second delivery being Slack's retry (`X-Slack-Retry-Num: 1`): each
 * autocannon sends, before any new event, the retries of events the other one has just sent. So
 * both replicas see every event at about the same moment and must agree through the database which
 * of them answers. Reports unique events acknowledged per second, ack latency per replica, and
 * whether every event got exactly one answer.
 */
export interface ReplicasResult {
  durationMs: number;
  connections: number;
  events: number;
  deliveries: number;
  acked: number;
  errors: number;
  eventsPerSecond: number;
  ackP50: [number, number];
  ackP99: [number, number];
  answeredOnce: number;
  lost: number;
  duplicated: number;
}

interface Delivery {
  ts: string;
  body: string;
  retry: boolean;
}

export async function slackReplicas({
  seconds = 10,
  connections = 10,
  databaseUrl = '',
}): Promise<ReplicasResult> {
  const fake = startChild('./slack-fake.ts', {});
  const { apiUrl } = await fake.next<{ apiUrl: string }>();
  const replicas = [
    startChild('./slack-server.ts', { apiUrl, databaseUrl }),
    startChild('./slack-server.ts', { apiUrl, databaseUrl }),
  ];
  const ports = await Promise.all(replicas.map((replica) => replica.next<{ port: number }>()));
  const questions = questionMix();
  const queues: Delivery[][] = [[], []];
  const acked = new Set<string>();
  let events = 0;
  let deliveries = 0;

  const nextDelivery = (side: number): Delivery => {
    const retry = queues[side]?.shift();
    if (retry) return retry;
    const n = ++events;
    const { ts, body } = mentionEvent(n, 'EvReplica', 1_900_000_000, questions);
    queues[1 - side]?.push({ ts, body, retry: true });
    return { ts, body, retry: false };
  };

  const drive = (side: number) =>
    autocannon({
      url: `http://127.0.0.1:${ports[side]?.port}`,
      connections: Math.max(1, Math.round(connections / 2)),
      duration: seconds,
      requests: [
        {
          method: 'POST',
          path: '/slack/events',
          setupRequest(request, context) {
            const delivery = nextDelivery(side);
            deliveries++;
            context.ts = delivery.ts;
            const headers = sign(delivery.body);
            if (delivery.retry) {
              headers['x-slack-retry-num'] = '1';
              headers['x-slack-retry-reason'] = 'http_timeout';
            }
            return { ...request, body: delivery.body, headers };
          },
          onResponse(status, _body, context) {
            if (status >= 200 && status < 300) acked.add(String(context.ts));
          },
        },
      ],
    });
  const results = await Promise.all([drive(0), drive(1)]);
  for (const replica of replicas) replica.send('stop');
  for (const replica of replicas) await replica.next();
  await Promise.all(replicas.map((replica) => replica.closed));
  fake.send('report');
  const { result: report } = await fake.next<{ result: { perThread: Record<string, number> } }>();
  await fake.closed;
  let answeredOnce = 0;
  let lost = 0;
  for (const ts of acked) {
    const posts = report.perThread[ts] ?? 0;
    if (posts === 1) answeredOnce++;
    if (posts === 0) lost++;
  }
  const [a, b] = results as [Awaited<ReturnType<typeof autocannon>>, Awaited<ReturnType<typeof autocannon>>];
  return {
    durationMs: Math.max(a.duration, b.duration) * 1000,
    connections,
    events,
    deliveries,
    acked: acked.size,
    errors: a.non2xx + a.errors + a.timeouts + b.non2xx + b.errors + b.timeouts,
    eventsPerSecond: acked.size / Math.max(a.duration, b.duration),
    ackP50: [a.latency.p50, b.latency.p50],
    ackP99: [a.latency.p99, b.latency.p99],
    answeredOnce,
    lost,
    duplicated: Object.values(report.perThread).filter((n) => n > 1).length,
  };
}
