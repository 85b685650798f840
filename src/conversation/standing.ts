// Where a person's conversation stands, worked out once, here, for every surface that shows it: the
// status reply, App Home, the admin CLI and the playground. An open session idle past the timeout counts
// as expired, and a pending "forget me?" sits on top of the stage it will return to.

import type { ConversationState, FinishedSession, Session, Stage } from './state';

/** The most questions a person may ask in one conversation. */
export const MAX_QUESTIONS = 3;

/** A stage without the "forget me?" confirmation on top. */
export type PlainStage = Exclude<Stage, { kind: 'confirming_forget' }>;

export interface Standing {
  /**
   * `closed`: no session open (none yet, or the last one finished); `expired`: open, but idle for longer
   * than the timeout, so the next message starts afresh. Otherwise the open session's stage.
   */
  readonly stage: 'closed' | 'expired' | PlainStage['kind'];
  /** The person was asked "forget me?" and the bot waits for their yes or no. */
  readonly confirmingForget: boolean;
  /** Questions the person may still ask; null outside the answering stage. */
  readonly questionsLeft: number | null;
  readonly maxQuestions: number;
  /** The name the person goes by: in the answering stage this session's (null: going on without one), else the last one they were greeted with. */
  readonly name: string | null;
  /** The name being checked ("Did you mean *Ana*?"), while confirming it. */
  readonly candidate: string | null;
  /** The open session's start and last activity; null when none is open. */
  readonly startedAt: number | null;
  readonly lastActiveAt: number | null;
}

/** The stage a session returns to once "forget me?" is answered. */
export function plainStage(stage: Stage): PlainStage {
  return stage.kind === 'confirming_forget' ? stage.resume : stage;
}

/** The name a session goes by: the one it greeted the person with (null before, or without one). */
export function sessionName(stage: Stage): string | null {
  const current = plainStage(stage);
  return current.kind === 'answering' ? current.name : null;
}

/** An open session idle for longer than the timeout: the next message starts afresh. */
export function isExpired(session: Session | null, now: number, sessionTimeoutMs: number): boolean {
  return session !== null && now - session.lastActiveAt > sessionTimeoutMs;
}

export function standingOf(state: ConversationState, now: number, sessionTimeoutMs: number): Standing {
  const session = state.session;
  const known = lastKnownName(state);
  const closed = {
    confirmingForget: false,
    questionsLeft: null,
    maxQuestions: MAX_QUESTIONS,
    name: known,
    candidate: null,
    startedAt: null,
    lastActiveAt: null,
  };
  if (session === null) return { stage: 'closed', ...closed };
  if (isExpired(session, now, sessionTimeoutMs)) return { stage: 'expired', ...closed };
  const stage = plainStage(session.stage);
  return {
    stage: stage.kind,
    confirmingForget: session.stage.kind === 'confirming_forget',
    questionsLeft: stage.kind === 'answering' ? Math.max(0, MAX_QUESTIONS - stage.questionsAsked) : null,
    maxQuestions: MAX_QUESTIONS,
    name: stage.kind === 'answering' ? stage.name : known,
    candidate: stage.kind === 'confirming_name' ? stage.candidate : null,
    startedAt: session.startedAt,
    lastActiveAt: session.lastActiveAt,
  };
}

/** The name the person was last greeted with, from what is stored. */
export function lastKnownName(state: ConversationState): string | null {
  if (state.knownName !== null) return state.knownName;
  const history: readonly FinishedSession[] = state.history;
  return [...history].reverse().find((s) => s.name !== null)?.name ?? null;
}
