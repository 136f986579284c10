import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FIXTURE_CORPUS_DIR } from './test-bot.ts';
import { waitFor } from './wait-for.ts';

/**
 * Runs one of the adapter's npm scripts (`main.ts`, `deploy.ts`) as its own process, with only
 * the environment given here (plus PATH and a fresh DATA_DIR), the way `npm run` would.
 */

const root = fileURLToPath(new URL('../../', import.meta.url));
const tsx = join(root, 'node_modules', '.bin', 'tsx');

export interface Spawned {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<number | null>;
  /** Resolves once stderr contains `text` (JSON log lines land there). */
  waitForStderr(text: string, timeoutMs?: number): Promise<void>;
}

export function spawnScript(script: string, env: Record<string, string>): Spawned {
  const child = spawn(tsx, [join(root, script)], {
    cwd: root,
    env: {
      PATH: process.env.PATH ?? '',
      DATA_DIR: mkdtempSync(join(tmpdir(), 'script-')),
      CORPUS_DIR: FIXTURE_CORPUS_DIR,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout?.on('data', (chunk) => {
    out += String(chunk);
  });
  child.stderr?.on('data', (chunk) => {
    err += String(chunk);
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return {
    child,
    stdout: () => out,
    stderr: () => err,
    exited,
    async waitForStderr(text, timeoutMs = 10_000) {
      await waitFor(() => err.includes(text), {
        timeoutMs,
        describe: () => `no "${text}" on stderr; got: ${err}`,
      });
    },
  };
}
