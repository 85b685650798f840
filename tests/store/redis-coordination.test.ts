// What makes replicas safe on Redis, against a real Redis: the per-person lease, the revision-checked write
// that fences a holder whose lease ran out, the shared duplicate ledger, and failing fast when Redis dies.

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { ConversationStore } from '../../src/application/ports';
import { createRedisClaims } from '../../src/store/redis-claims';
import { connectRedis, type RedisClient } from '../../src/store/redis-connection';
import { createRedisLeaseQueue } from '../../src/store/redis-lease-queue';
import { createRedisStore } from '../../src/store/redis-store';
import { StorageError } from '../../src/store/storage-error';
import { createFakeLogger } from '../helpers/logger';
import { redisOrSkip, startPrivateRedis } from '../helpers/redis';

const HOUR = 3_600_000;
const available = redisOrSkip('Redis coordination');
const describeRedis = available ? describe : describe.skip;

describeRedis('Redis coordination between replicas', () => {
  let redis: Awaited<ReturnType<typeof startPrivateRedis>>;
  const clients: RedisClient[] = [];
  const replica = async () => {
    const client = await connectRedis(redis.url, redis.url, createFakeLogger());
    clients.push(client);
    return { client, store: createRedisStore(client, redis.url, createFakeLogger()) };
  };

  beforeAll(async () => {
    redis = await startPrivateRedis();
  });
  afterAll(async () => {
    for (const client of clients) if (client.isOpen) await client.close().catch(() => {});
    await redis.close();
  });

  /** Read, wait a little (other replicas run), write back plus one: a lost update shows as a short count. */
  async function increment(store: ConversationStore, key: string): Promise<void> {
    for (;;) {
      const current = await store.read(key);
      const n = (current?.data as { n: number } | undefined)?.n ?? 0;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 3));
      if ((await store.write(key, { n: n + 1 }, current?.revision, HOUR)) !== null) return;
    }
  }

  it('runs one person at a time across two replicas: 2 x 50 turns make exactly 100', async () => {
    const a = await replica();
    const b = await replica();
    const queues = [createRedisLeaseQueue(a.client), createRedisLeaseQueue(b.client)];
    let concurrent = 0;
    let overlaps = 0;
    const turn = (i: number) =>
      queues[i % 2]?.run('person:T1:U1', async () => {
        concurrent += 1;
        if (concurrent > 1) overlaps += 1;
        await increment(i % 2 === 0 ? a.store : b.store, 'person:T1:U1');
        concurrent -= 1;
      });
    await Promise.all(Array.from({ length: 100 }, (_, i) => turn(i)));
    expect((await a.store.read('person:T1:U1'))?.data).toEqual({ n: 100 });
    expect(overlaps).toBe(0);
  }, 60_000);

  it('fences a holder whose lease ran out: its late write is refused, newer state stays', async () => {
    const a = await replica();
    const b = await replica();
    const shortLease = createRedisLeaseQueue(a.client, { leaseMs: 150 });
    await a.store.write('person:T1:U2', { by: 'nobody' }, undefined, HOUR);
    let lateWrite: number | null | undefined;
    const stalled = shortLease.run('person:T1:U2', async () => {
      const read = await a.store.read('person:T1:U2');
      // The renewal timer cannot help a process that is stalled; simulate the stall by deleting the lease.
      await a.client.del('bot::lock:{person:T1:U2}');
      await new Promise((resolve) => setTimeout(resolve, 300));
      lateWrite = await a.store.write('person:T1:U2', { by: 'stale A' }, read?.revision, HOUR);
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    await createRedisLeaseQueue(b.client).run('person:T1:U2', async () => {
      const read = await b.store.read('person:T1:U2');
      await b.store.write('person:T1:U2', { by: 'B' }, read?.revision, HOUR);
    });
    await stalled;
    expect(lateWrite).toBeNull();
    expect((await b.store.read('person:T1:U2'))?.data).toEqual({ by: 'B' });
  });

  it('releases a lease only for its owner', async () => {
    const a = await replica();
    await a.client.set('bot::lock:{person:T1:U3}', 'someone-else', {
      expiration: { type: 'PX', value: 60_000 },
    });
    const queue = createRedisLeaseQueue(a.client, { leaseMs: 60_000 });
    const waiting = queue.run('person:T1:U3', async () => 'ran');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await a.client.get('bot::lock:{person:T1:U3}')).toBe('someone-else');
    await a.client.del('bot::lock:{person:T1:U3}'); // the other holder finishes
    expect(await waiting).toBe('ran');
    expect(await a.client.get('bot::lock:{person:T1:U3}')).toBeNull();
  });

  it('recognises a delivery claimed by another replica, done or in progress, and lets a failed one be retried', async () => {
    const a = createRedisClaims((await replica()).client);
    const b = createRedisClaims((await replica()).client);
    const ids = ['event:Ev1', 'client:c1'];
    expect(await a.claim(ids)).toBe('first');
    expect(await b.claim(ids)).toBe('in_progress');
    expect(await b.claim(['event:Ev1-retry', 'client:c1'])).toBe('in_progress');
    await a.finish(ids);
    expect(await b.claim(ids)).toBe('handled');

    const failed = ['event:Ev2'];
    expect(await a.claim(failed)).toBe('first');
    await a.release(failed);
    expect(await b.claim(failed)).toBe('first');
    const results = await Promise.all([a.claim(['event:Ev3']), b.claim(['event:Ev3'])]);
    expect(results.sort()).toEqual(['first', 'in_progress']);

    await a.forget(ids); // "forget me" leaves nothing of the person's deliveries behind
    expect(await b.claim(ids)).toBe('first');
  });

  it('fails fast, never silently, while Redis is down, and recovers by itself', async () => {
    const { client, store } = await replica();
    await store.write('person:T1:U4', { n: 1 }, undefined, HOUR);
    await redis.stop();
    // Each call fails at once rather than waiting for Redis: Redis is started again only after all three
    // have failed, so a call queued until it returns would never settle and the test would time out.
    await expect(store.read('person:T1:U4')).rejects.toThrow(StorageError);
    await expect(store.write('person:T1:U4', { n: 2 }, 1, HOUR)).rejects.toThrow(StorageError);
    await expect(createRedisLeaseQueue(client).run('person:T1:U4', async () => 'x')).rejects.toThrow(
      StorageError,
    );
    await redis.start();
    const deadline = Date.now() + 10_000;
    while (!client.isReady && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await store.read('person:T1:U4')).toEqual({ revision: 1, data: { n: 1 } });
  }, 30_000);

  it('refuses to start when Redis cannot be reached, naming it without the password', async () => {
    const url = 'redis://admin:hunter2@127.0.0.1:1';
    const error = await connectRedis(url, 'redis://admin:***@127.0.0.1:1', createFakeLogger()).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(StorageError);
    expect((error as Error).message).toMatch(/Cannot reach Redis at redis:\/\/admin:\*\*\*@127\.0\.0\.1:1/);
    expect((error as Error).message).not.toContain('hunter2');
  });
});
