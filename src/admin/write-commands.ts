// The commands that change the store: delete, reset and purge. They run while the bot is running, so every
// change is the store's revision-checked write: if the bot wrote the person's record after we read it, the
// write is refused, and we read again and redo the change on the new record. Neither side loses a write.

import { type PersonId, type PersonRecord, parsePersonRecord, personKey } from '../application/person-record';
import type { Versioned } from '../application/ports';
import { readModifyWrite, type Write, WriteConflictError } from '../application/read-modify-write';
import { endSession, forgetSessionsBefore } from '../conversation/session-admin';
import { formatUserRef, type UserRef } from './args';
import type { AdminDeps, AdminIo } from './context';
import { AdminError, EXIT } from './errors';
import { formatTime } from './format';
import { describePerson, findPerson, lastSeen, listPersonIds } from './people';

/** Attempts per person before giving up on a record that keeps changing under us. */
export const MAX_ATTEMPTS = 5;
/**
 * A purged person is overwritten, revision-checked, with a record that expires at once and is then swept:
 * the port's `delete` is unconditional and could remove a message the bot stored a moment before.
 */
const TOMBSTONE_TTL_MS = 1;

export async function deletePerson(deps: AdminDeps, io: AdminIo, user: UserRef): Promise<void> {
  const person = await findPerson(deps.store, user, deps.where);
  // Unconditional, like the person's own "forget me": the admin wants it gone whatever was just written.
  await deps.store.delete(person.key);
  io.out(`Deleted everything stored about ${describePerson(person.id)}.\n`);
}

export async function resetPerson(deps: AdminDeps, io: AdminIo, user: UserRef): Promise<void> {
  const { id } = await findPerson(deps.store, user, deps.where);
  const settings = { sessionTimeoutMs: deps.sessionTimeoutMs, retentionMs: deps.retentionMs };
  const who = describePerson(id);
  let sessionId = 0;
  const written = await rewrite(deps, id, user, (record) => {
    const session = record.conversation.session;
    if (session === null) return null;
    sessionId = session.id;
    return { ...record, conversation: endSession(record.conversation, deps.now(), settings) };
  });
  if (written === null) {
    io.out(`${who} has no open session; nothing to reset.\n`);
    return;
  }
  // Looked up by id: a session idle for longer than the retention is ended and dropped at once.
  const ended = written.conversation.history.find((s) => s.id === sessionId);
  const outcome = ended?.outcome ?? 'expired';
  const why =
    ended === undefined
      ? ' (idle for longer than RETENTION_DAYS, so its transcript was dropped)'
      : outcome === 'expired'
        ? ' (it had been idle longer than SESSION_TIMEOUT)'
        : '';
  io.out(
    `Ended session ${sessionId} of ${who}: outcome ${outcome}${why}. Their next message starts a new session.\n`,
  );
}

/**
 * Applies `change` to the person's current record and writes it back if nobody wrote in between, else
 * starts over from a fresh read (the same read-modify-write as the bot's). Resolves what was written, or
 * null when `change` had nothing to do.
 */
async function rewrite(
  deps: AdminDeps,
  id: PersonId,
  user: UserRef,
  change: (record: PersonRecord) => PersonRecord | null,
): Promise<PersonRecord | null> {
  const who = describePerson(id);
  const decide = (stored: Versioned | undefined) => {
    if (stored === undefined) {
      throw new AdminError(
        EXIT.notFound,
        `no conversation stored for ${formatUserRef(user)} (DATABASE_URL ${deps.where})`,
      );
    }
    const record = parsePersonRecord(stored.data);
    if (record === null) {
      throw new AdminError(
        EXIT.failure,
        `the record of ${who} is unreadable (corrupt or from an unknown version); "delete ${who}" removes it`,
      );
    }
    const next = change(record);
    return next === null ? null : { data: next, ttlMs: deps.retentionMs, result: next };
  };
  try {
    return (
      (await readModifyWrite(deps.store, personKey(id), decide, { attempts: MAX_ATTEMPTS }))?.result ?? null
    );
  } catch (error) {
    if (!(error instanceof WriteConflictError)) throw error;
    throw new AdminError(
      EXIT.failure,
      `${who} kept changing while the admin tried to write (${MAX_ATTEMPTS} attempts); try again`,
    );
  }
}

interface PurgeTally {
  peopleDeleted: number;
  sessionsRemoved: number;
  peopleTrimmed: number;
  unreadable: number;
  busy: string[];
}

export async function purge(
  deps: AdminDeps,
  io: AdminIo,
  options: { readonly olderThanMs: number; readonly olderThan: string; readonly dryRun: boolean },
): Promise<void> {
  const cutoff = deps.now() - options.olderThanMs;
  const tally: PurgeTally = {
    peopleDeleted: 0,
    sessionsRemoved: 0,
    peopleTrimmed: 0,
    unreadable: 0,
    busy: [],
  };
  for (const id of await listPersonIds(deps.store)) {
    const done = await purgeOne(deps, id, cutoff, options.dryRun, tally);
    if (done !== null) io.out(`${options.dryRun ? `Would ${done}` : capitalise(pastTense(done))}\n`);
  }
  if (tally.peopleDeleted > 0 && !options.dryRun) {
    // The tombstones have expired by now; one conditional DELETE removes them (and nothing live).
    await new Promise((resolve) => setTimeout(resolve, TOMBSTONE_TTL_MS + 1));
    await deps.store.sweepExpired();
  }
  const scope = `older than ${options.olderThan} (before ${formatTime(cutoff)})`;
  const effect = `delete ${plural(tally.peopleDeleted, 'person', 'people')} and remove ${plural(
    tally.sessionsRemoved,
    'old session',
    'old sessions',
  )} from ${plural(tally.peopleTrimmed, 'other person', 'other people')}`;
  const unreadable =
    tally.unreadable > 0
      ? `; ${plural(tally.unreadable, 'unreadable record', 'unreadable records')} left alone (see "delete")`
      : '';
  io.out(
    options.dryRun
      ? `Dry run, nothing changed: purging ${scope} would ${effect}${unreadable}.\n`
      : `Purged ${scope}: ${pastTense(effect)}${unreadable}.\n`,
  );
  if (tally.busy.length > 0) {
    throw new AdminError(
      EXIT.failure,
      `${tally.busy.join(', ')} kept changing during the purge and ${tally.busy.length === 1 ? 'was' : 'were'} left as is; run the purge again`,
    );
  }
}

/**
 * One person: delete them when they have no open session and were last active before the cutoff, else
 * drop their sessions that ended before it. Resolves what it did ("delete …", "remove …"), or null.
 */
async function purgeOne(
  deps: AdminDeps,
  id: PersonId,
  cutoff: number,
  dryRun: boolean,
  tally: PurgeTally,
): Promise<string | null> {
  const who = describePerson(id);
  type Plan =
    | { kind: 'delete'; seen: number | null }
    | { kind: 'trim'; removed: number }
    | { kind: 'unreadable' };
  let plan: Plan | null = null;
  const decide = (stored: Versioned | undefined): Write<Plan> | null => {
    plan = null;
    if (stored === undefined) return null;
    const record = parsePersonRecord(stored.data);
    if (record === null) {
      plan = { kind: 'unreadable' };
      return null;
    }
    const conversation = record.conversation;
    const seen = lastSeen(record);
    if (conversation.session === null && (seen === null || seen < cutoff)) {
      plan = { kind: 'delete', seen };
      return dryRun ? null : { data: null, ttlMs: TOMBSTONE_TTL_MS, result: plan };
    }
    const trimmed = forgetSessionsBefore(conversation, cutoff);
    const removed = conversation.history.length - trimmed.history.length;
    if (removed === 0) return null;
    plan = { kind: 'trim', removed };
    const next = { ...record, conversation: trimmed };
    return dryRun ? null : { data: next, ttlMs: deps.retentionMs, result: plan };
  };
  try {
    await readModifyWrite(deps.store, personKey(id), decide, { attempts: MAX_ATTEMPTS });
  } catch (error) {
    if (!(error instanceof WriteConflictError)) throw error;
    tally.busy.push(who);
    return null;
  }
  const done = plan as Plan | null;
  switch (done?.kind) {
    case 'unreadable':
      tally.unreadable += 1;
      return null;
    case 'delete':
      tally.peopleDeleted += 1;
      return `delete ${who} (last activity ${done.seen === null ? 'unknown' : formatTime(done.seen)})`;
    case 'trim':
      tally.sessionsRemoved += done.removed;
      tally.peopleTrimmed += 1;
      return `remove ${plural(done.removed, 'old session', 'old sessions')} of ${who}`;
    default:
      return null;
  }
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

const pastTense = (text: string) => text.replace(/\bdelete\b/g, 'deleted').replace(/\bremove\b/g, 'removed');
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
