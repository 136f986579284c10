import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { indexCodeFiles } from '../../src/snapshot/index-snapshot.ts';

// The snapshot key hashes the files of code-files.json: they must be exactly the modules that
// build and save a snapshot, or a change to one of them would load a snapshot it no longer builds.
const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '../../src');

function closure(start: string): string[] {
  const seen = new Set<string>();
  const visit = (path: string) => {
    if (seen.has(path)) return;
    seen.add(path);
    const source = readFileSync(join(SRC, path), 'utf8');
    for (const [, spec] of source.matchAll(/\bfrom\s+'(\.[^']+)'/g)) {
      visit(relative(SRC, resolve(SRC, dirname(path), spec ?? '')));
    }
  };
  visit(start);
  return [...seen];
}

describe('snapshot code files', () => {
  it('lists exactly the modules that build and save a snapshot', () => {
    const used = new Set([
      ...closure('snapshot/build-snapshot.ts'),
      ...closure('snapshot/index-snapshot.ts'),
    ]);
    expect(indexCodeFiles()).toEqual([...used].sort());
  });
});
