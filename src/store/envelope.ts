// What every store keeps under a key: `{ revision, data }` inside Keyv's `{ value, expires }`. Reading it
// back is the same for every backend: a value that cannot be parsed or lacks a revision is reported as
// unreadable (revision 0, no data), so the caller starts afresh and may overwrite it, instead of crashing.

import type { Logger, Versioned } from '../application/ports';

export interface StoredEnvelope {
  readonly revision: number;
  readonly data: unknown;
}

/** Reads through `get` (a Keyv get); `fail` turns any other error into a StorageError. */
export async function readEnvelope(
  key: string,
  get: () => Promise<StoredEnvelope | undefined>,
  logger: Logger,
  fail: (action: string, error: unknown) => never,
): Promise<Versioned | undefined> {
  let stored: StoredEnvelope | undefined;
  try {
    stored = await get();
  } catch (error) {
    if (error instanceof SyntaxError) return unreadable(key, logger);
    return fail('read from', error);
  }
  if (stored === undefined) return undefined;
  if (typeof stored !== 'object' || stored === null || typeof stored.revision !== 'number') {
    return unreadable(key, logger);
  }
  return { revision: stored.revision, data: stored.data };
}

function unreadable(key: string, logger: Logger): Versioned {
  logger.warn({ key }, 'Stored record is unreadable; it will be replaced');
  return { revision: 0, data: undefined };
}
