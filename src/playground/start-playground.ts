// Wires the playground together from its config: persona, store, language understanding, the conversation
// service and the HTTP server. Kept apart from main.ts (which owns the environment and signals), as bot.ts is.

import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createConversationService } from '../application/conversation-service';
import type { AppLogger } from '../logging';
import { interpreter } from '../nlu';
import { loadPersonaFile } from '../persona-file';
import { openStore } from '../store/open-store';
import { startSweeper } from '../store/sweeper';
import { isLoopback, type PlaygroundConfig, playgroundUrl } from './config';
import { createPlaygroundServer, HTTP_ANSWER_REPLIES } from './server';

/** How long shutdown waits for messages in flight. */
const DRAIN_DEADLINE_MS = 10_000;

export class PortInUseError extends Error {
  constructor(host: string, port: number) {
    super(
      `Port ${port} on ${host} is already in use (another playground, or the bot in HTTP mode?). ` +
        `Stop it, or pick another port: PORT=${port + 1} npm run playground`,
    );
    this.name = 'PortInUseError';
  }
}

export interface RunningPlayground {
  readonly url: string;
  readonly port: number;
  stop(): Promise<void>;
}

export async function startPlayground(
  config: PlaygroundConfig,
  logger: AppLogger,
  cwd: string,
): Promise<RunningPlayground> {
  const persona = loadPersonaFile(config.personaFile, cwd);
  const store = await openStore(config.database, logger);
  const service = createConversationService({
    store,
    replies: HTTP_ANSWER_REPLIES,
    interpret: interpreter(),
    logger,
    settings: { persona, sessionTimeoutMs: config.sessionTimeoutMs, retentionMs: config.retentionMs },
  });
  const server = createPlaygroundServer({ service, store, persona, logger, host: config.host });

  let port: number;
  try {
    port = await listen(server, config.port, config.host);
  } catch (error) {
    await store.close().catch(() => {});
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE')
      throw new PortInUseError(config.host, config.port);
    throw error;
  }
  if (!isLoopback(config.host)) {
    logger.warn(
      { host: config.host },
      'The playground has no login: anyone who can reach this address can chat and is stored as a new person',
    );
  }

  const stopSweeper = startSweeper(store, logger);

  return {
    url: playgroundUrl(config.host, port),
    port,
    async stop() {
      stopSweeper();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      const drained = await Promise.race([
        Promise.all([closed, service.idle()]).then(() => true),
        new Promise<boolean>((resolve) => setTimeout(() => resolve(false), DRAIN_DEADLINE_MS).unref()),
      ]);
      if (!drained) {
        logger.warn({ in_flight: service.inFlight }, 'shutdown deadline passed with requests in flight');
        server.closeAllConnections();
      }
      await store.close();
    },
  };
}

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}
