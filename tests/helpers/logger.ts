// A logger that keeps what was logged, for asserting that failures are reported (and secrets are not).

import type { Logger } from '../../src/application/ports';

export interface RecordedLog {
  readonly level: 'debug' | 'info' | 'warn' | 'error';
  readonly obj: object;
  readonly msg: string | undefined;
}

export interface FakeLogger extends Logger {
  readonly lines: RecordedLog[];
}

export function createFakeLogger(): FakeLogger {
  const lines: RecordedLog[] = [];
  const at = (level: RecordedLog['level']) => (obj: object, msg?: string) => {
    lines.push({ level, obj, msg });
  };
  return { lines, debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}
