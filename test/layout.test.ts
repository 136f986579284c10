import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * test/ mirrors the code it tests, folder by folder: test/<dir> holds the tests of src/<dir>,
 * test/adapters/<dir> those of adapters/<dir>, test/scripts those of scripts/. Three folders are
 * not code: fakes/ (the local Discord and Slack), fixtures/ (corpus and question sets) and
 * support/ (factories shared by every test).
 */
const root = fileURLToPath(new URL('..', import.meta.url));
const NOT_CODE = ['fakes', 'fixtures', 'support'];

function directories(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => statSync(join(dir, name)).isDirectory())
    .flatMap((name) => [join(dir, name), ...directories(join(dir, name))]);
}

/** The code folder a test folder mirrors. */
function mirrored(testDir: string): string {
  const path = relative(join(root, 'test'), testDir);
  if (path === 'adapters' || path.startsWith('adapters/') || path === 'scripts') return path;
  return join('src', path);
}

describe('test/ layout', () => {
  it('has a code folder for every test folder', () => {
    const testDirs = directories(join(root, 'test')).filter(
      (dir) => !NOT_CODE.includes(relative(join(root, 'test'), dir).split('/')[0] ?? ''),
    );
    expect(testDirs.length).toBeGreaterThan(5);
    const orphans = testDirs.filter((dir) => {
      try {
        return !statSync(join(root, mirrored(dir))).isDirectory();
      } catch {
        return true;
      }
    });
    expect(orphans.map((dir) => relative(root, dir))).toEqual([]);
  });

  it('has a test folder for every code folder holding tested modules', () => {
    const codeDirs = [
      ...directories(join(root, 'src')),
      join(root, 'adapters', 'cli'),
      join(root, 'adapters', 'discord'),
      join(root, 'adapters', 'slack'),
    ];
    const missing = codeDirs
      .map((dir) => relative(root, dir))
      .filter((dir) => dir.split('/').length === 2)
      .filter((dir) => {
        const testDir = join(root, 'test', dir.startsWith('src/') ? dir.slice(4) : dir);
        try {
          return !statSync(testDir).isDirectory();
        } catch {
          return true;
        }
      });
    expect(missing).toEqual([]);
  });
});

describe('documents', () => {
  it('hold no merge conflict markers', () => {
    // A conflict resolved by committing both sides once left DESIGN.md with two module maps.
    const documents = readdirSync(root).filter((name) => name.endsWith('.md'));
    expect(documents).toContain('DESIGN.md');
    const marked = documents.filter((name) =>
      /^(?:<{7} |={7}$|>{7} )/m.test(readFileSync(join(root, name), 'utf8')),
    );
    expect(marked).toEqual([]);
  });
});
