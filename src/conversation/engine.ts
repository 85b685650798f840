// The conversation rules: one message in, the next state and one reply out. Every rule of how the bot
// talks is here; the words it says are in replies.ts. Pure and synchronous: the clock comes in as `now`,
// storage and Slack live elsewhere.
//
// The rules, in short (README's "How the conversation goes" says them for people):
// - Only questions count. Greetings, thanks, acknowledgements, farewells, confusion, statements, name
//   changes and questions about using the bot get a short fitting reply and never use up a question.
// - The name: the preferred one wins, it can change at any time, one refusal is enough, a guess is confirmed.
// - A message may do several things: "Hi, I'm Priya, how old are you?" is greeted and answered.
// - After the goodbye, thanks and farewells get a short reply; the next greeting or question starts anew.
// - Someone the bot knows is welcomed back by name, and a question in that message is answered at once.

import type { Expectation, Intent, Interpretation, NameReading } from './interpretation';
import type { Persona } from './persona';
import type { Variants } from './replies';
import * as say from './replies';
import { isExpired, MAX_QUESTIONS, type PlainStage, plainStage, sessionName } from './standing';
import {
  type ConversationState,
  type FinishedSession,
  type Session,
  type SessionOutcome,
  STATE_VERSION,
  type Stage,
} from './state';
import { fileSession, lastBotReply, pruneHistory, recordTurns, sentencesOf } from './transcript';

export { MAX_QUESTIONS } from './standing';
/** A new conversation this soon after the last one ended carries on from it, rather than welcoming back. */
export const JUST_LEFT_MS = 10 * 60 * 1000;
/** Messages without a name before the bot goes on without one, so nobody is stuck. */
export const MAX_NAME_MISSES = 3;

export interface ConversationSettings {
  readonly persona: Persona;
  readonly sessionTimeoutMs: number;
  /** Finished sessions older than this are dropped from the history. */
  readonly retentionMs: number;
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

/** A working copy of the state while one message is handled; `step` returns it as plain data. */
export interface Draft {
  session: Session | null;
  knownName: string | null;
  refusedName: boolean;
  sessionCount: number;
  history: FinishedSession[];
  replies: string[];
  events: ConversationEvent[];
  forget: boolean;
  /** The finished session this message belongs to (the message ended it, or came after its goodbye). */
  finishedByThisMessage: FinishedSession | null;
}

interface Context {
  readonly draft: Draft;
  readonly input: Interpretation;
  readonly now: number;
  readonly settings: ConversationSettings;
  /** Sentences of the bot's previous reply, which this one must not repeat. */
  readonly previous: ReadonlySet<string>;
}

/** What the bot is waiting for, so language understanding reads the next message for it. */
export function expectationOf(
  state: ConversationState,
  now: number,
  settings: ConversationSettings,
): Expectation {
  const session = state.session;
  if (session === null || isExpired(session, now, settings.sessionTimeoutMs)) {
    return state.knownName !== null || state.refusedName === true ? 'nothing' : 'name';
  }
  switch (session.stage.kind) {
    case 'awaiting_name':
      return 'name';
    case 'confirming_name':
    case 'confirming_forget':
      return 'confirmation';
    case 'answering':
      return 'questions';
  }
}

export function step(
  state: ConversationState,
  reading: Interpretation,
  now: number,
  settings: ConversationSettings,
): StepResult {
  const input = asHelpOrStatus(reading);
  return run(state, input, now, settings, (ctx) => {
    const expired = expireIdleSession(ctx);
    const session = ctx.draft.session;
    if (input.command !== null) handleCommand(ctx);
    else if (session !== null) handleInSession(ctx, session.stage);
    else handleOutsideSession(ctx, expired);
  });
}

/**
 * "are you a bot?", "do you speak Portuguese?": a question about what the bot is or which language to use
 * is a question about using the bot. It gets help (which says both) and never counts. "what's my name?"
 * asks where the person stands, which status says.
 */
function asHelpOrStatus(input: Interpretation): Interpretation {
  const aboutBot = input.acts.includes('about_bot');
  const aboutSelf = input.acts.includes('about_self');
  // "who are you exactly? an AI or a script?": the line on what the bot is says its name too.
  const whoAndWhat =
    aboutBot &&
    input.helpTopic === 'identity' &&
    input.intents.every((intent) => intent === 'name' || intent === 'other');
  if (!whoAndWhat && ((!aboutBot && !aboutSelf) || input.intents.some((intent) => intent !== 'other')))
    return input;
  // "what's my name?", "do you know who I am?": where they stand, which status says (their name included).
  if (aboutSelf && input.command === null) return { ...input, command: 'status', intents: [] };
  const acts = input.acts.filter((act) => act !== 'about_bot' && act !== 'about_self');
  return { ...input, intents: [], acts: acts.includes('help_request') ? acts : [...acts, 'help_request'] };
}

/** The three questions offered as quick replies (buttons in Slack and the playground), in order. */
export const QUICK_QUESTIONS: readonly {
  readonly intent: Exclude<Intent, 'other'>;
  readonly label: string;
}[] = [
  { intent: 'name', label: "What's your name?" },
  { intent: 'age', label: 'How old are you?' },
  { intent: 'hobby', label: "What's your hobby?" },
];

/** A quick reply clicked: the question itself, so no language understanding is needed. */
export function askedByButton(intent: Exclude<Intent, 'other'>): Interpretation {
  const label = QUICK_QUESTIONS.find((question) => question.intent === intent)?.label ?? intent;
  return { text: label, command: null, name: null, intents: [intent], acts: [], answer: null };
}

/**
 * Should the reply offer the three questions as quick replies? While the person is greeted and has
 * questions left: after the greeting and after each answer but the last.
 */
export function offersQuestions(state: ConversationState): boolean {
  const stage = state.session?.stage;
  return stage?.kind === 'answering' && stage.questionsAsked < MAX_QUESTIONS;
}

/** Has the person never talked to the bot (or been forgotten since)? Only they get the first-open welcome. */
export function isNewPerson(state: Pick<ConversationState, 'session' | 'sessionCount' | 'history'>): boolean {
  return state.session === null && state.sessionCount === 0 && state.history.length === 0;
}

/** The bot opens a conversation itself (App Home's "Start a new conversation"). */
export function startConversation(
  state: ConversationState,
  now: number,
  settings: ConversationSettings,
): StepResult {
  const silence: Interpretation = {
    text: '',
    command: null,
    name: null,
    intents: [],
    acts: [],
    answer: null,
  };
  return run(state, silence, now, settings, (ctx) => {
    closeSession(ctx, 'restarted');
    openSession(ctx);
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
    refusedName: state.refusedName === true,
    sessionCount: state.sessionCount,
    history: [...state.history],
    replies: [],
    events: [],
    forget: false,
    finishedByThisMessage: null,
  };
  const previous = new Set(sentencesOf(lastBotReply(state) ?? ''));
  handle({ draft, input, now, settings, previous });
  // A reply of several lines (help) is set apart from what comes before and after it by line breaks.
  const reply = draft.replies.reduce(
    (text, part) => (text === '' ? part : `${text}${/\n/.test(text + part) ? '\n' : ' '}${part}`),
    '',
  );
  if (draft.forget) return { state: emptyState(), reply, events: draft.events, forget: true };
  recordTurns(draft, input, reply, now);
  return {
    state: {
      v: STATE_VERSION,
      session: draft.session,
      knownName: draft.knownName,
      ...(draft.refusedName ? { refusedName: true } : {}),
      sessionCount: draft.sessionCount,
      history: pruneHistory(draft.history, now, settings.retentionMs),
    },
    reply,
    events: draft.events,
    forget: false,
  };
}

function emptyState(): ConversationState {
  return { v: STATE_VERSION, session: null, knownName: null, sessionCount: 0, history: [] };
}

// --- saying things ---

/** Adds a fixed sentence to the reply. */
function tell(ctx: Context, text: string): void {
  ctx.draft.replies.push(text);
}

/** Adds the text without the sentences this reply already has ("For IT, ask in #it-help." said once). */
function tellUnsaid(ctx: Context, text: string): void {
  const said = new Set(ctx.draft.replies.flatMap(sentencesOf));
  const sentences = sentencesOf(text);
  const unsaid = sentences.filter((sentence) => !said.has(sentence));
  tell(ctx, unsaid.length === sentences.length ? text : unsaid.join(' '));
}

/**
 * Adds one of the wordings: the first that neither the previous reply nor this one already has, so no
 * sentence is said twice in a row. Small talk (`vary`) also takes turns, so the bot does not sound canned.
 */
function tellOne(ctx: Context, variants: Variants, vary = false): void {
  const said = new Set([...ctx.previous, ...ctx.draft.replies.flatMap(sentencesOf)]);
  const turn = vary ? Math.floor((ctx.draft.session?.turns.length ?? 0) / 2) : 0;
  for (let k = 0; k < variants.length; k++) {
    const candidate = variants[(turn + k) % variants.length] as string;
    if (!sentencesOf(candidate).some((sentence) => said.has(sentence))) {
      tell(ctx, candidate);
      return;
    }
  }
  tell(ctx, variants[turn % variants.length] as string);
}

/** The help text; asked again straight after, a shorter wording (the rule: no sentence twice in a row). */
function tellHelp(ctx: Context): void {
  const { helpTopic, alsoHelpTopic } = ctx.input;
  if (helpTopic) {
    const topics = alsoHelpTopic ? [helpTopic, alsoHelpTopic] : [helpTopic];
    tellOne(ctx, say.helpOnTopics(topics, ctx.settings.persona, ctx.settings.retentionMs));
    return;
  }
  const full = say.help(ctx.settings.persona, MAX_QUESTIONS, ctx.settings.retentionMs);
  const again = sentencesOf(full).some((sentence) => ctx.previous.has(sentence));
  tell(ctx, again ? say.helpAgain(ctx.settings.persona, MAX_QUESTIONS, ctx.settings.retentionMs) : full);
}

// --- session lifecycle ---

function expireIdleSession(ctx: Context): boolean {
  const { draft, now, settings } = ctx;
  const session = draft.session;
  if (session === null || !isExpired(session, now, settings.sessionTimeoutMs)) return false;
  closeSession(ctx, 'expired', session.lastActiveAt + settings.sessionTimeoutMs);
  tell(ctx, say.sessionExpired(say.formatDuration(settings.sessionTimeoutMs)));
  return true;
}

function startSession(ctx: Context, stage: Stage): void {
  const { draft, now } = ctx;
  draft.sessionCount += 1;
  draft.session = { id: draft.sessionCount, startedAt: now, lastActiveAt: now, stage, turns: [] };
  draft.events.push({ type: 'session_started' });
}

/** Ends the open session with this message, which goes into its transcript (the last answer, "stop"). */
function finishSession(ctx: Context, outcome: SessionOutcome, endedAt = ctx.now): void {
  ctx.draft.finishedByThisMessage = closeSession(ctx, outcome, endedAt);
}

/** Ends the open session before this message, which belongs to the next one ("restart", an expiry). */
function closeSession(ctx: Context, outcome: SessionOutcome, endedAt = ctx.now): FinishedSession | null {
  const { draft } = ctx;
  const session = draft.session;
  if (session === null) return null;
  const finished = fileSession(session, outcome, endedAt);
  draft.history.push(finished);
  draft.session = null;
  draft.events.push({ type: 'session_finished', outcome });
  return finished;
}

function setStage(ctx: Context, stage: Stage): void {
  const session = ctx.draft.session;
  if (session === null) startSession(ctx, stage);
  else ctx.draft.session = { ...session, stage, lastActiveAt: ctx.now };
}

// --- commands: whole-message, in every state ---

function handleCommand(ctx: Context): void {
  const { draft } = ctx;
  const session = draft.session;
  switch (ctx.input.command) {
    case 'help':
      tellHelp(ctx);
      if (session) {
        tell(ctx, statusLine(session.stage));
        setStage(ctx, session.stage);
      } else if (isNewPerson(draft)) {
        // "my VPN keeps dropping, can you help?" as the very first message: the help says what the bot is,
        // and the conversation starts there, so the next message is not introduced to the bot again.
        startSession(ctx, { kind: 'awaiting_name', misses: 0 });
        tellOne(ctx, say.askName());
      }
      return;
    case 'status': {
      // "what's my name?", "have we met?": asked about themselves, not about counting.
      const aboutSelf = ctx.input.acts.includes('about_self');
      // "Hello! What counts as a question here?" from someone new: the conversation starts, and its first
      // reply says what counts.
      // "hi again! have we met?" from someone the bot knows, between conversations: the welcome back
      // answers it, by name, and the conversation opens.
      if (isNewPerson(draft) || (!session && aboutSelf)) {
        // "status" as the very first thing (help says it works any time): nothing is used yet.
        if (!aboutSelf && isNewPerson(draft)) tell(ctx, say.nothingUsedYet());
        openSession(ctx);
        return;
      }
      // "how many left?" after the last question: none in that conversation; a greeting starts a new one.
      if (!session && draft.history.at(-1)?.outcome === 'completed') {
        tell(ctx, say.statusAfterLastQuestion(draft.knownName, MAX_QUESTIONS));
        return;
      }
      // "It's Priya again. I still have one question left, right?": between conversations, asking where
      // they stand opens a new one, which says so (by name, with every question to come).
      if (!session) {
        openSession(ctx);
        return;
      }
      if (aboutSelf && plainStage(session.stage).kind === 'awaiting_name') tell(ctx, say.nameNotKnownYet());
      else tell(ctx, statusLine(session.stage, aboutSelf));
      // "how many left?" hears what counts; "what's my name?" asked nothing about counting.
      if (plainStage(session.stage).kind === 'answering' && !aboutSelf) tell(ctx, say.whatCounts());
      setStage(ctx, session.stage);
      return;
    }
    case 'restart': {
      closeSession(ctx, 'restarted');
      startSession(ctx, { kind: 'awaiting_name', misses: 0 });
      tell(ctx, say.restarted());
      // "can we start over? my real name is Kwame": the new conversation starts with that name.
      const given = personName(ctx);
      if (given?.confident) acceptName(ctx, given, false);
      else tellOne(ctx, say.askName());
      return;
    }
    case 'stop':
      if (session === null) {
        tell(ctx, say.nothingToStop());
        return;
      }
      tell(ctx, say.stopped(sessionName(session.stage)));
      finishSession(ctx, 'stopped');
      return;
    case 'forget': {
      const resume = session ? plainStage(session.stage) : { kind: 'awaiting_name' as const, misses: 0 };
      setStage(ctx, { kind: 'confirming_forget', resume });
      tell(ctx, say.confirmForget(ctx.draft.knownName !== null));
      return;
    }
    case null:
      return;
  }
}

/** Where the person stands; `aboutSelf` when they asked who they are to the bot ("what do you call me?"). */
function statusLine(stage: Stage, aboutSelf = true): string {
  const current = plainStage(stage);
  if (current.kind !== 'answering') return say.statusAwaitingName();
  return say.statusAnswering(current.name, MAX_QUESTIONS - current.questionsAsked, aboutSelf);
}

// --- outside a session: a new person, a returning one, or small talk after the goodbye ---

/** Small talk that keeps a finished conversation closed: thanks, farewells, laughter, "ok", "what?". */
const CLOSING_ACTS = new Set(['thanks', 'farewell', 'acknowledgement', 'confusion']);
const QUIET_ACTS = new Set([...CLOSING_ACTS, 'statement', 'refusal']);

function handleOutsideSession(ctx: Context, expired: boolean): void {
  const { input, draft } = ctx;
  const last = draft.history.at(-1);
  const saidGoodbye = !expired && (last?.outcome === 'completed' || last?.outcome === 'stopped');
  const acts = input.acts;
  // "hey sorry, forgot to say thanks earlier!": a greeting that only opens thanks or a goodbye opens nothing.
  const thanksOrBye = acts.some((act) => act === 'thanks' || act === 'farewell');
  const smallTalkOnly =
    input.intents.length === 0 &&
    input.name === null &&
    acts.every((act) => QUIET_ACTS.has(act) || (act === 'greeting' && thanksOrBye)) &&
    (acts.some((act) => CLOSING_ACTS.has(act)) || (acts.length === 0 && input.answer !== null));
  // "ask your help channel about wine. iconic. bye lol": whatever else it says, a message that says
  // goodbye after the goodbye does not start anew, unless it asks the bot's name, age or hobby.
  const sayingBye =
    acts.includes('farewell') && input.name === null && input.intents.every((intent) => intent === 'other');
  // "oh wait, here's one for your collection: hiraeth": a gift after the goodbye is thanked for, and the
  // conversation stays closed (a question about the bot's name or age opens a new one).
  const giftOnly =
    isOffer(input, ctx.settings.persona) &&
    input.name === null &&
    input.intents.every((intent) => intent === 'hobby' || intent === 'other');
  if (saidGoodbye && last && giftOnly) {
    tellOne(ctx, say.thanksForOffer(ctx.settings.persona, input.offered as string), true);
    draft.finishedByThisMessage = last;
    return;
  }
  if (saidGoodbye && last && (smallTalkOnly || sayingBye)) {
    // "Goodbye already? But we'd only just begun!": surprise at the ending hears why it ended, and a
    // goodbye when it says one ("ya se terminó? bueno, chau!").
    const kind =
      acts.includes('confusion') && acts.includes('farewell')
        ? last.outcome === 'completed'
          ? 'surprisedFarewell'
          : 'farewell'
        : ((['confusion', 'farewell', 'thanks'] as const).find((act) => acts.includes(act)) ??
          'acknowledgement');
    tellOne(ctx, say.afterGoodbye(kind), true);
    draft.finishedByThisMessage = last;
    return;
  }
  openSession(ctx);
}

/** A new session: a returning person is welcomed back by name; someone new is introduced to the bot. */
function openSession(ctx: Context): void {
  const { draft } = ctx;
  if (draft.knownName === null && !draft.refusedName) {
    meetNewPerson(ctx);
    return;
  }
  let name = draft.knownName;
  // "that's not my name, I'm Bob": the name in the message that reopens the conversation wins; "it's
  // Gerhard again" from Gerhard Braun is the same person, still called by the name they gave, unless
  // they ask for the shorter one ("please just call me Helena").
  const given = personName(ctx);
  const sameName = given !== null && name !== null && isPartOf(given.value, name);
  const renamed = given !== null && (!sameName || (given.preferred === true && given.value !== name));
  if (given && renamed) name = rememberName(ctx, given.value);
  startSession(ctx, { kind: 'answering', name, questionsAsked: 0 });
  draft.events.push({ type: 'greeted', named: name !== null });
  // Straight after a goodbye, "Welcome back" would be odd: the person simply goes on.
  const last = draft.history.at(-1);
  const justLeft =
    last !== undefined &&
    (last.outcome === 'completed' || last.outcome === 'stopped') &&
    ctx.now - last.endedAt < JUST_LEFT_MS;
  const welcome = ctx.input.acts.includes('about_self')
    ? say.remembered(name)
    : justLeft
      ? say.goingOn(name)
      : say.welcomeBack(name);
  tellOne(ctx, welcome, true);
  if (renamed && name !== null) tellOne(ctx, say.renamed(name), true);
  // "can you speak Ukrainian?" after the goodbye: a question about the bot gets help as the chat reopens.
  const answered = answerQuestions(ctx);
  if (!answered && ctx.input.acts.includes('help_request')) tellHelp(ctx);
  if (!answered) tellOne(ctx, say.whatToAsk(MAX_QUESTIONS));
}

function meetNewPerson(ctx: Context): void {
  const { input, settings } = ctx;
  startSession(ctx, { kind: 'awaiting_name', misses: 0 });
  const given = personName(ctx);
  if (given) {
    acceptName(ctx, given, true);
    return;
  }
  if (input.acts.includes('refusal')) {
    greetWith(ctx, null, true);
    answerOrHelp(ctx);
    return;
  }
  // "hi! can you be added to a channel?", "what is this?": someone who opens by asking about the bot gets
  // the help (who it is, what it can talk about, where it works) in place of the shorter hello.
  if (input.acts.includes('help_request')) tellHelp(ctx);
  else
    tell(
      ctx,
      say.hello(settings.persona, MAX_QUESTIONS, input.foreign === true, input.asksHowBotIs === true),
    );
  // Questions before any name are answered in passing ("what's your name?" the introduction answers).
  for (const question of input.intents)
    if (question !== 'name') tellUnsaid(ctx, say.answerInPassing(question, settings.persona));
  tellOne(ctx, say.askName());
}

// --- in a session ---

function handleInSession(ctx: Context, stage: Stage): void {
  switch (stage.kind) {
    case 'awaiting_name':
      handleNameStep(ctx, stage.misses);
      return;
    case 'confirming_name':
      handleNameConfirmation(ctx, stage.candidate, stage.misses);
      return;
    case 'answering':
      handleAnswering(ctx, stage);
      return;
    case 'confirming_forget':
      handleForgetConfirmation(ctx, stage.resume);
      return;
  }
}

function handleNameStep(ctx: Context, misses: number): void {
  const { input, settings } = ctx;
  const acts = input.acts;
  const given = personName(ctx);
  if (given) {
    acceptName(ctx, given, false);
    return;
  }
  if (acts.includes('refusal')) {
    greetWith(ctx, null, false);
    answerOrHelp(ctx);
    return;
  }
  if (acts.includes('farewell') && input.intents.length === 0) {
    letGo(ctx, null);
    return;
  }
  if (acts.includes('help_request')) {
    tellHelp(ctx);
    tellOne(ctx, say.askName());
    setStage(ctx, { kind: 'awaiting_name', misses });
    return;
  }
  const asked = input.intents.length > 0;
  for (const question of input.intents) tellUnsaid(ctx, say.answerInPassing(question, settings.persona));
  if (asked) {
    // Answered in passing; the name is asked for below.
  } else if (acts.includes('confusion')) tellOne(ctx, say.explainNameStep(), true);
  else if (acts.includes('greeting')) tellOne(ctx, greetBack(ctx.input, null), true);
  else if (acts.includes('thanks')) tellOne(ctx, say.welcome(), true);
  const smallTalk =
    asked || acts.includes('confusion') || acts.includes('greeting') || acts.includes('thanks');
  missName(ctx, misses + 1, () => {
    tellOne(ctx, smallTalk ? say.askName() : say.reaskName(misses + 1));
    setStage(ctx, { kind: 'awaiting_name', misses: misses + 1 });
  });
}

function handleNameConfirmation(ctx: Context, candidate: string, misses: number): void {
  const { input, settings } = ctx;
  const given = personName(ctx);
  const onlyAcknowledged = input.acts.length > 0 && input.acts.every((act) => act === 'acknowledgement');
  if (given && given.value !== candidate) {
    acceptName(ctx, given, false); // "no, it's Anna"
  } else if (given || input.answer === 'yes' || (input.answer === null && onlyAcknowledged)) {
    greetWith(ctx, candidate, false);
    answerQuestions(ctx);
  } else if (input.answer === 'no') {
    tellOne(ctx, say.askNameAgain());
    setStage(ctx, { kind: 'awaiting_name', misses });
  } else if (input.acts.includes('refusal')) {
    greetWith(ctx, null, false);
  } else if (input.intents[0] !== undefined) {
    tellUnsaid(ctx, say.answerInPassing(input.intents[0], settings.persona));
    tellOne(ctx, say.confirmName(candidate));
    setStage(ctx, { kind: 'confirming_name', candidate, misses });
  } else {
    missName(ctx, misses + 1, () => {
      tellOne(ctx, say.confirmName(candidate));
      setStage(ctx, { kind: 'confirming_name', candidate, misses: misses + 1 });
    });
  }
}

type AnsweringStage = Extract<Stage, { kind: 'answering' }>;

function handleAnswering(ctx: Context, stage: AnsweringStage): void {
  const { input, settings } = ctx;
  const { name, questionsAsked: asked } = stage;
  const acts = input.acts;
  const left = MAX_QUESTIONS - asked;
  // "please call me Mai", "actually it's Tim", "oops, typo: Kevin": taken up at once, no question used.
  const given = personName(ctx);
  let current = name;
  // A name change is confirmed even when it is the name already used: the person wants to hear it.
  const renamed = given !== null && (given.value !== name || input.acts.includes('name_change'));
  if (given && renamed) {
    current = rememberName(ctx, withCorrectedPart(name, given.value));
    setStage(ctx, { ...stage, name: current });
    tellOne(ctx, say.renamed(current), true);
  }
  // "do you know the word 'Kummerspeck'?": a gift for the hobby is thanked for, and uses no question. A
  // question about the bot's name or age in the same message is still answered ("'lagom'! and what's
  // your name again?"); one about the hobby or anything else was about the gift.
  if (isOffer(input, settings.persona)) {
    tellOne(ctx, say.thanksForOffer(settings.persona, input.offered as string), true);
    const rest = input.intents.filter((intent) => intent !== 'hobby' && intent !== 'other');
    if (rest.length > 0 && answerQuestions({ ...ctx, input: { ...input, intents: rest } })) return;
    setStage(ctx, { ...stage, name: current });
    tellOne(ctx, say.questionsLeft(left));
    return;
  }
  // "asking that used up a question?? ok fine, never mind. bye": someone leaving is let go, not answered
  // with the default answer (a question about the bot's name, age or hobby still is).
  const leaving = acts.includes('farewell') && input.intents.every((intent) => intent === 'other');
  if (!leaving && answerQuestions(ctx)) return;
  setStage(ctx, { ...stage, name: current });
  if (renamed) {
    // "It's Renata. Do you store it anywhere?": the new name, and the line of help the question asks for.
    if (acts.includes('help_request') && input.helpTopic) tellHelp(ctx);
    tellOne(ctx, say.questionsLeft(left));
    return;
  }
  if (acts.includes('farewell')) {
    letGo(ctx, current);
    return;
  }
  if (acts.includes('help_request')) {
    tellHelp(ctx);
    tellOne(ctx, say.questionsLeft(left));
    return;
  }
  // "tell me more" before the bot has said anything: what it is, and what it can talk about.
  if (acts.includes('confusion')) tellOne(ctx, say.explain(settings.persona), true);
  else if (acts.includes('follow_up')) tellOne(ctx, say.nothingToFollow(settings.persona), true);
  else if (acts.includes('greeting')) tellOne(ctx, greetBack(ctx.input, current), true);
  else if (acts.includes('thanks')) tellOne(ctx, say.welcome(), true);
  else if (acts.includes('statement')) tellOne(ctx, say.onlyTopics(), true);
  else if (acts.length > 0 || input.answer !== null) tellOne(ctx, say.acknowledge(), true);
  tellOne(
    ctx,
    acts.includes('greeting') || acts.length === 0 ? say.whatToAsk(left) : say.questionsLeft(left),
  );
}

/**
 * Something offered for the hobby that the persona has not already talked about ("what does 'petrichor'
 * mean?" asks about the bot's own word).
 */
function isOffer(input: Interpretation, persona: Persona): boolean {
  const offered = input.offered?.toLocaleLowerCase();
  if (!offered || !persona.thanksForOffer?.length) return false;
  const own = [persona.hobby, ...Object.values(persona.more ?? {}).flat()];
  return !own.some((line) => line.toLocaleLowerCase().includes(offered));
}

function handleForgetConfirmation(ctx: Context, resume: PlainStage): void {
  const { input, draft } = ctx;
  // Deleting everything needs a clear yes ("yes", "yes, delete", "sí"): a yes that is also just an
  // acknowledgement ("sure", "right", "of course") is not one.
  const clearYes = input.answer === 'yes' && !input.acts.includes('acknowledgement');
  if (clearYes) {
    draft.forget = true;
    tell(ctx, say.forgotten());
    return;
  }
  // "ok", "sure", 👍: not a clear yes, so nothing is deleted; the bot says so and asks once more.
  const onlyAcknowledged = input.acts.length > 0 && input.acts.every((act) => act === 'acknowledgement');
  if (onlyAcknowledged && input.answer !== 'no' && input.intents.length === 0) {
    setStage(ctx, ctx.draft.session?.stage ?? { kind: 'confirming_forget', resume });
    tell(ctx, say.forgetNeedsYes(ctx.draft.knownName !== null));
    return;
  }
  setStage(ctx, resume);
  tell(ctx, say.forgetCancelled(ctx.draft.knownName !== null));
  tell(ctx, statusLine(resume));
}

// --- names ---

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

/** "Gerhard" is part of "Gerhard Braun": each of its words is one of the other's. */
function isPartOf(part: string, whole: string): boolean {
  const words = new Set(whole.toLocaleLowerCase().split(/\s+/));
  return part
    .toLocaleLowerCase()
    .split(/\s+/)
    .every((word) => words.has(word));
}

/**
 * "oops, it's O'Neill, not O'nell" from Siobhán Ní Dhuibhir-O'Nell: one word close to one word of the
 * full name corrects that word only.
 */
export function withCorrectedPart(known: string | null, given: string): string {
  // Parts of the name and what joins them: "Ní", " ", "Dhuibhir", "-", "O'nell".
  const parts = known?.split(/(\s+|-)/) ?? [];
  if (parts.length < 3 || /[\s-]/.test(given.trim())) return given;
  const close = parts.filter((part, index) => index % 2 === 0 && isTypoOf(given, part));
  if (close.length !== 1) return given;
  return parts.map((part) => (part === close[0] ? given : part)).join('');
}

/** "O'Neill" for "O'nell", "Katarina" for "Katrina": at most two letters apart, the first one the same. */
function isTypoOf(a: string, b: string): boolean {
  const x = a.toLocaleLowerCase();
  const y = b.toLocaleLowerCase();
  if (x === y || x[0] !== y[0] || Math.min(x.length, y.length) < 3) return false;
  // Levenshtein distance, by rows.
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const row = [i];
    for (let j = 1; j <= y.length; j++)
      row[j] = Math.min(
        (previous[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (previous[j - 1] as number) + (x[i - 1] === y[j - 1] ? 0 : 1),
      );
    previous = row;
  }
  return (previous[y.length] as number) <= 2;
}

function rememberName(ctx: Context, name: string): string {
  ctx.draft.knownName = name;
  ctx.draft.refusedName = false;
  return name;
}

/** A confident name greets (and the questions in the message are answered); a guess is confirmed first. */
function acceptName(ctx: Context, reading: NameReading, firstTime: boolean): void {
  if (reading.confident) {
    greetWith(ctx, reading.value, firstTime);
    // "My name is Henrik. Do greetings count against my 3 questions?": the rule, with the greeting.
    // "Je m'appelle Margot. Tu parles français ?": the one line of help that answers it.
    if (answerQuestions(ctx)) return;
    if (ctx.input.acts.includes('help_request')) {
      if (ctx.input.helpTopic) tellHelp(ctx);
      // "Dana. what's the point of you?", "Dana. how does this work?": what it is and how questions count
      // (the greeting has just said what to ask).
      else tell(ctx, say.howItWorks());
    } else if (ctx.input.acts.includes('farewell')) {
      // "dave. thx bye", "Roz. gotta go, bye": greeted, and let go.
      letGo(ctx, reading.value);
    }
    return;
  }
  if (firstTime)
    tell(
      ctx,
      say.hello(
        ctx.settings.persona,
        MAX_QUESTIONS,
        ctx.input.foreign === true,
        ctx.input.asksHowBotIs === true,
      ),
    );
  // "I'm Dev, how old are you and what's your hobby?" with a name the bot is unsure of: the questions are
  // answered now, in passing like any asked before the name is settled, rather than lost behind the check.
  for (const question of ctx.input.intents)
    tellUnsaid(ctx, say.answerInPassing(question, ctx.settings.persona));
  setStage(ctx, { kind: 'confirming_name', candidate: reading.value, misses: 0 });
  tellOne(ctx, say.confirmName(reading.value));
}

/** Someone saying goodbye: the bot says it back, by name, and the conversation stops. */
function letGo(ctx: Context, name: string | null): void {
  tell(ctx, say.farewell(name));
  finishSession(ctx, 'stopped');
}

/**
 * "skip. who runs you": the questions in the message are answered, or the question about the bot is;
 * "not giving you my name. bye" is let go.
 */
function answerOrHelp(ctx: Context): void {
  if (answerQuestions(ctx)) return;
  if (ctx.input.acts.includes('help_request')) tellHelp(ctx);
  else if (ctx.input.acts.includes('farewell')) letGo(ctx, null);
}

/** Counts a miss; after MAX_NAME_MISSES the bot goes on without a name instead of asking forever. */
function missName(ctx: Context, misses: number, askAgain: () => void): void {
  ctx.draft.events.push({ type: 'name_reask' });
  if (misses >= MAX_NAME_MISSES) greetWith(ctx, null, false);
  else askAgain();
}

function greetWith(ctx: Context, name: string | null, firstTime: boolean): void {
  const { draft, settings } = ctx;
  setStage(ctx, { kind: 'answering', name, questionsAsked: 0 });
  if (name !== null) rememberName(ctx, name);
  else {
    // Going on without a name, as asked (or after asking in vain): a name from before the restart is not
    // brought back in a later conversation either.
    draft.knownName = null;
    draft.refusedName = true;
  }
  draft.events.push({ type: 'greeted', named: name !== null });
  // "I'm Priya. what about the sourdough name?": the answers that follow say how many questions are left.
  const input = ctx.input;
  // "Ana. tell me more": a follow-up with nothing said yet asks nothing that would follow.
  const moreFollows =
    intentsOf(input, undefined).length > 0 ||
    input.acts.includes('farewell') ||
    (input.acts.includes('help_request') && input.helpTopic !== undefined);
  tell(
    ctx,
    say.greet(
      name,
      settings.persona,
      MAX_QUESTIONS,
      firstTime,
      moreFollows,
      ctx.input.foreign === true,
      intentsOf(input, undefined).includes('name'),
    ),
  );
}

// --- questions ---

/**
 * Answers the message's questions, in order and no more than are left; each counts. Says how many are
 * left, or says goodbye after the last. False when the message asks nothing.
 */
function answerQuestions(ctx: Context): boolean {
  const { input, draft, settings } = ctx;
  const stage = draft.session?.stage;
  if (stage?.kind !== 'answering') return false;
  const topics = [...(stage.answered ?? [])];
  const intents = intentsOf(input, topics.at(-1));
  if (intents.length === 0) return false;
  const left = MAX_QUESTIONS - stage.questionsAsked;
  const answered = intents.slice(0, left);
  for (const intent of answered) {
    if (intent === 'other') tellUnsaid(ctx, say.answer(intent, settings.persona));
    else {
      // Asked again, or asked for more: the next thing the persona has to say about it. "Where does the
      // name Quillon come from?" asks for more at once: the answer, and the first thing more.
      const toldBefore = topics.filter((topic) => topic === intent).length;
      if (toldBefore > 0) {
        const next = pastNamed(intent, settings.persona, toldBefore, input.text);
        tell(ctx, say.more(intent, settings.persona, next));
        for (let skipped = toldBefore; skipped < next; skipped++) topics.push(intent);
      } else if (input.acts.includes('follow_up') && settings.persona.more?.[intent]?.length) {
        const next = pastNamed(intent, settings.persona, 1, input.text);
        tell(ctx, `${say.answer(intent, settings.persona)} ${say.more(intent, settings.persona, next)}`);
        // told twice (the answer and a line more), and once more for each line skipped
        for (let told = 0; told < next; told++) topics.push(intent);
      } else tell(ctx, say.answer(intent, settings.persona));
      topics.push(intent);
    }
    draft.events.push({ type: 'question', intent });
  }
  // "name, age, hobby please. also do you store what I type?": the line of help asked for beside them.
  if (input.helpTopic && (input.acts.includes('help_request') || input.acts.includes('about_bot')))
    tellHelp(ctx);
  const askedNow = stage.questionsAsked + answered.length;
  setStage(ctx, { ...stage, questionsAsked: askedNow, answered: topics });
  if (askedNow < MAX_QUESTIONS) {
    tellOne(ctx, say.questionsLeft(MAX_QUESTIONS - askedNow));
    return true;
  }
  tell(ctx, say.goodbyeAfterLastQuestion(stage.name, intents.length - answered.length));
  finishSession(ctx, 'completed');
  return true;
}

// --- helpers ---

/**
 * "got any other words besides petrichor?": the `more` line to tell, from the `told`th on, past those
 * whose starred word the person has named already (one counted from 1, as `say.more` counts).
 */
function pastNamed(intent: Exclude<Intent, 'other'>, persona: Persona, told: number, text: string): number {
  const lines = persona.more?.[intent] ?? [];
  const asked = text.toLocaleLowerCase();
  const named = (line: string) =>
    [...line.matchAll(/\*([^*]+)\*/g)].some((match) => asked.includes((match[1] ?? '').toLocaleLowerCase()));
  let next = told;
  while (next < lines.length && named(lines[next - 1] as string)) next++;
  return next;
}

/**
 * The questions a message asks. A follow-up that names no topic of its own ("tell me more", "why?") asks
 * about the bot's last answer; with no answer yet it asks nothing the bot can place, like any question.
 */
function intentsOf(
  input: Interpretation,
  lastTopic: Exclude<Intent, 'other'> | undefined,
): readonly Intent[] {
  const aboutLast = input.acts.includes('follow_up') && input.intents.every((intent) => intent === 'other');
  if (aboutLast) return lastTopic ? [lastTopic] : [];
  return input.intents;
}

/** A greeting back, or how the bot is when the greeting asked ("hey, how are you?"). */
function greetBack(input: Interpretation, name: string | null): Variants {
  return input.asksHowBotIs ? say.doingWell(name) : say.greetingBack(name);
}
