// /healthz (the process is alive), /readyz (connected to Slack and the store answers) and /metrics.
// The same handlers serve in both modes: as Bolt custom routes in HTTP mode, and from a small server of
// our own in Socket Mode (which has no HTTP server of its own to hang them on). /metrics is kept apart
// because it is for operators only: bot.ts decides where it is served (see METRICS_PORT in README).

import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Registry } from 'prom-client';

export interface HealthDeps {
  readonly isConnected: () => boolean;
  readonly pingStore: () => Promise<void>;
  /** Bounds the store check, so a hung store turns /readyz red instead of hanging it. */
  readonly storeTimeoutMs?: number;
}

export type RouteHandler = (req: IncomingMessage, res: ServerResponse) => void;

export interface Route {
  readonly path: string;
  readonly method: 'GET';
  readonly handler: RouteHandler;
}

function json(res: ServerResponse, status: number, body: object): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

export function createHealthRoutes(deps: HealthDeps): Route[] {
  return [
    { path: '/healthz', method: 'GET', handler: (_req, res) => json(res, 200, { status: 'ok' }) },
    {
      path: '/readyz',
      method: 'GET',
      handler: (_req, res) => {
        void checkStore(deps).then((store) => {
          const slack = deps.isConnected() ? 'ok' : 'disconnected';
          const ready = slack === 'ok' && store === 'ok';
          json(res, ready ? 200 : 503, { status: ready ? 'ready' : 'not ready', slack, store });
        });
      },
    },
  ];
}

export function createMetricsRoute(registry: Registry): Route {
  return {
    path: '/metrics',
    method: 'GET',
    handler: (_req, res) => {
      registry.metrics().then(
        (text) => {
          res.writeHead(200, { 'content-type': registry.contentType });
          res.end(text);
        },
        () => res.writeHead(500, { 'content-type': 'text/plain' }).end('metrics unavailable\n'),
      );
    },
  };
}

/**
 * 'ok' or 'unavailable'. /readyz may be reachable from outside, so it never carries the store's error text
 * (paths, hosts); the bot logs that itself when a message fails.
 */
async function checkStore(deps: HealthDeps): Promise<'ok' | 'unavailable'> {
  const timeout = new Promise<'unavailable'>((resolve) =>
    setTimeout(() => resolve('unavailable'), deps.storeTimeoutMs ?? 2000).unref(),
  );
  const ping = deps.pingStore().then(
    () => 'ok' as const,
    () => 'unavailable' as const,
  );
  return Promise.race([ping, timeout]);
}
