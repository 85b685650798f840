// Keyv drops an expired entry only when it is read; entries nobody reads again would stay on disk. A timer
// in the process sweeps them (hourly by default), so retention needs no cron job.

import type { ConversationStore, Logger } from '../application/ports';

export const SWEEP_INTERVAL_MS = 60 * 60 * 1000;

/** Starts the sweeper; the returned function stops it. The timer never keeps the process alive. */
export function startSweeper(
  store: ConversationStore,
  logger: Logger,
  intervalMs = SWEEP_INTERVAL_MS,
): () => void {
  const timer = setInterval(() => {
    store
      .sweepExpired()
      .then((removed) => removed > 0 && logger.info({ removed }, 'expired entries removed'))
      .catch((error: unknown) => logger.error({ err: error }, 'sweeping expired entries failed'));
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
