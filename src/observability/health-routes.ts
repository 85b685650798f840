// /healthz (the process is alive), /readyz (connected to Slack and the store answers) and /metrics.
// The same handlers serve in both modes: as Bolt custom routes in HTTP mode, and from a small server of
// our own in Socket Mode (which has no HTTP server of its own to hang them on).

import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Registry } from 'prom-client';

export interface HealthDeps {
  readonly registry: Registry;
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

export function createHealthRoutes(deps: HealthDeps): Route[] {
  const json = (res: ServerResponse, status: number, body: object) => {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
    res.end(JSON.stringify(body));
  };
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
    {
      path: '/metrics',
      method: 'GET',
      handler: (_req, res) => {
        deps.registry.metrics().then(
          (text) => {
            res.writeHead(200, { 'content-type': deps.registry.contentType });
            res.end(text);
          },
          (error: unknown) => json(res, 500, { error: String(error) }),
        );
      },
    },
  ];
}

async function checkStore(deps: HealthDeps): Promise<string> {
  const timeout = new Promise<string>((resolve) =>
    setTimeout(() => resolve('timeout'), deps.storeTimeoutMs ?? 2000).unref(),
  );
  const ping = deps.pingStore().then(
    () => 'ok',
    (error: unknown) => `error: ${error instanceof Error ? error.message : String(error)}`,
  );
  return Promise.race([ping, timeout]);
}
