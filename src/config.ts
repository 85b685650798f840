// Settings from the environment: a pure function of an env object that reports every problem at once,
// saying where to get each missing value. It never echoes a secret back.

import { type DatabaseLocation, DEFAULT_DATABASE_URL, parseDatabaseUrl } from './store/database-url';

export const LOG_LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];
export type SlackMode = 'socket' | 'http';

export interface Config {
  readonly mode: SlackMode;
  readonly botToken: string;
  /** Socket Mode only. */
  readonly appToken: string | undefined;
  /** HTTP mode only. */
  readonly signingSecret: string | undefined;
  readonly port: number;
  /** Where /metrics is served when set; unset: on PORT in Socket Mode, nowhere public in HTTP mode. */
  readonly metricsPort: number | undefined;
  readonly metricsHost: string;
  /** Web API base URL ending in '/', or undefined for slack.com. */
  readonly slackApiUrl: string | undefined;
  readonly database: DatabaseLocation;
  readonly personaFile: string;
  readonly sessionTimeoutMs: number;
  readonly retentionMs: number;
  readonly logLevel: LogLevel;
}

export class ConfigError extends Error {
  readonly problems: readonly string[];

  constructor(problems: readonly string[]) {
    super(`The bot cannot start:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
    this.problems = problems;
  }
}

const WHERE = {
  SLACK_BOT_TOKEN:
    "the Bot User OAuth Token (starts with xoxb-): your app's page at https://api.slack.com/apps > OAuth & Permissions, after Install to Workspace",
  SLACK_APP_TOKEN:
    "an App-Level Token with the connections:write scope (starts with xapp-): your app's page > Basic Information > App-Level Tokens > Generate Token and Scopes",
  SLACK_SIGNING_SECRET: "your app's page > Basic Information > App Credentials > Signing Secret",
} as const;

const README_HINT = 'See README.md, "Create the Slack app" (manifest.yml creates the app in one paste).';

export const DEFAULT_SESSION_TIMEOUT = '30m';
export const DEFAULT_RETENTION_DAYS = 30;
export const DEFAULT_PORT = 3000;
export const DEFAULT_METRICS_HOST = '127.0.0.1';
export const DEFAULT_PERSONA_FILE = 'persona.json';

export type Env = Readonly<Record<string, string | undefined>>;

/** A setting's value, trimmed; an empty one counts as unset. */
export function reader(env: Env): (name: string) => string | undefined {
  return (name) => {
    const v = env[name]?.trim();
    return v === '' ? undefined : v;
  };
}

/** The settings every entry point shares (bot, playground, admin): where the store is and the timings. */
export interface StoreSettings {
  readonly database: DatabaseLocation | undefined;
  readonly sessionTimeoutMs: number;
  readonly retentionMs: number;
}

export function readStoreSettings(
  value: (name: string) => string | undefined,
  cwd: string,
  problems: string[],
): StoreSettings {
  const database = parseDatabaseUrl(value('DATABASE_URL') ?? DEFAULT_DATABASE_URL, cwd);
  if (typeof database === 'string') problems.push(database);
  return {
    database: typeof database === 'string' ? undefined : database,
    sessionTimeoutMs: parseDuration(
      'SESSION_TIMEOUT',
      value('SESSION_TIMEOUT') ?? DEFAULT_SESSION_TIMEOUT,
      problems,
    ),
    retentionMs: parseRetention(value('RETENTION_DAYS'), problems),
  };
}

export function loadConfig(env: Env, cwd: string): Config {
  const problems: string[] = [];
  const value = reader(env);

  const mode = value('SLACK_MODE') ?? 'socket';
  if (mode !== 'socket' && mode !== 'http') {
    problems.push(`SLACK_MODE must be "socket" or "http", got "${mode}".`);
  }
  const socket = mode !== 'http';

  const botToken = value('SLACK_BOT_TOKEN');
  const appToken = value('SLACK_APP_TOKEN');
  const signingSecret = value('SLACK_SIGNING_SECRET');
  if (!botToken && !appToken && !signingSecret) {
    problems.push(
      `No Slack tokens are set. Copy .env.example to .env and fill in SLACK_BOT_TOKEN and ${
        socket ? 'SLACK_APP_TOKEN' : 'SLACK_SIGNING_SECRET'
      }. ${README_HINT}`,
    );
  } else {
    requireToken(problems, 'SLACK_BOT_TOKEN', botToken, 'xoxb-');
    if (socket) requireToken(problems, 'SLACK_APP_TOKEN', appToken, 'xapp-');
    else if (!signingSecret) {
      problems.push(
        `SLACK_SIGNING_SECRET is not set (needed in HTTP mode). Get it from ${WHERE.SLACK_SIGNING_SECRET}.`,
      );
    }
  }

  const port = parsePort(value('PORT'), problems);
  const metricsPortRaw = value('METRICS_PORT');
  const metricsPort =
    metricsPortRaw === undefined ? undefined : parsePort(metricsPortRaw, problems, 'METRICS_PORT');
  const metricsHost = value('METRICS_HOST') ?? DEFAULT_METRICS_HOST;
  const slackApiUrl = parseApiUrl(value('SLACK_API_URL'), problems);
  const { database, sessionTimeoutMs, retentionMs } = readStoreSettings(value, cwd, problems);
  const logLevel = parseLogLevel(value('LOG_LEVEL'), problems);

  if (problems.length > 0 || database === undefined) throw new ConfigError(problems);
  return {
    mode: socket ? 'socket' : 'http',
    botToken: botToken ?? '',
    appToken: socket ? appToken : undefined,
    signingSecret: socket ? undefined : signingSecret,
    port,
    metricsPort,
    metricsHost,
    slackApiUrl,
    database,
    personaFile: value('PERSONA_FILE') ?? DEFAULT_PERSONA_FILE,
    sessionTimeoutMs,
    retentionMs,
    logLevel,
  };
}

function requireToken(
  problems: string[],
  name: keyof typeof WHERE,
  token: string | undefined,
  prefix: string,
): void {
  if (!token) {
    problems.push(`${name} is not set. It is ${WHERE[name]}. ${README_HINT}`);
    return;
  }
  if (!token.startsWith(prefix)) {
    // Name the kind of token that was pasted, never the token itself.
    const kind = /^(xoxb|xoxp|xapp|xoxe)-/.exec(token)?.[1];
    const seen = kind ? `a ${kind}- token` : 'something that is not a Slack token';
    problems.push(`${name} must start with ${prefix}, but it holds ${seen}. It is ${WHERE[name]}.`);
  }
}

export function parseLogLevel(raw: string | undefined, problems: string[]): LogLevel {
  const level = raw ?? 'info';
  if (isLogLevel(level)) return level;
  problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}; got "${level}".`);
  return 'info';
}

function isLogLevel(level: string): level is LogLevel {
  return (LOG_LEVELS as readonly string[]).includes(level);
}

export function parsePort(raw: string | undefined, problems: string[], name = 'PORT'): number {
  if (raw === undefined) return DEFAULT_PORT;
  const port = Number(raw);
  if (!/^\d+$/.test(raw) || port > 65535) {
    problems.push(`${name} must be a whole number from 0 to 65535, got "${raw}".`);
    return DEFAULT_PORT;
  }
  return port;
}

function parseApiUrl(raw: string | undefined, problems: string[]): string | undefined {
  if (raw === undefined) return undefined;
  try {
    const url = new URL(raw);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('not http');
    return url.href.endsWith('/') ? url.href : `${url.href}/`;
  } catch {
    problems.push(
      `SLACK_API_URL must be a Web API base URL such as https://slack-gov.com/api/, got "${raw}".`,
    );
    return undefined;
  }
}

const DAY_MS = 86_400_000;
const UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: DAY_MS };

/** "90s", "30m", "24h", "7d". A bare number is ambiguous, so it is rejected. */
export function parseDuration(name: string, raw: string, problems: string[]): number {
  const match = /^(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)$/i.exec(raw.trim());
  const unit = match?.[2]?.toLowerCase();
  if (!match?.[1] || !unit || !UNITS[unit]) {
    problems.push(`${name} must be a duration with a unit, such as 90s, 30m, 24h or 7d; got "${raw}".`);
    return 0;
  }
  const ms = Number(match[1]) * (UNITS[unit] ?? 1);
  if (ms <= 0) problems.push(`${name} must be longer than zero; got "${raw}".`);
  return ms;
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
