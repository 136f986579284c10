/**
 * Serialises reloads and folds requests together: one runs at a time; a request made while one
 * runs is served by one more run after it (the files may have changed after the running one read
 * them), shared by every request made meanwhile. So a burst of saves, SIGHUPs and `reload`
 * commands costs at most two rebuilds, and every caller gets an outcome that reflects the files as
 * they were when it asked, or later.
 */
export function createReloadQueue<T>(run: () => Promise<T>): () => Promise<T> {
  let running: Promise<T> | undefined;
  let next: Promise<T> | undefined;
  const start = (): Promise<T> => {
    const current = run().finally(() => {
      if (running === current) running = undefined;
    });
    running = current;
    return current;
  };
  return () => {
    if (!running) return start();
    if (!next) {
      next = running
        .catch(() => undefined)
        .then(() => {
          next = undefined;
          return start();
        });
    }
    return next;
  };
}
