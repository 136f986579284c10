import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * Dependencies point one way, kept by reading the imports rather than by memory: the core never
 * imports a platform library or an adapter, adapters enter the core only through src/index.ts,
 * and only the search-index module talks to MiniSearch.
 */
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Every .ts file under `dir`, as a path from the repository root. */
function tsFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return tsFiles(path);
    return entry.isFile() && entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** Every module specifier of a file: static imports, re-exports and dynamic import(). */
function importsOf(source: string): string[] {
  const pattern =
    /(?:\bimport\s+(?:[^'"]*?\sfrom\s+)?|\bexport\s+[^'"]*?\sfrom\s+|\bimport\s*\(\s*)['"]([^'"]+)['"]/g;
  return [...source.matchAll(pattern)].map((match) => match[1] ?? '');
}

const importsByFile = (dir: string) =>
  tsFiles(dir).map((file) => ({ file, specs: importsOf(readFileSync(join(ROOT, file), 'utf8')) }));

/** Resolves a relative specifier to a path from the repository root. */
const target = (file: string, spec: string) =>
  spec.startsWith('.') ? relative(ROOT, resolve(ROOT, dirname(file), spec)) : spec;

describe('importsOf', () => {
  it('finds static, type-only, side-effect, re-export and dynamic imports', () => {
    const source = `import a from 'a';\nimport type { B } from "./b.ts";\nimport './c.ts';\nexport { d } from '../d.ts';\nconst e = await import('e');`;
    expect(importsOf(source)).toEqual(['a', './b.ts', './c.ts', '../d.ts', 'e']);
  });
});

describe('boundaries', () => {
  it('finds the core and adapter files', () => {
    expect(tsFiles('src')).toContain('src/index.ts');
    expect(tsFiles('adapters').length).toBeGreaterThan(0);
  });

  it('keeps platform libraries and adapters out of src/', () => {
    const offending = importsByFile('src').flatMap(({ file, specs }) =>
      specs
        .filter(
          (spec) =>
            /^(discord\.js|@slack\/|@discordjs\/)/.test(spec) || target(file, spec).startsWith('adapters'),
        )
        .map((spec) => `${file} imports ${spec}`),
    );
    expect(offending).toEqual([]);
  });

  it('lets adapters reach src/ only through src/index.ts', () => {
    const offending = importsByFile('adapters').flatMap(({ file, specs }) =>
      specs
        .map((spec) => target(file, spec))
        .filter((path) => path.startsWith('src/') && path !== 'src/index.ts')
        .map((path) => `${file} imports ${path}`),
    );
    expect(offending).toEqual([]);
  });

  it('keeps the layers inside src/ pointing down: text, corpus, search, snapshot, answer', () => {
    // A module may import its own layer and the ones below; the base (types, log, config, the
    // SQLite opener that pins and sources share) is
    // below everything, and bot.ts and index.ts sit on top. Storage stands beside the layers: db
    // (PostgreSQL plumbing) below pins (with the feedback loop kept beside them in pins.db,
    // moderation), pins below state (what platform replicas share, opened with the pins); only
    // the top reaches into it. sources (chat requests) needs only the base; ingest (npm run add)
    // writes corpus files; live (reload) builds snapshots and serves the answer pipeline's knowledge.
    const STORAGE = ['db', 'pins', 'state'];
    const LAYERS = [
      'base',
      'sources',
      'text',
      'corpus',
      'ingest',
      'search',
      'snapshot',
      'answer',
      'live',
      'top',
    ];
    const layerOf = (path: string): string => {
      const folder = /^src\/([^/]+)\//.exec(path)?.[1];
      if (folder === 'pins' || folder === 'moderation') return 'pins';
      if (folder) return folder;
      return ['src/bot.ts', 'src/index.ts'].includes(path) ? 'top' : 'base';
    };
    const rank = (layer: string) =>
      STORAGE.includes(layer) ? LAYERS.indexOf('text') : LAYERS.indexOf(layer);
    const offending = importsByFile('src').flatMap(({ file, specs }) =>
      specs
        .map((spec) => target(file, spec))
        .filter((path) => path.startsWith('src/'))
        .filter((path) => {
          const from = layerOf(file);
          const to = layerOf(path);
          if (from === to) return false;
          if (STORAGE.includes(to)) return from !== 'top' && !(STORAGE.indexOf(to) < STORAGE.indexOf(from));
          return rank(to) > rank(from) || !LAYERS.includes(to);
        })
        .map((path) => `${file} (${layerOf(file)}) imports ${path} (${layerOf(path)})`),
    );
    expect(offending).toEqual([]);
  });

  it('imports minisearch only in src/search/search-index.ts', () => {
    const users = [...importsByFile('src'), ...importsByFile('adapters')]
      .filter(({ specs }) => specs.some((spec) => spec === 'minisearch' || spec.startsWith('minisearch/')))
      .map(({ file }) => file);
    expect(users).toEqual(['src/search/search-index.ts']);
  });
});
