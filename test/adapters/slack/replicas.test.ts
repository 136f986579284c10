import { createServer } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestDatabase, describePostgres } from '../../db/postgres-test-db.ts';
import { type RoundRobinProxy, startRoundRobinProxy } from '../../fakes/round-robin-proxy.ts';
import { type FakeSlack, startFakeSlack } from '../../fakes/slack.ts';
import { eventRequest, mention, signedPost } from '../../fakes/slack-requests.ts';
import { type Spawned, spawnScript } from '../../support/spawn-script.ts';

/**
 * Two `npm run start:slack` processes on one PostgreSQL, behind a round-robin load balancer. The
 * fake Slack delivers every event twice, the retry reaching the other replica (after the first
 * was acknowledged, or at the same moment): each event is answered exactly once. The replicas also
 * share the users.info cache and see each other's pins.
 */
const SECRET = 'replica-signing-secret';
const ADMIN = 'UADMIN1';
const MEMBER = 'UMEMBER1';
const EVENTS = 16;

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

describePostgres('Slack replicas sharing PostgreSQL', () => {
  let fake: FakeSlack;
  let proxy: RoundRobinProxy;
  const replicas: Spawned[] = [];
  const cleanups: Array<() => unknown> = [];

  beforeAll(async () => {
    const database = await createTestDatabase();
    cleanups.push(database.drop);
    fake = await startFakeSlack();
    cleanups.push(() => fake.close());
    fake.users.set(ADMIN, { displayName: 'Ada Admin', isAdmin: true });
    fake.users.set(MEMBER, { displayName: 'Mem Ber' });
    const ports = [await freePort(), await freePort()];
    for (const port of ports) {
      const replica = spawnScript('adapters/slack/main.ts', {
        SLACK_BOT_TOKEN: 'xoxb-fake-token',
        SLACK_SIGNING_SECRET: SECRET,
        SLACK_API_URL: fake.apiUrl,
        DATABASE_URL: database.url,
        PORT: String(port),
        LOG_LEVEL: 'info',
        RATE_LIMIT_QUESTIONS: '1000',
      });
      replicas.push(replica);
    }
    cleanups.push(async () => {
      for (const replica of replicas) replica.child.kill('SIGTERM');
      await Promise.all(replicas.map((replica) => replica.exited));
    });
    await Promise.all(
      replicas.map((replica) => replica.waitForStderr('slack: listening for HTTP requests', 30_000)),
    );
    proxy = await startRoundRobinProxy(ports.map((port) => `http://127.0.0.1:${port}`));
    cleanups.push(() => proxy.close());
  }, 60_000);

  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  });

  const send = (body: ReturnType<typeof eventRequest>, retryNum?: number) =>
    signedPost(`${proxy.url}/slack/events`, body, { secret: SECRET, ...(retryNum ? { retryNum } : {}) });

  it('answers every event exactly once when Slack retries it to the other replica', async () => {
    const sent: string[] = [];
    for (let i = 0; i < EVENTS; i++) {
      const ts = `1700200${String(i).padStart(3, '0')}.000100`;
      const request = eventRequest(
        mention(MEMBER, `<@UBOTFAKE> When was the partnership signed? (${i})`, { ts }),
        {
          eventId: `EvReplica${i}`,
        },
      );
      sent.push(ts);
      // Half the retries come after the first delivery was acknowledged, half at the same moment.
      const statuses =
        i % 2 === 0
          ? [(await send(request)).status, (await send(request, 1)).status]
          : (await Promise.all([send(request), send(request, 1)])).map((response) => response.status);
      expect(statuses).toEqual([200, 200]);
    }
    // Each event's two deliveries went to different replicas.
    const events = proxy.routed.filter((route) => route.path === '/slack/events');
    for (let i = 0; i < EVENTS; i++) {
      expect(new Set([events[2 * i]?.backend, events[2 * i + 1]?.backend]).size).toBe(2);
    }
    await fake.waitFor(
      (calls) => calls.filter((call) => call.method === 'chat.postMessage').length >= EVENTS,
    );
    await new Promise((resolve) => setTimeout(resolve, 500));
    const answers = fake.callsTo('chat.postMessage').map((call) => String(call.body.thread_ts));
    expect(answers.sort()).toEqual([...sent].sort());
  });

  it('looks a moderator up once for both replicas, and shows a pin made on one in the other', async () => {
    const before = fake.callsTo('users.info').filter((call) => call.body.user === ADMIN).length;
    const fact = 'The signing ceremony of the India-EU pact was hosted in the city of New Delhi.';
    await send(eventRequest(mention(ADMIN, `<@UBOTFAKE> pin ${fact}`)));
    await fake.waitFor((calls) => calls.some((call) => JSON.stringify(call.body).includes('Pinned P1')));
    await send(eventRequest(mention(ADMIN, '<@UBOTFAKE> unpin P99')));
    await fake.waitFor((calls) => calls.some((call) => JSON.stringify(call.body).includes('no pin P99')));
    const lookups = fake.callsTo('users.info').filter((call) => call.body.user === ADMIN).length - before;
    expect(lookups).toBe(1);

    // The pin was made through one replica; ask each replica in turn until both have answered with it.
    const question = 'Which city hosted the signing ceremony of the pact?';
    const answered = new Set<number>();
    const deadline = Date.now() + 5000;
    while (answered.size < 2 && Date.now() < deadline) {
      const ts = `${Math.floor(Date.now() / 1000)}.${String(answered.size + Math.random()).slice(2, 8)}`;
      const routedBefore = proxy.routed.length;
      await send(eventRequest(mention(MEMBER, `<@UBOTFAKE> ${question}`, { ts })));
      const backend = proxy.routed[routedBefore]?.backend ?? -1;
      const reply = await fake.waitFor((calls) => calls.some((call) => call.body.thread_ts === ts));
      const post = reply.find((call) => call.body.thread_ts === ts);
      if (JSON.stringify(post?.body).includes('Pinned fact P1')) answered.add(backend);
    }
    expect([...answered].sort()).toEqual([0, 1]);
  });
});
