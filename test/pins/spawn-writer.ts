import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** A running `pin-writer.ts` child with the lines it printed so far. */
export interface Writer {
  child: ChildProcess;
  /** Saved pins as printed: `{ id, i }`, in order. */
  saved: Array<{ id: string; i: number }>;
  done: boolean;
  stderr: string;
  /** Resolves once `n` pins have been printed (or rejects if the child ends first). */
  waitFor(n: number): Promise<void>;
  /** Resolves with the exit code and signal once the child has ended and its output is read. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

const script = fileURLToPath(new URL('./pin-writer.ts', import.meta.url));
const root = fileURLToPath(new URL('../..', import.meta.url));

export function spawnWriter(dbPath: string, label: string, count: number): Writer {
  const child = spawn(process.execPath, ['--import', 'tsx', script, dbPath, label, String(count)], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const waiters: Array<{ n: number; resolve: () => void; reject: (error: Error) => void }> = [];
  let pending = '';
  const writer: Writer = {
    child,
    saved: [],
    done: false,
    stderr: '',
    waitFor: (n) =>
      new Promise((resolve, reject) => {
        if (writer.saved.length >= n) resolve();
        else waiters.push({ n, resolve, reject });
      }),
    exited: new Promise((resolve) => child.on('close', (code, signal) => resolve({ code, signal }))),
  };
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
    const lines = (pending + chunk).split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) {
      if (line === 'done') writer.done = true;
      const [id, i] = line.split(' ');
      if (id && i) writer.saved.push({ id, i: Number(i) });
    }
    for (const waiter of waiters.filter((w) => writer.saved.length >= w.n)) {
      waiters.splice(waiters.indexOf(waiter), 1);
      waiter.resolve();
    }
  });
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    writer.stderr += chunk;
  });
  void writer.exited.then(() => {
    for (const waiter of waiters.splice(0)) {
      waiter.reject(new Error(`writer ${label} ended after ${writer.saved.length} pins: ${writer.stderr}`));
    }
  });
  return writer;
}
