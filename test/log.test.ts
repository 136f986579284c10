import { describe, expect, it } from 'vitest';
import { createLogger, type LogLevel } from '../src/index.ts';

function capture(level: LogLevel = 'info') {
  const lines: string[] = [];
  const logger = createLogger(level, (line) => lines.push(line));
  return { logger, entries: () => lines.map((line) => JSON.parse(line)) };
}

describe('createLogger', () => {
  it('writes one JSON line per entry with time, level, message and fields', () => {
    const { logger, entries } = capture();
    logger.info('slack: connected', { port: 3000 });
    const [entry] = entries();
    expect(entry).toMatchObject({ level: 'info', message: 'slack: connected', port: 3000 });
    expect(new Date(entry.time).toISOString()).toBe(entry.time);
  });

  it('drops entries below its level', () => {
    const { logger, entries } = capture('warn');
    logger.debug('d');
    logger.info('i');
    logger.warn('w');
    logger.error('e');
    expect(entries().map((e) => e.level)).toEqual(['warn', 'error']);
  });

  it('redacts values under keys that name a token, secret, authorization or password', () => {
    const { logger, entries } = capture();
    logger.error('failed', {
      SLACK_BOT_TOKEN: 'xoxb-123',
      signingSecret: 's3cr3t',
      Authorization: 'Bearer zz-auth',
      password: 'hunter2',
      user: 'u1',
    });
    const [entry] = entries();
    expect(entry).toMatchObject({
      SLACK_BOT_TOKEN: '[redacted]',
      signingSecret: '[redacted]',
      Authorization: '[redacted]',
      password: '[redacted]',
      user: 'u1',
    });
    expect(JSON.stringify(entry)).not.toMatch(/xoxb-123|s3cr3t|zz-auth|hunter2/);
  });

  it('writes an error as its name, message and stack', () => {
    const { logger, entries } = capture();
    logger.error('boom', { error: new TypeError('bad input') });
    const [entry] = entries();
    expect(entry.error).toMatchObject({ name: 'TypeError', message: 'bad input' });
    expect(entry.error.stack).toContain('bad input');
  });

  it('writes to stderr by default, leaving stdout to answers', () => {
    const writes: string[] = [];
    const original = process.stderr.write.bind(process.stderr);
    process.stderr.write = ((chunk: string) => writes.push(chunk) > 0) as typeof process.stderr.write;
    try {
      createLogger('info').info('hello');
    } finally {
      process.stderr.write = original;
    }
    expect(writes).toHaveLength(1);
    expect(JSON.parse(writes[0] ?? '')).toMatchObject({ message: 'hello' });
  });

  it('redacts secrets nested inside objects and arrays', () => {
    const { logger, entries } = capture();
    logger.error('bad config', { config: { SLACK_BOT_TOKEN: 'xoxb-1', retries: [{ secret: 's' }] } });
    const [entry] = entries();
    expect(JSON.stringify(entry)).not.toContain('xoxb-1');
    expect(entry.config).toEqual({ SLACK_BOT_TOKEN: '[redacted]', retries: [{ secret: '[redacted]' }] });
  });
});
