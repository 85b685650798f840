// What is stored per person: their conversation (transcripts included), the inbox of deliveries received
// but not yet stepped, and the ledger of deliveries stepped (with the reply still owed, or sent). Keeping
// all three in one record makes each move one atomic write: a message is recorded before Slack is
// acknowledged (inbox), stepped and its reply owed in one write (inbox -> ledger), and marked sent once
// Slack has it. A crash between any two leaves work that the next process finds and finishes.

import type { Intent } from '../conversation/interpretation';
import { type ConversationState, EMPTY_STATE, isConversationState } from '../conversation/state';

export const RECORD_VERSION = 1;
/** Longer than Slack's retry window (retries arrive up to about 5 minutes after the first delivery). */
export const LEDGER_TTL_MS = 60 * 60 * 1000;
export const LEDGER_LIMIT = 50;

/** Where a reply goes: a DM channel, in the thread of the message it answers (none: at the top level). */
export interface ReplyTarget {
  readonly channel: string;
  readonly threadTs?: string | undefined;
}

/** What a delivery asks of the conversation. */
export type Input =
  | { readonly kind: 'message'; readonly text: string }
  | { readonly kind: 'click'; readonly intent: Exclude<Intent, 'other'> }
  /** The Messages tab opened: a welcome, for someone the bot has never talked to. */
  | { readonly kind: 'welcome' }
  /** App Home's "Start a new conversation". */
  | { readonly kind: 'start' };

/** A delivery recorded (and acknowledged to Slack) but not stepped yet. */
export interface InboxEntry {
  /** Every identity of the delivery: event_id, client_msg_id, channel:ts. */
  readonly ids: readonly string[];
  readonly at: number;
  readonly input: Input;
  readonly target: ReplyTarget;
}

export interface LedgerEntry {
  readonly ids: readonly string[];
  readonly at: number;
  /** `stepped`: the conversation advanced and `reply` is owed; `sent`: the reply reached Slack. */
  readonly status: 'stepped' | 'sent';
  readonly reply: string;
  /** While owed: where it goes, whether it offers the quick replies, and the state to return to if it is dropped. */
  readonly target?: ReplyTarget;
  readonly questions?: boolean;
  readonly before?: ConversationState;
}

export interface PersonRecord {
  readonly v: typeof RECORD_VERSION;
  readonly conversation: ConversationState;
  readonly inbox: readonly InboxEntry[];
  readonly ledger: readonly LedgerEntry[];
}

export const EMPTY_RECORD: PersonRecord = {
  v: RECORD_VERSION,
  conversation: EMPTY_STATE,
  inbox: [],
  ledger: [],
};

export interface PersonId {
  readonly teamId: string;
  readonly userId: string;
}

export const PERSON_KEY_PREFIX = 'person:';

export function personKey({ teamId, userId }: PersonId): string {
  return `${PERSON_KEY_PREFIX}${teamId}:${userId}`;
}

export function personIdFromKey(key: string): PersonId | null {
  const [teamId, userId, ...rest] = key.slice(PERSON_KEY_PREFIX.length).split(':');
  return key.startsWith(PERSON_KEY_PREFIX) && teamId && userId && rest.length === 0
    ? { teamId, userId }
    : null;
}

function isTarget(v: unknown): v is ReplyTarget {
  if (typeof v !== 'object' || v === null) return false;
  const t = v as Record<string, unknown>;
  return typeof t.channel === 'string' && (t.threadTs === undefined || typeof t.threadTs === 'string');
}

function isInput(v: unknown): v is Input {
  if (typeof v !== 'object' || v === null) return false;
  const i = v as Record<string, unknown>;
  if (i.kind === 'message') return typeof i.text === 'string';
  if (i.kind === 'click') return i.intent === 'name' || i.intent === 'age' || i.intent === 'hobby';
  return i.kind === 'welcome' || i.kind === 'start';
}

/** What inbox and ledger entries share: the delivery's identities and when it arrived. */
function deliveryFields(v: unknown): Record<string, unknown> | null {
  if (typeof v !== 'object' || v === null) return null;
  const e = v as Record<string, unknown>;
  const ok = Array.isArray(e.ids) && e.ids.every((id) => typeof id === 'string') && typeof e.at === 'number';
  return ok ? e : null;
}

function isInboxEntry(v: unknown): v is InboxEntry {
  const e = deliveryFields(v);
  return e !== null && isInput(e.input) && isTarget(e.target);
}

function isLedgerEntry(v: unknown): v is LedgerEntry {
  const e = deliveryFields(v);
  return (
    e !== null &&
    (e.status === 'stepped' || e.status === 'sent') &&
    typeof e.reply === 'string' &&
    (e.target === undefined || isTarget(e.target)) &&
    (e.before === undefined || isConversationState(e.before))
  );
}

/**
 * Reads a stored record. Anything unreadable (corrupt, from an unknown version) yields `null`, and the
 * caller starts the person afresh rather than crashing or getting stuck.
 */
export function parsePersonRecord(data: unknown): PersonRecord | null {
  if (typeof data !== 'object' || data === null) return null;
  const r = data as Record<string, unknown>;
  if (r.v !== RECORD_VERSION || !isConversationState(r.conversation)) return null;
  const inbox = Array.isArray(r.inbox) ? r.inbox.filter(isInboxEntry) : [];
  const ledger = Array.isArray(r.ledger) ? r.ledger.filter(isLedgerEntry) : [];
  return { v: RECORD_VERSION, conversation: r.conversation, inbox, ledger };
}

const sharesAnId = (ids: readonly string[]) => (entry: { readonly ids: readonly string[] }) =>
  entry.ids.some((id) => ids.includes(id));

export function findDelivery(record: PersonRecord, ids: readonly string[]): LedgerEntry | undefined {
  return record.ledger.find(sharesAnId(ids));
}

/** Received before: waiting in the inbox, or already stepped. */
export function isKnownDelivery(record: PersonRecord, ids: readonly string[]): boolean {
  return record.inbox.some(sharesAnId(ids)) || record.ledger.some(sharesAnId(ids));
}

/** The oldest reply still owed (stepped, not confirmed sent), with where it goes. */
export function oldestOwed(record: PersonRecord): (LedgerEntry & { target: ReplyTarget }) | undefined {
  return record.ledger.find(
    (entry): entry is LedgerEntry & { target: ReplyTarget } =>
      entry.status === 'stepped' && entry.target !== undefined,
  );
}

/** Work left for this person: a delivery to step, or a reply to send. */
export function hasWorkLeft(record: PersonRecord): boolean {
  return record.inbox.length > 0 || oldestOwed(record) !== undefined;
}

export function withDelivery(ledger: readonly LedgerEntry[], entry: LedgerEntry, now: number): LedgerEntry[] {
  // Owed replies are kept whatever their age: dropping one would lose it.
  const kept = ledger.filter((e) => e.status === 'stepped' || now - e.at <= LEDGER_TTL_MS);
  const sent = kept.filter((e) => e.status === 'sent');
  const surplus = new Set(sent.slice(0, Math.max(0, kept.length + 1 - LEDGER_LIMIT)));
  return [...kept.filter((e) => !surplus.has(e)), entry];
}

/** The reply reached Slack: keep the delivery's identity (for duplicates) and its reply, drop the rest. */
export function markSent(ledger: readonly LedgerEntry[], ids: readonly string[]): LedgerEntry[] {
  return ledger.map((e) =>
    sharesAnId(ids)(e) ? { ids: e.ids, at: e.at, status: 'sent' as const, reply: e.reply } : e,
  );
}

/** Forgets a delivery whose reply was dropped, so that Slack's retry or a resend is handled afresh. */
export function withoutDelivery(ledger: readonly LedgerEntry[], ids: readonly string[]): LedgerEntry[] {
  return ledger.filter((e) => !sharesAnId(ids)(e));
}
