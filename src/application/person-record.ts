// What is stored per person: their conversation (transcripts included) and the ledger of Slack deliveries
// already handled. Keeping the ledger in the same record makes "handled" and "stepped" one atomic write:
// a crash can never leave a message marked as handled without its step, or stepped without its mark.

import { type ConversationState, EMPTY_STATE, isConversationState } from '../conversation/state';

export const RECORD_VERSION = 1;
/** Longer than Slack's retry window (retries arrive up to about 5 minutes after the first delivery). */
export const LEDGER_TTL_MS = 60 * 60 * 1000;
export const LEDGER_LIMIT = 50;

export interface LedgerEntry {
  /** Every identity of the delivery: event_id, client_msg_id, channel:ts. */
  readonly ids: readonly string[];
  readonly at: number;
  /** `stepped`: the conversation advanced and `reply` is owed; `sent`: the reply reached Slack. */
  readonly status: 'stepped' | 'sent';
  readonly reply: string;
}

export interface PersonRecord {
  readonly v: typeof RECORD_VERSION;
  readonly conversation: ConversationState;
  readonly ledger: readonly LedgerEntry[];
}

export const EMPTY_RECORD: PersonRecord = { v: RECORD_VERSION, conversation: EMPTY_STATE, ledger: [] };

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

function isLedgerEntry(v: unknown): v is LedgerEntry {
  if (typeof v !== 'object' || v === null) return false;
  const e = v as Record<string, unknown>;
  return (
    Array.isArray(e.ids) &&
    e.ids.every((id) => typeof id === 'string') &&
    typeof e.at === 'number' &&
    (e.status === 'stepped' || e.status === 'sent') &&
    typeof e.reply === 'string'
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
  const ledger = Array.isArray(r.ledger) ? r.ledger.filter(isLedgerEntry) : [];
  return { v: RECORD_VERSION, conversation: r.conversation, ledger };
}

export function findDelivery(record: PersonRecord, ids: readonly string[]): LedgerEntry | undefined {
  return record.ledger.find((entry) => entry.ids.some((id) => ids.includes(id)));
}

export function withDelivery(ledger: readonly LedgerEntry[], entry: LedgerEntry, now: number): LedgerEntry[] {
  const fresh = ledger.filter((e) => now - e.at <= LEDGER_TTL_MS);
  return [...fresh, entry].slice(-LEDGER_LIMIT);
}

export function markSent(ledger: readonly LedgerEntry[], ids: readonly string[]): LedgerEntry[] {
  return ledger.map((e) => (e.ids.some((id) => ids.includes(id)) ? { ...e, status: 'sent' as const } : e));
}
