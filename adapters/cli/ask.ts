import { createRequire } from 'node:module';
import type * as Readline from 'node:readline';
import {
  type Bot,
  createMemoryModerationLog,
  openBot,
  openPinStoreForReading,
  type TraceStep,
} from '../../src/index.ts';
import { type Entry, runAsScript, wantsHelp } from '../entry.ts';
import { loadSettings } from '../settings.ts';
import { COMMUNITY_OPTION, COMMUNITY_USAGE, operatorIn, parseCommand, parseCommunity } from './args.ts';
import { toJson, toText, traceText } from './format.ts';
import { terminalWidth, wrapText } from './wrap.ts';

/**
 * `npm run ask -- "question"` prints one answer for a person; `--json` prints the JSON contract,
 * `--json` with no question reads one question per line from standard input, `--trace` shows
 * what each stage of the answer pipeline decided (which words matched in which form, each
 * sentence's score, why it abstained), and `--community` asks as a Discord server or Slack
 * workspace, with its pins.
 */
export const ASK_USAGE = [
  'Usage: npm run ask -- "your question" [--json] [--trace] [--community C]   (--json: machine-readable; --trace: why this answer)',
  '       npm run --silent ask -- --json < questions.txt   (one question per line, one JSON object per line)',
  `  ${COMMUNITY_USAGE}`,
].join('\n');

export interface AskIo {
  out(line: string): void;
  input?: NodeJS.ReadableStream;
  /** Wrap text answers to this width (a terminal); null or absent: no wrapping. */
  width?: number | null;
}

export async function runAsk(
  argv: string[],
  bot: Bot,
  io: AskIo | ((line: string) => void),
): Promise<number> {
  const { out, input = process.stdin, width = null } = typeof io === 'function' ? { out: io } : io;
  const { values, positionals } = parseCommand(
    argv,
    { json: { type: 'boolean' }, trace: { type: 'boolean' }, ...COMMUNITY_OPTION },
    ASK_USAGE,
  );
  const context = operatorIn(parseCommunity(values.community));
  const question = positionals.join(' ');
  if (values.json && question === '') {
    // Loaded here, not at start: a one-shot question never reads lines (about 1 ms saved). Not by
    // import(): the compiled one-shot runs in a vm.Script, which has no dynamic import.
    const { createInterface } = createRequire(import.meta.url)('node:readline') as typeof Readline;
    const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
    for await (const line of lines) {
      if (line.trim() === '') continue;
      out(JSON.stringify(toJson(bot.ask(line, context))));
    }
    return 0;
  }
  if (question === '') {
    out(ASK_USAGE);
    return 2;
  }
  const trace: TraceStep[] | undefined = values.trace ? [] : undefined;
  const answer = bot.ask(question, context, trace);
  const text = (body: string) => (width ? wrapText(body, width) : body);
  if (values.json) out(JSON.stringify(trace ? { ...toJson(answer), trace } : toJson(answer)));
  else out(trace ? `${text(toText(answer))}\n\n${traceText(trace)}` : text(toText(answer)));
  return 0;
}

export async function askMain(entry: Entry): Promise<number> {
  if (wantsHelp(entry.argv)) {
    entry.io.out(ASK_USAGE);
    return 0;
  }
  const { config } = loadSettings(entry, { quiet: true });
  // A one-shot ask reads pins but records nothing: it serves scripts and evaluations, whose
  // questions are not the community's (and it stays off SQLite until someone has pinned).
  const bot = await openBot(config, {
    pinSyncIntervalMs: 0,
    pinStore: await openPinStoreForReading(config),
    loop: { log: createMemoryModerationLog(), pruneIntervalMs: 0 },
  });
  try {
    return await runAsk(entry.argv, bot, {
      out: entry.io.out,
      input: entry.io.input,
      width: terminalWidth(entry.io.output),
    });
  } finally {
    await bot.close();
  }
}

runAsScript(import.meta.url, askMain);
