import { createRequire } from 'node:module';
import type * as Yaml from 'yaml';

/**
 * The YAML parser, loaded on first use. A start from the index snapshot reads no YAML, and loading
 * the library alone took about 15 ms of a one-shot `npm run ask` (the bundle leaves `yaml` out and
 * requires it from node_modules only when a corpus file is actually parsed).
 *
 * @module
 */
let yaml: typeof Yaml | undefined;

export function parseYaml(source: string): unknown {
  yaml ??= createRequire(import.meta.url)('yaml') as typeof Yaml;
  return yaml.parse(source);
}
