import { describe, expect, it } from 'vitest';
import { startMain } from '../../adapters/start.ts';
import { emptyDir, runMain } from '../support/run-entry.ts';
import { FIXTURE_CORPUS_DIR } from '../support/test-bot.ts';

/** `npm start` in-process: what it runs, or why it stops (the platforms themselves: discord/, slack/). */
const env = (extra: Record<string, string> = {}) => ({
  DATA_DIR: emptyDir('start-data-'),
  CORPUS_DIR: FIXTURE_CORPUS_DIR,
  ...extra,
});

describe('npm start', () => {
  it('prints its usage for --help', async () => {
    const run = await runMain(startMain, ['--help'], { env: env() });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage: npm start\n/);
    expect(run.stdout).toContain('.env');
  });

  it('refuses to open the console without a terminal, naming what to set', async () => {
    const run = await runMain(startMain, [], { env: env(), input: 'When was it signed?\n' });
    expect(run.code).toBe(1);
    expect(run.stderr.split('\n')).toEqual([
      'Nothing to run: no platform is configured in the environment or .env (none found), and the console needs a terminal but standard input is not one.',
      'Set DISCORD_TOKEN and DISCORD_APPLICATION_ID, or SLACK_BOT_TOKEN with SLACK_APP_TOKEN or SLACK_SIGNING_SECRET (see .env.example).',
      '',
    ]);
    expect(run.stdout).toBe('');
  });

  it('points at a misspelt token when nothing runs because of it', async () => {
    const run = await runMain(startMain, [], { env: env({ SLACK_BOT_TOKN: 'xoxb-1' }) });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Note: SLACK_BOT_TOKN is set; did you mean SLACK_BOT_TOKEN?');
  });

  it('stops naming every missing credential when a platform is half configured', async () => {
    const run = await runMain(startMain, [], {
      env: env({ DISCORD_TOKEN: 't0ken', SLACK_APP_TOKEN: 'xapp-1' }),
      tty: true,
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^Configuration: 2 settings to fix/);
    expect(run.stderr).toContain('DISCORD_APPLICATION_ID is missing');
    expect(run.stderr).toContain('SLACK_BOT_TOKEN is missing');
    expect(run.stdout).toBe('');
  });

  it('opens the console at a terminal and answers until "exit"', async () => {
    const run = await runMain(startMain, [], {
      env: env(),
      tty: true,
      input: 'When was the partnership signed?\nexit\nWho is Kaja Kallas?\n',
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('1 article(s), 12 passages, 0 local pin(s)');
    expect(run.stdout).toContain('Sources:\n[1]');
    expect(run.stdout.match(/Sources:/g)).toHaveLength(1);
  });
});
