import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseEnv } from 'node:util';
import { distance } from 'fastest-levenshtein';
import { SETTING_NAMES } from './config.ts';

/**
 * The `.env` file an operator keeps beside the bot. Read with Node's own parser (`util.parseEnv`,
 * the one behind `node --env-file`) into the environment record the caller passes, so it works
 * under `npm start`, tsx and the bundled `ask` alike; a variable already set in the real
 * environment wins over the file, as with `--env-file` and dotenv. Names that look like ours but
 * are not (`SLACK_BOT_TOKN`) are reported, so a typo does not silently switch a platform off.
 *
 * @module
 */
export interface EnvFileResult {
  /** Absolute path of the file read, or null when there is none. */
  file: string | null;
  /** Names the file set. */
  applied: string[];
  /** Names the file also sets but the environment already had (the environment's value is kept). */
  kept: string[];
}

export function applyEnvFile(path: string, env: Record<string, string | undefined>): EnvFileResult {
  const file = resolve(path);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { file: null, applied: [], kept: [] };
    throw new Error(`Settings: cannot read ${file} (${(error as Error).message})`, { cause: error });
  }
  const applied: string[] = [];
  const kept: string[] = [];
  for (const [name, value] of Object.entries(parseEnv(text))) {
    if (env[name] !== undefined) kept.push(name);
    else {
      env[name] = value;
      applied.push(name);
    }
  }
  return { file, applied, kept };
}

/** A name that is not one of ours, and the setting it was probably meant to be. */
export interface UnknownSetting {
  name: string;
  suggestion: string | null;
}

const OUR_PREFIXES = ['DISCORD_', 'SLACK_', 'RATE_LIMIT_', 'HEALTH_', 'CORPUS_', 'DATA_', 'LOG_'];

// Within `limit` edits of `name`, the nearest setting (the first of equals), or none: a setting
// whose length differs by more than `limit` cannot be, and is not compared at all. A shell holds
// dozens of variables (PATH, HOME, TERM, …) that are none of ours: compared with every setting, 36
// of them took about 1 ms of a one-shot ask's start (medians of 41 alternating runs).
function closest(name: string, limit: number): { setting: string; away: number } | undefined {
  let best: { setting: string; away: number } | undefined;
  for (const setting of SETTING_NAMES) {
    if (Math.abs(name.length - setting.length) > Math.min(limit, (best?.away ?? Infinity) - 1)) continue;
    const away = distance(name, setting);
    if (away <= limit && away < (best?.away ?? Infinity)) best = { setting, away };
  }
  return best;
}

/**
 * Names among `names` that look like a setting of this bot but are not one: our prefixes, or
 * within one or two edits of a real name (two for names of seven characters or more). Other
 * variables (PATH, HOME, NODE_OPTIONS) are none of our business and are not reported.
 */
export function unknownSettings(names: Iterable<string>): UnknownSetting[] {
  const found: UnknownSetting[] = [];
  for (const raw of names) {
    const name = raw.toUpperCase();
    if (SETTING_NAMES.includes(raw)) continue;
    const ours = OUR_PREFIXES.some((prefix) => name.startsWith(prefix));
    // Reported when near a setting; one of our prefixes is reported anyway, with a suggestion
    // only when one is near enough to be meant.
    const near = closest(name, name.length >= 7 ? 2 : 1);
    if (!near && !ours) continue;
    const meant = near ?? closest(name, Math.max(2, Math.floor(name.length / 3)));
    found.push({ name: raw, suggestion: meant?.setting ?? null });
  }
  return found;
}

/** "SLACK_BOT_TOKN is not a setting of this bot; did you mean SLACK_BOT_TOKEN?" */
export const describeUnknown = ({ name, suggestion }: UnknownSetting): string =>
  `${name} is not a setting of this bot${suggestion ? `; did you mean ${suggestion}?` : ' (see .env.example)'}`;
