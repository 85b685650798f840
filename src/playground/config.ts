// The playground's settings: a pure function of an env object, like src/config.ts, reporting every problem
// at once. No Slack settings: the point of the playground is to run without a Slack app.

import { isIP } from 'node:net';
import {
  ConfigError,
  DEFAULT_PERSONA_FILE,
  type Env,
  type LogLevel,
  parseLogLevel,
  parsePort,
  reader,
  readStoreSettings,
} from '../config';
import type { DatabaseLocation } from '../store/database-url';

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

const HOSTNAME = /^(?=.{1,253}$)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/i;

export function loadPlaygroundConfig(env: Env, cwd: string): PlaygroundConfig {
  const problems: string[] = [];
  const value = reader(env);
  const host = value('PLAYGROUND_HOST') ?? DEFAULT_PLAYGROUND_HOST;
  if (isIP(host) === 0 && !HOSTNAME.test(host)) {
    problems.push(`PLAYGROUND_HOST must be an IP address or a host name such as 127.0.0.1; got "${host}".`);
  }
  const port = parsePort(value('PORT'), problems);
  const { database, sessionTimeoutMs, retentionMs } = readStoreSettings(value, cwd, problems);
  const logLevel = parseLogLevel(value('LOG_LEVEL'), problems);
  if (problems.length > 0 || database === undefined) throw new ConfigError(problems);
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
