// Redis for tests: the private instance .ci/run starts (TEST_REDIS_URL), or one of our own when a test
// must stop and restart it. Without Debian's redis-server the tests that need it say so loudly: under
// CI=true that is a failure, elsewhere a skip with a warning.

import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../../slack-stand-in/free-port';

const INSTALL_HINT =
  "install Debian's redis-server (apt-get install -y redis-server); .ci/run does this in CI";

export function redisServerAvailable(): boolean {
  try {
    execFileSync('redis-server', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/**
 * Whether Redis tests can run here. Throws under CI=true when they cannot (a missing package is a
 * failure there, never a skip); elsewhere warns once and returns false.
 */
export function redisOrSkip(suite: string): boolean {
  if (process.env.TEST_REDIS_URL || redisServerAvailable()) return true;
  const message = `${suite}: Redis is not available, so these tests cannot run: ${INSTALL_HINT}.`;
  if (process.env.CI === 'true') throw new Error(message);
  console.warn(`SKIPPED ${message}`);
  return false;
}

export interface PrivateRedis {
  readonly url: string;
  readonly port: number;
  stop(): Promise<void>;
  /** Starts it again on the same port, with the data it had (append-only file). */
  start(): Promise<void>;
  close(): Promise<void>;
}

/** A redis-server of the test's own, on a free port, persisting to a temp dir so a restart keeps data. */
export async function startPrivateRedis(): Promise<PrivateRedis> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'redis-'));
  let child: ChildProcess | undefined;
  const start = async () => {
    child = spawn(
      'redis-server',
      [
        '--bind',
        '127.0.0.1',
        '--port',
        String(port),
        '--save',
        '',
        '--appendonly',
        'yes',
        '--appendfsync',
        'always',
        '--dir',
        dir,
      ],
      { stdio: 'ignore' },
    );
    await waitForPort(port, true);
  };
  const stop = async () => {
    const running = child;
    child = undefined;
    if (!running || running.exitCode !== null) return;
    const exited = new Promise((resolve) => running.once('exit', resolve));
    running.kill('SIGKILL');
    await exited;
    await waitForPort(port, false);
  };
  await start();
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    start,
    stop,
    async close() {
      await stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * A Redis URL for a test file: the shared CI instance (a database number of the file's own, flushed)
 * or a private instance. `release` stops what was started.
 */
export async function redisForTests(database: number): Promise<{ url: string; release(): Promise<void> }> {
  const shared = process.env.TEST_REDIS_URL;
  if (shared) {
    const url = `${shared.replace(/\/\d*$/, '')}/${database}`;
    await flush(url);
    return { url, release: async () => {} };
  }
  const redis = await startPrivateRedis();
  return { url: redis.url, release: () => redis.close() };
}

async function flush(url: string): Promise<void> {
  const { createClient } = await import('@keyv/redis');
  const client = createClient({ url });
  await client.connect();
  await client.flushDb();
  await client.close();
}

async function waitForPort(port: number, open: boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const isOpen = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (isOpen === open) return;
    if (Date.now() > deadline)
      throw new Error(`Redis on port ${port} did not ${open ? 'start' : 'stop'} in time`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
