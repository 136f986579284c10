import { join } from 'node:path';
import {
  applyEnvFile,
  type Config,
  ConfigError,
  createLogger,
  describeUnknown,
  type EnvFileResult,
  type Logger,
  loadConfig,
  type PlatformChoice,
  prepareDataDir,
  type UnknownSetting,
  unknownSettings,
} from '../src/index.ts';
import type { Entry } from './entry.ts';

/**
 * Settings for an entry point: `.env` from the working directory (the real environment wins),
 * validated in one go, a logger on stderr, and DATA_DIR checked before anything opens it. Names
 * that look like ours but are not are logged as warnings, and added to a configuration error,
 * where they are most often the cause.
 */
export interface Settings {
  config: Config;
  logger: Logger;
  envFile: EnvFileResult;
  unknown: UnknownSetting[];
}

export interface SettingsOptions {
  /** Which platforms must be fully configured (see `loadConfig`). */
  platforms?: PlatformChoice;
  /** One-shot commands log the `.env` line at debug level, so their output stays theirs. */
  quiet?: boolean;
  /** Check (and create) DATA_DIR; default true. */
  dataDir?: boolean;
}

export function loadSettings(entry: Entry, options: SettingsOptions = {}): Settings {
  const envFile = applyEnvFile(join(entry.cwd, '.env'), entry.env);
  const unknown = unknownSettings(Object.keys(entry.env));
  let config: Config;
  try {
    config = loadConfig(entry.env, { platforms: options.platforms ?? 'none' });
  } catch (error) {
    if (!(error instanceof ConfigError) || unknown.length === 0) throw error;
    throw new ConfigError(
      `${error.message}\n${unknown.map((u) => `  Note: ${describeUnknown(u)}`).join('\n')}`,
    );
  }
  const logger = createLogger(config.LOG_LEVEL, entry.io.err);
  if (envFile.file) {
    const log = options.quiet ? logger.debug : logger.info;
    log('settings: read .env', {
      file: envFile.file,
      variables: envFile.applied.length,
      ...(envFile.kept.length > 0 ? { keptFromEnvironment: envFile.kept } : {}),
    });
  }
  for (const name of unknown) logger.warn(`settings: ${describeUnknown(name)}`);
  if (options.dataDir !== false) prepareDataDir(config.DATA_DIR);
  return { config, logger, envFile, unknown };
}
