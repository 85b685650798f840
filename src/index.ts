// Composition root: the only file that loads .env, reads process.env and handles signals.

import { config as loadDotenv } from 'dotenv';
import { startBot } from './bot';
import { ConfigError, loadConfig } from './config';
import { createLogger } from './logging';
import { HealthPortInUseError } from './observability/health-server';
import { PersonaError } from './persona-file';
import { exitOnStartFailure, stopOnSignals } from './process-lifecycle';
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
    const known =
      error instanceof PersonaError || error instanceof StorageError || error instanceof HealthPortInUseError;
    exitOnStartFailure(logger, 'the bot', error, known);
  }
  stopOnSignals(logger, () => bot.stop(), 'no new events, finishing those in flight');
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
