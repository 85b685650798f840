// One suite, run against every store: in-memory Keyv and a real SQLite file.

import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import Database from 'better-sqlite3';
import type { ConversationStore } from '../../src/application/ports';
import { createMemoryStore } from '../../src/store/memory-store';
import { openStore } from '../../src/store/open-store';
import { openSqliteStore } from '../../src/store/sqlite-store';
import { StorageError } from '../../src/store/storage-error';
import { createFakeLogger } from '../helpers/logger';
import { redisForTests, redisOrSkip } from '../helpers/redis';

const HOUR = 3_600_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Harness {
  store: ConversationStore;
  /** The backend removes expired entries itself (Redis), so a sweep finds nothing left to do. */
  expiresItself?: boolean;
  cleanup(): Promise<void>;
}

const stores: [string, () => Promise<Harness>][] = [
  [
    'in-memory Keyv',
    async () => {
      const store = createMemoryStore();
      return { store, cleanup: () => store.close() };
    },
  ],
  [
    'SQLite file',
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'store-'));
      const path = join(dir, 'nested', 'bot.sqlite');
      const store = await openSqliteStore({ path, logger: createFakeLogger() });
      return {
        store,
        cleanup: async () => {
          await store.close();
          rmSync(dir, { recursive: true, force: true });
        },
      };
    },
  ],
];

if (redisOrSkip('Redis store suite')) {
  stores.push([
    'Redis',
    async () => {
      const redis = await redisForTests(1);
      const store = await openStore(
        { kind: 'redis', url: redis.url, display: redis.url },
        createFakeLogger(),
      );
      return {
        store,
        expiresItself: true,
        cleanup: async () => {
          await store.close();
          await redis.release();
        },
      };
    },
  ]);
}

describe.each(stores)('%s', (_name, open) => {
  let h: Harness;
  beforeEach(async () => {
    h = await open();
  });
  afterEach(async () => {
    await h.cleanup();
  });

  it('reads nothing for an unknown key', async () => {
    expect(await h.store.read('person:T1:U1')).toBeUndefined();
  });

  it('writes a new record and reads it back as plain JSON', async () => {
    const data = { name: 'Ana', at: 1, nested: { list: [1, 'two', null] }, colon: ':smile:' };
    expect(await h.store.write('person:T1:U1', data, undefined, HOUR)).toBe(1);
    expect(await h.store.read('person:T1:U1')).toEqual({ revision: 1, data });
  });

  it('refuses a write based on a stale revision, so no update is lost', async () => {
    await h.store.write('k', { n: 1 }, undefined, HOUR);
    expect(await h.store.write('k', { n: 2 }, 1, HOUR)).toBe(2);
    expect(await h.store.write('k', { n: 'lost' }, 1, HOUR)).toBeNull();
    expect(await h.store.write('k', { n: 'dup' }, undefined, HOUR)).toBeNull();
    expect(await h.store.read('k')).toEqual({ revision: 2, data: { n: 2 } });
  });

  it('lets exactly one of many concurrent writers win', async () => {
    await h.store.write('k', { n: 0 }, undefined, HOUR);
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) => h.store.write('k', { n: i }, 1, HOUR)),
    );
    expect(results.filter((r) => r === 2)).toHaveLength(1);
    expect(results.filter((r) => r === null)).toHaveLength(9);
  });

  it('deletes', async () => {
    await h.store.write('k', { n: 1 }, undefined, HOUR);
    await h.store.delete('k');
    expect(await h.store.read('k')).toBeUndefined();
    expect(await h.store.write('k', { n: 2 }, undefined, HOUR)).toBe(1);
  });

  it('refuses a write that expects a revision when the record is gone (deleted meanwhile)', async () => {
    expect(await h.store.write('k', { n: 1 }, 3, HOUR)).toBeNull();
    await h.store.write('k', { n: 1 }, undefined, HOUR);
    await h.store.delete('k');
    expect(await h.store.write('k', { n: 2 }, 1, HOUR)).toBeNull();
    expect(await h.store.read('k')).toBeUndefined();
  });

  it('expires entries after their time-to-live, and sweeps the ones nobody reads', async () => {
    await h.store.write('short:1', { n: 1 }, undefined, 30);
    await h.store.write('short:2', { n: 2 }, undefined, 30);
    await h.store.write('long', { n: 3 }, undefined, HOUR);
    await sleep(60);
    expect(await h.store.read('short:1')).toBeUndefined();
    expect(await h.store.write('short:1', { n: 4 }, undefined, HOUR)).toBe(1);
    expect(await h.store.sweepExpired()).toBe(h.expiresItself ? 0 : 1);
    const left: string[] = [];
    for await (const key of h.store.keys('short:')) left.push(key);
    expect(left).toEqual(['short:1']);
    expect(await h.store.read('long')).toEqual({ revision: 1, data: { n: 3 } });
  });

  it('lists live keys by prefix', async () => {
    await h.store.write('person:T1:U1', {}, undefined, HOUR);
    await h.store.write('person:T1:U2', {}, undefined, HOUR);
    await h.store.write('other:x', {}, undefined, HOUR);
    const keys: string[] = [];
    for await (const key of h.store.keys('person:')) keys.push(key);
    expect(keys.sort()).toEqual(['person:T1:U1', 'person:T1:U2']);
  });
});

describe('SQLite across a restart', () => {
  it('keeps what one process wrote for the next one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'store-restart-'));
    const path = join(dir, 'bot.sqlite');
    const first = await openSqliteStore({ path, logger: createFakeLogger() });
    await first.write('person:T1:U1', { name: 'Ana' }, undefined, HOUR);
    await first.close();
    const second = await openSqliteStore({ path, logger: createFakeLogger() });
    expect(await second.read('person:T1:U1')).toEqual({ revision: 1, data: { name: 'Ana' } });
    expect(await second.write('person:T1:U1', { name: 'Bea' }, 1, HOUR)).toBe(2);
    await second.close();
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('SQLite deletion', () => {
  it('leaves no trace of a deleted person in the database file or its write-ahead log', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'store-forget-'));
    const path = join(dir, 'bot.sqlite');
    const store = await openSqliteStore({ path, logger: createFakeLogger() });
    let revision = await store.write('person:T1:U1', { said: 'ZEBULON-SECRET', n: 0 }, undefined, HOUR);
    for (let n = 1; n <= 5; n += 1) {
      revision = await store.write(
        'person:T1:U1',
        { said: 'ZEBULON-SECRET', n },
        revision ?? undefined,
        HOUR,
      );
    }
    await store.write('person:T1:U2', { said: 'someone else' }, undefined, HOUR);
    await store.delete('person:T1:U1');
    const onDisk = () =>
      ['bot.sqlite', 'bot.sqlite-wal']
        .filter((file) => existsSync(join(dir, file)))
        .some((file) => readFileSync(join(dir, file)).includes('ZEBULON-SECRET'));
    expect(onDisk()).toBe(false);
    await store.close();
    expect(onDisk()).toBe(false);
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('SQLite failures are reported, never swallowed', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'store-fail-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('names the path when the directory cannot be created', async () => {
    const blocker = join(dir, 'file');
    await (await openSqliteStore({ path: blocker, logger: createFakeLogger() })).close(); // a file, not a dir
    const path = join(blocker, 'sub', 'bot.sqlite');
    await expect(openSqliteStore({ path, logger: createFakeLogger() })).rejects.toThrow(StorageError);
    await expect(openSqliteStore({ path, logger: createFakeLogger() })).rejects.toThrow(path);
  });

  it('refuses a file that is not a SQLite database', async () => {
    const path = join(dir, 'not-a-db.sqlite');
    writeFileSync(path, 'this is not a database, just text that is long enough '.repeat(40));
    await expect(openSqliteStore({ path, logger: createFakeLogger() })).rejects.toThrow(
      /not a database|writable SQLite/,
    );
  });

  it('reads a corrupt row as unreadable (revision 0) and lets it be replaced', async () => {
    const path = join(dir, 'bot.sqlite');
    const logger = createFakeLogger();
    const store = await openSqliteStore({ path, logger });
    await rawExec(path, "INSERT INTO keyv (key, value) VALUES ('bot:person:T1:U1', '{not json')");
    expect(await store.read('person:T1:U1')).toEqual({ revision: 0, data: undefined });
    expect(logger.lines.some((l) => l.level === 'warn')).toBe(true);
    expect(await store.write('person:T1:U1', { ok: true }, 0, HOUR)).toBe(1);
    expect(await store.read('person:T1:U1')).toEqual({ revision: 1, data: { ok: true } });
    await store.close();
  });

  it('fails a write loudly when the file is locked by another writer for too long', async () => {
    const path = join(dir, 'bot.sqlite');
    const store = await openSqliteStore({ path, logger: createFakeLogger() });
    const locker = new Database(path);
    locker.exec('BEGIN EXCLUSIVE');
    await expect(store.write('k', { n: 1 }, undefined, HOUR)).rejects.toThrow(/locked|busy/i);
    locker.exec('ROLLBACK');
    locker.close();
    expect(await store.write('k', { n: 1 }, undefined, HOUR)).toBe(1);
    await store.close();
  }, 15_000);

  it('waits for a locked file without stopping the process, and writes once the lock is gone', async () => {
    const path = join(dir, 'bot.sqlite');
    const store = await openSqliteStore({ path, logger: createFakeLogger() });
    const locker = new Database(path);
    locker.exec('BEGIN EXCLUSIVE');
    // The wait must not hold the event loop: Slack acks, health checks and other people go on meanwhile.
    // Told by order, not by the clock: a write that blocked the thread while the file is locked would
    // return only after its busy timeout, failed, before any timer set meanwhile could run.
    let written: Promise<number | null>;
    let settled = false;
    let turns = 0;
    try {
      written = store.write('k', { n: 1 }, undefined, HOUR).catch(() => null);
      void written.finally(() => {
        settled = true;
      });
      for (; turns < 10 && !settled; turns += 1) await new Promise((resolve) => setTimeout(resolve, 0));
    } finally {
      locker.exec('ROLLBACK');
      locker.close();
    }
    expect(turns).toBe(10); // ten turns of the event loop while the write was still waiting for the lock
    expect(await written).toBe(1);
    expect(await store.read('k')).toEqual({ revision: 1, data: { n: 1 } });
    await store.close();
  }, 15_000);
});

async function rawExec(path: string, sql: string): Promise<void> {
  const db = new Database(path);
  try {
    db.exec(sql);
  } finally {
    db.close();
  }
}
