// What every long-running entry point (the bot, the playground) does around its work: explain a start-up
// failure in one line and exit 1; on SIGTERM or SIGINT (npm does not forward signals reliably, so the
// process handles them itself) stop once, gracefully, and exit 0.

import type { AppLogger } from './logging';

/** Logs why the process could not start; `known` problems are also printed plainly for the person. */
export function exitOnStartFailure(logger: AppLogger, what: string, error: unknown, known: boolean): never {
  logger.fatal(known ? { problem: (error as Error).message } : { err: error }, `${what} could not start`);
  if (known) process.stderr.write(`${(error as Error).message}\n`);
  process.exit(1);
}

export function stopOnSignals(logger: AppLogger, stop: () => Promise<void>, inFlight: string): void {
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, `shutting down: ${inFlight}`);
    stop()
      .then(() => {
        logger.info({}, 'stopped');
        process.exit(0);
      })
      .catch((error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      });
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}
