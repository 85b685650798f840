// The conversation rules: one message in, the next state and one reply out.
// Pure and synchronous: the clock comes in as `now`, storage and Slack live elsewhere.

import type { Intent, Interpretation, NameReading } from './interpretation';
import type { Persona } from './persona';
import * as say from './replies';
import {
  type ConversationState,
  type FinishedSession,
  type Session,
  type SessionOutcome,
  STATE_VERSION,
  type Stage,
  type TranscriptTurn,
} from './state';

export const MAX_QUESTIONS = 3;
/** Non-answers to "what's your name?" before the bot goes on without a name, so nobody is stuck. */
export const MAX_NAME_MISSES = 3;
/** Finished sessions kept per person (retention by age applies too). */
export const HISTORY_LIMIT = 20;
/** Longest text kept per transcript turn. */
export const TRANSCRIPT_TEXT_LIMIT = 500;

export interface ConversationSettings {
  readonly persona: Persona;
  readonly sessionTimeoutMs: number;
  /** Finished sessions older than this are dropped from the history. */
  readonly retentionMs: number;
  readonly maxQuestions?: number;
}

/** What happened, for metrics and logs. */
export type ConversationEvent =
  | { readonly type: 'session_started' }
  | { readonly type: 'session_finished'; readonly outcome: SessionOutcome }
  | { readonly type: 'greeted'; readonly named: boolean }
  | { readonly type: 'question'; readonly intent: Intent }
  | { readonly type: 'name_reask' };

export interface StepResult {
  readonly state: ConversationState;
  readonly reply: string;
  readonly events: readonly ConversationEvent[];
  /** The person confirmed "forget me": everything stored about them must be deleted. */
  readonly forget: boolean;
}

type PlainStage = Exclude<Stage, { kind: 'confirming_forget' }>;

/** A working copy of the state while one message is handled; `step` returns it frozen as plain data. */
interface Draft {
  session: Session | null;
  knownName: string | null;
  sessionCount: number;
  history: FinishedSession[];
  replies: string[];
  events: ConversationEvent[];
  forget: boolean;
  /** The session this message belongs to when the message itself finished it. */
  finishedByThisMessage: FinishedSession | null;
}

interface Context {
  readonly draft: Draft;
  readonly input: Interpretation;
  readonly now: number;
  readonly settings: ConversationSettings;
  readonly maxQuestions: number;
}

export function step(
  state: ConversationState,
  input: Interpretation,
  now: number,
  settings: ConversationSettings,
): StepResult {
  return run(state, input, now, settings, (ctx) => {
    expireIdleSession(ctx);
    if (input.command !== null) handleCommand(ctx);
    else if (ctx.draft.session === null) handleFirstMessage(ctx);
    else handleInSession(ctx, ctx.draft.session.stage);
  });
}

function run(
  state: ConversationState,
  input: Interpretation,
  now: number,
  settings: ConversationSettings,
  handle: (ctx: Context) => void,
): StepResult {
  const draft: Draft = {
    session: state.session,
    knownName: state.knownName,
    sessionCount: state.sessionCount,
    history: [...state.history],
    replies: [],
    events: [],
    forget: false,
    finishedByThisMessage: null,
  };
  const ctx: Context = { draft, input, now, settings, maxQuestions: settings.maxQuestions ?? MAX_QUESTIONS };
  handle(ctx);
  const reply = draft.replies.join(' ');
  if (draft.forget) return { state: emptyState(), reply, events: draft.events, forget: true };
  recordTurns(ctx, reply);
  return {
    state: {
      v: STATE_VERSION,
      session: draft.session,
      knownName: draft.knownName,
      sessionCount: draft.sessionCount,
      history: pruneHistory(draft.history, now, settings.retentionMs),
    },
    reply,
    events: draft.events,
    forget: false,
  };
}

/** The bot opens a conversation itself (App Home's "Start a new conversation"): a fresh session, name first. */
export function startConversation(
  state: ConversationState,
  now: number,
  settings: ConversationSettings,
): StepResult {
  const silence: Interpretation = { text: '', command: null, name: null, intents: [], answer: null };
  return run(state, silence, now, settings, (ctx) => {
    finishSession(ctx, 'restarted');
    ctx.draft.finishedByThisMessage = null;
    startSession(ctx, { kind: 'awaiting_name', misses: 0 });
    ctx.draft.replies.push(say.askName(settings.persona));
  });
}

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

function emptyState(): ConversationState {
  return { v: STATE_VERSION, session: null, knownName: null, sessionCount: 0, history: [] };
}

// --- session lifecycle ---

function expireIdleSession(ctx: Context): void {
  const { draft, now, settings } = ctx;
  const session = draft.session;
  if (session === null || now - session.lastActiveAt <= settings.sessionTimeoutMs) return;
  finishSession(ctx, 'expired', session.lastActiveAt + settings.sessionTimeoutMs);
  draft.finishedByThisMessage = null; // this message starts the next session
  draft.replies.push(say.sessionExpired(formatDuration(settings.sessionTimeoutMs)));
}

function startSession(ctx: Context, stage: Stage): void {
  const { draft, now } = ctx;
  draft.sessionCount += 1;
  draft.session = { id: draft.sessionCount, startedAt: now, lastActiveAt: now, stage, turns: [] };
  draft.events.push({ type: 'session_started' });
}

function finishSession(ctx: Context, outcome: SessionOutcome, endedAt = ctx.now): void {
  const { draft } = ctx;
  const session = draft.session;
  if (session === null) return;
  const finished: FinishedSession = {
    id: session.id,
    startedAt: session.startedAt,
    endedAt,
    outcome,
    name: nameOf(session.stage),
    turns: session.turns,
  };
  draft.history.push(finished);
  draft.session = null;
  draft.finishedByThisMessage = finished;
  draft.events.push({ type: 'session_finished', outcome });
}

function setStage(ctx: Context, stage: Stage): void {
  const session = ctx.draft.session;
  if (session === null) startSession(ctx, stage);
  else ctx.draft.session = { ...session, stage, lastActiveAt: ctx.now };
}

// --- commands: whole-message, in every state ---

function handleCommand(ctx: Context): void {
  const { draft, settings } = ctx;
  const session = draft.session;
  switch (ctx.input.command) {
    case 'help':
      draft.replies.push(say.help(settings.persona, ctx.maxQuestions));
      if (session) {
        draft.replies.push(statusLine(ctx, session.stage));
        setStage(ctx, session.stage);
      }
      return;
    case 'status':
      draft.replies.push(session ? statusLine(ctx, session.stage) : say.statusNoSession());
      if (session) setStage(ctx, session.stage);
      return;
    case 'restart':
      finishSession(ctx, 'restarted');
      draft.finishedByThisMessage = null;
      startSession(ctx, { kind: 'awaiting_name', misses: 0 });
      draft.replies.push(say.restarted(settings.persona));
      return;
    case 'stop':
      if (session === null) {
        draft.replies.push(say.nothingToStop());
        return;
      }
      draft.replies.push(say.stopped(nameOf(session.stage)));
      finishSession(ctx, 'stopped');
      return;
    case 'forget': {
      const resume = session ? unwrap(session.stage) : { kind: 'awaiting_name' as const, misses: 0 };
      setStage(ctx, { kind: 'confirming_forget', resume });
      draft.replies.push(say.confirmForget());
      return;
    }
    case null:
      return;
  }
}

function statusLine(ctx: Context, stage: Stage): string {
  const current = unwrap(stage);
  if (current.kind !== 'answering') return say.statusAwaitingName();
  return say.statusAnswering(current.name, ctx.maxQuestions - current.questionsAsked);
}

// --- the conversation itself ---

/** The first message of a session is read for a name; a question gets a quick answer, then the name is asked. */
function handleFirstMessage(ctx: Context): void {
  const { draft, input, settings } = ctx;
  if (personName(ctx)) {
    acceptNameReading(ctx, 0);
    return;
  }
  const question = input.intents[0];
  const known = draft.knownName;
  if (known !== null) {
    if (question !== undefined) draft.replies.push(say.answer(question, settings.persona));
    startSession(ctx, { kind: 'confirming_name', candidate: known, misses: 0 });
    draft.replies.push(say.welcomeBack(known));
    return;
  }
  startSession(ctx, { kind: 'awaiting_name', misses: 0 });
  draft.replies.push(
    question === undefined ? say.askName(settings.persona) : say.answerInPassing(question, settings.persona),
  );
}

function handleInSession(ctx: Context, stage: Stage): void {
  switch (stage.kind) {
    case 'awaiting_name':
      handleNameAnswer(ctx, stage.misses);
      return;
    case 'confirming_name':
      handleNameConfirmation(ctx, stage.candidate, stage.misses);
      return;
    case 'answering':
      handleQuestions(ctx, stage.name, stage.questionsAsked);
      return;
    case 'confirming_forget':
      handleForgetConfirmation(ctx, stage.resume);
      return;
  }
}

function handleNameAnswer(ctx: Context, misses: number): void {
  const { input, draft, settings } = ctx;
  if (personName(ctx)) {
    acceptNameReading(ctx, misses);
    return;
  }
  const question = input.intents[0];
  const goingOn = misses + 1 >= MAX_NAME_MISSES;
  if (question !== undefined) {
    draft.replies.push(
      goingOn ? say.answer(question, settings.persona) : say.answerInPassing(question, settings.persona),
    );
  }
  missName(ctx, misses + 1, () => {
    if (question === undefined) draft.replies.push(say.reaskName(misses + 1));
    setStage(ctx, { kind: 'awaiting_name', misses: misses + 1 });
  });
}

function handleNameConfirmation(ctx: Context, candidate: string, misses: number): void {
  const { input, draft } = ctx;
  const named = personName(ctx);
  if (named && named.value !== candidate) {
    acceptNameReading(ctx, misses); // "no, it's Anna"
  } else if (input.answer === 'yes' || named) {
    greetWith(ctx, candidate);
  } else if (input.answer === 'no') {
    draft.replies.push(say.askNameAgain());
    setStage(ctx, { kind: 'awaiting_name', misses });
  } else {
    missName(ctx, misses + 1, () => {
      draft.replies.push(say.confirmName(candidate));
      setStage(ctx, { kind: 'confirming_name', candidate, misses: misses + 1 });
    });
  }
}

/**
 * The name in the message, unless it is the bot's own ("hi Quillon" greets the bot, it does not
 * introduce the person).
 */
function personName(ctx: Context): NameReading | null {
  const reading = ctx.input.name;
  if (reading === null) return null;
  const plain = (s: string) => s.toLocaleLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  return plain(reading.value) === plain(ctx.settings.persona.name) ? null : reading;
}

/** A confident name greets; a guess is confirmed first. */
function acceptNameReading(ctx: Context, misses: number): void {
  const reading = personName(ctx);
  if (reading === null) return;
  if (reading.confident) {
    greetWith(ctx, reading.value);
    return;
  }
  setStage(ctx, { kind: 'confirming_name', candidate: reading.value, misses });
  ctx.draft.replies.push(say.confirmName(reading.value));
}

/** Counts a miss; after MAX_NAME_MISSES the bot goes on without a name instead of asking forever. */
function missName(ctx: Context, misses: number, askAgain: () => void): void {
  ctx.draft.events.push({ type: 'name_reask' });
  if (misses >= MAX_NAME_MISSES) greetWith(ctx, null);
  else askAgain();
}

function greetWith(ctx: Context, name: string | null): void {
  const { draft } = ctx;
  setStage(ctx, { kind: 'answering', name, questionsAsked: 0 });
  if (name !== null) draft.knownName = name;
  draft.events.push({ type: 'greeted', named: name !== null });
  draft.replies.push(say.greet(name, ctx.maxQuestions));
}

function handleQuestions(ctx: Context, name: string | null, asked: number): void {
  const { input, draft, settings, maxQuestions } = ctx;
  const left = maxQuestions - asked;
  if (input.intents.length === 0) {
    draft.replies.push(say.nudge(left));
    setStage(ctx, { kind: 'answering', name, questionsAsked: asked });
    return;
  }
  const answered = input.intents.slice(0, left);
  for (const intent of answered) {
    draft.replies.push(say.answer(intent, settings.persona));
    draft.events.push({ type: 'question', intent });
  }
  const askedNow = asked + answered.length;
  setStage(ctx, { kind: 'answering', name, questionsAsked: askedNow });
  if (askedNow < maxQuestions) {
    draft.replies.push(say.questionsLeft(maxQuestions - askedNow));
    return;
  }
  draft.replies.push(say.goodbyeAfterLastQuestion(name, input.intents.length - answered.length));
  finishSession(ctx, 'completed');
}

function handleForgetConfirmation(ctx: Context, resume: PlainStage): void {
  const { input, draft } = ctx;
  if (input.answer === 'yes') {
    draft.forget = true;
    draft.replies.push(say.forgotten());
    return;
  }
  setStage(ctx, resume);
  draft.replies.push(say.forgetCancelled(), statusLine(ctx, resume));
}

// --- helpers ---

function unwrap(stage: Stage): PlainStage {
  return stage.kind === 'confirming_forget' ? stage.resume : stage;
}

function nameOf(stage: Stage): string | null {
  const current = unwrap(stage);
  return current.kind === 'answering' ? current.name : null;
}

function describe(input: Interpretation): string | undefined {
  if (input.command) return `command:${input.command}`;
  const parts: string[] = [];
  if (input.name) parts.push(`name:${input.name.value}${input.name.confident ? '' : '?'}`);
  if (input.intents.length > 0) parts.push(`questions:${input.intents.join(',')}`);
  if (input.answer) parts.push(`answer:${input.answer}`);
  return parts.length > 0 ? parts.join(' ') : undefined;
}

/** Adds the person's message and the reply to the transcript of the session the message belongs to. */
function recordTurns(ctx: Context, reply: string): void {
  const { draft, input, now } = ctx;
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
    draft.history[index] = { ...finished, turns: [...finished.turns, ...turns] };
  }
}

function pruneHistory(history: FinishedSession[], now: number, retentionMs: number): FinishedSession[] {
  return history.filter((s) => now - s.endedAt <= retentionMs).slice(-HISTORY_LIMIT);
}

/** "30 minutes", "2 hours", "1 day": how long the idle timeout was, in the reply that says so. */
export function formatDuration(ms: number): string {
  const units: [number, string][] = [
    [86_400_000, 'day'],
    [3_600_000, 'hour'],
    [60_000, 'minute'],
    [1000, 'second'],
  ];
  for (const [size, unit] of units) {
    if (ms >= size && ms % size === 0) {
      const n = ms / size;
      return `${n} ${unit}${n === 1 ? '' : 's'}`;
    }
  }
  return `${Math.round(ms / 1000)} seconds`;
}
