// Operations on a person's conversation from outside it: an admin ending a session, purging old ones,
// and when the person was last active. Kept apart from the conversation rules (engine.ts).

import type { ConversationSettings } from './engine';
import { isExpired } from './standing';
import type { ConversationState } from './state';
import { fileSession, pruneHistory } from './transcript';

/**
 * Ends the open session from outside the conversation (an admin's reset), keeping its transcript. A
 * session already past its idle timeout is recorded as expired, as it would have been on the next message.
 */
export function endSession(
  state: ConversationState,
  now: number,
  settings: Pick<ConversationSettings, 'sessionTimeoutMs' | 'retentionMs'>,
): ConversationState {
  const session = state.session;
  if (session === null) return state;
  const idle = isExpired(session, now, settings.sessionTimeoutMs);
  const finished = idle
    ? fileSession(session, 'expired', session.lastActiveAt + settings.sessionTimeoutMs)
    : fileSession(session, 'reset', now);
  return {
    ...state,
    session: null,
    history: pruneHistory([...state.history, finished], now, settings.retentionMs),
  };
}

/** Drops finished sessions that ended before `cutoff` (an admin's purge). */
export function forgetSessionsBefore(state: ConversationState, cutoff: number): ConversationState {
  return { ...state, history: state.history.filter((s) => s.endedAt >= cutoff) };
}

/** When the person last did anything: their open session's last message, or their last session's end. */
export function lastActivity(state: ConversationState): number | null {
  if (state.session) return state.session.lastActiveAt;
  const last = state.history.at(-1);
  return last ? last.endedAt : null;
}
