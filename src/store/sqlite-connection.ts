// A sqlite3 connection that keeps its prepared statements. @keyv/sqlite runs every query through
// `Database.all`, which prepares the statement anew each time; under load that preparation was the bot's
// largest single cost (a fifth of its CPU in `node --cpu-prof`). The adapter's `query` is pointed here,
// so Keyv and our revision-checked write share one connection and reuse the same few statements.

import sqlite3 from 'sqlite3';

export type Query = (sql: string, ...params: unknown[]) => Promise<unknown[]>;

export interface PreparedConnection {
  readonly query: Query;
  close(): Promise<void>;
}

export function openPreparedConnection(path: string, busyTimeoutMs: number): Promise<PreparedConnection> {
  return new Promise((resolve, reject) => {
    const db = new sqlite3.Database(path, (error) => {
      if (error) {
        reject(error);
        return;
      }
      db.configure('busyTimeout', busyTimeoutMs);
      const statements = new Map<string, sqlite3.Statement>();
      const query: Query = (sql, ...params) =>
        new Promise((done, fail) => {
          let statement = statements.get(sql);
          if (!statement) {
            statement = db.prepare(sql);
            statements.set(sql, statement);
          }
          // Keyv's iterator passes its parameters as one array; everything else spreads them.
          const args = params.length === 1 && Array.isArray(params[0]) ? (params[0] as unknown[]) : params;
          statement.all(...args, (err: Error | null, rows: unknown[]) => (err ? fail(err) : done(rows)));
        });
      const close = async () => {
        await Promise.all(
          [...statements.values()].map((s) => new Promise<void>((done) => s.finalize(() => done()))),
        );
        statements.clear();
        await new Promise<void>((done, fail) => db.close((err) => (err ? fail(err) : done())));
      };
      resolve({ query, close });
    });
  });
}
