import type { ColdStart } from './cold-start.ts';
import type { AskResult } from './measure-ask.ts';
import type { BuildResult } from './measure-build.ts';
import type { QualityRow } from './quality.ts';
import { formatScale, type ScaleResult } from './report-scale.ts';
import type { SlackResult } from './slack-load.ts';

/** The benchmark's results, the targets from issue 6, and the table printed for people. */
export interface SizeResult {
  label: string;
  passages: number;
  corpusDir: string;
  build?: BuildResult;
  ask?: AskResult;
  oneShot?: ColdStart;
  failures: string[];
}

export interface BenchResult {
  machine: { node: string; cpus: number; memoryGB: number; platform: string };
  sizes: SizeResult[];
  coldStart: ColdStart[];
  coldStartFailures?: string[];
  slack?: SlackResult | { skipped: string };
  quality?: QualityRow[];
  scale?: ScaleResult | { skipped: string };
  targets: Target[];
}

export interface Target {
  name: string;
  limit: string;
  measured: string;
  met: boolean;
}

const ms = (value: number | undefined) =>
  value === undefined
    ? '–'
    : value >= 1000
      ? `${(value / 1000).toFixed(2)} s`
      : `${value.toFixed(value < 10 ? 2 : 0)} ms`;
const mb = (value: number | undefined) =>
  value === undefined ? '–' : `${value.toFixed(value < 10 ? 2 : 0)} MB`;
const triple = (l: { p50: number; p95: number; p99: number } | undefined) =>
  l ? `${l.p50.toFixed(2)} / ${l.p95.toFixed(2)} / ${l.p99.toFixed(2)}` : '–';

export function targets(sizes: SizeResult[], cold: ColdStart[], slack: BenchResult['slack']): Target[] {
  const out: Target[] = [];
  const add = (
    name: string,
    limit: string,
    value: number | undefined,
    max: number,
    show: (v: number) => string,
  ) => {
    if (value !== undefined) out.push({ name, limit, measured: show(value), met: value <= max });
  };
  const shipped = sizes.find((s) => s.label === 'shipped');
  add('shipped corpus: ask p99', '≤ 1 ms', shipped?.ask?.ask.p99, 1, ms);
  const big = sizes.find((s) => s.passages === 100_000);
  add('100k passages: ask p99', '≤ 25 ms', big?.ask?.ask.p99, 25, ms);
  add('100k passages: index build', '≤ 30 s', big?.build?.buildMs, 30_000, ms);
  add('100k passages: snapshot load', '≤ 3 s', big?.build?.loadMs, 3_000, ms);
  add('100k passages: heap after loading', '≤ 1.5 GB', big?.ask?.heapMB, 1536, mb);
  for (const size of sizes) {
    const ask = size.ask;
    if (ask)
      add(
        `${size.label}: ask p99 / MiniSearch p99`,
        '≤ 3×',
        ask.ask.p99 / ask.plain.p99,
        3,
        (v) => `${v.toFixed(3)}×`,
      );
  }
  const compiled = cold.find((c) => c.entry === 'compiled' && !c.pinned) ?? cold[0];
  const pinned = cold.find((c) => c.entry === 'compiled' && c.pinned);
  for (const c of pinned ? [compiled, pinned] : [compiled]) {
    add(
      `one-shot ask cold start (${c?.entry}${c?.pinned ? ', a pin in pins.db' : ''}) / bare node`,
      '≤ 4×',
      c?.ratio,
      4,
      (v) => `${v.toFixed(2)}×`,
    );
  }
  if (slack && 'eventsPerSecond' in slack) {
    out.push({
      name: 'Slack: events acked per second',
      limit: '≥ 500/s',
      measured: slack.eventsPerSecond.toFixed(0),
      met: slack.eventsPerSecond >= 500,
    });
    add('Slack: ack p99', '≤ 50 ms', slack.ack.p99, 50, ms);
    out.push({
      name: 'Slack: every event answered exactly once',
      limit: 'all',
      measured: `${slack.answeredOnce} of ${slack.acked} (lost ${slack.lost}, twice ${slack.duplicated})`,
      met: slack.lost === 0 && slack.duplicated === 0 && slack.answeredOnce === slack.acked,
    });
  }
  return out;
}

function table(rows: string[][]): string {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((row) => (row[i] ?? '').length))) ?? [];
  return rows.map((row) => row.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  ')).join('\n');
}

export function formatText(result: BenchResult): string {
  const m = result.machine;
  const lines = [`node ${m.node}, ${m.cpus} cores, ${m.memoryGB.toFixed(0)} GB, ${m.platform}`, ''];
  lines.push(
    table([
      [
        'corpus',
        'passages',
        'read',
        'build',
        'lexicon',
        'duplicates',
        'snapshot',
        'save',
        'load',
        'start',
        'heap',
        'RSS',
        'ask p50/p95/p99 ms',
        'ask CPU p50/p95/p99 ms',
        'MiniSearch p50/p95/p99 ms',
        'p99 ratio',
        'dev answered/correct',
        'one-shot ask',
      ],
      ...result.sizes.map((s) => [
        s.label,
        s.passages.toLocaleString('en'),
        ms(s.build?.corpusReadMs),
        ms(s.build?.buildMs),
        ms(s.build?.lexiconMs),
        ms(s.build?.duplicatesMs),
        mb(s.build?.snapshotMB),
        ms(s.build?.saveMs),
        ms(s.build?.loadMs),
        ms(s.ask?.startMs),
        mb(s.ask?.heapMB),
        mb(s.ask?.rssMB),
        triple(s.ask?.ask),
        triple(s.ask?.askCpu),
        triple(s.ask?.plain),
        s.ask ? `${(s.ask.ask.p99 / s.ask.plain.p99).toFixed(3)}×` : '–',
        s.ask === undefined ? '–' : `${s.ask.devAnswered}/${s.ask.devCorrect} of ${s.ask.devAnswerable}`,
        ms(s.oneShot?.askMs),
      ]),
    ]),
  );
  for (const s of result.sizes) for (const failure of s.failures) lines.push(`${s.label}: FAILED ${failure}`);
  lines.push('', 'cold start (median):');
  for (const failure of result.coldStartFailures ?? []) lines.push(`  FAILED ${failure}`);
  for (const c of result.coldStart) {
    lines.push(
      `  ${c.entry}${c.pinned ? ', a pin in pins.db' : ''}: one-shot ask ${ms(c.askMs)} vs node -e 0 ${ms(c.bareMs)} = ${c.ratio.toFixed(2)}× (${c.runs} runs)`,
    );
  }
  if (result.slack) {
    lines.push('', 'Slack (HTTP mode, fake Slack API):');
    if ('skipped' in result.slack) lines.push(`  skipped: ${result.slack.skipped}`);
    else {
      const s = result.slack;
      lines.push(
        `  ${s.acked} events acked in ${(s.durationMs / 1000).toFixed(1)} s = ${s.eventsPerSecond.toFixed(0)}/s, ack p50 ${ms(s.ack.p50)} p99 ${ms(s.ack.p99)}, non-2xx ${s.errors}`,
        `  answers: ${s.answeredOnce} exactly once, ${s.lost} lost, ${s.duplicated} twice; bot CPU ${s.botCpuMsPerEvent.toFixed(2)} ms per event`,
      );
    }
  }
  if (result.quality) {
    lines.push('', 'answer quality (npm run eval, by half):');
    lines.push(
      table([
        ['question set', 'half', 'answered correctly', 'declined correctly', 'median answer', 'verbatim'],
        ...result.quality.map((q) => [
          q.set,
          q.half,
          `${(q.answeredCorrectly * 100).toFixed(1)}% of ${q.answerable}`,
          `${(q.declinedCorrectly * 100).toFixed(1)}% of ${q.unanswerable}`,
          `${q.medianAnswerLength} chars`,
          `${(q.verbatim * 100).toFixed(1)}%`,
        ]),
      ]),
    );
  }
  if (result.scale) lines.push(...formatScale(result.scale));
  lines.push('', 'targets:');
  for (const t of result.targets)
    lines.push(`  ${t.met ? 'met   ' : 'MISSED'} ${t.name}: ${t.measured} (target ${t.limit})`);
  return lines.join('\n');
}
