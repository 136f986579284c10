import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { createBot, createLogger, DEFAULT_CORPUS_DIR } from '../src/index.ts';
import { syntheticCorpus } from './synthetic-corpus.ts';

/**
 * `npm run bench:reload`: what a live reload costs the questions asked meanwhile. For each corpus
 * size, a bot is started, one article file is added, and `bot.reload()` runs while a loop asks a
 * question on every event-loop turn. Reported: the reload's wall time; the longest wait any
 * question had between two turns (the event loop held by the reload), and the CPU time the
 * process spent in that longest turn (on a busy machine the wall time also counts the time other
 * processes had the core, the CPU time does not); how many questions were
 * answered during it; and, for comparison, the time one synchronous build blocks (what a rebuild
 * without time slicing would hold the loop for). With `DATA_DIR`, the reload also saves the index
 * snapshot, one synchronous write.
 */
const { values } = parseArgs({ options: { sizes: { type: 'string', default: 'shipped,1k,10k' } } });
const SIZES: Record<string, number> = { shipped: 0, '1k': 1000, '10k': 10_000, '100k': 100_000 };
const quiet = createLogger('error', () => {});
const NEW_ARTICLE = `---
id: bench-new-article
title: A lighthouse restored
publisher: Bench Wire
dateline: Nowhere
published: 2026-01-01
url: null
language: en
---

The old lighthouse on the northern cape was restored by volunteers over two summers.
`;

async function measure(label: string, sourceDir: string, withDataDir: boolean) {
  const dir = mkdtempSync(join(tmpdir(), 'bench-reload-'));
  cpSync(sourceDir, dir, { recursive: true });
  const dataDir = withDataDir ? mkdtempSync(join(tmpdir(), 'bench-reload-data-')) : undefined;
  const started = performance.now();
  const bot = createBot({
    corpusDir: dir,
    pinSyncIntervalMs: 0,
    logger: quiet,
    ...(dataDir ? { dataDir } : {}),
  });
  const syncBuildMs = performance.now() - started;
  writeFileSync(join(dir, 'bench-new-article.md'), NEW_ARTICLE);
  let done = false;
  let asked = 0;
  let longestWait = 0;
  const t0 = performance.now();
  const reloading = bot.reload().then((outcome) => {
    done = true;
    return outcome;
  });
  let longestCpu = 0;
  let last = performance.now();
  let lastCpu = process.cpuUsage();
  while (!done) {
    bot.ask('Who restored the lighthouse?', { community: 'local' });
    asked++;
    await nextTurn();
    const now = performance.now();
    const cpu = process.cpuUsage(lastCpu);
    longestWait = Math.max(longestWait, now - last);
    longestCpu = Math.max(longestCpu, (cpu.user + cpu.system) / 1000);
    last = now;
    lastCpu = process.cpuUsage();
  }
  const outcome = await reloading;
  const reloadMs = performance.now() - t0;
  if (!outcome.ok) throw new Error(outcome.message);
  const answered = bot.ask('Who restored the lighthouse?', { community: 'local' }).answered;
  bot.close();
  rmSync(dir, { recursive: true, force: true });
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  return {
    corpus: label,
    passages: outcome.summary.passages,
    snapshot: withDataDir ? 'saved' : 'none',
    startBuildMs: Math.round(syncBuildMs),
    reloadMs: Math.round(reloadMs),
    longestWaitMs: Number(longestWait.toFixed(1)),
    longestTurnCpuMs: Number(longestCpu.toFixed(1)),
    questionsDuringReload: asked,
    newArticleAnswered: answered,
  };
}

const rows = [];
for (const size of (values.sizes ?? '').split(',')) {
  const passages = SIZES[size];
  if (passages === undefined) throw new Error(`Bench: unknown size ${size}`);
  const source = passages === 0 ? DEFAULT_CORPUS_DIR : syntheticCorpus(passages).dir;
  for (const withDataDir of [false, true]) rows.push(await measure(size, source, withDataDir));
}
console.table(rows);
