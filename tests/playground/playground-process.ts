// Starts `npm run playground` as a person would, in its own process group, waits for the URL it prints,
// and stops it with a signal. (tests/helpers/bot-process.ts starts `npm start`; this is its playground twin.)

import { type ChildProcess, spawn } from 'node:child_process';
import { baseEnv, REPO_ROOT } from '../helpers/bot-process';

export interface PlaygroundProcess {
  readonly url: string;
  output(): string;
  /** Signals the whole process group (npm and node) and resolves with how the process ended. */
  stop(signal?: NodeJS.Signals, timeoutMs?: number): Promise<{ code: number | null; signal: string | null }>;
}

export async function startPlaygroundProcess(
  env: Record<string, string>,
  timeoutMs = 60_000,
): Promise<PlaygroundProcess> {
  const child: ChildProcess = spawn('npm', ['run', 'playground', '--silent'], {
    cwd: REPO_ROOT,
    env: { ...baseEnv(), ...env },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString('utf8');
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString('utf8');
  });
  let exited = false;
  const exit = new Promise<{ code: number | null; signal: string | null }>((resolve) => {
    child.on('exit', (code, signal) => {
      exited = true;
      resolve({ code, signal });
    });
  });

  const stop: PlaygroundProcess['stop'] = async (signal = 'SIGTERM', stopTimeoutMs = 15_000) => {
    try {
      process.kill(-(child.pid ?? 0), signal);
    } catch {
      // already gone
    }
    const timer = new Promise<never>((_, reject) =>
      setTimeout(
        () => reject(new Error(`The playground did not stop after ${signal}. Output:\n${output}`)),
        stopTimeoutMs,
      ).unref(),
    );
    return Promise.race([exit, timer]);
  };

  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const url = /^Playground: (http:\/\/\S+)$/m.exec(output)?.[1];
    if (url) return { url, output: () => output, stop };
    if (exited || Date.now() > deadline) {
      await stop('SIGKILL').catch(() => {});
      throw new Error(
        `${exited ? 'The playground exited' : 'Timed out'} before printing its URL. Output:\n${output}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
