// Starts the apps under test as plain `node` processes (the bot's production build, dist/index.js, and
// bench/echo-app.js), times start-up to their ready log line, and stops them. Every process started here
// is killed when the bench exits, however it exits.

import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { mainThreadCpuMs, nowMs, processCpuMs, processMemoryKiB } from './measure';

export const REPO_ROOT = join(__dirname, '..');

export type AppKind = 'bot' | 'echo';
export type SlackMode = 'socket' | 'http';

const SCRIPTS: Record<AppKind, string> = {
  bot: join(REPO_ROOT, 'dist', 'index.js'),
  echo: join(REPO_ROOT, 'bench', 'echo-app.js'),
};

/** The ready line each app logs (JSON `msg`), Socket Mode or HTTP. */
const READY: Record<AppKind, RegExp> = {
  bot: /^(connected to Slack|listening for Slack events)/,
  echo: /^(connected|listening)$/,
};

export interface AppProcess {
  readonly kind: AppKind;
  readonly pid: number;
  /** Spawn -> ready log line, ms. */
  readonly startupMs: number;
  /** CPU ms of all the process's threads (event loop, libuv pool, GC, compiler). */
  cpuMs(): number;
  /** CPU ms of the event-loop thread alone. */
  mainThreadCpuMs(): number;
  peakRssKiB(): number;
  /** Log lines at warn level or above (pino level >= 40), and lines on stderr. */
  warnings(): number;
  /** The last lines of output, for diagnostics. */
  tail(): string;
  stop(timeoutMs?: number): Promise<void>;
}

export interface StartAppOptions {
  readonly kind: AppKind;
  readonly env: Record<string, string>;
  readonly cwd?: string;
  /** Extra node flags, e.g. --cpu-prof. */
  readonly nodeArgs?: readonly string[];
  /** Another entry script than the app's usual one (absolute). */
  readonly script?: string;
  readonly readyTimeoutMs: number;
}

const live = new Set<ChildProcess>();
let exitHookInstalled = false;

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on('exit', () => {
    for (const child of live) {
      try {
        child.kill('SIGKILL');
      } catch {
        // already gone
      }
    }
  });
}

/** A person's shell environment minus anything Slack- or bot-related, plus `env`. */
function cleanEnv(env: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of ['PATH', 'HOME', 'TMPDIR', 'LANG', 'TZ']) {
    const value = process.env[name];
    if (value !== undefined) out[name] = value;
  }
  return { ...out, ...env };
}

const TAIL_LINES = 40;

export async function startApp(options: StartAppOptions): Promise<AppProcess> {
  installExitHook();
  const started = nowMs();
  const child = spawn(
    process.execPath,
    [...(options.nodeArgs ?? []), options.script ?? SCRIPTS[options.kind]],
    {
      cwd: options.cwd ?? REPO_ROOT,
      env: cleanEnv(options.env),
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  live.add(child);
  const exited = new Promise<void>((resolve) => {
    child.once('exit', () => {
      live.delete(child);
      resolve();
    });
  });
  let hasExited = false;
  void exited.then(() => {
    hasExited = true;
  });

  const tail: string[] = [];
  let warnings = 0;
  let onReady: ((at: number) => void) | undefined;
  const ready = new Promise<number>((resolve) => {
    onReady = resolve;
  });
  const remember = (line: string) => {
    tail.push(line.length > 500 ? `${line.slice(0, 500)}…` : line);
    if (tail.length > TAIL_LINES) tail.shift();
  };
  const onLine = (line: string) => {
    if (!line.startsWith('{')) {
      if (line.trim() !== '') remember(line);
      return;
    }
    let parsed: { msg?: unknown; level?: unknown };
    try {
      parsed = JSON.parse(line) as { msg?: unknown; level?: unknown };
    } catch {
      remember(line);
      return;
    }
    if (typeof parsed.level === 'number' && parsed.level >= 40) {
      warnings += 1;
      remember(line);
    }
    if (onReady && typeof parsed.msg === 'string' && READY[options.kind].test(parsed.msg)) {
      remember(line);
      onReady(nowMs());
      onReady = undefined;
    }
  };
  splitLines(child.stdout, onLine);
  splitLines(child.stderr, (line) => {
    if (line.trim() === '') return;
    warnings += 1;
    remember(`[stderr] ${line}`);
  });

  const app: AppProcess = {
    kind: options.kind,
    pid: child.pid ?? -1,
    startupMs: Number.NaN,
    cpuMs: () => processCpuMs(child.pid ?? -1),
    mainThreadCpuMs: () => mainThreadCpuMs(child.pid ?? -1),
    peakRssKiB: () => processMemoryKiB(child.pid ?? -1, 'VmHWM'),
    warnings: () => warnings,
    tail: () => tail.join('\n'),
    async stop(timeoutMs = 15_000) {
      if (hasExited) return;
      child.kill('SIGTERM');
      const timer = new Promise<'timeout'>((resolve) =>
        setTimeout(() => resolve('timeout'), timeoutMs).unref(),
      );
      if ((await Promise.race([exited, timer])) === 'timeout') {
        child.kill('SIGKILL');
        await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000).unref())]);
      }
    },
  };

  const outcome = await Promise.race([
    ready,
    exited.then(() => 'exited' as const),
    new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), options.readyTimeoutMs).unref()),
  ]);
  if (typeof outcome !== 'number') {
    await app.stop(2000);
    throw new Error(
      `The ${options.kind} app ${outcome === 'exited' ? 'exited' : `was not ready after ${options.readyTimeoutMs} ms`} before logging its ready line. Last output:\n${app.tail()}`,
    );
  }
  return { ...app, startupMs: outcome - started };
}

function splitLines(stream: NodeJS.ReadableStream | null, onLine: (line: string) => void): void {
  if (!stream) return;
  let carry = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk: string) => {
    const parts = (carry + chunk).split('\n');
    carry = parts.pop() ?? '';
    for (const line of parts) onLine(line);
  });
  stream.on('end', () => {
    if (carry !== '') onLine(carry);
  });
}
