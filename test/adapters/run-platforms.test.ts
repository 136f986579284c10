import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const FIXTURE = fileURLToPath(new URL('./slow-stop.fixture.ts', import.meta.url));
const CORPUS_DIR = fileURLToPath(new URL('../fixtures/corpus', import.meta.url));

describe('process lifecycle (runPlatforms)', () => {
  it('finishes a graceful stop when SIGTERM comes again while stopping', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', FIXTURE], {
      env: { PATH: process.env.PATH, CORPUS_DIR, LOG_LEVEL: 'info' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    const seen = (text: string) =>
      new Promise<void>((resolve) => {
        const check = () => {
          if (stderr.includes(text)) resolve();
          else setTimeout(check, 10);
        };
        check();
      });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    const closed = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      child.on('close', (code, signal) => resolve({ code, signal })),
    );
    try {
      await seen('ready');
      child.kill('SIGTERM');
      await seen('shutting down');
      // npm passes on the SIGTERM its process group got; a process manager may repeat it.
      child.kill('SIGTERM');
      expect(await closed).toEqual({ code: 0, signal: null });
      expect(stderr).toContain('stopped');
    } finally {
      child.kill('SIGKILL');
    }
  }, 30_000);
});
