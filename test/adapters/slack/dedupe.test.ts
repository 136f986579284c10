import { describe, expect, it } from 'vitest';
import { createSeenKeys, idempotencyKeys } from '../../../adapters/slack/dedupe.ts';

describe('createSeenKeys', () => {
  it('reports a key as new once, then as seen until the TTL passes', () => {
    let t = 0;
    const seen = createSeenKeys({ ttlMs: 1000, now: () => t });
    expect(seen.firstTime(['event:E1'])).toBe(true);
    t = 999;
    expect(seen.firstTime(['event:E1'])).toBe(false);
    t = 999 + 1000;
    expect(seen.firstTime(['event:E1'])).toBe(true);
  });

  it('drops expired keys, so it holds only the keys of the last TTL', () => {
    let t = 0;
    const seen = createSeenKeys({ ttlMs: 1000, now: () => t });
    for (let n = 0; n < 100; n++) seen.firstTime([`event:E${n}`, `message:C1:${n}`]);
    t = 500;
    seen.firstTime(['event:E0']);
    t = 1200;
    expect(seen.firstTime(['event:E200'])).toBe(true);
    expect(seen.size).toBe(2);
    expect(seen.firstTime(['event:E0'])).toBe(false);
    expect(seen.firstTime(['event:E1'])).toBe(true);
  });

  it('stays fast with 200,000 live keys (sustained load within the TTL)', () => {
    const seen = createSeenKeys();
    const started = performance.now();
    for (let n = 0; n < 100_000; n++) seen.firstTime([`event:Ev${n}`, `message:C1:${n}.000100`]);
    expect(seen.size).toBe(200_000);
    // About 0.1 s here; the full scan this replaced took minutes.
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('treats a request as seen when any of its keys was seen', () => {
    const seen = createSeenKeys();
    expect(seen.firstTime(['event:E1', 'message:C1:1.1'])).toBe(true);
    expect(seen.firstTime(['event:E2', 'message:C1:1.1'])).toBe(false);
  });
});

describe('idempotencyKeys', () => {
  it('keys an event by its id and a message by channel and ts', () => {
    expect(
      idempotencyKeys({
        event_id: 'Ev1',
        event: { type: 'app_mention', channel: 'C1', ts: '1.2', client_msg_id: 'abc' },
      }),
    ).toEqual(['event:Ev1', 'message:C1:1.2', 'client-msg:abc']);
  });

  it('keys commands and interactions by trigger id', () => {
    expect(idempotencyKeys({ trigger_id: 'T1' })).toEqual(['trigger:T1']);
  });
});
