import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { evaluate, halfOf, readEvalFile, summarise } from '../adapters/cli/eval.ts';
import { createBot, type RankingOverride } from '../src/index.ts';

/**
 * `npm run calibrate -- --sets sets.json --sweep sweep.json [--base override.json] [--half tune]`: scores ranking
 * overrides on several question sets at once, each with its own corpus, and walks each swept
 * setting through its candidate values, keeping the best (coordinate ascent). The objective is the
 * mean over sets of answered-right and declined-right. Use the tune halves only: the held-out
 * halves judge the result.
 *
 * sets.json: [{ "name": "...", "questions": "file.jsonl", "corpus": "dir" (optional) }]
 * sweep.json: { "section.key": [values...] , ... }
 */
interface QuestionSet {
  name: string;
  questions: string;
  corpus?: string;
}

const { values } = parseArgs({
  options: {
    sets: { type: 'string' },
    sweep: { type: 'string' },
    half: { type: 'string', default: 'tune' },
    rounds: { type: 'string', default: '1' },
    base: { type: 'string' },
  },
});
if (!values.sets) {
  process.stderr.write('Usage: npm run calibrate -- --sets sets.json [--sweep sweep.json] [--half tune]\n');
  process.exit(2);
}
const sets = JSON.parse(readFileSync(values.sets, 'utf8')) as QuestionSet[];
const sweep = values.sweep
  ? (JSON.parse(readFileSync(values.sweep, 'utf8')) as Record<string, unknown[]>)
  : {};
const half = values.half as 'tune' | 'holdout';
const dataDirs = new Map(sets.map((set) => [set.name, mkdtempSync(join(tmpdir(), 'calibrate-'))]));
const items = new Map(sets.map((set) => [set.name, halfOf(readEvalFile(set.questions), half)]));

function score(override: RankingOverride): { objective: number; line: string } {
  const parts: string[] = [];
  let total = 0;
  for (const set of sets) {
    const bot = createBot({
      corpusDir: set.corpus,
      dataDir: dataDirs.get(set.name),
      pinSyncIntervalMs: 0,
      ranking: override,
    });
    const s = summarise(evaluate(bot, items.get(set.name) ?? []));
    bot.close();
    total += (s.answeredCorrectly + s.declinedCorrectly) / 2;
    parts.push(
      `${set.name} ${(s.answeredCorrectly * 100).toFixed(0)}/${(s.declinedCorrectly * 100).toFixed(0)}`,
    );
  }
  return { objective: total / sets.length, line: parts.join('  ') };
}

function withSetting(override: RankingOverride, path: string, value: unknown): RankingOverride {
  const [section, key] = path.split('.') as [string, string];
  const copy = structuredClone(override) as Record<string, Record<string, unknown>>;
  copy[section] = { ...(copy[section] ?? {}), [key]: value };
  return copy as RankingOverride;
}

let best: RankingOverride = values.base
  ? (JSON.parse(readFileSync(values.base, 'utf8')) as RankingOverride)
  : {};
let bestScore = score(best);
process.stdout.write(`base ${bestScore.objective.toFixed(4)}  ${bestScore.line}\n`);
for (let round = 0; round < Number(values.rounds); round++) {
  for (const [path, candidates] of Object.entries(sweep)) {
    for (const value of candidates) {
      const trial = withSetting(best, path, value);
      const result = score(trial);
      const better = result.objective > bestScore.objective + 1e-9;
      process.stdout.write(
        `${better ? '*' : ' '} ${path}=${JSON.stringify(value)} ${result.objective.toFixed(4)}  ${result.line}\n`,
      );
      if (better) {
        best = trial;
        bestScore = result;
      }
    }
  }
}
process.stdout.write(`best ${bestScore.objective.toFixed(4)} ${JSON.stringify(best)}\n  ${bestScore.line}\n`);
for (const dir of dataDirs.values()) rmSync(dir, { recursive: true, force: true });
