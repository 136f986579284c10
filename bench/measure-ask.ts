import MiniSearch from 'minisearch';
import { readEvalFile, scoreItem } from '../adapters/cli/eval.ts';
import { createBot } from '../src/bot.ts';
import { loadCorpus } from '../src/corpus/load-corpus.ts';
import { childArgs, emit, phase } from './child.ts';
import { DEV_FILE, devItems, questionMix } from './questions.ts';
import { type Latency, measureCalls, memory, timed } from './stats.ts';

/**
 * Child process: starts the bot the way a running process does (snapshot under the data
 * directory), records memory once it is loaded, then times `bot.ask` over the question mix. The
 * anchor comes last, in the same process and over the same passages: a plain MiniSearch with
 * default options (`fields: ['text']`) and `search()` of the same questions.
 */
export interface AskResult {
  startMs: number;
  heapMB: number;
  rssMB: number;
  heapAfterAsksMB: number;
  answered: number;
  questions: number;
  /** Answerable dev questions answered: the shipped article is in every synthetic corpus. */
  devAnswered: number;
  devAnswerable: number;
  /** Dev questions answered with an expected phrase and citation, as `npm run eval` scores them. */
  devCorrect: number;
  ask: Latency;
  askCpu: Latency;
  plainBuildMs: number;
  plainHeapMB: number;
  plain: Latency;
  plainCpu: Latency;
}

const { corpusDir, dataDir, budgetMs } = childArgs<{
  corpusDir: string;
  dataDir: string;
  budgetMs: number;
}>();
const questions = questionMix();
const context = { community: 'bench' };

phase('start bot');
const start = timed(() => createBot({ corpusDir, dataDir, pinSyncIntervalMs: 0 }));
const bot = start.value;
const loaded = memory();
phase('ask');
const answered = questions.filter((q) => bot.ask(q, context).answered).length;
const answerable = devItems().filter((item) => item.answerable);
const devAnswered = answerable.filter((item) => bot.ask(item.q, context).answered).length;
const devCorrect = readEvalFile(DEV_FILE).filter(
  (item) => item.answerable && scoreItem(item, bot.ask(item.q, context)).ok,
).length;
const ask = measureCalls(questions, (q) => bot.ask(q, context), { budgetMs });
const heapAfterAsksMB = memory().heapMB;

phase('plain MiniSearch');
const documents = loadCorpus(corpusDir).passages.map((p) => ({ id: p.id, text: p.text }));
const before = memory().heapMB;
const plainBuild = timed(() => {
  const engine = new MiniSearch({ fields: ['text'] });
  engine.addAll(documents);
  return engine;
});
const plainHeapMB = memory().heapMB - before;
const plain = measureCalls(questions, (q) => plainBuild.value.search(q), { budgetMs });
await bot.close();
phase('done');
emit({
  result: {
    startMs: start.ms,
    heapMB: loaded.heapMB,
    rssMB: loaded.rssMB,
    heapAfterAsksMB,
    answered,
    questions: questions.length,
    devAnswered,
    devAnswerable: answerable.length,
    devCorrect,
    ask: ask.wall,
    askCpu: ask.cpu,
    plainBuildMs: plainBuild.ms,
    plainHeapMB,
    plain: plain.wall,
    plainCpu: plain.cpu,
  } satisfies AskResult,
});
