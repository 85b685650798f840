// Decides which Slack message events are a person talking to the bot in its DM. `app.message` also
// receives edits, deletions, other bots, the bot's own echo (which Bolt's self-filter misses in DMs,
// bolt-js#580), channel messages and file uploads; each of those is ignored with a reason for the logs.

import type { types } from '@slack/bolt';

/** Subtypes that are a person posting something new; every other subtype is a system event. */
const PERSON_SUBTYPES = new Set([undefined, 'file_share', 'thread_broadcast']);

export type IgnoreReason = 'not_dm' | 'subtype' | 'bot' | 'self' | 'no_user' | 'no_text' | 'no_team';

export interface DirectMessage {
  readonly kind: 'direct_message';
  readonly userId: string;
  readonly teamId: string;
  readonly channel: string;
  readonly text: string;
  readonly ts: string;
  /** Where the reply goes: the message's thread, or a new thread under the message itself. */
  readonly threadTs: string;
  /** Identities of this delivery, for spotting duplicates. */
  readonly deliveryIds: readonly string[];
}

export type Classified =
  | DirectMessage
  | { readonly kind: 'ignored'; readonly reason: IgnoreReason; readonly subtype?: string };

export interface MessageContext {
  readonly eventId: string | undefined;
  readonly teamId: string | undefined;
  readonly botUserId: string | undefined;
  readonly botId: string | undefined;
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

export function classifyMessage(message: types.MessageEvent, context: MessageContext): Classified {
  // Read field by field: Slack's payloads carry fields that Bolt's union of message types does not declare
  // on every member (bot_profile on a user's message, client_msg_id), and any may be missing.
  const event: Readonly<Record<string, unknown>> = { ...message };
  const subtype = str(event.subtype);
  if (event.channel_type !== 'im') return { kind: 'ignored', reason: 'not_dm' };
  if (!PERSON_SUBTYPES.has(subtype))
    return subtype ? { kind: 'ignored', reason: 'subtype', subtype } : { kind: 'ignored', reason: 'subtype' };
  if (event.bot_id !== undefined || event.bot_profile !== undefined) {
    return { kind: 'ignored', reason: event.bot_id === context.botId ? 'self' : 'bot' };
  }
  const userId = str(event.user);
  if (!userId) return { kind: 'ignored', reason: 'no_user' };
  if (userId === context.botUserId) return { kind: 'ignored', reason: 'self' };
  const text = typeof event.text === 'string' ? event.text : '';
  const channel = str(event.channel);
  const ts = str(event.ts);
  if (text.trim() === '' || !channel || !ts) return { kind: 'ignored', reason: 'no_text' };

  // The installing workspace, as App Home events carry it too, so both find the same person.
  const teamId = context.teamId ?? str(event.team);
  if (!teamId) return { kind: 'ignored', reason: 'no_team' };
  const ids = [`msg:${channel}:${ts}`];
  if (context.eventId) ids.push(`event:${context.eventId}`);
  const clientMsgId = str(event.client_msg_id);
  if (clientMsgId) ids.push(`client:${clientMsgId}`);
  return {
    kind: 'direct_message',
    userId,
    teamId,
    channel,
    text,
    ts,
    threadTs: str(event.thread_ts) ?? ts,
    deliveryIds: ids,
  };
}
