// The use case: a message from a person -> load -> interpret -> step -> save -> reply, one person at a time.
//
// Guarantees:
// - exactly-once steps: a delivery already in the person's ledger is never stepped again (Slack retries,
//   redeliveries, the same client_msg_id twice); a delivery whose reply was owed but never confirmed (the
//   process died between saving and replying) gets that same reply, without a second step;
// - no lost updates: one person's messages run one at a time, and every write is conditional on the
//   revision that was read (another writer, such as the admin tool, makes us re-read and step again);
// - a reply that finally cannot be delivered rolls the step back, so the person is neither answered twice
//   nor skipped: their message simply did not count, and they can send it again;
// - storage failures are reported: logged, and the person gets an apology when Slack can carry one.

import {
  askedByButton,
  type ConversationEvent,
  type ConversationSettings,
  expectationOf,
  isNewPerson,
  offersQuestions,
  startConversation,
  step,
} from '../conversation/engine';
import type { Intent } from '../conversation/interpretation';
import type { ConversationState, Stage } from '../conversation/state';
import { createKeyedQueue, type KeyedQueue } from './keyed-queue';
import {
  EMPTY_RECORD,
  findDelivery,
  markSent,
  type PersonId,
  type PersonRecord,
  parsePersonRecord,
  personKey,
  withDelivery,
} from './person-record';
import type { ConversationStore, DeliveryClaims, Interpreter, Logger } from './ports';

/** How many times a step is retried when another writer got in first. */
const MAX_WRITE_CONFLICTS = 5;

export const STORAGE_APOLOGY =
  "Sorry, I couldn't reach my memory just now, so I didn't take in your last message. Please send it again in a moment.";

export interface IncomingMessage {
  readonly person: PersonId;
  readonly text: string;
  /** Every identity Slack gives this delivery (event_id, client_msg_id, channel:ts); used to spot duplicates. */
  readonly deliveryIds: readonly string[];
}

export interface ReplyOptions {
  /** Offer the three questions as quick replies (buttons) with this reply. */
  readonly questions: boolean;
}

/** Posts one reply where the person will see it; rejects when it finally could not be delivered. */
export type SendReply = (text: string, options?: ReplyOptions) => Promise<void>;

/** A quick reply clicked: one of the three questions, on a message the bot sent. */
export interface QuestionClick {
  readonly person: PersonId;
  readonly intent: Exclude<Intent, 'other'>;
  /** The clicked message's identity: its buttons answer once, however often they are clicked. */
  readonly deliveryIds: readonly string[];
}

export type Outcome =
  | 'answered'
  | 'duplicate'
  | 'resent'
  | 'forgotten'
  | 'not_new'
  | 'reply_failed'
  | 'storage_failed';

export interface HandleResult {
  readonly outcome: Outcome;
  /** Where the conversation stands after the message (for logs); undefined when it was not stepped. */
  readonly stage?: Stage['kind'] | 'closed';
  readonly events: readonly ConversationEvent[];
}

export interface ConversationServiceDeps {
  readonly store: ConversationStore;
  readonly interpret: Interpreter;
  readonly settings: ConversationSettings;
  readonly logger: Logger;
  readonly now?: () => number;
  /** Serialises work per person; a lock shared across processes can be passed in. */
  readonly queue?: KeyedQueue;
  /** A duplicate ledger shared by replicas (Redis); the person's own ledger is used either way. */
  readonly claims?: DeliveryClaims | undefined;
}

export interface ConversationService {
  handleMessage(message: IncomingMessage, send: SendReply): Promise<HandleResult>;
  /** A quick-reply button clicked: the question, counted like a typed one; a second click does nothing. */
  handleClick(click: QuestionClick, send: SendReply): Promise<HandleResult>;
  /** Someone opened the bot's Messages tab: a welcome, only for a person it has never talked to. */
  welcome(person: PersonId, send: SendReply): Promise<HandleResult>;
  /** The bot opens a fresh conversation itself (App Home's button). */
  startConversation(person: PersonId, send: SendReply): Promise<HandleResult>;
  /** The person's current state, for status views such as App Home. */
  readConversation(person: PersonId): Promise<ConversationState>;
  /** Deletes everything stored about the person (App Home's "Forget me", after its confirmation). */
  forget(person: PersonId): Promise<void>;
  /** Resolves when no message is being handled (graceful shutdown). */
  idle(): Promise<void>;
  readonly inFlight: number;
}

interface Loaded {
  readonly record: PersonRecord;
  readonly revision: number | undefined;
}

export function createConversationService(deps: ConversationServiceDeps): ConversationService {
  const { store, interpret, settings, logger } = deps;
  const now = deps.now ?? Date.now;
  const queue = deps.queue ?? createKeyedQueue();
  const ttlMs = settings.retentionMs;

  async function load(key: string): Promise<Loaded> {
    const stored = await store.read(key);
    if (stored === undefined) return { record: EMPTY_RECORD, revision: undefined };
    const record = parsePersonRecord(stored.data);
    if (record === null) {
      logger.warn({ key }, 'Stored conversation is unreadable or from an unknown version; starting afresh');
      return { record: EMPTY_RECORD, revision: stored.revision };
    }
    return { record, revision: stored.revision };
  }

  /** Saves `next` over `loaded`; resolves the new revision, or null if someone else wrote first. */
  const save = (key: string, next: PersonRecord, loaded: Loaded) =>
    store.write(key, next, loaded.revision, ttlMs);

  /**
   * Records that the reply reached Slack, so a later redelivery is recognised as fully handled. The person
   * already has their answer, so a failure here is only logged: at worst a redelivery would repeat it.
   */
  async function confirmSent(key: string, ids: readonly string[], written?: Loaded): Promise<void> {
    try {
      // What we just wrote is usually still current: try it first and re-read only after a conflict.
      let loaded = written ?? (await load(key));
      for (let attempt = 0; attempt < MAX_WRITE_CONFLICTS; attempt += 1) {
        if (!findDelivery(loaded.record, ids)) return; // forgotten or reset meanwhile
        const next = { ...loaded.record, ledger: markSent(loaded.record.ledger, ids) };
        if ((await save(key, next, loaded)) !== null) return;
        loaded = await load(key);
      }
      logger.warn({ key }, 'Could not mark a reply as sent after repeated write conflicts');
    } catch (error) {
      logger.warn({ err: error, key }, 'Could not mark a reply as sent; the reply itself was delivered');
    }
  }

  /** Deletes everything stored about a person: their record (state, transcripts, ledger) and shared claims. */
  async function erase(key: string, record: PersonRecord): Promise<void> {
    await store.delete(key);
    const ids = record.ledger.flatMap((entry) => entry.ids);
    if (deps.claims && ids.length > 0) await deps.claims.forget(ids);
  }

  /** Undoes a step whose reply never arrived, unless someone else has written since. */
  async function rollBack(key: string, previous: Loaded, revisionWritten: number): Promise<void> {
    const restored = previous.revision === undefined ? EMPTY_RECORD : previous.record;
    const result = await store.write(key, restored, revisionWritten, ttlMs);
    if (result === null)
      logger.warn({ key }, 'Could not roll back an undelivered step: the record changed meanwhile');
  }

  async function stepAndReply(
    key: string,
    ids: readonly string[],
    send: SendReply,
    /** The step for this delivery, or null when there is nothing to do (a welcome for someone known). */
    advance: (state: ConversationState) => ReturnType<typeof step> | null,
  ): Promise<HandleResult> {
    for (let attempt = 0; attempt < MAX_WRITE_CONFLICTS; attempt += 1) {
      const loaded = await load(key);
      const seen = ids.length > 0 ? findDelivery(loaded.record, ids) : undefined;
      if (seen?.status === 'sent') return { outcome: 'duplicate', events: [] };
      if (seen) {
        // Stepped before, but the reply was never confirmed (the process died in between): owe it once more.
        if (!(await trySend(send, seen.reply, key))) return { outcome: 'reply_failed', events: [] };
        await confirmSent(key, ids);
        return { outcome: 'resent', events: [] };
      }

      const result = advance(loaded.record.conversation);
      if (result === null) return { outcome: 'not_new', events: [] };
      const stage = result.state.session?.stage.kind ?? 'closed';
      if (result.forget) {
        await erase(key, loaded.record);
        await trySend(send, result.reply, key);
        return { outcome: 'forgotten', stage: 'closed', events: result.events };
      }

      const at = now();
      const entryIds = ids.length > 0 ? ids : [`local:${at}:${attempt}`];
      const next: PersonRecord = {
        ...loaded.record,
        conversation: result.state,
        ledger: withDelivery(
          loaded.record.ledger,
          { ids: entryIds, at, status: 'stepped', reply: result.reply },
          at,
        ),
      };
      const revision = await save(key, next, loaded);
      if (revision === null) continue;

      if (!(await trySend(send, result.reply, key, { questions: offersQuestions(result.state) }))) {
        await rollBack(key, loaded, revision);
        return { outcome: 'reply_failed', events: [] };
      }
      await confirmSent(key, entryIds, { record: next, revision });
      return { outcome: 'answered', stage, events: result.events };
    }
    throw new Error(`Gave up after ${MAX_WRITE_CONFLICTS} write conflicts on ${key}`);
  }

  async function trySend(
    send: SendReply,
    text: string,
    key: string,
    options?: ReplyOptions,
  ): Promise<boolean> {
    try {
      await send(text, options);
      return true;
    } catch (error) {
      logger.warn({ err: error, key }, 'Reply could not be delivered');
      return false;
    }
  }

  async function apologise(key: string, send: SendReply, error: unknown): Promise<HandleResult> {
    logger.error({ err: error, key }, 'Could not handle the message: the store failed');
    await send(STORAGE_APOLOGY).catch((sendError: unknown) =>
      logger.warn({ err: sendError, key }, 'The storage apology could not be delivered either'),
    );
    return { outcome: 'storage_failed', events: [] };
  }

  /** Runs the work in the person's queue; a failure (store, or the lock itself) becomes an apology. */
  async function guarded(
    key: string,
    send: SendReply,
    work: () => Promise<HandleResult>,
  ): Promise<HandleResult> {
    try {
      // The apology for a failed step goes out inside the queue, so it stays in order with other replies.
      return await queue.run(key, () => work().catch((error: unknown) => apologise(key, send, error)));
    } catch (error) {
      return apologise(key, send, error);
    }
  }

  /** Steps the person's conversation once per delivery, even across replicas (the shared claims). */
  async function handleOnce(
    person: PersonId,
    ids: readonly string[],
    send: SendReply,
    advance: (state: ConversationState) => ReturnType<typeof step> | null,
  ): Promise<HandleResult> {
    const key = personKey(person);
    const claims = deps.claims;
    if (claims) {
      const claim = await claims.claim(ids).catch((error: unknown) => error as Error);
      if (claim instanceof Error) return apologise(key, send, claim);
      if (claim !== 'first') return { outcome: 'duplicate', events: [] };
    }
    const result = await guarded(key, send, () => stepAndReply(key, ids, send, advance));
    if (claims) {
      const settled =
        result.outcome === 'reply_failed' || result.outcome === 'storage_failed'
          ? claims.release(ids)
          : claims.finish(ids);
      await settled.catch((error: unknown) =>
        logger.warn({ err: error, key }, 'Could not update the shared duplicate ledger'),
      );
    }
    return result;
  }

  return {
    handleMessage(message, send) {
      return handleOnce(message.person, message.deliveryIds, send, (state) => {
        // The message is read for what the conversation expects at this moment: a name, a yes/no, questions.
        const at = now();
        const context = { expecting: expectationOf(state, at, settings), botName: settings.persona.name };
        return step(state, interpret(message.text, context), at, settings);
      });
    },
    handleClick(click, send) {
      return handleOnce(click.person, click.deliveryIds, send, (state) =>
        step(state, askedByButton(click.intent), now(), settings),
      );
    },
    welcome(person, send) {
      // One identity per person: two opens at once welcome once, here and across replicas.
      const ids = [`welcome:${person.teamId}:${person.userId}`];
      return handleOnce(person, ids, send, (state) =>
        isNewPerson(state) ? startConversation(state, now(), settings) : null,
      );
    },
    startConversation(person, send) {
      const key = personKey(person);
      return guarded(key, send, () =>
        stepAndReply(key, [], send, (state) => startConversation(state, now(), settings)),
      );
    },
    async readConversation(person) {
      return (await load(personKey(person))).record.conversation;
    },
    forget(person) {
      const key = personKey(person);
      return queue.run(key, async () => erase(key, (await load(key)).record));
    },
    idle: () => queue.idle(),
    get inFlight() {
      return queue.pending;
    },
  };
}
