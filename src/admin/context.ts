// What every admin command is given: the store and the bot's timings in, two text streams out. Commands
// never touch process.*, so tests run them in-process against a real SQLite file.

import type { ConversationStore } from '../application/ports';

export interface AdminDeps {
  readonly store: ConversationStore;
  readonly now: () => number;
  /** SESSION_TIMEOUT: an open session idle longer than this counts as expired. */
  readonly sessionTimeoutMs: number;
  /** RETENTION_DAYS: the time-to-live of a record the admin writes back, as the bot writes it. */
  readonly retentionMs: number;
  /** DATABASE_URL as shown in messages (password hidden). */
  readonly where: string;
}

export interface AdminIo {
  /** Results: the only thing on stdout, so `export > file` and `--json | jq` work. */
  out(text: string): void;
  /** Messages for the person at the terminal. */
  err(text: string): void;
}
