// Structured JSON logs (pino); readable and coloured when a person watches a terminal. Every line passes
// through a scrubber on its way out, so a token can never reach the logs, whoever logged it (us, Bolt, or
// the Web API client quoting a request).

import { createRequire } from 'node:module';
import type { Logger as BoltLogger } from '@slack/bolt';
import { LogLevel as BoltLogLevel } from '@slack/bolt';
import pino from 'pino';
import type { LogLevel } from './config';

export type AppLogger = pino.Logger;

const TOKEN_PATTERN = /\b(xox[abposer]|xapp)-[A-Za-z0-9-]+/g;
const REDACTED = '[redacted]';

/** Replaces Slack tokens and the given secrets in a log line. */
export function scrubSecrets(line: string, secrets: readonly string[]): string {
  let clean = line.replace(TOKEN_PATTERN, (_match, kind: string) => `${kind}-${REDACTED}`);
  for (const secret of secrets) {
    if (secret.length >= 8) clean = clean.split(secret).join(REDACTED);
  }
  return clean;
}

interface Writable {
  write(chunk: string): unknown;
}

export interface LoggerOptions {
  readonly level: LogLevel;
  readonly secrets?: readonly string[];
  /** Defaults to pretty output when stdout is a terminal and pino-pretty is installed (development). */
  readonly pretty?: boolean;
  readonly destination?: Writable;
}

export function createLogger(options: LoggerOptions): AppLogger {
  const secrets = (options.secrets ?? []).filter((s) => s.length > 0);
  const out = options.destination ?? wantPretty(options.pretty) ?? process.stdout;
  const scrubbed: Writable = { write: (line: string) => out.write(scrubSecrets(line, secrets)) };
  return pino({ level: options.level, base: { service: 'slack-bot' } }, scrubbed);
}

function wantPretty(pretty: boolean | undefined): Writable | undefined {
  if (!(pretty ?? process.stdout.isTTY)) return undefined;
  try {
    // pino-pretty is a development dependency: production installs (npm ci --omit=dev) log JSON.
    const prettyFactory = createRequire(__filename)('pino-pretty') as (o: object) => Writable;
    return prettyFactory({ colorize: true, translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname,service' });
  } catch {
    return undefined;
  }
}

/** Routes Bolt's own logging into our logger, at the matching level. */
export function toBoltLogger(logger: AppLogger): BoltLogger {
  const text = (msgs: unknown[]) => msgs.map((m) => (typeof m === 'string' ? m : safeJson(m))).join(' ');
  const child = logger.child({ component: 'bolt' });
  // Bolt and the Slack SDKs log at debug on every event (whole payloads included): check the level before
  // formatting anything, or every event pays for log lines nobody will see.
  const at =
    (level: 'debug' | 'info' | 'warn' | 'error') =>
    (...msgs: unknown[]) => {
      if (child.isLevelEnabled(level)) child[level](text(msgs));
    };
  return {
    debug: at('debug'),
    info: at('info'),
    warn: at('warn'),
    error: at('error'),
    setLevel: () => {},
    getLevel: () => boltLevel(logger.level),
    setName: () => {},
  };
}

function boltLevel(level: string): BoltLogLevel {
  if (level === 'trace' || level === 'debug') return BoltLogLevel.DEBUG;
  if (level === 'info') return BoltLogLevel.INFO;
  if (level === 'warn') return BoltLogLevel.WARN;
  return BoltLogLevel.ERROR;
}

function safeJson(value: unknown): string {
  if (value instanceof Error) return `${value.name}: ${value.message}`;
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}
