// What can be measured: an app (the bot or the echo floor), how many replicas of it, and the environment
// it gets. Adding a row (say, two bot replicas sharing Redis) is adding a Variant here: its `prepare`
// returns the environment (a DATABASE_URL…) and a cleanup; the round runner starts `replicas` processes,
// spreads the load over them (Socket Mode: the stand-in round-robins envelopes over the open connections;
// HTTP: requests go round-robin to each replica's port) and adds up their CPU.

import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type AppKind, REPO_ROOT } from './apps';
import { startBenchRedis } from './redis-server';

export interface PrepareContext {
  /** A seeded database file to start from (scale run), or undefined for an empty store. */
  readonly seedFile: string | undefined;
}

export interface PreparedVariant {
  /** Environment shared by every replica, on top of the Slack settings the runner sets. */
  readonly env: Record<string, string>;
  /** The working directory of every replica. */
  readonly cwd: string;
  cleanup(): Promise<void>;
}

export interface Variant {
  readonly id: string;
  readonly label: string;
  readonly app: AppKind;
  readonly replicas: number;
  prepare(context: PrepareContext): Promise<PreparedVariant>;
}

/** Temp directories still in use, removed on exit however the bench stops (Ctrl-C included). */
const liveDirs = new Set<string>();
process.on('exit', () => {
  for (const dir of liveDirs) rmSync(dir, { recursive: true, force: true });
});

/** The bot as deployed by default: one process, SQLite in a fresh temp directory. */
export const BOT_SQLITE: Variant = {
  id: 'bot',
  label: 'bot (SQLite, 1 replica)',
  app: 'bot',
  replicas: 1,
  async prepare({ seedFile }) {
    // The bot runs in its own empty directory, so a developer's .env is never read by the bench.
    const dir = mkdtempSync(join(tmpdir(), 'bench-bot-'));
    liveDirs.add(dir);
    const file = join(dir, 'bot.sqlite');
    if (seedFile) copyDatabase(seedFile, file);
    return {
      cwd: dir,
      env: {
        DATABASE_URL: `sqlite://${file}`,
        PERSONA_FILE: join(REPO_ROOT, 'persona.json'),
        LOG_LEVEL: 'info',
      },
      async cleanup() {
        rmSync(dir, { recursive: true, force: true });
        liveDirs.delete(dir);
      },
    };
  },
};

/** The SQLite bot again, under its own id, as the baseline of the Redis comparison (same rounds, same drift). */
export const BOT_SQLITE_BASELINE: Variant = {
  ...BOT_SQLITE,
  id: 'bot-sqlite',
  label: 'bot (SQLite, 1 replica)',
};

/** The bot on a fresh private Redis, with `replicas` processes sharing it. */
export function botOnRedis(replicas: number): Variant {
  return {
    id: `bot-redis-${replicas}`,
    label: `bot (Redis, ${replicas} replica${replicas === 1 ? '' : 's'})`,
    app: 'bot',
    replicas,
    async prepare() {
      const dir = mkdtempSync(join(tmpdir(), 'bench-redis-'));
      liveDirs.add(dir);
      const redis = await startBenchRedis();
      return {
        cwd: dir,
        env: { DATABASE_URL: redis.url, PERSONA_FILE: join(REPO_ROOT, 'persona.json'), LOG_LEVEL: 'info' },
        async cleanup() {
          await redis.stop();
          rmSync(dir, { recursive: true, force: true });
          liveDirs.delete(dir);
        },
      };
    },
  };
}

/** The floor: a bare Bolt app that echoes each DM in its thread. */
export const ECHO: Variant = {
  id: 'echo',
  label: 'echo (bare Bolt)',
  app: 'echo',
  replicas: 1,
  async prepare() {
    return { cwd: REPO_ROOT, env: {}, async cleanup() {} };
  },
};

/** Copies a SQLite file with its write-ahead log, if one was left. */
export function copyDatabase(from: string, to: string): void {
  copyFileSync(from, to);
  for (const suffix of ['-wal', '-shm']) {
    if (existsSync(from + suffix)) copyFileSync(from + suffix, to + suffix);
  }
}
