import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createPinWriterSync } from './pin-seed.ts';
import { median } from './stats.ts';

/**
 * Whole-process cold start: a one-shot `ask` (start node, load the code, the corpus and the index,
 * open the pin store, answer, exit) against a bare `node -e 0`, run alternately so both see the
 * same machine state. The compiled bundle (`npm run build`, dist/ask.cjs) is what a deployment
 * runs; the TypeScript entry through tsx is shown next to it for comparison. `pinned` starts from a
 * DATA_DIR holding one pin, so every run opens pins.db (without it, a one-shot ask never loads SQLite).
 */
export interface ColdStart {
  entry: 'compiled' | 'tsx';
  pinned: boolean;
  runs: number;
  bareMs: number;
  askMs: number;
  ratio: number;
}

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const COMPILED_ASK = join(ROOT, 'dist', 'ask.cjs');
const QUESTION = 'When was the Strategic Compass adopted?';

function wall(command: string, args: string[], env: NodeJS.ProcessEnv): number {
  const start = performance.now();
  const result = spawnSync(command, args, { env, cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  const ms = performance.now() - start;
  if (result.status !== 0)
    throw new Error(`Bench: ${args.join(' ')} failed: ${result.stderr.toString().trim()}`);
  return ms;
}

export function entries(): Array<ColdStart['entry']> {
  return existsSync(COMPILED_ASK) ? ['compiled', 'tsx'] : ['tsx'];
}

export function coldStart(
  entry: ColdStart['entry'],
  {
    runs = 15,
    corpusDir,
    dataDir,
    pinned = false,
  }: { runs?: number; corpusDir?: string; dataDir?: string; pinned?: boolean } = {},
): ColdStart {
  const data = dataDir ?? mkdtempSync(join(tmpdir(), 'bench-cold-'));
  if (pinned) {
    createPinWriterSync(data, 'The signing ceremony of the India-EU pact was hosted in New Delhi.');
  }
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    DATA_DIR: data,
    LOG_LEVEL: 'error',
  } as NodeJS.ProcessEnv;
  if (corpusDir) env.CORPUS_DIR = corpusDir;
  const ask =
    entry === 'compiled' ? [COMPILED_ASK, QUESTION] : ['--import', 'tsx', 'adapters/cli/ask.ts', QUESTION];
  // One unmeasured run creates the index snapshot, if the corpus needs one. It creates no pin
  // database: a one-shot ask opens pins.db only when someone has pinned.
  wall(process.execPath, ask, env);
  const bare: number[] = [];
  const asked: number[] = [];
  for (let i = 0; i < runs; i++) {
    bare.push(wall(process.execPath, ['-e', '0'], env));
    asked.push(wall(process.execPath, ask, env));
  }
  if (!dataDir) rmSync(data, { recursive: true, force: true });
  const bareMs = median(bare);
  const askMs = median(asked);
  return { entry, pinned, runs, bareMs, askMs, ratio: askMs / bareMs };
}
