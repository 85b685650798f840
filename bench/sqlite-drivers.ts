// Why the SQLite store runs its queries on better-sqlite3 (src/store/sqlite-connection.ts) rather than on
// the sqlite3 connection @keyv/sqlite opens: the store's work for one message (a read and three
// conditional writes: inbox, step, reply sent), timed on both, in this process, alternating A B B A.
//
//   npx tsx bench/sqlite-drivers.ts            (BENCH_MESSAGES=3000 by default)
//
// "@keyv/sqlite as shipped" is the adapter used as it is, on the real file, with the store's own SQL
// sent through its `query`; the bot's store is openSqliteStore, exactly as the bot opens it.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import KeyvSqlite from '@keyv/sqlite';
import type { ConversationStore, Logger } from '../src/application/ports';
import { openSqliteStore } from '../src/store/sqlite-store';

const MESSAGES = Number(process.env.BENCH_MESSAGES ?? 3000);
const PEOPLE = 200;
const HOUR = 3_600_000;

type HotPath = Pick<ConversationStore, 'read' | 'write'>;

const silent: Logger = { debug() {}, info() {}, warn() {}, error() {} } as unknown as Logger;

/** A person's record after a few messages: about the size the bot writes. */
const record = {
  knownName: 'Ana Lima',
  session: {
    turns: Array.from({ length: 6 }, (_, i) => ({ from: 'person', text: `message ${i} `.repeat(6) })),
  },
};

async function oneMessage(store: HotPath, key: string): Promise<void> {
  let revision: number | null | undefined = (await store.read(key))?.revision;
  for (let write = 0; write < 3; write++)
    revision = await store.write(key, record, revision ?? undefined, HOUR);
}

async function measure(store: HotPath, messages: number): Promise<{ cpuMs: number; wallMs: number }> {
  const cpu = process.cpuUsage();
  const started = performance.now();
  for (let i = 0; i < messages; i++) await oneMessage(store, `person-${i % PEOPLE}`);
  const used = process.cpuUsage(cpu);
  return {
    cpuMs: (used.user + used.system) / 1000 / messages,
    wallMs: (performance.now() - started) / messages,
  };
}

/** The same SQL as the bot's store, sent through @keyv/sqlite's own connection (sqlite3). */
async function keyvAsShipped(path: string): Promise<HotPath & { close(): Promise<void> }> {
  const adapter = new KeyvSqlite({ uri: `sqlite://${path}`, table: 'keyv', busyTimeout: 5000 });
  await adapter.query('PRAGMA journal_mode = WAL');
  await adapter.query('PRAGMA synchronous = NORMAL');
  const write = `INSERT INTO keyv (key, value) SELECT ?, ? WHERE ? = -1 OR EXISTS (SELECT 1 FROM keyv WHERE key = ?)
    ON CONFLICT(key) DO UPDATE SET value = excluded.value
    WHERE CASE WHEN json_valid(keyv.value)
      THEN COALESCE(json_extract(keyv.value, '$.value.revision'), 0) = ?
        OR COALESCE(json_extract(keyv.value, '$.expires'), 9e18) < ?
      ELSE ? = 0 END
    RETURNING key`;
  return {
    async read(key) {
      const rows = (await adapter.query('SELECT * FROM keyv WHERE key = ?', `bot:${key}`)) as {
        value: string;
      }[];
      return rows[0] ? JSON.parse(rows[0].value).value : undefined;
    },
    async write(key, data, expected, ttlMs) {
      const revision = (expected ?? 0) + 1;
      const at = Date.now();
      const value = JSON.stringify({ value: { revision, data }, expires: at + ttlMs });
      const e = expected ?? -1;
      const rows = (await adapter.query(write, `bot:${key}`, value, e, `bot:${key}`, e, at, e)) as unknown[];
      return rows.length === 1 ? revision : null;
    },
    close: () => adapter.disconnect(),
  };
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'sqlite-drivers-'));
  try {
    const ours = await openSqliteStore({ path: join(dir, 'ours.sqlite'), logger: silent });
    const shipped = await keyvAsShipped(join(dir, 'shipped.sqlite'));
    const runs = {
      ours: [] as { cpuMs: number; wallMs: number }[],
      shipped: [] as { cpuMs: number; wallMs: number }[],
    };
    await measure(ours, 300); // warm-up: JIT, prepared statements, the files' first pages
    await measure(shipped, 300);
    for (const turn of ['ours', 'shipped', 'shipped', 'ours'] as const)
      runs[turn].push(await measure(turn === 'ours' ? ours : shipped, MESSAGES));
    const mean = (xs: { cpuMs: number; wallMs: number }[], k: 'cpuMs' | 'wallMs') =>
      xs.reduce((sum, x) => sum + x[k], 0) / xs.length;
    const row = (label: string, xs: { cpuMs: number; wallMs: number }[]) =>
      `${label.padEnd(44)} ${mean(xs, 'cpuMs').toFixed(3).padStart(8)} ${mean(xs, 'wallMs').toFixed(3).padStart(9)}`;
    console.log(`The store's work for one message (1 read + 3 writes), ${MESSAGES} messages x 2 runs each`);
    console.log(`${''.padEnd(44)} ${'CPU ms'.padStart(8)} ${'wall ms'.padStart(9)}`);
    console.log(row('better-sqlite3 (the bot: openSqliteStore)', runs.ours));
    console.log(row('@keyv/sqlite as shipped (sqlite3)', runs.shipped));
    console.log(
      `ratio (shipped / ours): CPU ${(mean(runs.shipped, 'cpuMs') / mean(runs.ours, 'cpuMs')).toFixed(1)}x`,
    );
    await ours.close();
    await shipped.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
