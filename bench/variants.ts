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
  /** An entry script other than the app's usual one (the cost breakdown's bench/layer-app.js). */
  readonly script?: string;
  /** What a reply must be: the bot's answer (default for the bot) or the message's own text. */
  readonly replies?: 'bot' | 'echo';
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
  prepare: ({ seedFile }) => botInTempDir(seedFile, {}),
};

/** Runs the bot (or a layer of it) in its own empty directory, so a developer's .env is never read. */
async function botInTempDir(
  seedFile: string | undefined,
  env: Record<string, string>,
): Promise<PreparedVariant> {
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
      ...env,
    },
    async cleanup() {
      rmSync(dir, { recursive: true, force: true });
      liveDirs.delete(dir);
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

// The cost breakdown: the floor, the bot's Slack layer alone, the bot without SQLite, the whole bot, under
// their own ids so their rounds (run together, rotating order) are not mixed with the main comparison's.
const LAYER_APP = join(REPO_ROOT, 'bench', 'layer-app.js');

export const LAYER_FLOOR: Variant = { ...ECHO, id: 'layer-echo' };

export const LAYER_SLACK: Variant = {
  id: 'layer-slack',
  label: "the bot's Slack layer, answering at once",
  app: 'bot',
  replicas: 1,
  script: LAYER_APP,
  replies: 'echo',
  prepare: () => botInTempDir(undefined, { BENCH_LAYER: 'slack' }),
};

export const LAYER_MEMORY: Variant = {
  id: 'layer-memory',
  label: 'the bot with its store in memory',
  app: 'bot',
  replicas: 1,
  script: LAYER_APP,
  prepare: () => botInTempDir(undefined, { BENCH_LAYER: 'memory' }),
};

export const LAYER_BOT: Variant = { ...BOT_SQLITE, id: 'layer-bot' };

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

/** Copies a SQLite file with its write-ahead log, if one was left. */
export function copyDatabase(from: string, to: string): void {
  copyFileSync(from, to);
  for (const suffix of ['-wal', '-shm']) {
    if (existsSync(from + suffix)) copyFileSync(from + suffix, to + suffix);
  }
}
