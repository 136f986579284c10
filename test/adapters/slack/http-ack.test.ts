import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { interactionRequest, pinShortcut } from '../../fakes/slack-requests.ts';
import { ADMIN, type Harness, startHarness } from './harness.ts';

describe('Slack adapter over HTTP: acknowledging in time', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => h.close());

  it('acknowledges a shortcut before its slow work, so Slack never sees a timeout', async () => {
    // users.info answers only after Slack's 3-second deadline; Bolt would answer 404 if we acked late.
    h.fake.inject('users.info', { delayMs: 3500 });
    const response = await h.send(
      interactionRequest(
        pinShortcut(ADMIN, { text: 'A fact worth pinning.', user: ADMIN }, h.fake.responseUrl('slow')),
      ),
    );
    const acknowledgedAt = Date.now();
    expect(response.status).toBe(200);
    await h.fake.waitFor(() => h.fake.callsTo('response_url').length === 1, 10_000);
    const lookup = h.fake.callsTo('users.info')[0];
    expect(acknowledgedAt).toBeLessThan(lookup?.at ?? 0);
    expect((await h.bot.pins('T0FAKE')).map((pin) => pin.text)).toEqual(['A fact worth pinning.']);
  });
});
