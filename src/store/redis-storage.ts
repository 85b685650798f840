// Storage on Redis for several replicas: the store, a per-person lease and the shared duplicate ledger.
// open-store.ts loads this module only when DATABASE_URL is redis:// (see there why).

import type { Logger } from '../application/ports';
import type { Storage } from './open-store';
import { createRedisClaims } from './redis-claims';
import { connectRedis } from './redis-connection';
import { createRedisLeaseQueue } from './redis-lease-queue';
import { createRedisStore } from './redis-store';

export async function openRedisStorage(url: string, display: string, logger: Logger): Promise<Storage> {
  const client = await connectRedis(url, display, logger);
  return {
    store: createRedisStore(client, display, logger),
    queue: createRedisLeaseQueue(client),
    claims: createRedisClaims(client),
  };
}
