import { describe, expect, it } from 'vitest';
import { createRateLimiter } from '../src/index.ts';

function limiter(limit = 3, windowSeconds = 30) {
  let t = 1_000_000;
  const rateLimiter = createRateLimiter({ limit, windowSeconds, now: () => t });
  return { hit: (key: string) => rateLimiter.hit(key), advance: (ms: number) => (t += ms) };
}

describe('createRateLimiter', () => {
  it('allows up to the limit within the window, then says how long to wait', () => {
    const { hit, advance } = limiter(3, 30);
    expect([hit('u1'), hit('u1'), hit('u1')]).toEqual([0, 0, 0]);
    advance(10_000);
    expect(hit('u1')).toBe(20);
  });

  it('counts each key separately', () => {
    const { hit } = limiter(1, 30);
    expect(hit('u1')).toBe(0);
    expect(hit('u2')).toBe(0);
    expect(hit('u1')).toBeGreaterThan(0);
  });

  it('allows again once the oldest attempt leaves the window', () => {
    const { hit, advance } = limiter(2, 30);
    hit('u1');
    advance(20_000);
    hit('u1');
    advance(9_999);
    expect(hit('u1')).toBe(1);
    advance(1);
    expect(hit('u1')).toBe(0);
    expect(hit('u1')).toBe(20);
  });

  it('does not count refused attempts against the user', () => {
    const { hit, advance } = limiter(1, 30);
    hit('u1');
    for (let i = 0; i < 5; i++) {
      advance(5_000);
      expect(hit('u1')).toBeGreaterThan(0);
    }
    advance(5_000);
    expect(hit('u1')).toBe(0);
  });

  it('never asks to wait less than a second', () => {
    const { hit, advance } = limiter(1, 1);
    hit('u1');
    advance(999);
    expect(hit('u1')).toBe(1);
  });
});
