import { describe, expect, it } from 'vitest';
import { createBoltLogger } from '../../../adapters/slack/bolt-logger.ts';
import { createRecordingLogger } from '../../support/recording-logger.ts';

describe('createBoltLogger', () => {
  it('passes Bolt’s lines through ours with their source', () => {
    const logger = createRecordingLogger();
    const bolt = createBoltLogger(logger, 'info', 'https://slack.com/api/');
    bolt.setName('socket-mode');
    bolt.info('connected', { n: 1 });
    expect(logger.entries).toEqual([
      { level: 'info', message: 'connected {"n":1}', fields: { source: 'socket-mode' } },
    ]);
  });

  it('adds SLACK_API_URL and a hint to a failed Web API request', () => {
    const logger = createRecordingLogger();
    const bolt = createBoltLogger(logger, 'info', 'http://127.0.0.1:1/api/');
    bolt.warn(
      'http request failed',
      'fetch failed (connect ECONNREFUSED 127.0.0.1:1; POST http://127.0.0.1:1/api/chat.postMessage)',
    );
    expect(logger.entries[0]).toMatchObject({
      level: 'warn',
      message: expect.stringContaining('POST http://127.0.0.1:1/api/chat.postMessage'),
      fields: {
        slackApiUrl: 'http://127.0.0.1:1/api/',
        hint: 'the Slack Web API did not answer; check SLACK_API_URL and the network',
      },
    });
  });
});
