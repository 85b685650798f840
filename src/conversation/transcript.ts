// Each session keeps a transcript: what the person said (and what the bot understood of it) and what
// the bot replied. Kept apart from the rules, which only decide what to say.

import type { Draft } from './engine';
import type { Interpretation } from './interpretation';
import { sessionName } from './standing';
import type { ConversationState, FinishedSession, Session, SessionOutcome, TranscriptTurn } from './state';

/** Finished sessions kept per person (retention by age applies too). */
export const HISTORY_LIMIT = 20;
/** Longest text kept per transcript turn. */
export const TRANSCRIPT_TEXT_LIMIT = 500;

/** The open session, filed as finished: its transcript, how it ended, the name it went by. */
export function fileSession(session: Session, outcome: SessionOutcome, endedAt: number): FinishedSession {
  return {
    id: session.id,
    startedAt: session.startedAt,
    endedAt,
    outcome,
    name: sessionName(session.stage),
    turns: session.turns,
  };
}

/** What the bot understood of a message, for the transcript: "name:Ana", "questions:age", "acts:thanks". */
export function describe(input: Interpretation): string | undefined {
  if (input.command) return `command:${input.command}`;
  const parts: string[] = [];
  if (input.name) parts.push(`name:${input.name.value}${input.name.confident ? '' : '?'}`);
  if (input.intents.length > 0) parts.push(`questions:${input.intents.join(',')}`);
  if (input.acts.length > 0) parts.push(`acts:${input.acts.join(',')}`);
  if (input.answer) parts.push(`answer:${input.answer}`);
  return parts.length > 0 ? parts.join(' ') : undefined;
}

/** Adds the person's message and the reply to the transcript of the session the message belongs to. */
export function recordTurns(draft: Draft, input: Interpretation, reply: string, now: number): void {
  const understood = describe(input);
  const turns: TranscriptTurn[] = [];
  if (input.text !== '') {
    const text = input.text.slice(0, TRANSCRIPT_TEXT_LIMIT);
    turns.push(
      understood === undefined
        ? { from: 'person', text, at: now }
        : { from: 'person', text, at: now, understood },
    );
  }
  turns.push({ from: 'bot', text: reply, at: now });
  if (draft.session) {
    draft.session = { ...draft.session, turns: [...draft.session.turns, ...turns] };
  } else if (draft.finishedByThisMessage) {
    const finished = draft.finishedByThisMessage;
    const index = draft.history.lastIndexOf(finished);
    if (index >= 0) draft.history[index] = { ...finished, turns: [...finished.turns, ...turns] };
  }
}

export function pruneHistory(
  history: FinishedSession[],
  now: number,
  retentionMs: number,
): FinishedSession[] {
  return history.filter((s) => now - s.endedAt <= retentionMs).slice(-HISTORY_LIMIT);
}

/** The bot's last reply to this person, in the open session or the last finished one. */
export function lastBotReply(state: ConversationState): string | undefined {
  const turns = state.session?.turns ?? state.history.at(-1)?.turns ?? [];
  for (let i = turns.length - 1; i >= 0; i--) if (turns[i]?.from === 'bot') return turns[i]?.text;
  return undefined;
}

/** A reply's sentences, to tell whether a new reply would repeat one. */
export function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+/)
    .map((sentence) => sentence.trim())
    .filter(Boolean);
}
