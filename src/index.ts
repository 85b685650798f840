// Composition root: the only file that loads .env, reads process.env and handles signals.

import { config as loadDotenv } from 'dotenv';
import { startBot } from './bot';
import { ConfigError, loadConfig } from './config';
import { createLogger } from './logging';
import { PersonaError } from './persona-file';
import { StorageError } from './store/storage-error';

async function main(): Promise<void> {
  loadDotenv({ quiet: true });
  const cwd = process.cwd();
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig(process.env, cwd);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  const logger = createLogger({
    level: config.logLevel,
    secrets: [config.botToken, config.appToken ?? '', config.signingSecret ?? '', databasePassword(config)],
  });

  let bot: Awaited<ReturnType<typeof startBot>>;
  try {
    bot = await startBot(config, logger, cwd);
  } catch (error) {
    const known = error instanceof PersonaError || error instanceof StorageError;
    logger.fatal(known ? { problem: (error as Error).message } : { err: error }, 'the bot could not start');
    if (known) process.stderr.write(`${(error as Error).message}\n`);
    process.exit(1);
  }

  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: no new events, finishing those in flight');
    bot
      .stop()
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

/** A password inside a redis:// URL is a secret too. */
function databasePassword(config: ReturnType<typeof loadConfig>): string {
  if (config.database.kind !== 'redis') return '';
  try {
    return decodeURIComponent(new URL(config.database.url).password);
  } catch {
    return '';
  }
}

void main();
