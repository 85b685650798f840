// One node-redis client, configured to fail loudly and fast: no offline queue (a command while Redis is
// down throws at once instead of hanging), a connect timeout, reconnects with a capped backoff (the bot
// recovers by itself when Redis returns), and start-up that gives up with a clear error.

import { createClient } from '@keyv/redis';
import type { Logger } from '../application/ports';
import { StorageError } from './storage-error';

export type RedisClient = ReturnType<typeof newClient>;

const CONNECT_TIMEOUT_MS = 3000;
const MAX_RECONNECT_DELAY_MS = 2000;

function newClient(url: string) {
  return createClient({
    url,
    disableOfflineQueue: true,
    socket: {
      connectTimeout: CONNECT_TIMEOUT_MS,
      reconnectStrategy: (retries: number) => Math.min(50 * 2 ** retries, MAX_RECONNECT_DELAY_MS),
    },
  });
}

export async function connectRedis(url: string, display: string, logger: Logger): Promise<RedisClient> {
  let up = false;
  const client = newClient(url);
  // Log changes of state, not every failed reconnect attempt.
  client.on('error', (error: Error) => {
    if (up)
      logger.error(
        { err: { message: error.message }, redis: display },
        'Redis connection lost; reconnecting',
      );
    up = false;
  });
  client.on('ready', () => {
    if (!up) logger.info({ redis: display }, 'Redis connection ready');
    up = true;
  });

  const timeout = new Promise<never>((_, reject) =>
    setTimeout(
      () => reject(new Error(`no answer within ${CONNECT_TIMEOUT_MS} ms`)),
      CONNECT_TIMEOUT_MS,
    ).unref(),
  );
  try {
    await Promise.race([client.connect(), timeout]);
  } catch (error) {
    client.destroy();
    throw new StorageError(
      `Cannot reach Redis at ${display}: ${error instanceof Error ? error.message : error}`,
      {
        cause: error,
      },
    );
  }
  return client;
}
