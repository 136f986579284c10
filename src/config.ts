import * as z from 'zod';

/**
 * One schema for every setting, read once from the environment by `loadConfig`. Nothing else
 * reads `process.env`. Platform sections are optional as a whole: a platform is wanted as soon as
 * one of its credentials is set, and then every credential it lacks is named. Whatever is wrong
 * (bad values and missing credentials, on every platform) comes back as one `ConfigError` listing
 * each variable, so an operator fixes everything in one go. Values are never repeated in the
 * error: some are secrets.
 *
 * @module
 */

const emptyToUndefined = (value: unknown) => (value === '' ? undefined : value);
const optionalString = z.preprocess(emptyToUndefined, z.string().trim().min(1).optional());
const snowflake = z.string().regex(/^\d{17,20}$/, 'must be a Discord id (17–20 digits)');
const idList = (item: z.ZodString) =>
  z.preprocess(
    (value) =>
      typeof value === 'string'
        ? value
            .split(',')
            .map((part) => part.trim())
            .filter(Boolean)
        : [],
    z.array(item),
  );
const WHOLE = 'must be a whole number above 0';
const positiveInt = (fallback: number) =>
  z.preprocess(
    emptyToUndefined,
    z.coerce.number({ error: WHOLE }).int(WHOLE).positive(WHOLE).default(fallback),
  );
const PORT_RANGE = 'must be a port number (1–65535)';
const port = z.coerce.number({ error: PORT_RANGE }).int(PORT_RANGE).min(1, PORT_RANGE).max(65535, PORT_RANGE);
const url = (fallback: string) =>
  z.preprocess(emptyToUndefined, z.url({ error: 'must be an http(s) URL' }).default(fallback));
const booleanFlag = (fallback: boolean) =>
  z.preprocess(
    (value) => (typeof value === 'string' && value.trim() !== '' ? value.trim().toLowerCase() : undefined),
    z
      .enum(['true', 'false', '1', '0', 'yes', 'no'], { error: 'must be true or false' })
      .optional()
      .transform((value) => (value === undefined ? fallback : ['true', '1', 'yes'].includes(value))),
  );

const schema = z.object({
  DATA_DIR: z.preprocess(emptyToUndefined, z.string().default('./data')),
  CORPUS_DIR: z.preprocess(emptyToUndefined, z.string().optional()),
  LOG_LEVEL: z.preprocess(
    emptyToUndefined,
    z
      .enum(['debug', 'info', 'warn', 'error'], { error: 'must be debug, info, warn or error' })
      .default('info'),
  ),
  RATE_LIMIT_QUESTIONS: positiveInt(5),
  RATE_LIMIT_WINDOW_SECONDS: positiveInt(30),
  HEALTH_PORT: z.preprocess(emptyToUndefined, port.optional()),
  GAPS_RETENTION_DAYS: positiveInt(90),
  GAPS_STORE_USER: z
    .preprocess(emptyToUndefined, z.enum(['true', 'false'], 'must be true or false').default('false'))
    .transform((value) => value === 'true'),
  WATCH_CORPUS: booleanFlag(true),
  ALLOW_CHAT_SOURCES: booleanFlag(false),

  DISCORD_TOKEN: optionalString,
  DISCORD_APPLICATION_ID: z.preprocess(emptyToUndefined, snowflake.optional()),
  DISCORD_GUILD_ID: z.preprocess(emptyToUndefined, snowflake.optional()),
  DISCORD_MODERATOR_ROLE_IDS: idList(snowflake),
  DISCORD_API_URL: url('https://discord.com/api'),

  SLACK_BOT_TOKEN: z.preprocess(
    emptyToUndefined,
    z.string().startsWith('xoxb-', 'must start with xoxb- (the Bot User OAuth Token)').optional(),
  ),
  SLACK_SIGNING_SECRET: optionalString,
  SLACK_APP_TOKEN: z.preprocess(
    emptyToUndefined,
    z.string().startsWith('xapp-', 'must start with xapp- (an app-level token)').optional(),
  ),
  SLACK_MODERATOR_IDS: idList(z.string().regex(/^[UW][A-Z0-9]+$/, 'must be a Slack user id (U…)')),
  SLACK_API_URL: url('https://slack.com/api/'),
  PORT: z.preprocess(emptyToUndefined, port.default(3000)),

  // Running at scale (README, "Running at scale"): a shared PostgreSQL database, Slack installed in
  // many workspaces through OAuth, Discord shards.
  DATABASE_URL: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .regex(
        /^postgres(ql)?:\/\/\S+$/,
        'must be a PostgreSQL URL (postgres://user:password@host:5432/database)',
      )
      .optional(),
  ),
  SLACK_CLIENT_ID: optionalString,
  SLACK_CLIENT_SECRET: optionalString,
  SLACK_STATE_SECRET: optionalString,
  DISCORD_SHARDS: z.preprocess(
    emptyToUndefined,
    z
      .union([z.literal('auto'), z.coerce.number().int().positive()], {
        error: 'must be "auto" or a positive whole number of shards',
      })
      .optional(),
  ),
});

export type Config = z.infer<typeof schema>;
type Env = Record<string, string | undefined>;

/** Every variable the bot reads, in `.env.example` order of the schema. */
export const SETTING_NAMES: readonly string[] = Object.keys(schema.shape);

/** Thrown for bad or missing settings; the message names every variable at fault. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** One thing to fix: the variable(s) and what is wrong, without the value. */
interface Problem {
  variable: string;
  problem: string;
}

/** Which platforms an entry point runs: `configured` = every platform with a credential set. */
export type PlatformChoice = 'configured' | 'discord' | 'slack' | 'none';

const DISCORD_CREDENTIALS = ['DISCORD_TOKEN', 'DISCORD_APPLICATION_ID'] as const;
const SLACK_CREDENTIALS = [
  'SLACK_BOT_TOKEN',
  'SLACK_APP_TOKEN',
  'SLACK_SIGNING_SECRET',
  'SLACK_CLIENT_ID',
] as const;
const isSet = (env: Env, name: string) => (env[name] ?? '').trim() !== '';

function platformProblems(env: Env, wants: { discord: boolean; slack: boolean }): Problem[] {
  const problems: Problem[] = [];
  if (wants.discord) {
    for (const name of DISCORD_CREDENTIALS) {
      if (!isSet(env, name))
        problems.push({
          variable: name,
          problem: 'is missing; Discord needs a bot token and an application id',
        });
    }
  }
  if (wants.slack && isSet(env, 'SLACK_CLIENT_ID')) problems.push(...slackOAuthProblems(env));
  else if (wants.slack) {
    if (!isSet(env, 'SLACK_BOT_TOKEN'))
      problems.push({
        variable: 'SLACK_BOT_TOKEN',
        problem: 'is missing; Slack needs the bot token (xoxb-…)',
      });
    if (!isSet(env, 'SLACK_APP_TOKEN') && !isSet(env, 'SLACK_SIGNING_SECRET'))
      problems.push({
        variable: 'SLACK_SIGNING_SECRET or SLACK_APP_TOKEN',
        problem:
          'is missing; set SLACK_SIGNING_SECRET to receive events over HTTP on PORT, or SLACK_APP_TOKEN (xapp-…) for Socket Mode',
      });
    const httpMode = !isSet(env, 'SLACK_APP_TOKEN');
    if (httpMode && isSet(env, 'HEALTH_PORT') && Number(env.HEALTH_PORT) === Number(env.PORT || 3000))
      problems.push({
        variable: 'HEALTH_PORT',
        problem: 'must differ from PORT; Slack in HTTP mode already serves GET /healthz on PORT',
      });
  }
  return problems;
}

/** Multi-workspace mode: HTTP only (the install pages need a public URL), and no single bot token. */
function slackOAuthProblems(env: Env): Problem[] {
  const problems: Problem[] = [];
  for (const name of ['SLACK_CLIENT_SECRET', 'SLACK_STATE_SECRET', 'SLACK_SIGNING_SECRET']) {
    if (!isSet(env, name))
      problems.push({
        variable: name,
        problem: 'is missing; Slack installation through OAuth (SLACK_CLIENT_ID) needs it',
      });
  }
  if (isSet(env, 'SLACK_BOT_TOKEN'))
    problems.push({
      variable: 'SLACK_BOT_TOKEN',
      problem:
        'must be unset with SLACK_CLIENT_ID: set either SLACK_BOT_TOKEN (one workspace) or SLACK_CLIENT_ID with its secrets (workspaces install the app through /slack/install), not both',
    });
  if (isSet(env, 'SLACK_APP_TOKEN'))
    problems.push({
      variable: 'SLACK_APP_TOKEN',
      problem: 'must be unset with SLACK_CLIENT_ID: OAuth installation runs in HTTP mode',
    });
  return problems;
}

function wantedPlatforms(env: Env, choice: PlatformChoice) {
  const configured = choice === 'configured';
  return {
    discord: choice === 'discord' || (configured && DISCORD_CREDENTIALS.some((name) => isSet(env, name))),
    slack: choice === 'slack' || (configured && SLACK_CREDENTIALS.some((name) => isSet(env, name))),
  };
}

function describe(problems: readonly Problem[]): string {
  if (problems.length === 1) {
    const [only] = problems as [Problem];
    return `Configuration: ${only.variable} ${only.problem} (see .env.example)`;
  }
  return [
    `Configuration: ${problems.length} settings to fix (see .env.example):`,
    ...problems.map((p) => `  ${p.variable} ${p.problem}`),
  ].join('\n');
}

/**
 * Parses and validates settings from an environment-like record. Pure: pass `process.env`.
 * With `platforms`, also checks that each platform that runs has every credential it needs.
 */
export function loadConfig(env: Env, options: { platforms?: PlatformChoice } = {}): Config {
  // Settings are parsed once per process: zod's fast path would first compile a parser for this
  // schema (with `new Function`), which pays off only from a second parse; skipping it saves a
  // one-shot `npm run ask` about 2 ms of its cold start (bench/cold-start.ts).
  const result = schema.safeParse(env, { jitless: true });
  const problems = new Map<string, Problem>();
  for (const issue of result.success ? [] : result.error.issues) {
    const variable = String(issue.path[0] ?? 'settings');
    problems.set(variable, { variable, problem: issue.message });
  }
  for (const problem of platformProblems(env, wantedPlatforms(env, options.platforms ?? 'none'))) {
    if (!problems.has(problem.variable)) problems.set(problem.variable, problem);
  }
  if (!result.success || problems.size > 0) throw new ConfigError(describe([...problems.values()]));
  return result.data;
}

export type DiscordConfig = Config & { DISCORD_TOKEN: string; DISCORD_APPLICATION_ID: string };
/**
 * A runnable Slack configuration: one workspace's bot token, or (OAuth) the app's client id,
 * secret and state secret, with workspaces added through /slack/install.
 */
export type SlackConfig = Config &
  (
    | { SLACK_BOT_TOKEN: string; SLACK_CLIENT_ID?: undefined }
    | {
        SLACK_CLIENT_ID: string;
        SLACK_CLIENT_SECRET: string;
        SLACK_STATE_SECRET: string;
        SLACK_SIGNING_SECRET: string;
      }
  );

/** Discord is wanted: one of its credentials is set (`requireDiscord` names what is missing). */
export const hasDiscord = (config: Config): boolean =>
  config.DISCORD_TOKEN !== undefined || config.DISCORD_APPLICATION_ID !== undefined;
/** Slack is wanted: one of its credentials is set (`requireSlack` names what is missing). */
export const hasSlack = (config: Config): boolean =>
  config.SLACK_BOT_TOKEN !== undefined ||
  config.SLACK_APP_TOKEN !== undefined ||
  config.SLACK_SIGNING_SECRET !== undefined ||
  config.SLACK_CLIENT_ID !== undefined;

/** True when workspaces install the app through OAuth (`/slack/install`) instead of one bot token. */
export const isSlackOAuth = (config: SlackConfig): boolean => config.SLACK_CLIENT_ID !== undefined;

const asEnv = (config: Config): Env =>
  Object.fromEntries(
    Object.entries(config).map(([key, value]) => [key, value === undefined ? '' : String(value)]),
  );

/** Narrows to a runnable Discord configuration or names every missing variable. */
export function requireDiscord(config: Config): DiscordConfig {
  const problems = platformProblems(asEnv(config), { discord: true, slack: false });
  if (problems.length > 0) throw new ConfigError(describe(problems));
  return config as DiscordConfig;
}

/** Narrows to a runnable Slack configuration: a bot token plus either Socket Mode or a signing secret. */
export function requireSlack(config: Config): SlackConfig {
  const problems = platformProblems(asEnv(config), { discord: false, slack: true });
  if (problems.length > 0) throw new ConfigError(describe(problems));
  return config as SlackConfig;
}
