import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { HARD_STOP_MS } from '../adapters/run-platforms.ts';
import { SETTING_NAMES } from '../src/index.ts';

/**
 * What an operator deploys with: the Dockerfile (not built here: no Docker engine on the test
 * machines, so its shape is checked instead), the systemd unit, the lockfile npm keeps, and the
 * settings list in .env.example.
 */
const root = fileURLToPath(new URL('..', import.meta.url));
const read = (path: string) => readFileSync(join(root, path), 'utf8');

interface Instruction {
  keyword: string;
  args: string;
}

function dockerfile(): Instruction[][] {
  const lines = read('Dockerfile')
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
  const stages: Instruction[][] = [];
  for (const line of lines) {
    const [keyword = '', ...rest] = line.split(/\s+/);
    if (keyword.toUpperCase() === 'FROM') stages.push([]);
    stages.at(-1)?.push({ keyword: keyword.toUpperCase(), args: rest.join(' ') });
  }
  return stages;
}

const ignored = () =>
  read('.dockerignore')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#') && !line.startsWith('!'));

describe('Dockerfile', () => {
  const stages = dockerfile();
  const [build, run] = [stages[0] ?? [], stages.at(-1) ?? []];
  const all = (stage: Instruction[], keyword: string) => stage.filter((i) => i.keyword === keyword);

  it('builds in one stage and runs from a fresh one on the same Node 20 base', () => {
    expect(stages.length).toBe(2);
    expect(all(build, 'FROM')[0]?.args).toMatch(/^node:20-\S+ AS build$/);
    expect(all(run, 'FROM')[0]?.args).toBe(all(build, 'FROM')[0]?.args.replace(/ AS build$/, ''));
    expect(all(run, 'COPY').every((copy) => copy.args.startsWith('--from=build '))).toBe(true);
  });

  it('installs the SQLite build tools and the locked dependencies only in the build stage', () => {
    const runs = all(build, 'RUN').map((i) => i.args);
    expect(runs.join(' ')).toMatch(/apt-get install .*python3 make g\+\+/);
    expect(runs.some((r) => r.startsWith('npm ci '))).toBe(true);
    expect(runs.join(' ')).toContain('npm prune --omit=dev');
    expect(
      all(run, 'RUN')
        .map((i) => i.args)
        .join(' '),
    ).not.toMatch(/apt-get|g\+\+/);
  });

  it('answers one question with the built one-shot, leaving its code cache for the read-only run stage', () => {
    const runs = all(build, 'RUN')
      .map((i) => i.args)
      .join(' ');
    const built = runs.indexOf('npm run build');
    const warmed = runs.search(/node dist\/ask\.cjs "[^"]+"/);
    expect(built).toBeGreaterThanOrEqual(0);
    expect(warmed).toBeGreaterThan(built);
    expect(runs.indexOf('test -s dist/ask-bundle.cjs.cache')).toBeGreaterThan(warmed);
    // The cache lives beside the bundle the loader runs (scripts/ask-loader.cjs).
    expect(read('scripts/ask-loader.cjs')).toMatch(/const cache = `\$\{bundle\}\.cache`;/);
  });

  it('copies only files that exist and that .dockerignore does not drop', () => {
    const sources = all(build, 'COPY').flatMap((copy) => copy.args.split(/\s+/).slice(0, -1));
    expect(sources.length).toBeGreaterThan(3);
    for (const source of sources) {
      expect(existsSync(join(root, source)), source).toBe(true);
      expect(ignored().includes(source.replace(/^\.\//, '')), source).toBe(false);
    }
    for (const needed of ['src', 'adapters', 'corpus', 'resources', 'scripts', 'package-lock.json'])
      expect(sources).toContain(needed);
  });

  it('keeps secrets and local state out of the build context', () => {
    for (const entry of ['.env', 'node_modules', 'data', 'dist', '.git']) expect(ignored()).toContain(entry);
  });

  it('runs as a user other than root, with DATA_DIR as a volume it owns', () => {
    const user = all(run, 'USER').at(-1)?.args;
    expect(user).toBeDefined();
    expect(user).not.toMatch(/^(root|0)(:|$)/);
    const userAt = run.findIndex((i) => i.keyword === 'USER');
    expect(run.findIndex((i) => i.keyword === 'CMD')).toBeGreaterThan(userAt);
    const dataDir = /DATA_DIR=(\S+)/.exec(
      all(run, 'ENV')
        .map((i) => i.args)
        .join(' '),
    )?.[1];
    expect(dataDir).toBe('/data');
    expect(all(run, 'VOLUME')[0]?.args).toBe(`["${dataDir}"]`);
    expect(
      all(run, 'RUN')
        .map((i) => i.args)
        .join(' '),
    ).toContain(`chown node:node ${dataDir}`);
  });

  it('starts the bot with node itself, and checks health on HEALTH_PORT', () => {
    const cmd = JSON.parse(all(run, 'CMD').at(-1)?.args ?? '[]') as string[];
    // The young generation as `npm start` sizes it (README, Performance).
    expect(cmd.slice(0, 4)).toEqual(['node', '--max-semi-space-size=32', '--import', 'tsx']);
    expect(existsSync(join(root, cmd[4] ?? ''))).toBe(true);
    expect(
      all(run, 'ENV')
        .map((i) => i.args)
        .join(' '),
    ).toMatch(/HEALTH_PORT=\d+/);
    expect(all(run, 'HEALTHCHECK')[0]?.args).toContain("process.env.HEALTH_PORT + '/healthz'");
  });
});

describe('systemd unit', () => {
  const path = 'deploy/systemd/india-eu-defence-bot.service';
  const unit = read(path);
  const value = (key: string) => new RegExp(`^${key}=(.*)$`, 'm').exec(unit)?.[1];

  it('runs the bot as its own user, restarting on failure but not forever', () => {
    expect(value('User')).toMatch(/^\w+$/);
    expect(value('User')).not.toBe('root');
    expect(value('Restart')).toBe('on-failure');
    expect(Number(value('StartLimitBurst'))).toBeGreaterThan(0);
    expect(value('ExecStart')).toBe('/usr/bin/node --max-semi-space-size=32 --import tsx adapters/start.ts');
    expect(existsSync(join(root, 'adapters/start.ts'))).toBe(true);
  });

  it('gives the bot longer to stop than the bot gives itself', () => {
    expect(value('KillSignal')).toBe('SIGTERM');
    expect(Number(value('TimeoutStopSec')) * 1000).toBeGreaterThan(HARD_STOP_MS);
  });

  it('keeps DATA_DIR in the state directory systemd makes writable', () => {
    expect(unit).toContain(`Environment=DATA_DIR=/var/lib/${value('StateDirectory')}`);
    expect(value('ProtectSystem')).toBe('strict');
  });

  it.runIf(existsSync('/usr/bin/systemd-analyze'))('passes systemd-analyze verify', () => {
    const output = execFileSync('systemd-analyze', ['verify', join(root, path)], {
      encoding: 'utf8',
      stdio: 'pipe',
    });
    expect(output).toBe('');
  });
});

describe('package-lock.json', () => {
  it('records the root package exactly as package.json declares it, so npm install does not rewrite it', () => {
    const pkg = JSON.parse(read('package.json'));
    const lock = JSON.parse(read('package-lock.json'));
    expect(lock.name).toBe(pkg.name);
    expect(lock.version).toBe(pkg.version);
    for (const key of ['name', 'version', 'license', 'dependencies', 'devDependencies', 'engines']) {
      expect(lock.packages[''][key], key).toEqual(pkg[key]);
    }
  });
});

describe('.env.example', () => {
  it('lists every setting the bot reads, once', () => {
    const names = read('.env.example')
      .split('\n')
      .filter((line) => /^[A-Z_]+=/.test(line))
      .map((line) => line.slice(0, line.indexOf('=')));
    expect([...names].sort()).toEqual([...SETTING_NAMES].sort());
  });
});

describe('node flags', () => {
  it('are the same wherever the bot starts, and where the benchmark measures it', async () => {
    const { BOT_NODE_FLAGS } = await import('../bench/child.ts');
    const scripts = (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts;
    for (const name of ['start', 'start:discord', 'start:slack']) {
      for (const flag of BOT_NODE_FLAGS) expect(scripts[name]).toContain(flag);
    }
    for (const flag of BOT_NODE_FLAGS) {
      expect(read('Dockerfile')).toContain(`"${flag}"`);
      expect(read('deploy/systemd/india-eu-defence-bot.service')).toContain(` ${flag} `);
    }
    expect(BOT_NODE_FLAGS.length).toBeGreaterThan(0);
  });
});
