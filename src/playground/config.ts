// The playground's settings: a pure function of an env object, like src/config.ts, reporting every problem
// at once. No Slack settings: the point of the playground is to run without a Slack app.

import { isIP } from 'node:net';
import {
  ConfigError,
  DEFAULT_PERSONA_FILE,
  DEFAULT_PORT,
  DEFAULT_RETENTION_DAYS,
  DEFAULT_SESSION_TIMEOUT,
  LOG_LEVELS,
  type LogLevel,
  parseDuration,
} from '../config';
import { type DatabaseLocation, DEFAULT_DATABASE_URL, parseDatabaseUrl } from '../store/database-url';

/** Loopback by default: the playground has no login, so it must not be reachable from the network. */
export const DEFAULT_PLAYGROUND_HOST = '127.0.0.1';

export interface PlaygroundConfig {
  readonly host: string;
  /** 0 picks a free port (tests). */
  readonly port: number;
  readonly database: DatabaseLocation;
  readonly personaFile: string;
  readonly sessionTimeoutMs: number;
  readonly retentionMs: number;
  readonly logLevel: LogLevel;
}

type Env = Readonly<Record<string, string | undefined>>;

const DAY_MS = 86_400_000;
const HOSTNAME = /^(?=.{1,253}$)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/i;

export function loadPlaygroundConfig(env: Env, cwd: string): PlaygroundConfig {
  const problems: string[] = [];
  const value = (name: string): string | undefined => {
    const v = env[name]?.trim();
    return v === '' ? undefined : v;
  };

  const host = value('PLAYGROUND_HOST') ?? DEFAULT_PLAYGROUND_HOST;
  if (isIP(host) === 0 && !HOSTNAME.test(host)) {
    problems.push(`PLAYGROUND_HOST must be an IP address or a host name such as 127.0.0.1; got "${host}".`);
  }
  const port = parsePort(value('PORT'), problems);
  const database = parseDatabaseUrl(value('DATABASE_URL') ?? DEFAULT_DATABASE_URL, cwd);
  if (typeof database === 'string') problems.push(database);
  const sessionTimeoutMs = parseDuration(
    'SESSION_TIMEOUT',
    value('SESSION_TIMEOUT') ?? DEFAULT_SESSION_TIMEOUT,
    problems,
  );
  const retentionMs = parseRetention(value('RETENTION_DAYS'), problems);
  const logLevel = value('LOG_LEVEL') ?? 'info';
  if (!isLogLevel(logLevel))
    problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}; got "${logLevel}".`);

  if (problems.length > 0 || typeof database === 'string' || !isLogLevel(logLevel)) {
    throw new ConfigError(problems);
  }
  return {
    host,
    port,
    database,
    personaFile: value('PERSONA_FILE') ?? DEFAULT_PERSONA_FILE,
    sessionTimeoutMs,
    retentionMs,
    logLevel,
  };
}

/** True for addresses only this machine can reach. */
export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/** The address a person pastes into the browser; an unspecified bind address is reached through loopback. */
export function playgroundUrl(host: string, port: number): string {
  const shown = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host;
  return `http://${isIP(shown) === 6 ? `[${shown}]` : shown}:${port}`;
}

function isLogLevel(level: string): level is LogLevel {
  return (LOG_LEVELS as readonly string[]).includes(level);
}

function parsePort(raw: string | undefined, problems: string[]): number {
  if (raw === undefined) return DEFAULT_PORT;
  const port = Number(raw);
  if (!/^\d+$/.test(raw) || port > 65535) {
    problems.push(`PORT must be a whole number from 0 to 65535, got "${raw}".`);
    return DEFAULT_PORT;
  }
  return port;
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
