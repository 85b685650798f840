// DATABASE_URL in Keyv's connection-string form, parsed without touching the disk.
//   sqlite://./data/bot.sqlite   relative to the working directory
//   sqlite:///var/lib/bot.sqlite absolute

import { isAbsolute, resolve } from 'node:path';

export type DatabaseLocation = { readonly kind: 'sqlite'; readonly path: string };

export const DEFAULT_DATABASE_URL = 'sqlite://./data/bot.sqlite';

/** Returns the location, or a message saying what is wrong with the URL. */
export function parseDatabaseUrl(url: string, cwd: string): DatabaseLocation | string {
  const match = /^sqlite:\/\/(.+)$/.exec(url.trim());
  if (!match?.[1]) {
    return `DATABASE_URL must look like sqlite://./data/bot.sqlite (relative) or sqlite:///var/lib/bot/bot.sqlite (absolute), got "${url}"`;
  }
  const path = match[1];
  return { kind: 'sqlite', path: isAbsolute(path) ? path : resolve(cwd, path) };
}
