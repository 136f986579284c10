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
