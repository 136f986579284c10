import { describe, expect, it } from 'vitest';
import { createReloadQueue } from '../../src/live/reload-queue.ts';

describe('createReloadQueue', () => {
  it('runs one reload at a time and folds every request made during a run into one more run', async () => {
    let runs = 0;
    let active = 0;
    let release: () => void = () => {};
    const reload = createReloadQueue(async () => {
      active++;
      expect(active).toBe(1);
      runs++;
      await new Promise<void>((resolve) => {
        release = resolve;
      });
      active--;
      return runs;
    });
    const first = reload();
    const second = reload();
    const third = reload();
    expect(second).toBe(third);
    release();
    expect(await first).toBe(1);
    await new Promise((resolve) => setImmediate(resolve));
    release();
    expect(await second).toBe(2);
    expect(runs).toBe(2);
  });

  it('runs the folded request even when the running one failed', async () => {
    let runs = 0;
    const reload = createReloadQueue(async () => {
      runs++;
      if (runs === 1) throw new Error('bad file');
      return runs;
    });
    const first = reload();
    const second = reload();
    await expect(first).rejects.toThrow('bad file');
    expect(await second).toBe(2);
  });
});
