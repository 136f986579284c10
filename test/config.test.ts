import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  ConfigError,
  hasDiscord,
  hasSlack,
  isSlackOAuth,
  loadConfig,
  requireDiscord,
  requireSlack,
} from '../src/index.ts';

const GUILD = '123456789012345678';
const APP = '223456789012345678';

function configError(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('gives working defaults for an empty environment', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      DATA_DIR: './data',
      LOG_LEVEL: 'info',
      RATE_LIMIT_QUESTIONS: 5,
      RATE_LIMIT_WINDOW_SECONDS: 30,
      PORT: 3000,
      GAPS_RETENTION_DAYS: 90,
      GAPS_STORE_USER: false,
      DISCORD_MODERATOR_ROLE_IDS: [],
      SLACK_MODERATOR_IDS: [],
    });
    expect(config.CORPUS_DIR).toBeUndefined();
    expect(hasDiscord(config)).toBe(false);
    expect(hasSlack(config)).toBe(false);
  });

  it('reads WATCH_CORPUS (default on) and ALLOW_CHAT_SOURCES (default off) as booleans, naming a bad value', () => {
    expect(loadConfig({})).toMatchObject({ WATCH_CORPUS: true, ALLOW_CHAT_SOURCES: false });
    expect(loadConfig({ WATCH_CORPUS: 'false', ALLOW_CHAT_SOURCES: 'TRUE' })).toMatchObject({
      WATCH_CORPUS: false,
      ALLOW_CHAT_SOURCES: true,
    });
    expect(loadConfig({ WATCH_CORPUS: '', ALLOW_CHAT_SOURCES: ' ' })).toMatchObject({
      WATCH_CORPUS: true,
      ALLOW_CHAT_SOURCES: false,
    });
    expect(() => loadConfig({ ALLOW_CHAT_SOURCES: 'maybe' })).toThrow(
      'Configuration: ALLOW_CHAT_SOURCES must be true or false (see .env.example)',
    );
  });

  it('reads .env.example as the same defaults', () => {
    const env = Object.fromEntries(
      readFileSync('.env.example', 'utf8')
        .split('\n')
        .filter((line) => /^[A-Z_]+=/.test(line))
        .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
    );
    expect(Object.keys(env).length).toBeGreaterThan(5);
    expect(loadConfig(env)).toEqual(loadConfig({}));
  });

  it('converts numbers and comma-separated id lists', () => {
    const config = loadConfig({
      RATE_LIMIT_QUESTIONS: '10',
      PORT: '8080',
      DISCORD_MODERATOR_ROLE_IDS: ` ${GUILD}, ${APP} ,`,
      SLACK_MODERATOR_IDS: 'U123ABC,W456',
      GAPS_RETENTION_DAYS: '30',
      GAPS_STORE_USER: 'true',
    });
    expect(config.GAPS_RETENTION_DAYS).toBe(30);
    expect(config.GAPS_STORE_USER).toBe(true);
    expect(config.RATE_LIMIT_QUESTIONS).toBe(10);
    expect(config.PORT).toBe(8080);
    expect(config.DISCORD_MODERATOR_ROLE_IDS).toEqual([GUILD, APP]);
    expect(config.SLACK_MODERATOR_IDS).toEqual(['U123ABC', 'W456']);
  });

  it('treats empty values as unset', () => {
    const config = loadConfig({
      DISCORD_TOKEN: '',
      SLACK_SIGNING_SECRET: '',
      DATA_DIR: '',
      DISCORD_GUILD_ID: '',
    });
    expect(config.DISCORD_TOKEN).toBeUndefined();
    expect(config.SLACK_SIGNING_SECRET).toBeUndefined();
    expect(config.DATA_DIR).toBe('./data');
  });

  it.each([
    ['DISCORD_GUILD_ID', 'abc'],
    ['DISCORD_APPLICATION_ID', '12'],
    ['DISCORD_MODERATOR_ROLE_IDS', `${GUILD},moderators`],
    ['SLACK_BOT_TOKEN', 'nope'],
    ['SLACK_APP_TOKEN', 'xoxb-not-an-app-token'],
    ['SLACK_MODERATOR_IDS', 'alice'],
    ['LOG_LEVEL', 'verbose'],
    ['RATE_LIMIT_QUESTIONS', '0'],
    ['RATE_LIMIT_WINDOW_SECONDS', 'soon'],
    ['PORT', '-1'],
    ['DISCORD_API_URL', 'not a url'],
    ['GAPS_RETENTION_DAYS', '0'],
    ['GAPS_STORE_USER', 'yes'],
  ])('rejects %s=%s naming the variable', (name, value) => {
    expect(configError(() => loadConfig({ [name]: value }))).toContain(name);
  });

  it('names every bad variable in one error', () => {
    const message = configError(() =>
      loadConfig({ DISCORD_GUILD_ID: 'abc', SLACK_BOT_TOKEN: 'nope', PORT: 'x' }),
    );
    for (const name of ['DISCORD_GUILD_ID', 'SLACK_BOT_TOKEN', 'PORT']) expect(message).toContain(name);
  });

  it('does not repeat a rejected secret in the error', () => {
    const message = configError(() => loadConfig({ SLACK_BOT_TOKEN: 'xoxp-1234-very-secret' }));
    expect(message).toContain('SLACK_BOT_TOKEN');
    expect(message).not.toContain('very-secret');
  });
});

describe('requireDiscord', () => {
  it('names both missing variables', () => {
    const message = configError(() => requireDiscord(loadConfig({})));
    expect(message).toContain('DISCORD_TOKEN');
    expect(message).toContain('DISCORD_APPLICATION_ID');
  });

  it('names only what is missing', () => {
    const message = configError(() => requireDiscord(loadConfig({ DISCORD_TOKEN: 't0ken' })));
    expect(message).toContain('DISCORD_APPLICATION_ID');
    expect(message).not.toContain('DISCORD_TOKEN');
  });

  it('accepts a token and an application id', () => {
    const config = requireDiscord(loadConfig({ DISCORD_TOKEN: 't0ken', DISCORD_APPLICATION_ID: APP }));
    expect(config.DISCORD_APPLICATION_ID).toBe(APP);
    expect(hasDiscord(config)).toBe(true);
  });
});

describe('requireSlack', () => {
  it('names the bot token and signing secret when neither is set', () => {
    const message = configError(() => requireSlack(loadConfig({})));
    expect(message).toContain('SLACK_BOT_TOKEN');
    expect(message).toContain('SLACK_SIGNING_SECRET');
  });

  it('treats an empty signing secret as missing in HTTP mode', () => {
    const config = loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: '' });
    const message = configError(() => requireSlack(config));
    expect(message).toContain('SLACK_SIGNING_SECRET');
    expect(message).not.toContain('SLACK_BOT_TOKEN');
  });

  it('accepts a bot token with a signing secret (HTTP) or an app token (Socket Mode)', () => {
    expect(
      requireSlack(loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's' })).SLACK_BOT_TOKEN,
    ).toBe('xoxb-1');
    expect(hasSlack(requireSlack(loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' })))).toBe(
      true,
    );
  });
});

describe('loadConfig with platforms', () => {
  const configured = (env: Record<string, string>) =>
    configError(() => loadConfig(env, { platforms: 'configured' }));

  it('names every missing credential of both half-configured platforms in one error', () => {
    const message = configured({ DISCORD_TOKEN: 't0ken', SLACK_BOT_TOKEN: 'xoxb-1' });
    expect(message.split('\n')).toEqual([
      'Configuration: 2 settings to fix (see .env.example):',
      '  DISCORD_APPLICATION_ID is missing; Discord needs a bot token and an application id',
      '  SLACK_SIGNING_SECRET or SLACK_APP_TOKEN is missing; set SLACK_SIGNING_SECRET to receive events over HTTP on PORT, or SLACK_APP_TOKEN (xapp-…) for Socket Mode',
    ]);
  });

  it('names bad values and missing credentials together', () => {
    const message = configured({ DISCORD_TOKEN: 't0ken', SLACK_BOT_TOKEN: 'nope', PORT: 'x' });
    expect(message).toMatch(/^Configuration: 4 settings to fix/);
    expect(message).toContain('  SLACK_BOT_TOKEN must start with xoxb- (the Bot User OAuth Token)');
    expect(message).toContain('  PORT must be a port number (1–65535)');
    expect(message).toContain('  DISCORD_APPLICATION_ID is missing');
    expect(message).toContain('  SLACK_SIGNING_SECRET or SLACK_APP_TOKEN is missing');
    expect(message).not.toContain('SLACK_BOT_TOKEN is missing');
  });

  const NEEDS_BOT_TOKEN =
    'Configuration: SLACK_BOT_TOKEN is missing; Slack needs the bot token (xoxb-…) (see .env.example)';
  it.each([
    ['an app token alone', { SLACK_APP_TOKEN: 'xapp-1' }, NEEDS_BOT_TOKEN],
    ['a signing secret alone', { SLACK_SIGNING_SECRET: 's' }, NEEDS_BOT_TOKEN],
    [
      'an application id alone',
      { DISCORD_APPLICATION_ID: APP },
      'Configuration: DISCORD_TOKEN is missing; Discord needs a bot token and an application id (see .env.example)',
    ],
  ])('treats %s as a platform wanted, naming what it lacks', (_name, env, expected) => {
    expect(configured(env)).toBe(expected);
  });

  it('accepts both platforms fully configured, and nothing configured', () => {
    const both = loadConfig(
      {
        DISCORD_TOKEN: 't',
        DISCORD_APPLICATION_ID: APP,
        SLACK_BOT_TOKEN: 'xoxb-1',
        SLACK_APP_TOKEN: 'xapp-1',
      },
      { platforms: 'configured' },
    );
    expect([hasDiscord(both), hasSlack(both)]).toEqual([true, true]);
    const none = loadConfig({}, { platforms: 'configured' });
    expect([hasDiscord(none), hasSlack(none)]).toEqual([false, false]);
  });

  it('requires the named platform even with none of its variables set', () => {
    expect(configError(() => loadConfig({}, { platforms: 'discord' }))).toMatch(
      /DISCORD_TOKEN is missing[\s\S]*DISCORD_APPLICATION_ID is missing/,
    );
    expect(configError(() => loadConfig({ DISCORD_TOKEN: 't' }, { platforms: 'slack' }))).toMatch(
      /SLACK_BOT_TOKEN is missing[\s\S]*SLACK_SIGNING_SECRET or SLACK_APP_TOKEN is missing/,
    );
  });

  it('refuses HEALTH_PORT equal to PORT when Slack serves HTTP there, not in Socket Mode', () => {
    const http = { SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's', PORT: '8080', HEALTH_PORT: '8080' };
    expect(configured(http)).toBe(
      'Configuration: HEALTH_PORT must differ from PORT; Slack in HTTP mode already serves GET /healthz on PORT (see .env.example)',
    );
    const socket = { ...http, SLACK_APP_TOKEN: 'xapp-1' };
    expect(loadConfig(socket, { platforms: 'configured' }).HEALTH_PORT).toBe(8080);
  });

  it('reads HEALTH_PORT as a port number', () => {
    expect(loadConfig({ HEALTH_PORT: '9090' }).HEALTH_PORT).toBe(9090);
    expect(loadConfig({ HEALTH_PORT: '' }).HEALTH_PORT).toBeUndefined();
    expect(configError(() => loadConfig({ HEALTH_PORT: '70000' }))).toBe(
      'Configuration: HEALTH_PORT must be a port number (1–65535) (see .env.example)',
    );
  });
});

describe('requireSlack in OAuth mode (SLACK_CLIENT_ID)', () => {
  const oauth = {
    SLACK_CLIENT_ID: '123.456',
    SLACK_CLIENT_SECRET: 'cs',
    SLACK_STATE_SECRET: 'ss',
    SLACK_SIGNING_SECRET: 'sig',
  };

  it('accepts the client id, secrets and signing secret without a bot token', () => {
    const config = requireSlack(loadConfig(oauth));
    expect(hasSlack(config)).toBe(true);
    expect(isSlackOAuth(config)).toBe(true);
  });

  it('names every missing OAuth secret', () => {
    const message = configError(() => requireSlack(loadConfig({ SLACK_CLIENT_ID: '123.456' })));
    for (const name of ['SLACK_CLIENT_SECRET', 'SLACK_STATE_SECRET', 'SLACK_SIGNING_SECRET'])
      expect(message).toContain(name);
  });

  it('refuses a single bot token or Socket Mode alongside OAuth', () => {
    expect(configError(() => requireSlack(loadConfig({ ...oauth, SLACK_BOT_TOKEN: 'xoxb-1' })))).toMatch(
      /SLACK_BOT_TOKEN must be unset with SLACK_CLIENT_ID: set either SLACK_BOT_TOKEN/,
    );
    expect(configError(() => requireSlack(loadConfig({ ...oauth, SLACK_APP_TOKEN: 'xapp-1' })))).toContain(
      'SLACK_APP_TOKEN must be unset with SLACK_CLIENT_ID',
    );
  });
});

describe('scale settings', () => {
  it('accepts a PostgreSQL URL and DISCORD_SHARDS of auto or a count', () => {
    const config = loadConfig({ DATABASE_URL: 'postgresql://bot:pw@db:5432/pins', DISCORD_SHARDS: 'auto' });
    expect(config.DATABASE_URL).toBe('postgresql://bot:pw@db:5432/pins');
    expect(config.DISCORD_SHARDS).toBe('auto');
    expect(loadConfig({ DISCORD_SHARDS: '4' }).DISCORD_SHARDS).toBe(4);
  });

  it('names DATABASE_URL and DISCORD_SHARDS when they are wrong, without echoing the URL', () => {
    const message = configError(() =>
      loadConfig({ DATABASE_URL: 'mysql://bot:hunter2@db/pins', DISCORD_SHARDS: 'many' }),
    );
    expect(message).toContain('DATABASE_URL');
    expect(message).toContain('DISCORD_SHARDS');
    expect(message).not.toContain('hunter2');
  });
});
