import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tempDir } from './temp-dir.ts';
import { FIXTURE_CORPUS_DIR } from './test-bot.ts';
import { waitFor } from './wait-for.ts';

/**
 * Runs one of the npm scripts' entry files (`adapters/discord/main.ts`, `adapters/cli/pin.ts`, …)
 * as its own process through tsx, the way `npm run` would, with only the environment given here
 * (plus PATH, a fresh DATA_DIR and the fixture corpus). The working directory is an empty temp
 * directory unless given, so a developer's `.env` is not read.
 */

const root = fileURLToPath(new URL('../../', import.meta.url));
// node with tsx's loader, not the tsx CLI: the CLI relays signals to its child through a 30 ms
// handshake that fails on a busy machine (it then kills the child: exit 143, not the script's own).
// Resolved here, since the child's working directory has no node_modules.
const tsxLoader = import.meta.resolve('tsx');

export interface Spawned {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<number | null>;
  /** Resolves once stderr contains `text` (JSON log lines land there). */
  waitForStderr(text: string, timeoutMs?: number): Promise<void>;
}

export function spawnScript(
  script: string,
  env: Record<string, string>,
  options: { args?: string[]; cwd?: string } = {},
): Spawned {
  const child = spawn(
    process.execPath,
    ['--import', tsxLoader, join(root, script), ...(options.args ?? [])],
    {
      cwd: options.cwd ?? tempDir('script-cwd-'),
      env: {
        PATH: process.env.PATH ?? '',
        DATA_DIR: tempDir('script-'),
        CORPUS_DIR: FIXTURE_CORPUS_DIR,
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
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
