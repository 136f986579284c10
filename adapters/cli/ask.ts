import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import {
  type Bot,
  createMemoryModerationLog,
  loadConfig,
  openBot,
  openPinStoreForReading,
  type TraceStep,
} from '../../src/index.ts';
import { toJson, toText, traceText } from './format.ts';

/**
 * `npm run ask -- "question"` prints one answer for a person; `--json` prints the JSON contract,
 * `--json` with no question reads one question per line from standard input, and `--trace` shows
 * what each stage of the answer pipeline decided (which words matched in which form, each
 * sentence's score, why it abstained).
 */
const LOCAL = { community: 'local', isModerator: true } as const;

export async function runAsk(argv: string[], bot: Bot, out: (line: string) => void): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { json: { type: 'boolean' }, trace: { type: 'boolean' } },
  });
  const question = positionals.join(' ');
  if (values.json && question === '') {
    const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
    for await (const line of lines) {
      if (line.trim() === '') continue;
      out(JSON.stringify(toJson(bot.ask(line, LOCAL))));
    }
    return 0;
  }
  if (question === '') {
    out('Usage: npm run ask -- "your question"   (add --json for machine-readable output)');
    return 2;
  }
  const trace: TraceStep[] | undefined = values.trace ? [] : undefined;
  const answer = bot.ask(question, LOCAL, trace);
  if (values.json) out(JSON.stringify(trace ? { ...toJson(answer), trace } : toJson(answer)));
  else out(trace ? `${toText(answer)}\n\n${traceText(trace)}` : toText(answer));
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const config = loadConfig(process.env);
  // A one-shot ask reads pins but records nothing: it serves scripts and evaluations, whose
  // questions are not the community's (and it stays off SQLite until someone has pinned).
  const bot = await openBot(config, {
    pinSyncIntervalMs: 0,
    pinStore: await openPinStoreForReading(config),
    loop: { log: createMemoryModerationLog(), pruneIntervalMs: 0 },
  });
  const code = await runAsk(process.argv.slice(2), bot, (line) => process.stdout.write(`${line}\n`));
  await bot.close();
  process.exitCode = code;
}
