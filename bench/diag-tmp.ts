import { readFileSync } from 'node:fs';
import { halfOf, readEvalFile } from '../adapters/cli/eval.ts';
import { createBot } from '../src/index.ts';
import type { TraceStep } from '../src/types.ts';

const [file, corpus, rankingFile] = process.argv.slice(2);
const ranking = rankingFile ? JSON.parse(readFileSync(rankingFile, 'utf8')) : undefined;
const bot = createBot({ corpusDir: corpus, ranking, pinSyncIntervalMs: 0 });
const items = halfOf(readEvalFile(file!), 'tune').filter((i) => i.answerable);
let notRetrieved = 0,
  outranked = 0;
for (const item of items) {
  const trace: TraceStep[] = [];
  const a = bot.ask(item.q, { community: 'e' }, trace);
  const ok = (item.answer_any ?? []).some((x) => a.answer.toLowerCase().includes(x.toLowerCase()));
  if (ok) continue;
  const scored = (trace.find((t) => t.stage === 'score sentences')?.data ?? []) as Array<{
    sentence: string;
    score: number;
    own: number;
    passage: number;
    focus: boolean;
  }>;
  const gold = scored.findIndex((s) =>
    (item.answer_any ?? []).some((x) => s.sentence.toLowerCase().includes(x.toLowerCase())),
  );
  if (gold < 0) notRetrieved++;
  else outranked++;
  console.log(`Q: ${item.q} [${item.answer_any?.[0]}]`);
  console.log(
    `  top: ${JSON.stringify(scored[0] ? { ...scored[0], sentence: scored[0].sentence.slice(0, 120) } : null)}`,
  );
  if (gold >= 0)
    console.log(
      `  gold#${gold}: ${JSON.stringify({ ...scored[gold], sentence: scored[gold]!.sentence.slice(0, 120) })}`,
    );
}
console.log({ notRetrievedInTop5: notRetrieved, outrankedInTop5: outranked });
