// The one place that decides what DATABASE_URL selects: the store, and what makes it safe to share.
//   sqlite://  one process: an in-process queue per person, the ledger inside each person's record
//   redis://   several replicas: a Redis lease per person and a shared SET NX duplicate ledger as well

import { createKeyedQueue, type KeyedQueue } from '../application/keyed-queue';
import type { ConversationStore, DeliveryClaims, Logger } from '../application/ports';
import type { DatabaseLocation } from './database-url';
import { openSqliteStore } from './sqlite-store';

export interface Storage {
  readonly store: ConversationStore;
  /** Runs one person's work at a time (across replicas when the store is shared). */
  readonly queue: KeyedQueue;
  /** A shared duplicate ledger, when replicas share the store. */
  readonly claims: DeliveryClaims | undefined;
}

export async function openStorage(location: DatabaseLocation, logger: Logger): Promise<Storage> {
  if (location.kind === 'sqlite') {
    const store = await openSqliteStore({ path: location.path, logger });
    return { store, queue: createKeyedQueue(), claims: undefined };
  }
  // Required here, not imported above: the Redis client costs about 16 MiB of memory (measured with
  // process.memoryUsage) that a bot on SQLite, the default, would carry for nothing.
  const { openRedisStorage } = require('./redis-storage') as typeof import('./redis-storage');
  return openRedisStorage(location.url, location.display, logger);
}

/** Just the store (tools that do not converse: the admin CLI). */
export async function openStore(location: DatabaseLocation, logger: Logger): Promise<ConversationStore> {
  return (await openStorage(location, logger)).store;
}
