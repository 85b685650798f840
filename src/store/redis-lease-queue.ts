// One person's messages one at a time across every replica: a lease lock in Redis (SET NX PX, renewed
// while the work runs, released only by its owner with a compare-and-delete), inside an in-process queue
// that keeps this replica's own messages for the person in arrival order. A lease can run out (a stalled
// process); the revision-checked write is what then keeps the stale holder from overwriting newer state.

import { randomUUID } from 'node:crypto';
import { createKeyedQueue, type KeyedQueue } from '../application/keyed-queue';
import type { RedisClient } from './redis-connection';
import { REDIS_NAMESPACE } from './redis-store';
import { StorageError } from './storage-error';

/**
 * Long enough for a message's work between renewals (every LEASE_MS / 3), short enough that a replica
 * killed while holding it holds the person up for at most this long.
 */
const LEASE_MS = 5000;
const WAIT_LIMIT_MS = 20_000;
const RELEASE = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) else return 0 end`;
const RENEW = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) else return 0 end`;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function createRedisLeaseQueue(client: RedisClient, options: { leaseMs?: number } = {}): KeyedQueue {
  const local = createKeyedQueue();
  const leaseMs = options.leaseMs ?? LEASE_MS;

  async function acquire(lockKey: string, token: string): Promise<void> {
    const deadline = Date.now() + WAIT_LIMIT_MS;
    for (;;) {
      const won = await client.set(lockKey, token, {
        condition: 'NX',
        expiration: { type: 'PX', value: leaseMs },
      });
      if (won === 'OK') return;
      if (Date.now() > deadline) throw new StorageError(`Timed out waiting for the lock ${lockKey}`);
      await sleep(10 + Math.random() * 20); // jitter, so replicas do not poll in step
    }
  }

  return {
    run(key, task) {
      return local.run(key, async () => {
        // {…} is a Redis Cluster hash tag: the lock lives in the same slot as the record.
        const lockKey = `${REDIS_NAMESPACE}::lock:{${key}}`;
        const token = randomUUID();
        try {
          await acquire(lockKey, token);
        } catch (error) {
          if (error instanceof StorageError) throw error;
          throw new StorageError(`Could not take the lock ${lockKey}: ${(error as Error).message}`, {
            cause: error,
          });
        }
        const renew = setInterval(() => {
          client.eval(RENEW, { keys: [lockKey], arguments: [token, String(leaseMs)] }).catch(() => {});
        }, leaseMs / 3);
        try {
          return await task();
        } finally {
          clearInterval(renew);
          await client.eval(RELEASE, { keys: [lockKey], arguments: [token] }).catch(() => {});
        }
      });
    },
    get pending() {
      return local.pending;
    },
    idle: () => local.idle(),
  };
}
