// Operations on a person's conversation from outside it: an admin ending a session, purging old ones,
// and when the person was last active. Kept apart from the conversation rules (engine.ts).

import type { ConversationSettings } from './engine';
import { nameOf } from './engine';
import type { ConversationState, FinishedSession } from './state';
import { pruneHistory } from './transcript';

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
  const idle = now - session.lastActiveAt > settings.sessionTimeoutMs;
  const finished: FinishedSession = {
    id: session.id,
    startedAt: session.startedAt,
    endedAt: idle ? session.lastActiveAt + settings.sessionTimeoutMs : now,
    outcome: idle ? 'expired' : 'reset',
    name: nameOf(session.stage),
    turns: session.turns,
  };
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
