// The connection every SQLite query runs on: better-sqlite3, with its prepared statements kept.
//
// Why not the sqlite3 package that @keyv/sqlite brings? It prepares every statement anew and runs it on a
// libuv worker thread, calling back into JavaScript; for the store's read and three writes per message
// that costs 0.27 ms of CPU, against 0.06 ms here (`npx tsx bench/sqlite-drivers.ts`); in the whole bot
// under load (`npm run bench`) it was 0.45 ms more per message, of about 2 ms. better-sqlite3 runs a kept, prepared statement synchronously: a read by
// primary key or a one-row write to the write-ahead log takes some microseconds.
//
// Running on the event loop means SQLite must never wait there. When the file is locked (the admin tool
// writing), SQLite's own busy wait would block the whole process, Slack's acks included, so it is off and
// the wait is ours: retry after a short timer until `busyTimeoutMs` has passed, then fail with SQLITE_BUSY.
// Every query is one statement in its own transaction, so trying it again is safe.

import Database from 'better-sqlite3';

export type Query = (sql: string, ...params: unknown[]) => Promise<unknown[]>;

export interface PreparedConnection {
  readonly query: Query;
  close(): Promise<void>;
}

/** Waits between attempts on a locked file: short at first, then every 50 ms. */
const RETRY_DELAYS_MS = [1, 5, 10, 25, 50];

export function openPreparedConnection(path: string, busyTimeoutMs: number): PreparedConnection {
  const db = new Database(path, { timeout: 0 });
  const statements = new Map<string, Database.Statement>();

  const runOnce = (sql: string, args: unknown[]): unknown[] => {
    let statement = statements.get(sql);
    if (!statement) {
      statement = db.prepare(sql);
      statements.set(sql, statement);
    }
    if (statement.reader) return statement.all(...args);
    statement.run(...args);
    return [];
  };

  const query: Query = async (sql, ...params) => {
    // Keyv's iterator passes its parameters as one array; everything else spreads them.
    const args = params.length === 1 && Array.isArray(params[0]) ? (params[0] as unknown[]) : params;
    let deadline: number | undefined; // set on the first SQLITE_BUSY: the usual query never needs it
    for (let attempt = 0; ; attempt += 1) {
      try {
        return runOnce(sql, args);
      } catch (error) {
        if (!isBusy(error)) throw error;
        deadline ??= Date.now() + busyTimeoutMs;
        if (Date.now() >= deadline) throw error;
      }
      const delay = RETRY_DELAYS_MS[Math.min(attempt, RETRY_DELAYS_MS.length - 1)] as number;
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  };

  return {
    query,
    async close() {
      statements.clear();
      db.close();
    },
  };
}

function isBusy(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && code.startsWith('SQLITE_BUSY');
}
