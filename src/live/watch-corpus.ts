import { type FSWatcher, watch } from 'node:fs';

/**
 * Calls `onChange` once a burst of changes to article files or the glossary in the corpus
 * directory has settled (`debounceMs` without another). Editors save through temporary files and
 * `npm run add` writes a hidden one first, so dot-files and names that are neither `*.md` nor
 * `glossary.yaml` are ignored. `fs.watch` misses changes on some network filesystems: SIGHUP and
 * the moderators' `reload` command do the same on demand.
 *
 * @module
 */
export interface CorpusWatcher {
  close(): void;
}

const relevant = (name: string) =>
  !name.startsWith('.') && (name.endsWith('.md') || name === 'glossary.yaml');

export function watchCorpus(
  dir: string,
  onChange: () => void,
  options: { debounceMs?: number; onError?: (error: Error) => void } = {},
): CorpusWatcher {
  const debounceMs = options.debounceMs ?? 300;
  let timer: NodeJS.Timeout | undefined;
  let watcher: FSWatcher | undefined;
  const close = () => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    watcher?.close();
    watcher = undefined;
  };
  watcher = watch(dir, { persistent: false }, (_event, name) => {
    if (name !== null && !relevant(String(name))) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      onChange();
    }, debounceMs);
  });
  watcher.on('error', (error) => {
    close();
    options.onError?.(error);
  });
  return { close };
}
