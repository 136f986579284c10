import { createInterface } from 'node:readline';
import { startFakeSlack } from '../test/fakes/slack.ts';
import { emit } from './child.ts';

/**
 * Child process for `npm run bench -- --slack`: the fake Slack Web API the bot posts its answers
 * to. It runs in a process of its own, as Slack's servers would: in the bot's process its request
 * parsing and bookkeeping took turns on the bot's event loop and were counted in the bot's acks.
 * It prints its URL, then on "report" (stdin) waits until posting has settled and prints how many
 * answers each thread got.
 */
const fake = await startFakeSlack();
emit({ apiUrl: fake.apiUrl });

const answers = () => fake.callsTo('chat.postMessage').filter((call) => call.status === 200 && !call.error);

for await (const line of createInterface({ input: process.stdin })) {
  if (line.trim() !== 'report') continue;
  // The bot has drained its answers by now; this only guards against a late straggler.
  let count = -1;
  while (count !== answers().length) {
    count = answers().length;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  const perThread: Record<string, number> = {};
  for (const call of answers()) {
    const thread = String(call.body.thread_ts ?? '');
    perThread[thread] = (perThread[thread] ?? 0) + 1;
  }
  emit({ result: { perThread, failedCalls: fake.calls.filter((c) => c.status !== 200 || c.error).length } });
  break;
}
await fake.close();
