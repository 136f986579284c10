import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addMain } from '../../adapters/cli/add.ts';
import { askMain } from '../../adapters/cli/ask.ts';
import { evalMain } from '../../adapters/cli/eval.ts';
import { gapsMain } from '../../adapters/cli/gaps.ts';
import { pinMain } from '../../adapters/cli/pin.ts';
import { pinsMain } from '../../adapters/cli/pins.ts';
import { unpinMain } from '../../adapters/cli/unpin.ts';
import { deployMain } from '../../adapters/discord/deploy.ts';
import { discordMain } from '../../adapters/discord/main.ts';
import type { Main } from '../../adapters/entry.ts';
import { slackMain } from '../../adapters/slack/main.ts';
import { startMain } from '../../adapters/start.ts';
import { emptyDir, runMain } from '../support/run-entry.ts';
import { FIXTURE_CORPUS_DIR } from '../support/test-bot.ts';

/**
 * Every npm script fails the same way: one clean message on stderr (no stack trace, no source),
 * exit code 1, or 2 for bad usage; `--help` prints usage and exits 0. The first line of each
 * error is pinned here, with temp paths written as <tmp>.
 */
const scripts: Array<[string, Main]> = [
  ['start', startMain],
  ['start:discord', discordMain],
  ['start:slack', slackMain],
  ['deploy:discord', deployMain],
  ['ask', askMain],
  ['eval', evalMain],
  ['pin', pinMain],
  ['pins', pinsMain],
  ['unpin', unpinMain],
  ['add', addMain],
  ['gaps', gapsMain],
];

const tmp = emptyDir('entry-errors-');
const badCorpus = join(tmp, 'corpus');
mkdirSync(badCorpus);
for (const name of ['ani-2026-01-27-india-eu-security-defence-partnership.md', 'glossary.yaml'])
  copyFileSync(join(FIXTURE_CORPUS_DIR, name), join(badCorpus, name));
writeFileSync(
  join(badCorpus, 'added.md'),
  '---\nid: Added Article\ntitle: An added article\npublisher: Wire\ndateline: Paris\npublished: 2026-02-30\nurl: null\nlanguage: en\n---\n\nText.\n',
);
writeFileSync(join(tmp, 'dev.jsonl'), '{"id":"a","q":"When?","answerable":true}\n');
writeFileSync(join(tmp, 'a-file'), 'not a directory');

/** Arguments that get each script past its usage check. */
const argv: Record<string, string[]> = {
  eval: [join(tmp, 'dev.jsonl')],
  pin: ['A fact.'],
  unpin: ['P1'],
  ask: ['When?'],
  add: [join(tmp, 'page.html')],
};

const CREDENTIALS = {
  DISCORD_TOKEN: 'a.token',
  DISCORD_APPLICATION_ID: '223456789012345678',
  SLACK_BOT_TOKEN: 'xoxb-1',
  SLACK_APP_TOKEN: 'xapp-1',
};

async function firstLine(main: Main, argv: string[], env: Record<string, string>, tty = false) {
  const run = await runMain(main, argv, { env: { LOG_LEVEL: 'error', ...env }, tty, cwd: tmp });
  const lines = run.stderr.split(tmp).join('<tmp>').trimEnd().split('\n');
  expect(lines.every((line) => !/^\s+at /.test(line))).toBe(true);
  return { code: run.code, line: lines[0], stdout: run.stdout };
}

describe('entry point errors', () => {
  it('print a corpus error as one line, the same from every script that reads the corpus', async () => {
    const env = { ...CREDENTIALS, CORPUS_DIR: badCorpus, DATA_DIR: join(tmp, 'data') };
    const readers = scripts.filter(([name]) => !['deploy:discord', 'pins', 'add'].includes(name));
    for (const [name, main] of readers) {
      const { code, line } = await firstLine(main, argv[name] ?? [], env, true);
      expect(code, name).toBe(1);
      expect(line, name).toBe(
        'Corpus: <tmp>/corpus/added.md: field "id": must be lower-case letters, digits and hyphens; field "published": Invalid ISO date',
      );
    }
  });

  it('print a configuration error naming the variable', async () => {
    const bad = { DATA_DIR: join(tmp, 'data'), CORPUS_DIR: FIXTURE_CORPUS_DIR, RATE_LIMIT_QUESTIONS: 'many' };
    const lines = await Promise.all(
      scripts.map(([name, main]) => firstLine(main, argv[name] ?? [], bad, true)),
    );
    expect(Object.fromEntries(scripts.map(([name], i) => [name, lines[i]?.line]))).toMatchInlineSnapshot(`
      {
        "add": "Configuration: RATE_LIMIT_QUESTIONS must be a whole number above 0 (see .env.example)",
        "ask": "Configuration: RATE_LIMIT_QUESTIONS must be a whole number above 0 (see .env.example)",
        "deploy:discord": "Configuration: 3 settings to fix (see .env.example):",
        "eval": "Configuration: RATE_LIMIT_QUESTIONS must be a whole number above 0 (see .env.example)",
        "gaps": "Configuration: RATE_LIMIT_QUESTIONS must be a whole number above 0 (see .env.example)",
        "pin": "Configuration: RATE_LIMIT_QUESTIONS must be a whole number above 0 (see .env.example)",
        "pins": "Configuration: RATE_LIMIT_QUESTIONS must be a whole number above 0 (see .env.example)",
        "start": "Configuration: RATE_LIMIT_QUESTIONS must be a whole number above 0 (see .env.example)",
        "start:discord": "Configuration: 3 settings to fix (see .env.example):",
        "start:slack": "Configuration: 3 settings to fix (see .env.example):",
        "unpin": "Configuration: RATE_LIMIT_QUESTIONS must be a whole number above 0 (see .env.example)",
      }
    `);
    expect(lines.map((l) => l.code)).toEqual(scripts.map(() => 1));
  });

  it('print a DATA_DIR error naming the variable and the file in the way', async () => {
    const env = { ...CREDENTIALS, CORPUS_DIR: FIXTURE_CORPUS_DIR, DATA_DIR: join(tmp, 'a-file', 'data') };
    const users = scripts.filter(([name]) => !['deploy:discord', 'eval'].includes(name));
    for (const [name, main] of users) {
      const { code, line } = await firstLine(main, argv[name] ?? [], env, true);
      expect(code, name).toBe(1);
      expect(line, name).toBe(
        'DATA_DIR=<tmp>/a-file/data: <tmp>/a-file is a file, not a directory (ENOTDIR). Set DATA_DIR to a directory this user can write.',
      );
    }
  });

  it('print usage for --help and exit 0, and for an unknown option exit 2', async () => {
    for (const [name, main] of scripts) {
      const help = await runMain(main, ['--help'], { cwd: tmp });
      expect(help.code, name).toBe(0);
      expect(help.stdout, name).toMatch(new RegExp(`^Usage: npm (start|run ${name})`));
    }
    for (const [name, main] of scripts.filter(([name]) =>
      ['ask', 'pin', 'pins', 'unpin', 'add', 'gaps'].includes(name),
    )) {
      const { code, line } = await firstLine(main, ['--bogus'], { DATA_DIR: join(tmp, 'data') });
      expect(code, name).toBe(2);
      expect(line, name).toMatch(/^Unknown option '--bogus'/);
    }
  });
});
