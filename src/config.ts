import * as z from 'zod';

/**
 * One schema for every setting, read once from the environment by `loadConfig`. Nothing else
 * reads `process.env`. Platform sections are optional as a whole: a platform runs when its
 * credentials are present, and `requireDiscord` / `requireSlack` name whatever is missing.
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
const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);
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
  LOG_LEVEL: z.preprocess(emptyToUndefined, z.enum(['debug', 'info', 'warn', 'error']).default('info')),
  RATE_LIMIT_QUESTIONS: positiveInt(5),
  RATE_LIMIT_WINDOW_SECONDS: positiveInt(30),
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
  DISCORD_API_URL: z.preprocess(emptyToUndefined, z.url().default('https://discord.com/api')),

  SLACK_BOT_TOKEN: z.preprocess(emptyToUndefined, z.string().startsWith('xoxb-').optional()),
  SLACK_SIGNING_SECRET: optionalString,
  SLACK_APP_TOKEN: z.preprocess(emptyToUndefined, z.string().startsWith('xapp-').optional()),
  SLACK_MODERATOR_IDS: idList(z.string().regex(/^[UW][A-Z0-9]+$/, 'must be a Slack user id (U…)')),
  SLACK_API_URL: z.preprocess(emptyToUndefined, z.url().default('https://slack.com/api/')),
  PORT: positiveInt(3000),

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

/** Thrown for bad or missing settings; the message names every variable at fault. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Parses and validates settings from an environment-like record. Pure: pass `process.env`. */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const result = schema.safeParse(env);
  if (!result.success) {
    throw new ConfigError(`Configuration: invalid settings\n${z.prettifyError(result.error)}`);
  }
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

export const hasDiscord = (config: Config): boolean => config.DISCORD_TOKEN !== undefined;
export const hasSlack = (config: Config): boolean =>
  config.SLACK_BOT_TOKEN !== undefined || config.SLACK_CLIENT_ID !== undefined;

/** True when workspaces install the app through OAuth (`/slack/install`) instead of one bot token. */
export const isSlackOAuth = (config: SlackConfig): boolean => config.SLACK_CLIENT_ID !== undefined;

/** Narrows to a runnable Discord configuration or names every missing variable. */
export function requireDiscord(config: Config): DiscordConfig {
  const missing = (['DISCORD_TOKEN', 'DISCORD_APPLICATION_ID'] as const).filter((key) => !config[key]);
  if (missing.length > 0) {
    throw new ConfigError(`Configuration: Discord needs ${missing.join(', ')} (see .env.example)`);
  }
  return config as DiscordConfig;
}

/** Narrows to a runnable Slack configuration: a bot token plus either Socket Mode or a signing secret. */
export function requireSlack(config: Config): SlackConfig {
  if (config.SLACK_CLIENT_ID !== undefined) return requireSlackOAuth(config);
  const missing: string[] = [];
  if (!config.SLACK_BOT_TOKEN) missing.push('SLACK_BOT_TOKEN');
  // Socket Mode (an app token) needs no signing secret; HTTP mode verifies every request with it.
  if (!config.SLACK_APP_TOKEN && !config.SLACK_SIGNING_SECRET) missing.push('SLACK_SIGNING_SECRET');
  if (missing.length > 0) {
    throw new ConfigError(`Configuration: Slack needs ${missing.join(', ')} (see .env.example)`);
  }
  return config as SlackConfig;
}

/** Multi-workspace mode: HTTP only (the install pages need a public URL), and no single bot token. */
function requireSlackOAuth(config: Config): SlackConfig {
  const keys = ['SLACK_CLIENT_SECRET', 'SLACK_STATE_SECRET', 'SLACK_SIGNING_SECRET'] as const;
  const missing = keys.filter((key) => !config[key]);
  if (missing.length > 0) {
    throw new ConfigError(
      `Configuration: Slack installation through OAuth (SLACK_CLIENT_ID) needs ${missing.join(', ')} (see .env.example)`,
    );
  }
  if (config.SLACK_BOT_TOKEN || config.SLACK_APP_TOKEN) {
    throw new ConfigError(
      'Configuration: set either SLACK_BOT_TOKEN (one workspace) or SLACK_CLIENT_ID with its secrets (workspaces install the app through /slack/install), not both; OAuth runs in HTTP mode, so SLACK_APP_TOKEN must be unset too',
    );
  }
  return config as SlackConfig;
}
