// Starts the bot as a person would (`npm start`, or the compiled `node dist/index.js`) in its own process
// group, reads its JSON log lines, and stops it with a signal or kills it outright.

import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';

export const REPO_ROOT = join(__dirname, '..', '..');

export interface LogLine {
  readonly level: number;
  readonly msg: string;
  readonly [field: string]: unknown;
}

export interface BotProcess {
  readonly pid: number;
  /** Everything written to stdout and stderr so far. */
  output(): string;
  logs(): LogLine[];
  waitForLog(match: (line: LogLine) => boolean, timeoutMs?: number): Promise<LogLine>;
  /** Sends a signal to the whole process group and resolves with how the process ended. */
  stop(signal?: NodeJS.Signals, timeoutMs?: number): Promise<{ code: number | null; signal: string | null }>;
  exited(): Promise<{ code: number | null; signal: string | null }>;
}

export interface StartOptions {
  readonly env: Record<string, string>;
  /** `npm start` (the default) or the production command. */
  readonly command?: 'npm-start' | 'node-dist';
  readonly cwd?: string;
  /** Wait for this log message before resolving; null resolves at once. */
  readonly readyMessage?: RegExp | null;
  readonly readyTimeoutMs?: number;
}

/** The environment a person's shell would give the bot: no Slack settings leak in from the test runner. */
export function baseEnv(): Record<string, string> {
  const keep = ['PATH', 'HOME', 'TMPDIR', 'LANG', 'npm_config_cache', 'NODE_OPTIONS'];
  const env: Record<string, string> = {};
  for (const name of keep) {
    const value = process.env[name];
    if (value !== undefined) env[name] = value;
  }
  return env;
}

export async function startBotProcess(options: StartOptions): Promise<BotProcess> {
  const cwd = options.cwd ?? REPO_ROOT;
  const [cmd, args] =
    options.command === 'node-dist' ? ['node', ['dist/index.js']] : ['npm', ['start', '--silent']];
  const child: ChildProcess = spawn(cmd, args as string[], {
    cwd,
    env: { ...baseEnv(), ...options.env },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exit = new Promise<{ code: number | null; signal: string | null }>((resolve) => {
    child.on('exit', (code, signal) => resolve({ code, signal }));
  });
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString('utf8');
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString('utf8');
  });

  const logs = (): LogLine[] =>
    output
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .flatMap((line) => {
        try {
          return [JSON.parse(line) as LogLine];
        } catch {
          return [];
        }
      });

  const bot: BotProcess = {
    pid: child.pid ?? -1,
    output: () => output,
    logs,
    async waitForLog(match, timeoutMs = 20_000) {
      const deadline = Date.now() + timeoutMs;
      let exited = false;
      void exit.then(() => {
        exited = true;
      });
      for (;;) {
        const found = logs().find(match);
        if (found) return found;
        if (exited || Date.now() > deadline) {
          throw new Error(
            `${exited ? 'The bot exited' : 'Timed out'} before the expected log line. Output:\n${output}`,
          );
        }
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    },
    async stop(signal = 'SIGTERM', timeoutMs = 15_000) {
      try {
        process.kill(-(child.pid ?? 0), signal);
      } catch {
        // already gone
      }
      const timer = new Promise<{ code: number | null; signal: string | null }>((_, reject) =>
        setTimeout(
          () => reject(new Error(`The bot did not stop after ${signal}. Output:\n${output}`)),
          timeoutMs,
        ).unref(),
      );
      return Promise.race([exit, timer]);
    },
    exited: () => exit,
  };

  const ready =
    options.readyMessage === undefined
      ? /connected to Slack|listening for Slack events/
      : options.readyMessage;
  if (ready !== null) {
    try {
      await bot.waitForLog((line) => ready.test(line.msg), options.readyTimeoutMs ?? 30_000);
    } catch (error) {
      await bot.stop('SIGKILL').catch(() => {});
      throw error;
    }
  }
  return bot;
}

interface StandInSlack {
  readonly botToken: string;
  readonly appToken: string;
  readonly signingSecret: string;
  readonly apiUrl: string;
}

/**
 * The environment that points the bot at the Slack stand-in: the bot token, the app token (Socket Mode)
 * or the signing secret (HTTP mode), and SLACK_API_URL; plus the store and anything else given.
 */
export function standInEnv(
  fake: StandInSlack,
  options: {
    mode?: 'socket' | 'http';
    database: string;
    port?: number | string;
    extra?: Record<string, string>;
  },
): Record<string, string> {
  const transport =
    options.mode === 'http'
      ? { SLACK_MODE: 'http', SLACK_SIGNING_SECRET: fake.signingSecret }
      : { SLACK_APP_TOKEN: fake.appToken };
  return {
    SLACK_BOT_TOKEN: fake.botToken,
    ...transport,
    SLACK_API_URL: fake.apiUrl,
    DATABASE_URL: options.database,
    PORT: String(options.port ?? 0),
    ...options.extra,
  };
}
