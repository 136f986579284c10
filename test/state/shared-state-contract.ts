import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SharedState } from '../../src/index.ts';

/** What every SharedState does; each implementation's test file runs it with a fresh state. */
export function describeSharedStateContract(name: string, open: () => Promise<SharedState>) {
  describe(`${name} (SharedState contract)`, () => {
    let state: SharedState;
    beforeEach(async () => {
      state = await open();
    });
    afterEach(() => state.close());

    it('grants a claim once until it expires, and refuses a claim sharing any key', async () => {
      expect(await state.claim(['event:E1', 'message:C1:1'], 60_000)).toBe(true);
      expect(await state.claim(['event:E1', 'message:C1:1'], 60_000)).toBe(false);
      expect(await state.claim(['event:E2', 'message:C1:1'], 60_000)).toBe(false);
      expect(await state.claim(['event:E3'], 60_000)).toBe(true);
      expect(await state.claim(['event:short'], 30)).toBe(true);
      await new Promise((resolve) => setTimeout(resolve, 80));
      expect(await state.claim(['event:short'], 30)).toBe(true);
    });

    it('grants a contested claim to exactly one of many concurrent claimants', async () => {
      const results = await Promise.all(
        Array.from({ length: 8 }, () => state.claim(['event:race', 'message:C9:9'], 60_000)),
      );
      expect(results.filter(Boolean)).toHaveLength(1);
    });

    it('caches a value until its time runs out', async () => {
      const user = { id: 'U1', displayName: 'Ada', isAdminOrOwner: true };
      expect(await state.cacheGet('slack-user:U1')).toBeUndefined();
      await state.cacheSet('slack-user:U1', user, 60_000);
      expect(await state.cacheGet('slack-user:U1')).toEqual(user);
      await state.cacheSet('slack-user:U2', user, 30);
      await new Promise((resolve) => setTimeout(resolve, 80));
      expect(await state.cacheGet('slack-user:U2')).toBeUndefined();
    });

    it('limits attempts per key within a window and says how long to wait', async () => {
      expect(await state.hit('slack:T1:U1', 2, 60_000)).toBe(0);
      expect(await state.hit('slack:T1:U1', 2, 60_000)).toBe(0);
      const wait = await state.hit('slack:T1:U1', 2, 60_000);
      expect(wait).toBeGreaterThanOrEqual(59);
      expect(wait).toBeLessThanOrEqual(60);
      expect(await state.hit('slack:T1:U2', 2, 60_000)).toBe(0);
    });

    it('saves, replaces, fetches and deletes installations', async () => {
      expect(await state.installations.fetch('T:T1')).toBeUndefined();
      await state.installations.save('T:T1', { team: { id: 'T1' }, bot: { token: 'xoxb-1' } });
      await state.installations.save('T:T1', { team: { id: 'T1' }, bot: { token: 'xoxb-2' } });
      expect(await state.installations.fetch('T:T1')).toEqual({
        team: { id: 'T1' },
        bot: { token: 'xoxb-2' },
      });
      expect(await state.installations.delete('T:T1')).toBe(true);
      expect(await state.installations.delete('T:T1')).toBe(false);
      expect(await state.installations.fetch('T:T1')).toBeUndefined();
    });
  });
}
