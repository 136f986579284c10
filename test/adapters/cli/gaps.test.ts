import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gapsMain } from '../../../adapters/cli/gaps.ts';
import { type AskContext, loadConfig, openBot } from '../../../src/index.ts';
import { runMain } from '../../support/run-entry.ts';
import { FIXTURE_CORPUS_DIR } from '../../support/test-bot.ts';

/**
 * `npm run gaps` as an operator runs it (its entry point, in-process), against a DATA_DIR where a bot (standing in for the
 * Discord process) recorded declined questions, an answer and a "wrong" flag in server `guild-1`.
 */
const dataDir = mkdtempSync(join(tmpdir(), 'gaps-cli-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const member: AskContext = {
  community: '100000000000000001',
  user: { platform: 'discord', userId: '200000000000000001', displayName: 'Alice' },
};

beforeAll(async () => {
  const bot = await openBot(loadConfig({ DATA_DIR: dataDir, CORPUS_DIR: FIXTURE_CORPUS_DIR }), {
    pinSyncIntervalMs: 0,
  });
  bot.ask('What did NATO say about it?', member);
  bot.ask('what does nato think', member);
  bot.ask('What about cricket?', member);
  bot.ask('What about penguins?', { community: 'local' });
  const { id = '' } = bot.ask('When was the partnership signed?', member);
  bot.loop.feedback({ answerId: id, verdict: 'wrong', note: 'Outdated.' }, member);
  await bot.close();
});

/** `npm run gaps` in this process (test/adapters/cli/scripts.test.ts runs it once as a process). */
const run = (...args: string[]) =>
  runMain(gapsMain, args, { env: { DATA_DIR: dataDir, CORPUS_DIR: FIXTURE_CORPUS_DIR, LOG_LEVEL: 'error' } });

describe('npm run gaps', () => {
  it('shows the top groups of a community with count, example and missing words', async () => {
    const result = await run('--community', member.community);
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toBe(
      `Unanswered questions in ${member.community}, last 7 days: 3 questions in 2 groups (page 1 of 1).`,
    );
    expect(lines[1]).toMatch(/^ {2}1\. 2× missing: nato$/);
    expect(lines[2]).toMatch(/e\.g\. “what does nato think” \(last asked \d{4}-\d\d-\d\d\)/);
    expect(result.stdout).toContain('Review queue: 1 open item (/review on Discord');
  });

  it('shows the console community by default', async () => {
    const result = await run();
    expect(result.stdout).toContain('Unanswered questions in local, last 7 days: 1 question in 1 group');
    expect(result.stdout).toContain('missing: penguins');
  });

  it('exports every community as JSON with --json --all', async () => {
    const result = await run('--json', '--all');
    expect(result.code).toBe(0);
    const data = JSON.parse(result.stdout);
    expect(data.retentionDays).toBe(90);
    expect(data.communities.map((c: { community: string }) => c.community)).toEqual([
      member.community,
      'local',
    ]);
    const guild = data.communities[0];
    expect(guild).toMatchObject({
      days: 90,
      gaps: {
        questionCount: 3,
        groups: [
          { terms: ['nato'], count: 2 },
          { terms: ['cricket'], count: 1 },
        ],
      },
      feedback: [{ question: 'When was the partnership signed?', helpful: 0, wrong: 1 }],
      reviews: [{ id: 'R1', status: 'open', note: 'Outdated.', flaggedBy: null }],
    });
    expect(result.stdout).not.toContain('200000000000000001');
  });

  it('refuses bad arguments with the usage and exit code 2', async () => {
    const bad = await run('--days', 'soon');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--days must be a whole number');
    expect(bad.stderr).toContain('Usage: npm run gaps');
    const far = await run('--days', '365', '--json');
    expect(far.code).toBe(1);
    expect(JSON.parse(far.stdout).error).toContain('GAPS_RETENTION_DAYS');
  });
});
