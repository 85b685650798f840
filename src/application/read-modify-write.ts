// The one read-modify-write on a stored record, with its retry policy, for every writer: the conversation
// service and the admin CLI. Every write is conditional on the revision read; when another writer got in
// first, the record is read again and the change decided again on what is there now. Nobody's write is
// lost, and nobody overwrites what they did not see.

import type { ConversationStore, Versioned } from './ports';

/** How many times a change is tried when other writers keep getting in first. */
export const MAX_WRITE_ATTEMPTS = 10;

/** What to write, and what the caller gets back once it is written. */
export interface Write<T> {
  readonly data: unknown;
  readonly ttlMs: number;
  readonly result: T;
}

export class WriteConflictError extends Error {
  constructor(key: string, attempts: number) {
    super(`Gave up after ${attempts} write conflicts on ${key}`);
    this.name = 'WriteConflictError';
  }
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Reads `key`, asks `decide` what to write given what is stored (undefined: nothing is), and writes it
 * if nobody wrote in between; otherwise starts over. `decide` returns null when there is nothing to write,
 * and may throw to refuse (the admin's "not found"). `first` is a guess at what is stored (what the caller
 * wrote last), saving a read when it is still current. Resolves the result and the new revision, or null.
 */
export async function readModifyWrite<T>(
  store: ConversationStore,
  key: string,
  decide: (stored: Versioned | undefined) => Write<T> | null,
  options: { readonly first?: Versioned | undefined; readonly attempts?: number } = {},
): Promise<{ readonly result: T; readonly revision: number } | null> {
  const attempts = options.attempts ?? MAX_WRITE_ATTEMPTS;
  let stored = options.first ?? (await store.read(key));
  for (let attempt = 0; attempt < attempts; attempt += 1) {
    const write = decide(stored);
    if (write === null) return null;
    const revision = await store.write(key, write.data, stored?.revision, write.ttlMs);
    if (revision !== null) return { result: write.result, revision };
    // Writers that collided once would collide again in step: a short random pause sets them apart.
    if (attempt > 0) await pause(Math.random() * 5 * attempt);
    stored = await store.read(key);
  }
  throw new WriteConflictError(key, attempts);
}
