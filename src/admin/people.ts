// Reading people from the store for the admin commands: one, all, or the one a user id on the command line
// stands for. A record that cannot be parsed is returned with `record: null`, never skipped, so the admin
// can see it and delete it.

import {
  PERSON_KEY_PREFIX,
  type PersonId,
  type PersonRecord,
  parsePersonRecord,
  personIdFromKey,
  personKey,
} from '../application/person-record';
import type { ConversationStore } from '../application/ports';
import { lastActivity } from '../conversation/session-admin';
import { formatUserRef, type UserRef } from './args';
import { AdminError, EXIT } from './errors';

export interface StoredPerson {
  readonly id: PersonId;
  readonly key: string;
  /** The revision read; a write back is conditional on it. */
  readonly revision: number;
  /** Null when the stored data cannot be read (corrupt, or written by an unknown version). */
  readonly record: PersonRecord | null;
  /** The stored data as it is (undefined when it is not even JSON). */
  readonly data: unknown;
}

export async function readPerson(store: ConversationStore, id: PersonId): Promise<StoredPerson | undefined> {
  const key = personKey(id);
  const stored = await store.read(key);
  if (stored === undefined) return undefined;
  return { id, key, revision: stored.revision, record: parsePersonRecord(stored.data), data: stored.data };
}

/** Everyone stored, in key order. People deleted while the listing runs are left out. */
export async function* readPeople(store: ConversationStore): AsyncGenerator<StoredPerson> {
  for (const id of await listPersonIds(store)) {
    const person = await readPerson(store, id);
    if (person !== undefined) yield person;
  }
}

/** Every person stored, in key order (keys that are not a person's are skipped). */
export async function listPersonIds(store: ConversationStore): Promise<PersonId[]> {
  const ids: PersonId[] = [];
  for await (const key of store.keys(PERSON_KEY_PREFIX)) {
    const id = personIdFromKey(key);
    if (id !== null) ids.push(id);
  }
  return ids;
}

/**
 * The one person `ref` names. A bare user id is looked up in every workspace; when it is stored under
 * several, the admin must say which (exit 2, with the choices), rather than the tool guessing.
 */
export async function findPerson(
  store: ConversationStore,
  ref: UserRef,
  where: string,
): Promise<StoredPerson> {
  const notFound = () =>
    new AdminError(EXIT.notFound, `no conversation stored for ${formatUserRef(ref)} (DATABASE_URL ${where})`);
  let id: PersonId;
  if (ref.teamId !== null) {
    id = { teamId: ref.teamId, userId: ref.userId };
  } else {
    const matches = (await listPersonIds(store)).filter((p) => p.userId === ref.userId);
    if (matches.length > 1) {
      const choices = matches.map((p) => `${p.teamId}:${p.userId}`).join(', ');
      throw new AdminError(
        EXIT.usage,
        `${ref.userId} is stored under several workspaces; name one of them: ${choices}`,
      );
    }
    const [match] = matches;
    if (match === undefined) throw notFound();
    id = match;
  }
  const person = await readPerson(store, id);
  if (person === undefined) throw notFound();
  return person;
}

/**
 * When the person last did anything: their conversation's last activity, or a delivery the bot handled
 * later without opening a session (a "status" or "stop" with no session open leaves only a ledger entry).
 */
export function lastSeen(record: PersonRecord): number | null {
  const times = record.ledger.map((entry) => entry.at);
  const conversation = lastActivity(record.conversation);
  if (conversation !== null) times.push(conversation);
  return times.length > 0 ? Math.max(...times) : null;
}

export function describePerson(id: PersonId): string {
  return `${id.teamId}:${id.userId}`;
}
