// A small HTTP server for the health and metrics routes, for Socket Mode (HTTP mode serves them from
// Bolt's own receiver on the same port as the events).

import { createServer, type Server } from 'node:http';
import type { Route } from './health-routes';

export class HealthPortInUseError extends Error {
  constructor(port: number, variable = 'PORT', serves = '/healthz, /readyz and /metrics') {
    super(
      `${variable} ${port} is already in use (the playground, or another bot?). The bot serves ${serves} ` +
        `there: stop the other process, or set ${variable} to another port (0 picks a free one).`,
    );
    this.name = 'HealthPortInUseError';
  }
}

export interface HealthServer {
  readonly port: number;
  close(): Promise<void>;
}

export interface ListenOptions {
  readonly port: number;
  /** Undefined listens on every interface. */
  readonly host?: string | undefined;
  /** Names the setting in the "already in use" message. */
  readonly variable?: string;
}

export function startHealthServer(routes: readonly Route[], listen: ListenOptions): Promise<HealthServer> {
  const { port, host, variable } = listen;
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    const route = routes.find((r) => r.path === path);
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found\n');
      return;
    }
    if (req.method !== route.method && req.method !== 'HEAD') {
      res.writeHead(405, { allow: route.method }).end();
      return;
    }
    route.handler(req, res);
  });
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE'
          ? new HealthPortInUseError(port, variable, routes.map((r) => r.path).join(', '))
          : error,
      ),
    );
    server.listen(port, host, () => {
      server.removeAllListeners('error');
      const address = server.address();
      resolve({
        port: typeof address === 'object' && address ? address.port : port,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}
