// Who is talking: each browser is its own person, known by a random id in a cookie. The id becomes the
// service's person { teamId: 'playground', userId: <id> }, stored under `person:playground:<id>`, apart
// from Slack's `person:T…:U…` keys in the same store.

import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { PersonId } from '../application/person-record';

/** Slack team ids start with T, so this can never collide with a workspace. */
export const PLAYGROUND_TEAM_ID = 'playground';
export const IDENTITY_COOKIE = 'playground_person';
/** A year: the conversation itself is kept for RETENTION_DAYS; the cookie only has to outlive it. */
const COOKIE_MAX_AGE_S = 365 * 24 * 60 * 60;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

/** A UUID as the browser or Node makes them, lower-cased so one id maps to exactly one stored key. */
export function parseUuid(value: unknown): string | null {
  return typeof value === 'string' && UUID.test(value) ? value.toLowerCase() : null;
}

export function playgroundPerson(id: string): PersonId {
  return { teamId: PLAYGROUND_TEAM_ID, userId: id };
}

function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq !== -1 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

/**
 * The person behind a request. A missing or malformed cookie (never trusted as a key) gets a fresh id,
 * set as an HttpOnly, SameSite=Strict cookie: page scripts cannot read it and other sites cannot send it.
 */
export function identify(req: IncomingMessage, res: ServerResponse): PersonId {
  const existing = parseUuid(readCookie(req.headers.cookie, IDENTITY_COOKIE));
  if (existing !== null) return playgroundPerson(existing);
  const id = randomUUID();
  res.appendHeader(
    'Set-Cookie',
    `${IDENTITY_COOKIE}=${id}; Path=/; Max-Age=${COOKIE_MAX_AGE_S}; HttpOnly; SameSite=Strict`,
  );
  return playgroundPerson(id);
}
