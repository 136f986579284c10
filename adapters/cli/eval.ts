import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import * as z from 'zod';
import { type Answer, type Bot, type BotOptions, createBot } from '../../src/index.ts';
import { type Entry, runAsScript, UsageError, wantsHelp } from '../entry.ts';
import { loadSettings } from '../settings.ts';
import { parseCommand } from './args.ts';

/**
 * `npm run eval -- FILE.jsonl` scores the bot on a question file: an answerable question must be
 * answered with one of `answer_any` in the answer and one of `cite_any` in the first citation's
 * passage; an unanswerable one must be declined. Also checks that every answer sentence is
 * found verbatim in a cited passage.
 */
const itemSchema = z.object({
  id: z.string(),
  q: z.string(),
  answerable: z.boolean(),
  answer_any: z.array(z.string()).optional(),
  cite_any: z.array(z.string()).optional(),
});
export type EvalItem = z.infer<typeof itemSchema>;

export interface EvalResult {
  item: EvalItem;
  answer: Answer;
  ok: boolean;
  why: string | null;
}

export function readEvalFile(file: string): EvalItem[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(
      `Eval: cannot read ${file} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
    );
  }
  return text
    .split('\n')
    .map((line, i) => ({ line, i }))
    .filter(({ line }) => line.trim() !== '')
    .map(({ line, i }) => {
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch (error) {
        throw new Error(`Eval: ${file}:${i + 1}: not a JSON object (${(error as Error).message})`);
      }
      const parsed = itemSchema.safeParse(value);
      if (!parsed.success)
        throw new Error(`Eval: ${file}:${i + 1}: ${z.prettifyError(parsed.error).replace(/\n\s*/g, ' ')}`);
      return parsed.data;
    });
}

const includes = (haystack: string, needles: readonly string[] = []) =>
  needles.length === 0 || needles.some((needle) => haystack.toLowerCase().includes(needle.toLowerCase()));

/** Sentences of an answer not found verbatim in the passage they cite. */
export function unverifiedSentences(answer: Answer): string[] {
  return answer.sentences
    .filter((s) => !answer.citations.find((c) => c.n === s.citation)?.text.includes(s.text))
    .map((s) => s.text);
}

/**
 * What the user reads as the answer: its quoted sentences, and for a question about the sources
 * ("which outlet reported X") the outlets and dates its citations name, which are that answer.
 */
export function answerText(answer: Answer): string {
  if (answer.about !== 'sources') return answer.answer;
  const cited = answer.citations.map((c) => [c.publisher, c.date].filter(Boolean).join(', '));
  return [answer.answer, ...cited].join('\n');
}

export function scoreItem(item: EvalItem, answer: Answer): EvalResult {
  let why: string | null = null;
  if (unverifiedSentences(answer).length > 0) why = 'answer not verbatim';
  else if (!item.answerable && answer.answered) why = 'answered an unanswerable question';
  else if (item.answerable && !answer.answered) why = `declined: ${answer.message}`;
  else if (item.answerable && !includes(answerText(answer), item.answer_any))
    why = 'answer lacks every expected phrase';
  else if (item.answerable && !includes(answer.citations[0]?.text ?? '', item.cite_any))
    why = 'first citation wrong';
  return { item, answer, ok: why === null, why };
}

export function evaluate(bot: Bot, items: readonly EvalItem[]): EvalResult[] {
  return items.map((item) => scoreItem(item, bot.ask(item.q, { community: 'eval' })));
}

export function summarise(results: readonly EvalResult[]) {
  const answerable = results.filter((r) => r.item.answerable);
  const unanswerable = results.filter((r) => !r.item.answerable);
  const lengths = results
    .filter((r) => r.answer.answered)
    .map((r) => r.answer.sentences.map((s) => s.text).join(' ').length)
    .sort((a, b) => a - b);
  const sentences = results.flatMap((r) => r.answer.sentences);
  const unverified = results.flatMap((r) => unverifiedSentences(r.answer));
  return {
    answeredCorrectly: answerable.filter((r) => r.ok).length / Math.max(1, answerable.length),
    declinedCorrectly: unanswerable.filter((r) => r.ok).length / Math.max(1, unanswerable.length),
    medianAnswerLength: lengths.length ? (lengths[Math.floor((lengths.length - 1) / 2)] ?? 0) : 0,
    verbatim: sentences.length ? (sentences.length - unverified.length) / sentences.length : 1,
    answerable: answerable.length,
    unanswerable: unanswerable.length,
  };
}

/**
 * One half of a question file: tune on the `tune` half and keep the `holdout` half untouched (its
 * misses are never printed), to see whether a change generalises. Answerable and unanswerable
 * questions are split separately, each ordered by a hash of its id and dealt alternately, so both
 * halves hold both kinds and an item's half never depends on the order of the file.
 */
export function halfOf(items: readonly EvalItem[], half: 'tune' | 'holdout'): EvalItem[] {
  const hash = (id: string) => createHash('sha256').update(id).digest('hex');
  const dealt = new Set<EvalItem>();
  for (const answerable of [true, false]) {
    items
      .filter((item) => item.answerable === answerable)
      .sort((a, b) => (hash(a.id) < hash(b.id) ? -1 : 1))
      .forEach((item, i) => {
        if ((i % 2 === 0) === (half === 'tune')) dealt.add(item);
      });
  }
  return items.filter((item) => dealt.has(item));
}

export const EVAL_USAGE = [
  'Usage: npm run eval -- [--corpus DIR] [--ranking FILE.json] [--half tune|holdout] FILE.jsonl [FILE.jsonl ...]',
  '  One {"id","q","answerable","answer_any"?,"cite_any"?} per line (see test/fixtures/dev.jsonl); the corpus is',
  "  --corpus, else CORPUS_DIR's; pins play no part.",
].join('\n');

function report(
  file: string,
  results: readonly EvalResult[],
  showMisses: boolean,
  out: (text: string) => void,
) {
  if (showMisses) {
    for (const r of results.filter((result) => !result.ok)) {
      out(`MISS ${r.item.id} ${r.item.q}\n  ${r.why}\n  answer: ${r.answer.answer || r.answer.message}\n`);
    }
  }
  const s = summarise(results);
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  out(
    `${file}\n` +
      `answerable answered correctly: ${pct(s.answeredCorrectly)} of ${s.answerable}\n` +
      `unanswerable declined: ${pct(s.declinedCorrectly)} of ${s.unanswerable}\n` +
      `median answer length: ${s.medianAnswerLength} characters\n` +
      `verbatim sentences: ${pct(s.verbatim)}\n`,
  );
}

/** Reads a ranking override (`--ranking FILE.json`), naming the file when it is not JSON. */
function readRanking(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`Eval: --ranking ${file}: ${(error as Error).message}`);
  }
}

/** Prints each file's misses (not for the held-out half), then its totals. */
export function evalMain(entry: Entry): number {
  const { io, argv } = entry;
  if (wantsHelp(argv)) {
    io.out(EVAL_USAGE);
    return 0;
  }
  const { values, positionals } = parseCommand(
    argv,
    { corpus: { type: 'string' }, ranking: { type: 'string' }, half: { type: 'string' } },
    EVAL_USAGE,
  );
  if (positionals.length === 0) throw new UsageError(EVAL_USAGE);
  const half = values.half;
  if (half !== undefined && half !== 'tune' && half !== 'holdout')
    throw new UsageError(`--half takes tune or holdout; got “${half}”.\n${EVAL_USAGE}`);
  const { config } = loadSettings(entry, { quiet: true, dataDir: false });
  const ranking = values.ranking ? readRanking(values.ranking) : undefined;
  const sets = positionals.map((file) => ({ file, items: readEvalFile(file) }));
  const bot = createBot({
    pinSyncIntervalMs: 0,
    corpusDir: values.corpus ?? config.CORPUS_DIR,
    ranking: ranking as BotOptions['ranking'],
  });
  try {
    for (const { file, items } of sets) {
      // The held-out half is scored, never shown: looking at its misses would make it a tuning set.
      report(
        `${file}${half ? ` (${half} half)` : ''}`,
        evaluate(bot, half ? halfOf(items, half) : items),
        half !== 'holdout',
        (text) => io.out(text.replace(/\n$/, '')),
      );
    }
    return 0;
  } finally {
    bot.close();
  }
}

runAsScript(import.meta.url, evalMain);
