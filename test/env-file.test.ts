import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyEnvFile, describeUnknown, SETTING_NAMES, unknownSettings } from '../src/index.ts';
import { tempDir } from './support/temp-dir.ts';

const dir = () => tempDir('env-file-');

describe('applyEnvFile', () => {
  it('adds the file’s variables to the environment, keeping those already set', () => {
    const path = join(dir(), '.env');
    writeFileSync(
      path,
      '# comment\nDATA_DIR=./var/bot\nSLACK_BOT_TOKEN="xoxb-from-file"\nexport LOG_LEVEL=debug\nPORT=4000\n',
    );
    const env: Record<string, string | undefined> = { PORT: '5000' };
    const result = applyEnvFile(path, env);
    expect(result.file).toBe(path);
    expect(result.applied.sort()).toEqual(['DATA_DIR', 'LOG_LEVEL', 'SLACK_BOT_TOKEN']);
    expect(result.kept).toEqual(['PORT']);
    expect(env).toEqual({
      PORT: '5000',
      DATA_DIR: './var/bot',
      SLACK_BOT_TOKEN: 'xoxb-from-file',
      LOG_LEVEL: 'debug',
    });
  });

  it('reports no file and changes nothing when there is none', () => {
    const env = { PORT: '1' };
    expect(applyEnvFile(join(dir(), '.env'), env)).toEqual({ file: null, applied: [], kept: [] });
    expect(env).toEqual({ PORT: '1' });
  });

  it('names the file when it exists but cannot be read', () => {
    const path = join(dir(), '.env');
    mkdirSync(path);
    expect(() => applyEnvFile(path, {})).toThrow(new RegExp(`^Settings: cannot read ${path} \\(`));
  });
});

describe('unknownSettings', () => {
  it('suggests the setting a misspelt name was meant to be', () => {
    expect(unknownSettings(['SLACK_BOT_TOKN', 'DISCORD_TOKNE', 'DATA_DIRR', 'slack_app_token'])).toEqual([
      { name: 'SLACK_BOT_TOKN', suggestion: 'SLACK_BOT_TOKEN' },
      { name: 'DISCORD_TOKNE', suggestion: 'DISCORD_TOKEN' },
      { name: 'DATA_DIRR', suggestion: 'DATA_DIR' },
      { name: 'slack_app_token', suggestion: 'SLACK_APP_TOKEN' },
    ]);
  });

  it('reports a name with our prefix even when nothing is close', () => {
    expect(unknownSettings(['SLACK_CLIENT_SECRET_FOR_OAUTH'])).toEqual([
      { name: 'SLACK_CLIENT_SECRET_FOR_OAUTH', suggestion: null },
    ]);
  });

  it('leaves every real setting and the usual process variables alone', () => {
    const usual = [
      'PATH',
      'HOME',
      'USER',
      'SHELL',
      'TERM',
      'PWD',
      'LANG',
      'HOSTNAME',
      'NODE_ENV',
      'NODE_OPTIONS',
      'TZ',
    ];
    const npm = [
      'npm_config_cache',
      'npm_lifecycle_event',
      'npm_package_name',
      'INIT_CWD',
      'COLOR',
      'EDITOR',
    ];
    expect(unknownSettings([...SETTING_NAMES, ...usual, ...npm, 'LOGNAME', 'HOST'])).toEqual([]);
  });

  it('says what to do in one sentence', () => {
    expect(describeUnknown({ name: 'SLACK_BOT_TOKN', suggestion: 'SLACK_BOT_TOKEN' })).toBe(
      'SLACK_BOT_TOKN is not a setting of this bot; did you mean SLACK_BOT_TOKEN?',
    );
    expect(describeUnknown({ name: 'SLACK_X', suggestion: null })).toBe(
      'SLACK_X is not a setting of this bot (see .env.example)',
    );
  });
});
