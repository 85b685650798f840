// The conversation store on Keyv + @keyv/redis, for several replicas sharing one Redis (or Valkey).
//
// Reads go through Keyv (the same JSON as the SQLite store: {"value": ..., "expires": ...}). Keyv has no
// conditional write, so `write` is a Lua script on the same client that compares the stored revision and
// sets the value with its time-to-live in one step: a replica whose lease expired can never overwrite
// newer state. Errors are thrown, never turned into a silent `undefined` (throwOnErrors on both the
// adapter and Keyv, as @keyv/redis otherwise returns no-op values when the connection is lost).

import KeyvRedis from '@keyv/redis';
import Keyv from 'keyv';
import type { ConversationStore, Logger } from '../application/ports';
import { readEnvelope, type StoredEnvelope } from './envelope';
import type { RedisClient } from './redis-connection';
import { StorageError } from './storage-error';

export const REDIS_NAMESPACE = 'bot';
const SEPARATOR = '::';

/** KEYS[1] the record; ARGV: new JSON, expected revision (-1: must be absent), ttl ms. Returns 1 if written. */
const COMPARE_AND_SET = `
local current = redis.call('GET', KEYS[1])
local expected = tonumber(ARGV[2])
if current then
  local revision = 0
  local ok, decoded = pcall(cjson.decode, current)
  if ok and type(decoded) == 'table' and type(decoded.value) == 'table' and type(decoded.value.revision) == 'number' then
    revision = decoded.value.revision
  end
  if revision ~= expected then return 0 end
elseif expected ~= -1 then
  return 0
end
redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[3])
return 1`;

export function redisKey(key: string): string {
  return `${REDIS_NAMESPACE}${SEPARATOR}${key}`;
}

export function createRedisStore(client: RedisClient, display: string, logger: Logger): ConversationStore {
  const adapter = new KeyvRedis<string>(client, {
    namespace: REDIS_NAMESPACE,
    keyPrefixSeparator: SEPARATOR,
    throwOnErrors: true,
    throwOnConnectError: true,
  });
  const keyv = new Keyv<StoredEnvelope>({
    store: adapter,
    namespace: REDIS_NAMESPACE,
    useKeyPrefix: false,
    serialize: JSON.stringify,
    deserialize: JSON.parse,
    throwOnErrors: true,
  });
  keyv.on('error', (error: unknown) =>
    logger.debug({ err: { message: String((error as Error)?.message ?? error) } }, 'Redis store error'),
  );

  const fail = (action: string, error: unknown): never => {
    throw new StorageError(
      `Could not ${action} Redis at ${display}: ${error instanceof Error ? error.message : String(error)}`,
      { cause: error },
    );
  };

  return {
    read: (key) => readEnvelope(key, () => keyv.get(key), logger, fail),

    async write(key, data, expected, ttlMs) {
      const revision = (expected ?? 0) + 1;
      const value = JSON.stringify({ value: { revision, data }, expires: Date.now() + ttlMs });
      try {
        const written = await client.eval(COMPARE_AND_SET, {
          keys: [redisKey(key)],
          arguments: [value, String(expected ?? -1), String(Math.max(1, Math.round(ttlMs)))],
        });
        return written === 1 ? revision : null;
      } catch (error) {
        return fail('write to', error);
      }
    },

    async delete(key) {
      try {
        await client.del(redisKey(key));
      } catch (error) {
        fail('delete from', error);
      }
    },

    async *keys(prefix) {
      const found: string[] = [];
      try {
        for await (const batch of client.scanIterator({ MATCH: `${redisKey(prefix)}*`, COUNT: 500 })) {
          for (const key of [batch].flat())
            found.push(String(key).slice(REDIS_NAMESPACE.length + SEPARATOR.length));
        }
      } catch (error) {
        fail('list the keys of', error);
      }
      yield* found.sort();
    },

    // Redis expires keys itself.
    sweepExpired: async () => 0,

    async ping() {
      try {
        await client.ping();
      } catch (error) {
        fail('reach', error);
      }
    },

    async close() {
      if (client.isOpen) await client.close();
    },
  };
}
