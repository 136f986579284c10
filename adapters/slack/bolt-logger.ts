import { type Logger as BoltLogger, LogLevel } from '@slack/bolt';
import type { Logger, LogLevel as OurLevel } from '../../src/index.ts';

/**
 * Bolt and its Web API client log through ours, so one place redacts secrets and picks the level.
 * A failed Web API request (the client logs one per retry) carries a hint naming SLACK_API_URL.
 */
export function createBoltLogger(logger: Logger, level: OurLevel, slackApiUrl?: string): BoltLogger {
  let name = 'bolt';
  let current = level as LogLevel;
  const line = (parts: unknown[]) =>
    parts
      .map((part) =>
        part instanceof Error ? part.message : typeof part === 'string' ? part : JSON.stringify(part),
      )
      .join(' ');
  return {
    debug: (...parts: unknown[]) => logger.debug(line(parts), { source: name }),
    info: (...parts: unknown[]) => logger.info(line(parts), { source: name }),
    warn: (...parts: unknown[]) => {
      const text = line(parts);
      const hint = text.startsWith('http request failed')
        ? { slackApiUrl, hint: 'the Slack Web API did not answer; check SLACK_API_URL and the network' }
        : {};
      logger.warn(text, { source: name, ...hint });
    },
    error: (...parts: unknown[]) => logger.error(line(parts), { source: name }),
    setLevel: (next: LogLevel) => {
      current = next;
    },
    getLevel: () => current ?? LogLevel.INFO,
    setName: (next: string) => {
      name = next;
    },
  };
}
