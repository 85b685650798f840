// The ports the application layer talks through. Adapters (src/store, src/slack, src/nlu) implement them;
// tests pass real implementations (in-memory or SQLite stores), never mocks of our own code.

import type { Interpretation, ReadingContext } from '../conversation/interpretation';
import type { ReplyTarget } from './person-record';

/** A stored value with the revision it was written at; revisions make concurrent writers safe. */
export interface Versioned {
  readonly revision: number;
  /** The stored data, unvalidated; undefined when the record exists but could not be read (corrupt). */
  readonly data: unknown;
}

/**
 * Where conversations live (Keyv over SQLite by default). Every write is conditional on the revision the
 * writer read, so two writers (the bot and the admin tool, or two replicas) can never overwrite each other.
 * Failures throw a StorageError; nothing is swallowed.
 */
export interface ConversationStore {
  read(key: string): Promise<Versioned | undefined>;
  /**
   * Writes `data` if the stored revision is still `expected` (`undefined`: the key must not exist).
   * Resolves the new revision, or null when someone else wrote first.
   */
  write(key: string, data: unknown, expected: number | undefined, ttlMs: number): Promise<number | null>;
  delete(key: string): Promise<void>;
  /** Every live key that starts with `prefix`. */
  keys(prefix: string): AsyncIterable<string>;
  /** Removes expired entries that nobody reads any more; resolves how many were removed. */
  sweepExpired(): Promise<number>;
  /** Resolves when the store answers (readiness checks). */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** Reads a message for what the conversation expects (a name, a yes/no, questions). */
export type Interpreter = (text: string, context: ReadingContext) => Interpretation;

/** The subset of pino's logger the application uses. */
export interface Logger {
  debug(obj: object, msg?: string): void;
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

/**
 * A shared, fast record of deliveries being or already handled, for replicas sharing one store (Redis
 * `SET NX` with a time-to-live). The person's own ledger, written with their state, stays the final word;
 * this lets a retry that lands on another replica be recognised without waiting for the person's lock.
 */
export interface DeliveryClaims {
  /** `first`: handle it; `handled`: done before; `in_progress`: another replica is handling it now. */
  claim(ids: readonly string[]): Promise<'first' | 'handled' | 'in_progress'>;
  /** The delivery was handled: remember it for the retry window. */
  finish(ids: readonly string[]): Promise<void>;
  /** Handling failed: let a retry try again. */
  release(ids: readonly string[]): Promise<void>;
  /** Removes these deliveries from the ledger ("forget me"). */
  forget(ids: readonly string[]): Promise<void>;
}

/** One reply, as the outbox hands it to Slack. */
export interface Reply {
  readonly target: ReplyTarget;
  readonly text: string;
  /** Offer the three questions as quick replies (buttons) with it. */
  readonly questions: boolean;
  /** The delivery it answers; travels with the message (Slack message metadata) so it can be found again. */
  readonly replyId: string;
  /** When the delivery it answers was received: replies too late to be useful are dropped. */
  readonly receivedAt: number;
}

/** Where replies go. */
export interface ReplyChannel {
  /** Posts the reply, retrying as it sees fit; rejects when it finally cannot be delivered. */
  post(reply: Reply): Promise<void>;
  /** Whether a reply with this replyId is already there (posted by a process that died before it knew). */
  wasPosted(reply: Reply): Promise<boolean>;
}
