// DATABASE_URL in Keyv's connection-string form, parsed without touching the disk.
//   sqlite://./data/bot.sqlite          relative to the working directory
//   sqlite:///var/lib/bot.sqlite        absolute
//   redis://[user:password@]host:6379   Redis or Valkey, shared by several replicas (rediss:// for TLS)

import { isAbsolute, resolve } from 'node:path';

export type DatabaseLocation =
  | { readonly kind: 'sqlite'; readonly path: string }
  | { readonly kind: 'redis'; readonly url: string; readonly display: string };

export const DEFAULT_DATABASE_URL = 'sqlite://./data/bot.sqlite';

/** Returns the location, or a message saying what is wrong with the URL. */
export function parseDatabaseUrl(url: string, cwd: string): DatabaseLocation | string {
  if (/^rediss?:\/\//i.test(url.trim())) return parseRedisUrl(url.trim());
  const match = /^sqlite:\/\/(.+)$/.exec(url.trim());
  if (!match?.[1]) {
    return `DATABASE_URL must look like sqlite://./data/bot.sqlite (relative), sqlite:///var/lib/bot/bot.sqlite (absolute) or redis://host:6379, got "${redactUrl(url)}"`;
  }
  const path = match[1];
  return { kind: 'sqlite', path: isAbsolute(path) ? path : resolve(cwd, path) };
}

function parseRedisUrl(url: string): DatabaseLocation | string {
  try {
    const parsed = new URL(url);
    if (!parsed.hostname) throw new Error('no host');
    return { kind: 'redis', url, display: redactUrl(url) };
  } catch {
    return `DATABASE_URL must look like redis://host:6379 or rediss://user:password@host:6380, got "${redactUrl(url)}"`;
  }
}

/** The URL without its password, for messages and logs. */
export function redactUrl(url: string): string {
  return url.replace(/\/\/([^/@:]*):[^/@]*@/, '//$1:***@');
}

/** Where the data lives, for logs: the file path, or the Redis URL without its password. */
export function describeLocation(location: DatabaseLocation): string {
  return location.kind === 'sqlite' ? location.path : location.display;
}
