import { rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_CORPUS_DIR } from '../src/bot.ts';
import { loadCorpus } from '../src/corpus/load-corpus.ts';
import { runChild } from './child.ts';
import { type ColdStart, coldStart, entries } from './cold-start.ts';
import type { AskResult } from './measure-ask.ts';
import type { BuildResult } from './measure-build.ts';
import { measureQuality, type QualityRow } from './quality.ts';
import { type BenchResult, formatText, type SizeResult, targets } from './report.ts';
import { scaleTargets } from './report-scale.ts';
import { syntheticCorpus } from './synthetic-corpus.ts';

/**
 * `npm run bench [-- options]` prints a table of build, snapshot, memory and latency figures per
 * corpus size next to a plain MiniSearch over the same passages, the cold start of a one-shot ask,
 * and the targets of issue 6 as met or missed. Numbers, not pass/fail: it exits 0 either way,
 * unless a measurement itself fails.
 *
 *   --json                  machine-readable output on stdout (progress stays on stderr)
 *   --sizes shipped,1k,10k,100k   corpus sizes (k and m suffixes; "shipped" is corpus/)
 *   --million               add a 1,000,000-passage run (16 GB heap limit); reports where it breaks
 *   --slack                 add the Slack HTTP load run (--slack-seconds, --slack-connections), then
 *                           the scale runs on PostgreSQL: two Slack replicas, pin propagation
 *                           between processes, claim cost per event (--database-url SERVER, else a
 *                           throw-away local cluster through scripts/test-postgres.sh)
 *   --seed N                seed of the synthetic corpora (default 1)
 *   --no-quality            skip the answer-quality section (question sets scored by half)
 */
const { values } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    sizes: { type: 'string', default: 'shipped,1k,10k,100k' },
    million: { type: 'boolean', default: false },
    slack: { type: 'boolean', default: false },
    'slack-seconds': { type: 'string', default: '10' },
    'slack-connections': { type: 'string', default: '10' },
    seed: { type: 'string', default: '1' },
    'database-url': { type: 'string' },
    'cold-runs': { type: 'string', default: '15' },
    'no-quality': { type: 'boolean', default: false },
  },
});

function parseSize(text: string): number | 'shipped' {
  if (text === 'shipped') return 'shipped';
  const match = /^(\d+(?:\.\d+)?)([km]?)$/i.exec(text.trim());
  if (!match) throw new Error(`Bench: --sizes: "${text}" is not a size (use shipped, 1000, 10k, 1m)`);
  const unit = { '': 1, k: 1_000, m: 1_000_000 }[(match[2] ?? '').toLowerCase()] ?? 1;
  return Math.round(Number(match[1]) * unit);
}

const progress = (line: string) => process.stderr.write(`${line}\n`);
const sizes = values.sizes.split(',').filter(Boolean).map(parseSize);
if (values.million && !sizes.includes(1_000_000)) sizes.push(1_000_000);
const seed = Number(values.seed);
const work = join(tmpdir(), 'news-bot-bench');

const results: SizeResult[] = [];
for (const size of sizes) {
  const shipped = size === 'shipped';
  const label = shipped ? 'shipped' : size >= 1_000_000 ? `${size / 1_000_000}M` : `${size / 1_000}k`;
  progress(`${label}: preparing corpus`);
  const corpus = shipped
    ? { dir: DEFAULT_CORPUS_DIR, passages: loadCorpus(DEFAULT_CORPUS_DIR).passages.length }
    : syntheticCorpus(size, seed, work);
  const dataDir = join(work, `data-${label}`);
  const result: SizeResult = { label, passages: corpus.passages, corpusDir: corpus.dir, failures: [] };
  results.push(result);
  const huge = corpus.passages >= 1_000_000;
  const childOptions = { verbose: true, ...(huge ? { maxOldSpaceMB: 16_384 } : {}) };
  progress(`${label}: build and snapshot`);
  const build = await runChild<BuildResult>(
    new URL('./measure-build.ts', import.meta.url),
    { corpusDir: corpus.dir, dataDir },
    childOptions,
  );
  result.build = build.result;
  if (build.failure) result.failures.push(`build: ${build.failure}`);
  progress(`${label}: start, memory and latency`);
  const budgetMs = huge ? 60_000 : 20_000;
  const ask = await runChild<AskResult>(
    new URL('./measure-ask.ts', import.meta.url),
    { corpusDir: corpus.dir, dataDir, budgetMs },
    childOptions,
  );
  result.ask = ask.result;
  if (ask.failure) result.failures.push(`ask: ${ask.failure}`);
  if (!shipped && !build.failure) {
    progress(`${label}: one-shot ask with the snapshot`);
    try {
      const [entry = 'tsx'] = entries();
      result.oneShot = coldStart(entry, { runs: huge ? 1 : 3, corpusDir: corpus.dir, dataDir });
    } catch (error) {
      result.failures.push(`one-shot ask: ${(error as Error).message.slice(0, 500)}`);
    }
  }
  if (huge) rmSync(dataDir, { recursive: true, force: true });
}

progress('cold start');
const cold: ColdStart[] = [];
const coldFailures: string[] = [];
const coldRuns = entries().flatMap((entry) => [
  { entry, pinned: false },
  ...(entry === 'compiled' ? [{ entry, pinned: true }] : []),
]);
for (const { entry, pinned } of coldRuns) {
  try {
    cold.push(coldStart(entry, { runs: Number(values['cold-runs']), pinned }));
  } catch (error) {
    coldFailures.push(`${entry}${pinned ? ' (pinned)' : ''}: ${(error as Error).message.slice(0, 500)}`);
  }
}

let quality: QualityRow[] | undefined;
if (!values['no-quality']) {
  progress('answer quality');
  quality = measureQuality();
}

let slack: BenchResult['slack'];
let scale: BenchResult['scale'];
if (values.slack) {
  progress('slack load');
  // Loaded only when asked for: it starts Bolt and the fake Slack.
  const { slackLoad } = await import('./slack-load.ts');
  slack = await slackLoad({
    seconds: Number(values['slack-seconds']),
    connections: Number(values['slack-connections']),
  });
  progress('scale: PostgreSQL');
  const { runScale } = await import('./scale.ts');
  scale = await runScale({
    databaseUrl: values['database-url'],
    seconds: Number(values['slack-seconds']),
    connections: Number(values['slack-connections']),
    progress,
  });
}

const bench: BenchResult = {
  machine: {
    node: process.version,
    cpus: cpus().length,
    memoryGB: totalmem() / 2 ** 30,
    platform: `${process.platform}-${process.arch}`,
  },
  sizes: results,
  coldStart: cold,
  ...(coldFailures.length > 0 ? { coldStartFailures: coldFailures } : {}),
  ...(slack ? { slack } : {}),
  ...(quality ? { quality } : {}),
  ...(scale ? { scale } : {}),
  targets: [...targets(results, cold, slack), ...scaleTargets(scale)],
};
process.stdout.write(values.json ? `${JSON.stringify(bench, null, 2)}\n` : `${formatText(bench)}\n`);
