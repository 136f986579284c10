import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { createLogger, createSharedRateLimiter, openPinStore, openStorage } from '../src/index.ts';
import { createPrng } from './prng.ts';
import { percentile } from './stats.ts';

/**
 * How long a pin saved by one process takes to reach another process's index: the writer pins,
 * and from the moment its save returns, the time until the watcher (pin-watcher.ts, following the
 * store as a bot does) has it. PostgreSQL notifies (LISTEN/NOTIFY); SQLite is polled every 500 ms.
 * Also the cost of one event claim (Slack's dedupe) and one shared rate-limit check per event.
 */
export interface PropagationResult {
  store: 'postgres' | 'sqlite';
  pins: number;
  ms: { p50: number; p90: number; p99: number; max: number };
}

export interface ClaimCostResult {
  store: 'postgres' | 'memory';
  events: number;
  claimUs: { p50: number; p99: number; mean: number };
  rateLimitUs: { p50: number; p99: number; mean: number };
}

const now = () => performance.timeOrigin + performance.now();
const sortedOf = (values: number[]) => [...values].sort((a, b) => a - b);
const summary = (values: number[]) => {
  const sorted = sortedOf(values);
  return {
    p50: percentile(sorted, 50),
    p90: percentile(sorted, 90),
    p99: percentile(sorted, 99),
    max: sorted.at(-1) ?? 0,
  };
};

/**
 * `pins` saves, each after a pause drawn evenly from [0, jitterMs) (seeded), so saves land anywhere
 * in a poll cycle, as moderators' pins would.
 */
export async function pinPropagation(
  databaseUrl: string | undefined,
  pins: number,
  jitterMs: number,
): Promise<PropagationResult> {
  const random = createPrng(1);
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-pins-'));
  const config = { DATA_DIR: dataDir, ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}) };
  const writer = await openPinStore(config, { logger: createLogger('error') });
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      new URL('./pin-watcher.ts', import.meta.url).pathname,
      JSON.stringify({ databaseUrl, dataDir }),
    ],
    { stdio: ['pipe', 'pipe', 'inherit'] },
  );
  const seen = new Map<string, number>();
  let ready: () => void = () => {};
  const isReady = new Promise<void>((resolve) => {
    ready = resolve;
  });
  const waiting = new Map<string, () => void>();
  createInterface({ input: child.stdout }).on('line', (line) => {
    const message = JSON.parse(line) as { ready?: boolean; seen?: string; at?: number };
    if (message.ready) ready();
    if (message.seen && message.at) {
      seen.set(message.seen, message.at);
      waiting.get(message.seen)?.();
    }
  });
  await isReady;
  const actor = { platform: 'local' as const, userId: 'bench', displayName: 'bench' };
  const latencies: number[] = [];
  for (let i = 1; i <= pins; i++) {
    const pin = await writer.add({
      community: 'bench',
      text: `Bench fact number ${i}.`,
      source: null,
      message: null,
      actor,
      at: new Date().toISOString(),
    });
    const saved = now();
    if (!seen.has(pin.id)) await new Promise<void>((resolve) => waiting.set(pin.id, resolve));
    latencies.push((seen.get(pin.id) ?? saved) - saved);
    await new Promise((resolve) => setTimeout(resolve, random.next() * jitterMs));
  }
  child.stdin.end();
  await new Promise((resolve) => child.on('close', resolve));
  await writer.close();
  rmSync(dataDir, { recursive: true, force: true });
  return { store: databaseUrl ? 'postgres' : 'sqlite', pins, ms: summary(latencies) };
}

export async function claimCost(databaseUrl: string | undefined, events = 5000): Promise<ClaimCostResult> {
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-claims-'));
  const storage = await openStorage(
    { DATA_DIR: dataDir, ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}) },
    { logger: createLogger('error') },
  );
  const limiter = createSharedRateLimiter(storage.state, {
    limit: 1_000_000,
    windowSeconds: 30,
    logger: createLogger('error'),
  });
  const claims: number[] = [];
  const limits: number[] = [];
  const run = Date.now().toString(36);
  for (let n = 0; n < events; n++) {
    const keys = [`event:Ev${run}-${n}`, `message:C0GENERAL:${run}.${n}`];
    let start = performance.now();
    await storage.state.claim(keys, 600_000);
    claims.push((performance.now() - start) * 1000);
    start = performance.now();
    await limiter.hit(`slack:T0:U${n % 500}`);
    limits.push((performance.now() - start) * 1000);
  }
  await storage.pins.close();
  rmSync(dataDir, { recursive: true, force: true });
  const us = (values: number[]) => {
    const sorted = sortedOf(values);
    return {
      p50: percentile(sorted, 50),
      p99: percentile(sorted, 99),
      mean: values.reduce((a, b) => a + b, 0) / values.length,
    };
  };
  return { store: databaseUrl ? 'postgres' : 'memory', events, claimUs: us(claims), rateLimitUs: us(limits) };
}
