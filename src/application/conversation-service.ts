// The use case: a delivery from a person -> recorded in their inbox -> stepped -> reply owed -> sent.
//
// Guarantees:
// - nothing acknowledged is lost: `receive` resolves once the delivery is durably in the person's inbox,
//   and only then does Slack get its acknowledgement (the listeners return after `receive`). Everything
//   after that is picked up again by whichever process comes next (`recoverOwed`), if this one dies;
// - exactly-once steps: a delivery already in the inbox or the ledger is a duplicate (Slack retries,
//   redeliveries, the same client_msg_id twice); stepping moves it from the inbox to the ledger in one write;
// - an outbox: a reply is owed in the ledger until Slack has it, and sent in order per person. A reply owed
//   by a process that may have died while posting it is first looked for in Slack (its delivery id travels
//   in the message's metadata), so it is never posted twice;
// - no lost updates: one person's work runs one at a time, and every write is conditional on the revision
//   that was read (another writer, such as the admin tool, makes us re-read and try again);
// - a reply that finally cannot be delivered (past REPLY_DEADLINE, or refused by Slack) rolls its step back:
//   the message did not count, and the person can send it again;
// - storage failures are reported: logged, and the person gets an apology when Slack can carry one.

import { randomUUID } from 'node:crypto';
import {
  askedByButton,
  type ConversationEvent,
  type ConversationSettings,
  expectationOf,
  isNewPerson,
  offersQuestions,
  type StepResult,
  startConversation,
  step,
} from '../conversation/engine';
import type { Intent } from '../conversation/interpretation';
import type { ConversationState, Stage } from '../conversation/state';
import { lastBotReply } from '../conversation/transcript';
import { createKeyedQueue, type KeyedQueue } from './keyed-queue';
import {
  EMPTY_RECORD,
  hasWorkLeft,
  type InboxEntry,
  type Input,
  isKnownDelivery,
  type LedgerEntry,
  markSent,
  oldestOwed,
  PERSON_KEY_PREFIX,
  type PersonId,
  type PersonRecord,
  parsePersonRecord,
  personKey,
  type ReplyTarget,
  withDelivery,
  withoutDelivery,
} from './person-record';
import type {
  ConversationStore,
  DeliveryClaims,
  Interpreter,
  Logger,
  Reply,
  ReplyChannel,
  Versioned,
} from './ports';
import { readModifyWrite } from './read-modify-write';

/** Waits before trying a person's work again after the store failed: doubling, up to the last. */
const RETRY_DELAYS_MS = [1000, 2000, 5000, 10_000, 30_000];

export const STORAGE_APOLOGY =
  "Sorry, I couldn't reach my memory just now, so I didn't take in your last message. Please send it again in a moment.";

/** One thing a person did that the conversation answers: a message, a click, a tab opened. */
export interface Delivery {
  readonly person: PersonId;
  /** Every identity Slack gives this delivery (event_id, client_msg_id, channel:ts); used to spot duplicates. */
  readonly deliveryIds: readonly string[];
  readonly input: Input;
  readonly target: ReplyTarget;
}

export interface IncomingMessage {
  readonly person: PersonId;
  readonly text: string;
  readonly deliveryIds: readonly string[];
  readonly target: ReplyTarget;
}

/** A quick reply clicked: one of the three questions, on a message the bot sent. */
export interface QuestionClick {
  readonly person: PersonId;
  readonly intent: Exclude<Intent, 'other'>;
  /** The clicked message's identity: its buttons answer once, however often they are clicked. */
  readonly deliveryIds: readonly string[];
  readonly target: ReplyTarget;
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
  /** Where the conversation stands after the delivery (for logs); undefined when it was not stepped. */
  readonly stage?: Stage['kind'] | 'closed';
  readonly events: readonly ConversationEvent[];
  /** The reply Slack got, and whether it offered the quick replies. */
  readonly reply?: { readonly text: string; readonly questions: boolean };
}

/** What `receive` resolves: whether the delivery was taken in, and the outcome of handling it. */
export interface Receipt {
  readonly outcome: 'accepted' | 'duplicate' | 'storage_failed';
  /** Resolves once this delivery's reply is sent (or dropped); never rejects. */
  readonly handled: Promise<HandleResult>;
}

export interface ConversationServiceDeps {
  readonly store: ConversationStore;
  readonly interpret: Interpreter;
  readonly settings: ConversationSettings;
  readonly logger: Logger;
  /** Where replies go (Slack's chat.postMessage in the bot). */
  readonly replies: ReplyChannel;
  readonly now?: () => number;
  /** Serialises work per person; a lock shared across processes can be passed in. */
  readonly queue?: KeyedQueue;
  /** A duplicate ledger shared by replicas (Redis); the person's own record is used either way. */
  readonly claims?: DeliveryClaims | undefined;
}

export interface ConversationService {
  /** Records the delivery in the person's inbox (durably: acknowledge Slack after this) and handles it. */
  receive(delivery: Delivery): Promise<Receipt>;
  /** `receive`, then waits until it is handled (the playground, tests). */
  handle(delivery: Delivery): Promise<HandleResult>;
  handleMessage(message: IncomingMessage): Promise<HandleResult>;
  handleClick(click: QuestionClick): Promise<HandleResult>;
  /** Finishes every person's work left in the store: deliveries not stepped, replies owed (start-up, sweeps). */
  recoverOwed(): Promise<number>;
  /** The person's current state, for status views such as App Home. */
  readConversation(person: PersonId): Promise<ConversationState>;
  /** Deletes everything stored about the person (App Home's "Forget me", after its confirmation). */
  forget(person: PersonId): Promise<void>;
  /** Resolves when no work is running or queued (graceful shutdown). */
  idle(): Promise<void>;
  readonly inFlight: number;
}

interface Loaded {
  readonly record: PersonRecord;
  readonly revision: number | undefined;
}

export function messageDelivery(message: IncomingMessage): Delivery {
  return { ...message, input: { kind: 'message', text: message.text } };
}

export function clickDelivery(click: QuestionClick): Delivery {
  return { ...click, input: { kind: 'click', intent: click.intent } };
}

/** One identity per person: two opens of the Messages tab at once welcome once, here and across replicas. */
export function welcomeDelivery(person: PersonId, target: ReplyTarget): Delivery {
  return {
    person,
    deliveryIds: [`welcome:${person.teamId}:${person.userId}`],
    input: { kind: 'welcome' },
    target,
  };
}

export function startDelivery(person: PersonId, target: ReplyTarget): Delivery {
  return { person, deliveryIds: [`start:${randomUUID()}`], input: { kind: 'start' }, target };
}

export function createConversationService(deps: ConversationServiceDeps): ConversationService {
  const { store, interpret, settings, logger, replies } = deps;
  const now = deps.now ?? Date.now;
  const queue = deps.queue ?? createKeyedQueue();
  /** This process records one delivery per person at a time, so that its own appends never collide. */
  const recording = createKeyedQueue();
  const ttlMs = settings.retentionMs;
  /** Outcomes of deliveries someone is waiting for (by the delivery's first id), until they take them. */
  const awaited = new Map<string, HandleResult | null>();
  const retries = new Map<string, { attempt: number; timer: NodeJS.Timeout }>();

  /** The stored record; a missing one is empty, and an unreadable one starts afresh (with a warning). */
  function recordOf(stored: Versioned | undefined, key: string): PersonRecord {
    if (stored === undefined) return EMPTY_RECORD;
    const record = parsePersonRecord(stored.data);
    if (record !== null) return record;
    logger.warn({ key }, 'Stored conversation is unreadable or from an unknown version; starting afresh');
    return EMPTY_RECORD;
  }

  async function load(key: string): Promise<Loaded> {
    const stored = await store.read(key);
    return { record: recordOf(stored, key), revision: stored?.revision };
  }

  /**
   * Applies `change` to the person's record and saves it (read-modify-write.ts: revision-checked, read
   * again and re-applied after a conflict). `change` returns null when there is nothing to write, which
   * resolves null. `from` is a guess at the current record (what we last wrote or read).
   */
  async function update(
    key: string,
    from: Loaded | undefined,
    change: (record: PersonRecord) => PersonRecord | null,
  ): Promise<Loaded | null> {
    // The guess is already parsed: only what is read anew is parsed (and validated) again.
    const guess = from?.revision === undefined ? undefined : { revision: from.revision, data: from.record };
    const done = await readModifyWrite(
      store,
      key,
      (stored) => {
        const record = stored === guess && from ? from.record : recordOf(stored, key);
        const next = change(record);
        return next === null ? null : { data: next, ttlMs, result: next };
      },
      { first: guess },
    );
    return done === null ? null : { record: done.result, revision: done.revision };
  }

  /**
   * Deletes everything stored about a person and their shared claims. Deliveries still waiting in the
   * inbox were sent after the "yes" and are kept, so they are answered (as from someone new).
   */
  async function erase(key: string, from: Loaded | undefined): Promise<void> {
    let erased: PersonRecord | undefined;
    const left = await update(key, from, (record) => {
      erased = record;
      return { ...EMPTY_RECORD, inbox: record.inbox };
    });
    if (left?.record.inbox.length === 0) await store.delete(key);
    const ids = erased?.ledger.flatMap((entry) => entry.ids) ?? [];
    if (deps.claims && ids.length > 0) await deps.claims.forget(ids);
  }

  function settle(ids: readonly string[], result: HandleResult): void {
    const id = ids[0];
    if (id !== undefined && awaited.has(id)) awaited.set(id, result);
  }

  /** Sends what is not worth an outbox entry (an apology, the goodbye after "forget me"); never throws. */
  async function sendOnce(reply: Reply, key: string): Promise<boolean> {
    try {
      await replies.post(reply);
      return true;
    } catch (error) {
      logger.warn({ err: error, key }, 'Reply could not be delivered');
      return false;
    }
  }

  /** Steps the oldest delivery in the inbox; resolves where the record stands, and what was stepped. */
  async function stepNext(
    key: string,
    from: Loaded,
  ): Promise<{ loaded: Loaded; entry: InboxEntry; result: StepResult | null } | null> {
    let entry: InboxEntry | undefined;
    let result: StepResult | null = null;
    const at = now();
    const loaded = await update(key, from, (record) => {
      entry = record.inbox[0];
      if (entry === undefined) return null;
      result = advance(record.conversation, entry.input, at);
      const inbox = record.inbox.slice(1);
      if (result === null || result.forget) return { ...record, inbox };
      const owed: LedgerEntry = {
        ids: entry.ids,
        at: entry.at,
        status: 'stepped',
        reply: result.reply,
        target: entry.target,
        questions: offersQuestions(result.state),
        before: record.conversation,
      };
      return { ...record, conversation: result.state, inbox, ledger: withDelivery(record.ledger, owed, at) };
    });
    if (loaded === null || entry === undefined) return null;
    return { loaded, entry, result };
  }

  function advance(state: ConversationState, input: Input, at: number): StepResult | null {
    switch (input.kind) {
      case 'message': {
        // Read for what the conversation expects at this moment: a name, a yes/no, questions.
        const context = {
          expecting: expectationOf(state, at, settings),
          botName: settings.persona.name,
          botHobby: settings.persona.hobby,
          botHobbyWords: settings.persona.hobbyWords,
          lastReply: lastBotReply(state),
        };
        return step(state, interpret(input.text, context), at, settings);
      }
      case 'click':
        return step(state, askedByButton(input.intent), at, settings);
      case 'welcome':
        return isNewPerson(state) ? startConversation(state, at, settings) : null;
      case 'start':
        return startConversation(state, at, settings);
    }
  }

  const replyOf = (entry: LedgerEntry & { target: ReplyTarget }): Reply => ({
    target: entry.target,
    text: entry.reply,
    questions: entry.questions ?? false,
    replyId: entry.ids[0] ?? '',
    receivedAt: entry.at,
  });

  /**
   * Sends an owed reply and marks it sent. `mayBeSent`: a process that died, or an earlier attempt, may have
   * posted it already, so Slack is asked first. A reply that cannot be delivered is dropped and its step
   * rolled back. Resolves where the record stands, and the delivery's outcome.
   */
  async function deliver(
    key: string,
    from: Loaded,
    entry: LedgerEntry & { target: ReplyTarget },
    mayBeSent: boolean,
    events: readonly ConversationEvent[] = [],
  ): Promise<{ loaded: Loaded; result: HandleResult }> {
    const stillOwed = (record: PersonRecord) =>
      record.ledger.some((e) => e.ids[0] === entry.ids[0] && e.status === 'stepped');
    const reply = replyOf(entry);
    const alreadyThere = mayBeSent && (await replies.wasPosted(reply));
    if (!alreadyThere) {
      try {
        await replies.post(reply);
      } catch (error) {
        logger.warn({ err: error, key }, 'Reply could not be delivered; its step is rolled back');
        const rolledBack = await update(key, from, (record) =>
          stillOwed(record)
            ? {
                ...record,
                conversation: entry.before ?? record.conversation,
                ledger: withoutDelivery(record.ledger, entry.ids),
              }
            : null,
        );
        return { loaded: rolledBack ?? (await load(key)), result: { outcome: 'reply_failed', events: [] } };
      }
    }
    const sent = await update(key, from, (record) =>
      stillOwed(record) ? { ...record, ledger: markSent(record.ledger, entry.ids) } : null,
    );
    const loaded = sent ?? (await load(key));
    const result: HandleResult = {
      outcome: mayBeSent ? 'resent' : 'answered',
      stage: loaded.record.conversation.session?.stage.kind ?? 'closed',
      events,
      reply: { text: reply.text, questions: reply.questions },
    };
    return { loaded, result };
  }

  /**
   * Everything waiting for this person, in order: owed replies first (they were stepped first), then the
   * inbox one delivery at a time, each stepped and its reply sent before the next is stepped.
   */
  async function drain(key: string, hint: Loaded | undefined): Promise<void> {
    let loaded = hint ?? (await load(key));
    let fresh = hint === undefined;
    for (;;) {
      const owed = oldestOwed(loaded.record);
      if (owed !== undefined) {
        // A guess may be out of date, and an owed reply is only ever sent from what the store says now.
        if (!fresh) {
          loaded = await load(key);
          fresh = true;
          continue;
        }
        const done = await deliver(key, loaded, owed, true);
        settle(owed.ids, done.result);
        loaded = done.loaded;
        continue;
      }
      if (loaded.record.inbox.length === 0) return;
      const stepped = await stepNext(key, loaded);
      if (stepped === null) return;
      fresh = true;
      loaded = stepped.loaded;
      const { entry, result } = stepped;
      if (result === null) {
        settle(entry.ids, { outcome: 'not_new', events: [] });
      } else if (result.forget) {
        await erase(key, loaded);
        loaded = await load(key);
        const delivered = await sendOnce(
          {
            target: entry.target,
            text: result.reply,
            questions: false,
            replyId: entry.ids[0] ?? '',
            receivedAt: entry.at,
          },
          key,
        );
        settle(entry.ids, {
          outcome: 'forgotten',
          stage: 'closed',
          events: result.events,
          ...(delivered ? { reply: { text: result.reply, questions: false } } : {}),
        });
      } else {
        const owedNow = oldestOwed(loaded.record);
        if (owedNow === undefined) continue;
        const done = await deliver(key, loaded, owedNow, false, result.events);
        settle(entry.ids, done.result);
        loaded = done.loaded;
      }
    }
  }

  /** Runs the person's work in their queue; a store failure is logged and tried again later. */
  async function work(key: string, hint?: Loaded): Promise<boolean> {
    try {
      await queue.run(key, () => drain(key, hint));
      const retry = retries.get(key);
      if (retry) clearTimeout(retry.timer);
      retries.delete(key);
      return true;
    } catch (error) {
      const attempt = (retries.get(key)?.attempt ?? -1) + 1;
      const delay = RETRY_DELAYS_MS[Math.min(attempt, RETRY_DELAYS_MS.length - 1)] ?? 30_000;
      logger.error(
        { err: error, key, retry_in_ms: delay },
        "Could not finish a person's messages; will retry",
      );
      clearTimeout(retries.get(key)?.timer);
      const timer = setTimeout(() => void work(key), delay);
      timer.unref();
      retries.set(key, { attempt, timer });
      return false;
    }
  }

  async function apologise(delivery: Delivery, key: string, error: unknown): Promise<Receipt> {
    logger.error({ err: error, key }, 'Could not take in the message: the store failed');
    if (delivery.input.kind === 'message' || delivery.input.kind === 'click') {
      await sendOnce(
        {
          target: delivery.target,
          text: STORAGE_APOLOGY,
          questions: false,
          replyId: `apology:${delivery.deliveryIds[0] ?? randomUUID()}`,
          receivedAt: now(),
        },
        key,
      );
    }
    return { outcome: 'storage_failed', handled: Promise.resolve(storageFailed()) };
  }

  const storageFailed = (): HandleResult => ({ outcome: 'storage_failed', events: [] });

  const duplicate: Receipt = {
    outcome: 'duplicate',
    handled: Promise.resolve({ outcome: 'duplicate', events: [] }),
  };

  async function receive(delivery: Delivery): Promise<Receipt> {
    const key = personKey(delivery.person);
    const at = now();
    const ids = delivery.deliveryIds.length > 0 ? delivery.deliveryIds : [`local:${at}:${randomUUID()}`];
    const claims = deps.claims;
    if (claims) {
      const claim = await claims.claim(ids).catch((error: unknown) => error as Error);
      if (claim instanceof Error) return apologise(delivery, key, claim);
      if (claim !== 'first') return duplicate;
    }
    const entry: InboxEntry = { ids, at, input: delivery.input, target: delivery.target };
    // Waited for from before it is recorded: a sweep may pick it up the moment it is in the store.
    const id = ids[0] ?? '';
    const waitingHere = !awaited.has(id); // a retry of a delivery in flight here must not take its place
    if (waitingHere) awaited.set(id, null);
    let recorded: Loaded | null;
    try {
      recorded = await recording.run(key, () =>
        update(key, undefined, (record) =>
          isKnownDelivery(record, ids) ? null : { ...record, inbox: [...record.inbox, entry] },
        ),
      );
    } catch (error) {
      if (waitingHere) awaited.delete(id);
      await claims?.release(ids).catch(() => {});
      return apologise(delivery, key, error);
    }
    // Taken in: from here on the store has it, whatever happens to this process.
    await claims
      ?.finish(ids)
      .catch((error: unknown) =>
        logger.warn({ err: error, key }, 'Could not update the shared duplicate ledger'),
      );
    if (recorded === null) {
      if (waitingHere) awaited.delete(id);
      return duplicate;
    }

    const handled = work(key, recorded).then((ok) => {
      const result = awaited.get(id);
      awaited.delete(id);
      // Not settled here: another replica handled it meanwhile.
      return result ?? (ok ? { outcome: 'answered' as const, events: [] } : storageFailed());
    });
    return { outcome: 'accepted', handled };
  }

  async function handle(delivery: Delivery): Promise<HandleResult> {
    return (await receive(delivery)).handled;
  }

  return {
    receive,
    handle,
    handleMessage: (message) => handle(messageDelivery(message)),
    handleClick: (click) => handle(clickDelivery(click)),
    async recoverOwed() {
      let found = 0;
      for await (const key of store.keys(PERSON_KEY_PREFIX)) {
        const loaded = await load(key).catch(() => undefined);
        if (loaded === undefined || !hasWorkLeft(loaded.record)) continue;
        found += 1;
        void work(key, loaded); // a guess: an owed reply is only ever sent after a fresh read
      }
      return found;
    },
    async readConversation(person) {
      return (await load(personKey(person))).record.conversation;
    },
    forget(person) {
      const key = personKey(person);
      return queue.run(key, () => erase(key, undefined));
    },
    idle: () => queue.idle(),
    get inFlight() {
      return queue.pending;
    },
  };
}
