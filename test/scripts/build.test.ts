import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { bundleKey } from '../../scripts/bundle-key.mjs';

/**
 * `npm run ask` runs `scripts/build.mjs --if-stale` first: the bundle is rebuilt only when a file
 * it was built from changed, by content.
 */
const root = fileURLToPath(new URL('../..', import.meta.url));
const outdir = join(root, 'dist', `test-build-${process.pid}`);
const temp = mkdtempSync(join(tmpdir(), 'bundle-key-'));
afterAll(() => {
  rmSync(outdir, { recursive: true, force: true });
  rmSync(temp, { recursive: true, force: true });
});

const build = (...args: string[]) =>
  execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs'), '--outdir', outdir, ...args]);
const builtAt = () => statSync(join(outdir, 'ask-bundle.cjs')).mtimeMs;

describe('scripts/build.mjs --if-stale', () => {
  it('builds when there is no bundle, records its inputs, then leaves a current bundle alone', () => {
    build('--if-stale');
    const record = JSON.parse(readFileSync(join(outdir, 'ask.build.json'), 'utf8'));
    expect(record.inputs).toContain('adapters/cli/ask.ts');
    expect(record.inputs).toContain('src/bot.ts');
    // The bundled packages too (under ../ when node_modules is a link to elsewhere).
    expect(record.inputs.some((input: string) => input.includes('node_modules/zod/'))).toBe(true);
    const first = builtAt();
    build('--if-stale');
    expect(builtAt()).toBe(first);
    build();
    expect(builtAt()).toBeGreaterThan(first);
  });

  it('rebuilds when the record no longer matches the inputs', () => {
    build('--if-stale');
    const record = join(outdir, 'ask.build.json');
    const saved = JSON.parse(readFileSync(record, 'utf8'));
    writeFileSync(record, JSON.stringify({ ...saved, key: 'stale' }));
    const before = builtAt();
    build('--if-stale');
    expect(builtAt()).toBeGreaterThan(before);
    expect(JSON.parse(readFileSync(record, 'utf8')).key).toBe(saved.key);
  });
});

describe('bundleKey', () => {
  it('changes with an input’s content and with the build itself, not with time', () => {
    writeFileSync(join(temp, 'a.ts'), 'export const a = 1;');
    const key = () => bundleKey(temp, ['a.ts'], ['script', 'index-hash']);
    const first = key();
    expect(key()).toBe(first);
    writeFileSync(join(temp, 'a.ts'), 'export const a = 2;');
    expect(key()).not.toBe(first);
    expect(bundleKey(temp, ['a.ts'], ['script v2', 'index-hash'])).not.toBe(key());
  });

  it('fails when an input is gone', () => {
    expect(() => bundleKey(temp, ['gone.ts'], [])).toThrow(/ENOENT/);
  });
});
