import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

/**
 * A PostgreSQL for the scale benchmarks: a fresh database on the server given with
 * `--database-url`, or a throw-away cluster started with scripts/test-postgres.sh (fsync on, as
 * a real deployment would run) and stopped at the end. Undefined with the reason when neither can
 * be had.
 */
export interface BenchDatabase {
  url: string;
  describe: string;
  close(): Promise<void>;
}

const SCRIPT = fileURLToPath(new URL('../scripts/test-postgres.sh', import.meta.url));

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

async function freshDatabase(serverUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `bot_bench_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

export async function openBenchDatabase(serverUrl?: string): Promise<BenchDatabase | { skipped: string }> {
  if (serverUrl) {
    const database = await freshDatabase(serverUrl);
    return { url: database.url, describe: 'the server given with --database-url', close: database.drop };
  }
  const dir = mkdtempSync(join(tmpdir(), 'bench-postgres-'));
  try {
    const server = execFileSync(SCRIPT, ['start', dir, String(await freePort()), 'on'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    }).trim();
    const database = await freshDatabase(server);
    return {
      url: database.url,
      describe: 'a local PostgreSQL cluster started for the run (fsync on)',
      async close() {
        await database.drop().catch(() => {});
        execFileSync(SCRIPT, ['stop', dir], { stdio: 'ignore' });
      },
    };
  } catch (error) {
    return {
      skipped: `no PostgreSQL (give --database-url, or install Debian's postgresql): ${(error as Error).message.slice(0, 200)}`,
    };
  }
}
