// The conversation with one person, as it is stored: plain JSON, versioned, validated on read.
// A person has at most one open session; finished sessions are kept as transcripts for a while.

export const STATE_VERSION = 1;

/** Where the open session stands. */
export type Stage =
  | { readonly kind: 'awaiting_name'; readonly misses: number }
  /** "Did you mean *Ana*?" (a low-confidence name, or a returning person's previous name). */
  | { readonly kind: 'confirming_name'; readonly candidate: string; readonly misses: number }
  /** Greeted; `name` is null when the person never gave one and the bot went on without it. */
  | {
      readonly kind: 'answering';
      readonly name: string | null;
      readonly questionsAsked: number;
      /** The bot's topics answered so far, in order: asked again, or "tell me more", the bot says more. */
      readonly answered?: readonly ('name' | 'age' | 'hobby')[];
    }
  /** "forget me" asked for confirmation; `resume` is where the session was. */
  | { readonly kind: 'confirming_forget'; readonly resume: Exclude<Stage, { kind: 'confirming_forget' }> };

export interface TranscriptTurn {
  readonly from: 'person' | 'bot';
  readonly text: string;
  /** Epoch milliseconds. */
  readonly at: number;
  /** What the bot understood of a person's turn, e.g. "name:Ana", "questions:age,name", "command:help". */
  readonly understood?: string;
}

export interface Session {
  readonly id: number;
  readonly startedAt: number;
  readonly lastActiveAt: number;
  readonly stage: Stage;
  readonly turns: readonly TranscriptTurn[];
}

/** `reset`: an admin ended the session (npm run admin -- reset). */
export type SessionOutcome = 'completed' | 'stopped' | 'expired' | 'restarted' | 'reset';

export interface FinishedSession {
  readonly id: number;
  readonly startedAt: number;
  readonly endedAt: number;
  readonly outcome: SessionOutcome;
  readonly name: string | null;
  readonly turns: readonly TranscriptTurn[];
}

export interface ConversationState {
  readonly v: typeof STATE_VERSION;
  /** Null when no session is open: the next message starts one. */
  readonly session: Session | null;
  /** The name the person was last greeted with, so a returning person can be welcomed back. */
  readonly knownName: string | null;
  /** The person declined to give a name: the bot goes on without one and does not ask again. */
  readonly refusedName?: boolean;
  /** How many sessions this person has started; gives each session its id. */
  readonly sessionCount: number;
  /** Finished sessions, oldest first. */
  readonly history: readonly FinishedSession[];
}

export const EMPTY_STATE: ConversationState = {
  v: STATE_VERSION,
  session: null,
  knownName: null,
  sessionCount: 0,
  history: [],
};

// --- validation on read: stored JSON may be old, hand-edited or corrupt ---

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const isString = (v: unknown): v is string => typeof v === 'string';
const isNameOrNull = (v: unknown): v is string | null => v === null || isString(v);

function isPlainStage(v: unknown): boolean {
  if (!isObject(v)) return false;
  switch (v.kind) {
    case 'awaiting_name':
      return isCount(v.misses);
    case 'confirming_name':
      return isString(v.candidate) && isCount(v.misses);
    case 'answering':
      return (
        isNameOrNull(v.name) &&
        isCount(v.questionsAsked) &&
        (v.answered === undefined ||
          (Array.isArray(v.answered) &&
            v.answered.every((t) => t === 'name' || t === 'age' || t === 'hobby')))
      );
    default:
      return false;
  }
}

function isStage(v: unknown): v is Stage {
  if (isObject(v) && v.kind === 'confirming_forget') return isPlainStage(v.resume);
  return isPlainStage(v);
}

function isTurn(v: unknown): v is TranscriptTurn {
  return (
    isObject(v) &&
    (v.from === 'person' || v.from === 'bot') &&
    isString(v.text) &&
    isCount(v.at) &&
    (v.understood === undefined || isString(v.understood))
  );
}

const isTurns = (v: unknown): v is TranscriptTurn[] => Array.isArray(v) && v.every(isTurn);

function isSession(v: unknown): v is Session {
  return (
    isObject(v) &&
    isCount(v.id) &&
    isCount(v.startedAt) &&
    isCount(v.lastActiveAt) &&
    isStage(v.stage) &&
    isTurns(v.turns)
  );
}

const OUTCOMES: readonly string[] = ['completed', 'stopped', 'expired', 'restarted', 'reset'];

function isFinishedSession(v: unknown): v is FinishedSession {
  return (
    isObject(v) &&
    isCount(v.id) &&
    isCount(v.startedAt) &&
    isCount(v.endedAt) &&
    isString(v.outcome) &&
    OUTCOMES.includes(v.outcome) &&
    isNameOrNull(v.name) &&
    isTurns(v.turns)
  );
}

/** True when `value` is a state this version of the bot can continue from. */
export function isConversationState(value: unknown): value is ConversationState {
  return (
    isObject(value) &&
    value.v === STATE_VERSION &&
    (value.session === null || isSession(value.session)) &&
    isNameOrNull(value.knownName) &&
    (value.refusedName === undefined || typeof value.refusedName === 'boolean') &&
    isCount(value.sessionCount) &&
    Array.isArray(value.history) &&
    value.history.every(isFinishedSession)
  );
}
