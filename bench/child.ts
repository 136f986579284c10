import { spawn } from 'node:child_process';

/**
 * Each measurement runs in its own node process, so one size's garbage and JIT state never leak
 * into the next size's memory or latency figures. A child writes JSON lines on stdout: `phase`
 * lines as it goes and one `result` line at the end. When a child dies (out of memory, too long a
 * string), the parent still knows the last phase it reached and the tail of its stderr: that is
 * how the 1,000,000-passage run reports what breaks first.
 */
export interface ChildOutcome<T> {
  result?: T;
  lastPhase: string | null;
  phases: Array<{ phase: string; ms: number; heapMB: number }>;
  failure?: string;
}

/**
 * The node flags the bot runs with (`npm start`, the Dockerfile, the systemd unit): a 32 MB young
 * generation, so the ~2 ms minor GC falls on fewer than 1% of questions. Measured as deployed.
 */
export const BOT_NODE_FLAGS = ['--max-semi-space-size=32'];

export function emit(line: Record<string, unknown>): void {
  process.stdout.write(`${JSON.stringify(line)}\n`);
}

const started = performance.now();

export function phase(name: string): void {
  emit({ phase: name, ms: performance.now() - started, heapMB: process.memoryUsage().heapUsed / 2 ** 20 });
}

/** Reads the single JSON argument a child was started with. */
export function childArgs<T>(): T {
  return JSON.parse(process.argv[2] ?? '{}') as T;
}

export function runChild<T>(
  script: URL,
  args: unknown,
  { maxOldSpaceMB, verbose = false }: { maxOldSpaceMB?: number; verbose?: boolean } = {},
): Promise<ChildOutcome<T>> {
  const flags = ['--import', 'tsx', '--expose-gc', ...BOT_NODE_FLAGS];
  if (maxOldSpaceMB) flags.push(`--max-old-space-size=${maxOldSpaceMB}`);
  const child = spawn(process.execPath, [...flags, script.pathname, JSON.stringify(args)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const outcome: ChildOutcome<T> = { lastPhase: null, phases: [] };
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    let newline = stdout.indexOf('\n');
    while (newline >= 0) {
      const line = stdout.slice(0, newline);
      stdout = stdout.slice(newline + 1);
      newline = stdout.indexOf('\n');
      const event = JSON.parse(line) as { phase?: string; ms?: number; heapMB?: number; result?: T };
      if (event.phase) {
        outcome.lastPhase = event.phase;
        outcome.phases.push({ phase: event.phase, ms: event.ms ?? 0, heapMB: event.heapMB ?? 0 });
        if (verbose) process.stderr.write(`  … ${event.phase} (${Math.round(event.heapMB ?? 0)} MB heap)\n`);
      }
      if (event.result) outcome.result = event.result;
    }
  });
  child.stderr.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  return new Promise((resolve) => {
    child.on('close', (code, signal) => {
      if (code !== 0 || !outcome.result) {
        const tail = stderr.trim().split('\n').slice(-6).join('\n');
        outcome.failure = `exit ${code ?? signal} after phase "${outcome.lastPhase}": ${tail}`;
      }
      resolve(outcome);
    });
  });
}
