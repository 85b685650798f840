// Composition root of the playground (`npm run playground`): a local web chat with the same conversation
// core, language understanding and store as the Slack bot, and no Slack tokens. Like src/index.ts, the only
// file here that loads .env, reads process.env and handles signals.

import { config as loadDotenv } from 'dotenv';
import { ConfigError } from '../config';
import { createLogger } from '../logging';
import { PersonaError } from '../persona-file';
import { exitOnStartFailure, stopOnSignals } from '../process-lifecycle';
import { describeLocation } from '../store/database-url';
import { StorageError } from '../store/storage-error';
import { loadPlaygroundConfig } from './config';
import { PortInUseError, type RunningPlayground, startPlayground } from './start-playground';

async function main(): Promise<void> {
  loadDotenv({ quiet: true });
  const cwd = process.cwd();
  let config: ReturnType<typeof loadPlaygroundConfig>;
  try {
    config = loadPlaygroundConfig(process.env, cwd);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(
        `${error.message.replace('The bot cannot start', 'The playground cannot start')}\n`,
      );
      process.exit(1);
    }
    throw error;
  }
  const logger = createLogger({ level: config.logLevel }).child({ component: 'playground' });

  let playground: RunningPlayground;
  try {
    playground = await startPlayground(config, logger, cwd);
  } catch (error) {
    const known =
      error instanceof PersonaError || error instanceof StorageError || error instanceof PortInUseError;
    exitOnStartFailure(logger, 'the playground', error, known);
  }
  logger.info({ url: playground.url, database: describeLocation(config.database) }, 'Playground ready');
  // Printed as well as logged: it is what the person running `npm run playground` needs, at any LOG_LEVEL.
  process.stdout.write(`\nPlayground: ${playground.url}\nOpen it in a browser. Ctrl+C stops it.\n\n`);
  stopOnSignals(logger, () => playground.stop(), 'no new requests, finishing those in flight');
}

void main();
