// The shared duplicate ledger across replicas: SET NX with a time-to-live. A delivery is first claimed as
// "processing" for a short while (if that replica dies, a later retry can take over instead of being
// dropped), then marked "done" for longer than Slack's retry window.

import { randomUUID } from 'node:crypto';
import type { DeliveryClaims } from '../application/ports';
import type { RedisClient } from './redis-connection';
import { REDIS_NAMESPACE } from './redis-store';
import { StorageError } from './storage-error';

const PROCESSING_MS = 60_000;
const DONE_MS = 60 * 60 * 1000;

/** KEYS: one per delivery id; ARGV: token, processing ttl. Returns 'first', 'handled' or 'in_progress'. */
const CLAIM = `
for i, key in ipairs(KEYS) do
  local seen = redis.call('GET', key)
  if seen == 'done' then return 'handled' end
  if seen then return 'in_progress' end
end
for i, key in ipairs(KEYS) do redis.call('SET', key, ARGV[1], 'PX', ARGV[2]) end
return 'first'`;

/** Releases only the claims this replica holds. */
const RELEASE = `
for i, key in ipairs(KEYS) do
  if redis.call('GET', key) == ARGV[1] then redis.call('DEL', key) end
end
return 1`;

export function createRedisClaims(client: RedisClient): DeliveryClaims {
  const tokens = new Map<string, string>();
  const keysOf = (ids: readonly string[]) => ids.map((id) => `${REDIS_NAMESPACE}::delivery:${id}`);
  const fail = (error: unknown): never => {
    throw new StorageError(`Could not reach the shared duplicate ledger: ${(error as Error).message}`, {
      cause: error,
    });
  };

  return {
    async claim(ids) {
      if (ids.length === 0) return 'first';
      const token = randomUUID();
      try {
        const result = await client.eval(CLAIM, {
          keys: keysOf(ids),
          arguments: [token, String(PROCESSING_MS)],
        });
        if (result === 'first') tokens.set(ids.join(' '), token);
        return result as 'first' | 'handled' | 'in_progress';
      } catch (error) {
        return fail(error);
      }
    },
    async finish(ids) {
      tokens.delete(ids.join(' '));
      if (ids.length === 0) return;
      const multi = client.multi();
      for (const key of keysOf(ids)) multi.set(key, 'done', { expiration: { type: 'PX', value: DONE_MS } });
      await multi.exec().catch(fail);
    },
    async forget(ids) {
      if (ids.length === 0) return;
      await client.del(keysOf(ids)).catch(fail);
    },
    async release(ids) {
      const token = tokens.get(ids.join(' '));
      tokens.delete(ids.join(' '));
      if (!token || ids.length === 0) return;
      await client.eval(RELEASE, { keys: keysOf(ids), arguments: [token] }).catch(() => {});
    },
  };
}
