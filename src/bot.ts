// Wires the bot together from a Config: store, language understanding, conversation service, Slack,
// metrics and health checks. Kept apart from index.ts (which owns the environment and signals) so the
// wiring reads in one place.

import { createConversationService } from './application/conversation-service';
import type { Config } from './config';
import type { AppLogger } from './logging';
import { toBoltLogger } from './logging';
import { interpreter } from './nlu';
import { createHealthRoutes, createMetricsRoute } from './observability/health-routes';
import { type HealthServer, startHealthServer } from './observability/health-server';
import { createMetrics } from './observability/metrics';
import { loadPersonaFile } from './persona-file';
import { createSlackRuntime } from './slack/create-app';
import { createSlackReplies } from './slack/reply-sender';
import { openStorage } from './store/open-store';
import { startSweeper } from './store/sweeper';

/** How long shutdown waits for messages in flight. */
export const DRAIN_DEADLINE_MS = 10_000;
/** How often the store is swept for work a dead process left (another replica's, mostly). */
export const RECOVERY_INTERVAL_MS = 60_000;

export interface RunningBot {
  stop(): Promise<void>;
}

export async function startBot(config: Config, logger: AppLogger, cwd: string): Promise<RunningBot> {
  const persona = loadPersonaFile(config.personaFile, cwd);
  const { store, queue, claims } = await openStorage(config.database, logger);
  const metrics = createMetrics();
  const boltLogger = toBoltLogger(logger);
  const replies = createSlackReplies({
    token: config.botToken,
    slackApiUrl: config.slackApiUrl,
    logger: boltLogger,
    observer: metrics.replies,
  });
  const service = createConversationService({
    store,
    queue,
    claims,
    replies,
    interpret: interpreter(),
    logger,
    settings: { persona, sessionTimeoutMs: config.sessionTimeoutMs, retentionMs: config.retentionMs },
  });

  let slackConnected = () => false;
  const healthRoutes = createHealthRoutes({
    isConnected: () => slackConnected(),
    pingStore: () => store.ping(),
  });
  // /metrics is for operators: on METRICS_PORT when set; otherwise beside the health routes in Socket Mode
  // (a local port), and not at all in HTTP mode, whose port faces the internet.
  const metricsRoute = createMetricsRoute(metrics.registry);
  const separateMetrics = config.metricsPort !== undefined;
  const routes = separateMetrics || config.mode === 'http' ? healthRoutes : [...healthRoutes, metricsRoute];
  const home = { persona, sessionTimeoutMs: config.sessionTimeoutMs };
  const slack = createSlackRuntime(
    config,
    { service, logger, observer: metrics.slack, home },
    boltLogger,
    routes,
  );
  slackConnected = () => slack.isConnected();
  metrics.setConnectionProbe(slackConnected);

  // Socket Mode has no HTTP server: serve health (and metrics) from our own, up before Slack connects.
  let healthServer: HealthServer | undefined;
  let metricsServer: HealthServer | undefined;
  const stopSweeper = startSweeper(store, logger);

  try {
    if (config.metricsPort !== undefined) {
      metricsServer = await startHealthServer([metricsRoute], {
        port: config.metricsPort,
        host: config.metricsHost,
        variable: 'METRICS_PORT',
      });
      logger.info({ metrics_port: metricsServer.port, metrics_host: config.metricsHost }, 'metrics served');
    }
    if (config.mode === 'socket') healthServer = await startHealthServer(routes, { port: config.port });
    await slack.start();
  } catch (error) {
    stopSweeper();
    await healthServer?.close();
    await metricsServer?.close();
    await store.close().catch(() => {});
    throw error;
  }
  // Work a dead process left behind (messages recorded but not answered, replies owed): now, and from time
  // to time for replicas that die while this one runs.
  const recover = () =>
    service
      .recoverOwed()
      .then((found) => {
        if (found > 0) logger.info({ people: found }, 'picked up unfinished work from the store');
      })
      .catch((error: unknown) => logger.error({ err: error }, 'could not look for unfinished work'));
  void recover();
  const recovery = setInterval(() => void recover(), RECOVERY_INTERVAL_MS);
  recovery.unref();

  const port = healthServer?.port ?? config.port;
  logger.info(
    { mode: config.mode, port, persona: persona.name },
    config.mode === 'socket'
      ? `connected to Slack (Socket Mode); health${separateMetrics ? '' : ' and metrics'} on port ${port}`
      : `listening for Slack events on port ${port}`,
  );

  return {
    async stop() {
      stopSweeper();
      clearInterval(recovery);
      await slack.stop();
      const drained = await Promise.race([
        service.idle().then(() => true),
        new Promise<boolean>((resolve) => setTimeout(() => resolve(false), DRAIN_DEADLINE_MS).unref()),
      ]);
      if (!drained)
        logger.warn({ in_flight: service.inFlight }, 'shutdown deadline passed with messages in flight');
      await healthServer?.close();
      await metricsServer?.close();
      await store.close();
    },
  };
}
