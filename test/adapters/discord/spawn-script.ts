import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Runs one of the adapter's npm scripts (`main.ts`, `deploy.ts`) as its own process, with only
 * the environment given here (plus PATH and a fresh DATA_DIR), the way `npm run` would.
 */

const root = fileURLToPath(new URL('../../../', import.meta.url));

export interface Spawned {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<number | null>;
  /** Resolves once stderr contains `text` (JSON log lines land there). */
  waitForStderr(text: string, timeoutMs?: number): Promise<void>;
}

export function spawnScript(script: string, env: Record<string, string>): Spawned {
  // node with tsx's loader, not the tsx CLI: the CLI relays signals to its child through a
  // 30 ms handshake that fails on a busy machine (it then kills the child: exit 143, not ours).
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, script)], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', DATA_DIR: mkdtempSync(join(tmpdir(), 'discord-')), ...env },
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
    waitForStderr(text, timeoutMs = 10_000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no "${text}" on stderr; got: ${err}`)), timeoutMs);
        const check = () => {
          if (!err.includes(text)) return;
          clearTimeout(timer);
          child.stderr?.off('data', check);
          resolve();
        };
        child.stderr?.on('data', check);
        check();
      });
    },
  };
}
