import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { Entry } from '../../adapters/entry.ts';
import { loadSettings } from '../../adapters/settings.ts';
import { ConfigError, DataDirError } from '../../src/index.ts';
import { emptyDir } from '../support/run-entry.ts';

/** An entry point's view of settings: `.env` in its working directory, checked and logged. */
function entryIn(cwd: string, env: Record<string, string | undefined> = {}) {
  const lines: string[] = [];
  const entry: Entry = {
    argv: [],
    env,
    cwd,
    io: {
      out: () => {},
      err: (line) => lines.push(line),
      input: Readable.from([]),
      output: new Writable({ write: (_chunk, _encoding, done) => done() }),
    },
  };
  const logged = () =>
    lines.map((line) => JSON.parse(line) as { level: string; message: string; file?: string });
  return { entry, logged };
}

describe('loadSettings', () => {
  it('reads .env from the working directory, the real environment winning, and says so', () => {
    const cwd = emptyDir('settings-');
    writeFileSync(join(cwd, '.env'), `DATA_DIR=${join(cwd, 'data')}\nRATE_LIMIT_QUESTIONS=9\nPORT=4000\n`);
    const { entry, logged } = entryIn(cwd, { PORT: '5000' });
    const { config, envFile } = loadSettings(entry);
    expect(config).toMatchObject({ DATA_DIR: join(cwd, 'data'), RATE_LIMIT_QUESTIONS: 9, PORT: 5000 });
    expect(envFile.file).toBe(join(cwd, '.env'));
    expect(logged()).toContainEqual(
      expect.objectContaining({ level: 'info', message: 'settings: read .env', file: join(cwd, '.env') }),
    );
    expect(existsSync(join(cwd, 'data'))).toBe(true);
  });

  it('logs the .env line at debug level for one-shot commands', () => {
    const cwd = emptyDir('settings-');
    writeFileSync(join(cwd, '.env'), `DATA_DIR=${join(cwd, 'data')}\n`);
    const { entry, logged } = entryIn(cwd);
    loadSettings(entry, { quiet: true });
    expect(logged()).toEqual([]);
  });

  it('warns about a variable that looks like a setting but is not one', () => {
    const cwd = emptyDir('settings-');
    writeFileSync(join(cwd, '.env'), `DATA_DIR=${join(cwd, 'data')}\nSLACK_BOT_TOKN=xoxb-1\n`);
    const { entry, logged } = entryIn(cwd);
    loadSettings(entry, { quiet: true });
    expect(logged()).toEqual([
      expect.objectContaining({
        level: 'warn',
        message: 'settings: SLACK_BOT_TOKN is not a setting of this bot; did you mean SLACK_BOT_TOKEN?',
      }),
    ]);
  });

  it('adds the likely typo to a configuration error', () => {
    const cwd = emptyDir('settings-');
    const { entry } = entryIn(cwd, { SLACK_BOT_TOKN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' });
    expect(() => loadSettings(entry, { platforms: 'configured' })).toThrow(ConfigError);
    expect(() => loadSettings(entry, { platforms: 'configured' })).toThrow(
      'Configuration: SLACK_BOT_TOKEN is missing; Slack needs the bot token (xoxb-…) (see .env.example)\n  Note: SLACK_BOT_TOKN is not a setting of this bot; did you mean SLACK_BOT_TOKEN?',
    );
  });

  it('checks DATA_DIR before anything opens it, unless told not to', () => {
    const cwd = emptyDir('settings-');
    writeFileSync(join(cwd, 'file'), 'x');
    const { entry } = entryIn(cwd, { DATA_DIR: join(cwd, 'file', 'data') });
    expect(() => loadSettings(entry)).toThrow(DataDirError);
    expect(loadSettings(entry, { dataDir: false }).config.DATA_DIR).toBe(join(cwd, 'file', 'data'));
  });
});
