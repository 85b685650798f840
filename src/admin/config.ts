// The admin tool's settings: a pure function of an env object, like src/config.ts, reporting every problem
// at once. Only what the admin needs: where the store is and the bot's timings. No Slack tokens.

import { ConfigError, type Env, reader, readStoreSettings } from '../config';
import { type DatabaseLocation, DEFAULT_DATABASE_URL, redactUrl } from '../store/database-url';

export interface AdminConfig {
  readonly database: DatabaseLocation;
  /** DATABASE_URL as given (password hidden), for messages. */
  readonly databaseUrl: string;
  /** An open session idle longer than this is shown as expired, and a reset records it as expired. */
  readonly sessionTimeoutMs: number;
  /** The time-to-live of records the admin writes, as the bot writes them. */
  readonly retentionMs: number;
}

export function loadAdminConfig(env: Env, cwd: string): AdminConfig {
  const problems: string[] = [];
  const value = reader(env);
  const { database, sessionTimeoutMs, retentionMs } = readStoreSettings(value, cwd, problems);
  if (problems.length > 0 || database === undefined) throw new ConfigError(problems);
  return {
    database,
    databaseUrl: redactUrl(value('DATABASE_URL') ?? DEFAULT_DATABASE_URL),
    sessionTimeoutMs,
    retentionMs,
  };
}
