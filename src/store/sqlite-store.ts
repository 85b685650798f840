// The conversation store on Keyv + @keyv/sqlite: one SQLite file, created on first run.
//
// Keyv hides storage failures by default (a missing directory makes set() resolve false and get() resolve
// undefined), so this module creates the directory, turns on throwOnErrors, treats set() === false as an
// error and probes the file at start-up. Keyv has no conditional write, so `write` runs one SQL statement
// (an upsert guarded by the stored revision) on the same connection; reads and deletes go through Keyv.
// Values are stored as plain JSON ({"value": ..., "expires": ...}).
//
// @keyv/sqlite supplies Keyv's SQL; the queries themselves run on our connection (sqlite-connection.ts,
// better-sqlite3), because on the sqlite3 connection the adapter opens, the store's work for one message
// takes four to five times the CPU (`npx tsx bench/sqlite-drivers.ts`: 0.27 against 0.06 ms; in the
// whole bot under load, `npm run bench` measured 0.45 ms more per message on sqlite3). @keyv/sqlite 4 has
// no way to be given a connection: its `connect` option is declared but overwritten in the constructor
// (keyv PR #1835), so the connection goes in through the adapter's public `query` member, here and
// nowhere else. @keyv/sqlite 6 (in beta) runs on better-sqlite3 and takes a `driver`; this goes when it
// is stable. Until then the adapter's own connection is given an in-memory database that nothing uses:
// two SQLite libraries must never open the same file in one process, because closing it in one drops
// the other's locks (sqlite.org/howtocorrupt.html, 2.2).

import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import KeyvSqlite from '@keyv/sqlite';
import Keyv from 'keyv';
import type { ConversationStore, Logger } from '../application/ports';
import { readEnvelope, type StoredEnvelope } from './envelope';
import { openPreparedConnection, type PreparedConnection, type Query } from './sqlite-connection';
import { StorageError } from './storage-error';

const NAMESPACE = 'bot';
const TABLE = 'keyv';
/** How long a writer waits for another process (the admin tool) to release the file. */
const BUSY_TIMEOUT_MS = 5000;
/** Written and deleted at start-up to prove the file is writable. */
const PROBE_KEY = 'startup-probe';

export interface SqliteStoreOptions {
  readonly path: string;
  readonly logger: Logger;
}

export async function openSqliteStore({ path, logger }: SqliteStoreOptions): Promise<ConversationStore> {
  try {
    mkdirSync(dirname(path), { recursive: true });
  } catch (error) {
    throw new StorageError(`Cannot create the directory for the database file ${path}: ${describe(error)}`, {
      cause: error,
    });
  }
  let connection: PreparedConnection;
  try {
    connection = openPreparedConnection(path, BUSY_TIMEOUT_MS);
  } catch (error) {
    throw new StorageError(
      `Could not open the SQLite database ${path} (is it a writable SQLite file?): ${describe(error)}`,
      { cause: error },
    );
  }
  const { query } = connection; // our own SQL runs here; Keyv's runs here too, through the adapter
  const adapter = new KeyvSqlite({ uri: 'sqlite://:memory:', table: TABLE });
  adapter.query = query;
  const keyv = new Keyv<StoredEnvelope>({
    store: adapter,
    namespace: NAMESPACE,
    serialize: JSON.stringify,
    deserialize: JSON.parse,
    throwOnErrors: true,
  });
  keyv.on('error', (error: unknown) => logger.error({ err: error, path }, 'SQLite store error'));
  const prefixed = (key: string) => `${NAMESPACE}:${key}`;

  const fail = (action: string, error: unknown): never => {
    if (error instanceof StorageError) throw error;
    throw new StorageError(`Could not ${action} the SQLite database ${path}: ${describe(error)}`, {
      cause: error,
    });
  };

  const store: ConversationStore = {
    read: (key) => readEnvelope(key, () => keyv.get(key), logger, fail),

    async write(key, data, expected, ttlMs) {
      const revision = (expected ?? 0) + 1;
      const at = Date.now();
      const value = JSON.stringify({ value: { revision, data }, expires: at + ttlMs });
      // Insert, or replace a row whose revision is still the one the caller read (revision 0 stands for an
      // unreadable row). An expired row counts as absent. RETURNING tells us whether the write happened.
      // A writer that expects a revision must find the row still there: a record deleted meanwhile ("forget
      // me", the admin tool) must not come back.
      const sql = `INSERT INTO ${TABLE} (key, value) SELECT ?, ?
        WHERE ? = -1 OR EXISTS (SELECT 1 FROM ${TABLE} WHERE key = ?)
        ON CONFLICT(key) DO UPDATE SET value = excluded.value
        WHERE CASE WHEN json_valid(${TABLE}.value)
          THEN COALESCE(json_extract(${TABLE}.value, '$.value.revision'), 0) = ?
            OR COALESCE(json_extract(${TABLE}.value, '$.expires'), 9e18) < ?
          ELSE ? = 0 END
        RETURNING key`;
      const expectedRevision = expected ?? -1;
      try {
        const rows = (await query(
          sql,
          prefixed(key),
          value,
          expectedRevision,
          prefixed(key),
          expectedRevision,
          at,
          expectedRevision,
        )) as unknown[];
        return rows.length === 1 ? revision : null;
      } catch (error) {
        return fail('write to', error);
      }
    },

    async delete(key) {
      try {
        await keyv.delete(key);
        // "forget me" means gone from the disk too: secure_delete (set at start-up) zeroes what is freed,
        // and a checkpoint moves that into the database file and empties the write-ahead log, which still
        // held the person's earlier versions. Deletes are rare; messages never wait for this.
        await query('PRAGMA wal_checkpoint(TRUNCATE)');
      } catch (error) {
        fail('delete from', error);
      }
    },

    async *keys(prefix) {
      // Plain SQL rather than Keyv's iterator: that one pages with OFFSET while deleting expired rows,
      // which skips entries.
      const full = prefixed(prefix);
      const sql = `SELECT key FROM ${TABLE} WHERE substr(key, 1, ?) = ?
        AND (NOT json_valid(value) OR COALESCE(json_extract(value, '$.expires'), 9e18) >= ?) ORDER BY key`;
      let rows: { key: string }[];
      try {
        rows = (await query(sql, full.length, full, Date.now())) as { key: string }[];
      } catch (error) {
        return fail('list the keys of', error);
      }
      for (const row of rows) yield row.key.slice(NAMESPACE.length + 1);
    },

    async sweepExpired() {
      const sql = `DELETE FROM ${TABLE} WHERE key LIKE ? AND json_valid(value)
        AND json_extract(value, '$.expires') < ? RETURNING key`;
      try {
        const rows = (await query(sql, `${NAMESPACE}:%`, Date.now())) as unknown[];
        return rows.length;
      } catch (error) {
        return fail('sweep expired entries from', error);
      }
    },

    async ping() {
      try {
        await query('SELECT 1');
      } catch (error) {
        fail('reach', error);
      }
    },

    async close() {
      await keyv.disconnect(); // the adapter's own, in-memory connection
      await connection.close();
    },
  };

  try {
    await prepare(query, path, fail);
  } catch (error) {
    await store.close().catch(() => {});
    throw error;
  }
  return store;
}

/** Fails fast on an unwritable or corrupt file, and turns on WAL so readers (the admin tool) never block writers. */
async function prepare(
  query: Query,
  path: string,
  fail: (action: string, error: unknown) => never,
): Promise<void> {
  try {
    // The table @keyv/sqlite would create, with its default key size.
    await query(`CREATE TABLE IF NOT EXISTS ${TABLE}(key VARCHAR(255) PRIMARY KEY, value TEXT )`);
    await query('PRAGMA journal_mode = WAL');
    // In WAL mode, NORMAL never corrupts the file and loses nothing when the process dies (kill -9); only an
    // operating-system crash or power cut can lose the last transactions. It saves an fsync per write.
    await query('PRAGMA synchronous = NORMAL');
    // Freed space is overwritten with zeros, so a deleted person's words do not linger in free pages.
    await query('PRAGMA secure_delete = ON');
    await query(`SELECT count(*) FROM ${TABLE}`);
    await query(`INSERT OR REPLACE INTO ${TABLE} (key, value) VALUES ('${PROBE_KEY}', '{}')`);
    await query(`DELETE FROM ${TABLE} WHERE key = '${PROBE_KEY}'`);
  } catch (error) {
    fail(`open (is ${path} a writable SQLite file?)`, error);
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
