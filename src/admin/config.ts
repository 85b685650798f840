// The admin tool's settings: a pure function of an env object, like src/config.ts, reporting every problem
// at once. Only what the admin needs: where the store is and the bot's timings. No Slack tokens.

import { ConfigError, DEFAULT_RETENTION_DAYS, DEFAULT_SESSION_TIMEOUT, parseDuration } from '../config';
import { type DatabaseLocation, DEFAULT_DATABASE_URL, parseDatabaseUrl } from '../store/database-url';

export interface AdminConfig {
  readonly database: DatabaseLocation;
  /** DATABASE_URL as given (password hidden), for messages. */
  readonly databaseUrl: string;
  /** An open session idle longer than this is shown as expired, and a reset records it as expired. */
  readonly sessionTimeoutMs: number;
  /** The time-to-live of records the admin writes, as the bot writes them. */
  readonly retentionMs: number;
}

type Env = Readonly<Record<string, string | undefined>>;

const DAY_MS = 86_400_000;

export function loadAdminConfig(env: Env, cwd: string): AdminConfig {
  const problems: string[] = [];
  const value = (name: string): string | undefined => {
    const v = env[name]?.trim();
    return v === '' ? undefined : v;
  };

  const url = value('DATABASE_URL') ?? DEFAULT_DATABASE_URL;
  const database = parseDatabaseUrl(url, cwd);
  if (typeof database === 'string') problems.push(database);
  const sessionTimeoutMs = parseDuration(
    'SESSION_TIMEOUT',
    value('SESSION_TIMEOUT') ?? DEFAULT_SESSION_TIMEOUT,
    problems,
  );
  const retentionMs = parseRetention(value('RETENTION_DAYS'), problems);

  if (problems.length > 0 || typeof database === 'string') throw new ConfigError(problems);
  return { database, databaseUrl: hidePassword(url), sessionTimeoutMs, retentionMs };
}

function parseRetention(raw: string | undefined, problems: string[]): number {
  if (raw === undefined) return DEFAULT_RETENTION_DAYS * DAY_MS;
  const days = Number(raw);
  if (!Number.isInteger(days) || days < 1) {
    problems.push(`RETENTION_DAYS must be a whole number of days (1 or more), got "${raw}".`);
    return DEFAULT_RETENTION_DAYS * DAY_MS;
  }
  return days * DAY_MS;
}

/** `redis://user:secret@host` -> `redis://user:***@host`: messages never echo a password. */
function hidePassword(url: string): string {
  return url.replace(/\/\/([^/@:]*):[^/@]*@/, '//$1:***@');
}
