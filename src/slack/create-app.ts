// Builds the Bolt app for the configured mode. Socket Mode for local runs (no public URL needed), HTTP
// mode for servers. SLACK_API_URL goes into clientOptions.slackApiUrl, which Bolt uses for the Web API
// and hands to Socket Mode's apps.connections.open. Two traps are avoided on purpose: no
// `clientOptions.headers` (it would send apps.connections.open with the bot token) and an explicit
// installerOptions.clientOptions on our own receiver (Bolt would otherwise fall back to slack.com).

import type { Logger as BoltLogger } from '@slack/bolt';
import { App, HTTPReceiver } from '@slack/bolt';
import type { Config } from '../config';
import type { Route } from '../observability/health-routes';
import { registerListeners, type SlackDeps } from './listeners';
import { RecordFirstSocketModeReceiver } from './socket-mode-receiver';

/**
 * Retries for Bolt's own calls (auth.test, apps.connections.open). Explicit, because Socket Mode would
 * otherwise set 100 retries (hours) on the very object the listeners' client is built from.
 */
const APP_CLIENT_RETRY = { retries: 3, factor: 2, minTimeout: 500, maxTimeout: 5000 };

export interface SlackRuntime {
  readonly app: App;
  start(): Promise<void>;
  /** Stops taking events; in Socket Mode resolves once the socket has really closed. */
  stop(): Promise<void>;
  isConnected(): boolean;
}

/**
 * `routes` (health and metrics) are served on the events port in HTTP mode; in Socket Mode, which has no
 * HTTP server, the caller serves them itself.
 */
export function createSlackRuntime(
  config: Config,
  deps: SlackDeps,
  boltLogger: BoltLogger,
  routes: readonly Route[] = [],
): SlackRuntime {
  const clientOptions = {
    ...(config.slackApiUrl ? { slackApiUrl: config.slackApiUrl } : {}),
    retryConfig: APP_CLIENT_RETRY,
  };
  if (config.mode === 'socket') return createSocketModeRuntime(config, deps, boltLogger, clientOptions);
  return createHttpRuntime(config, deps, boltLogger, clientOptions, routes);
}

type ClientOptions = { slackApiUrl?: string; retryConfig: typeof APP_CLIENT_RETRY };

function createSocketModeRuntime(
  config: Config,
  deps: SlackDeps,
  logger: BoltLogger,
  clientOptions: ClientOptions,
): SlackRuntime {
  // Acknowledges each envelope once our listener has recorded it (see socket-mode-receiver.ts).
  const receiver = new RecordFirstSocketModeReceiver({
    appToken: config.appToken ?? '',
    logger,
    clientOptions: { ...clientOptions },
  });
  let connected = false;
  receiver.client.on('connected', () => {
    connected = true;
  });
  for (const state of ['disconnected', 'reconnecting', 'disconnecting']) {
    receiver.client.on(state, () => {
      connected = false;
    });
  }
  const app = new App({ token: config.botToken, receiver, logger, convoStore: false, clientOptions });
  registerListeners(app, deps);
  return {
    app,
    async start() {
      await app.start();
      connected = true;
    },
    async stop() {
      // app.stop() returns before the socket has closed (bolt-js PR #3042): wait for the close ourselves.
      await receiver.client.disconnect();
      connected = false;
    },
    isConnected: () => connected,
  };
}

function createHttpRuntime(
  config: Config,
  deps: SlackDeps,
  logger: BoltLogger,
  clientOptions: ClientOptions,
  routes: readonly Route[],
): SlackRuntime {
  const receiver = new HTTPReceiver({
    signingSecret: config.signingSecret ?? '',
    endpoints: '/slack/events',
    // Slack gets its 200 when the listener returns, and our listeners return once the delivery is recorded
    // (the reply follows on its own): a crash cannot lose an acknowledged event, and a slow
    // chat.postMessage never holds the response past Slack's 3 seconds.
    processBeforeResponse: true,
    customRoutes: routes.map((r) => ({ ...r })),
    logger,
  });
  let listening = false;
  const app = new App({ token: config.botToken, receiver, logger, convoStore: false, clientOptions });
  registerListeners(app, deps);
  return {
    app,
    async start() {
      await app.start(config.port);
      listening = true;
    },
    async stop() {
      listening = false;
      await app.stop();
    },
    isConnected: () => listening,
  };
}
