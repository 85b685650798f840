// An in-memory conversation store: Keyv over a Map, storing the same JSON as the SQLite store. Used by
// tests (the store suite runs against it and SQLite alike) and by tools that need a throwaway store.
// The revision check in `write` reads and writes the Map synchronously, which makes it atomic here.

import Keyv from 'keyv';
import type { ConversationStore, Versioned } from '../application/ports';

interface Envelope {
  readonly value: { readonly revision: number; readonly data: unknown };
  readonly expires: number;
}

export function createMemoryStore(): ConversationStore {
  const map = new Map<string, string>();
  const keyv = new Keyv<Envelope['value']>({
    store: map,
    useKeyPrefix: false,
    serialize: JSON.stringify,
    deserialize: JSON.parse,
  });
  const liveRevision = (key: string): number | undefined => {
    const raw = map.get(key);
    if (raw === undefined) return undefined;
    const envelope = JSON.parse(raw) as Envelope;
    return envelope.expires > Date.now() ? envelope.value.revision : undefined;
  };

  return {
    async read(key): Promise<Versioned | undefined> {
      const value = await keyv.get(key);
      return value && { revision: value.revision, data: value.data };
    },
    async write(key, data, expected, ttlMs) {
      if (liveRevision(key) !== expected) return null;
      const revision = (expected ?? 0) + 1;
      const envelope: Envelope = { value: { revision, data }, expires: Date.now() + ttlMs };
      map.set(key, JSON.stringify(envelope));
      return revision;
    },
    async delete(key) {
      await keyv.delete(key);
    },
    async *keys(prefix) {
      for (const key of [...map.keys()]) {
        if (key.startsWith(prefix) && liveRevision(key) !== undefined) yield key;
      }
    },
    async sweepExpired() {
      const expired = [...map.keys()].filter((key) => liveRevision(key) === undefined);
      for (const key of expired) map.delete(key);
      return expired.length;
    },
    async ping() {},
    async close() {
      await keyv.disconnect();
    },
  };
}
