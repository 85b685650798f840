// The load: simulated people holding whole conversations in a closed loop (hello, their name, three
// questions), each message sent only after the reply to the previous one arrived, C people at a time.
// The echo app gets exactly the same messages. Replies are matched by thread_ts (= the message's ts).

import {
  dmChannelIdFor,
  dmMessage,
  type FakeSlack,
  type PostRecord,
  type SlackMessageEvent,
} from '../slack-stand-in';
import { nowMs } from './measure';

/** One message a simulated person sends, with what the bot should answer (checked, reported as off-script). */
export interface ScriptedMessage {
  readonly text: string;
  readonly botReply: RegExp;
}

export interface Conversation {
  readonly userId: string;
  readonly channel: string;
  readonly messages: readonly ScriptedMessage[];
}

export const MESSAGES_PER_CONVERSATION = 5;

// Phrasings checked against the bot's language understanding: every greeting is read as no name and no
// question, every name line as a confident name, every question as exactly its intent.
const GREETINGS = [
  'hi',
  'hello',
  'hey',
  'hey there',
  'hi!',
  'hello there',
  'good morning',
  'yo',
  'hello :wave:',
];
const GREETINGS_MORE = ['hey :smile:', 'good afternoon'];
const FIRST_NAMES = [
  'Ana',
  'Kwame',
  'Priya',
  'Mateo',
  'Lena',
  'Sofia',
  'Meera',
  'Kenji',
  'Yasmin',
  'Olivia',
  'Liam',
  'Noah',
  'Emma',
  'Aisha',
  'Omar',
  'Chen',
  'Fatima',
  'Diego',
  'Lucas',
  'Hana',
  'Sven',
  'Ingrid',
  'Amara',
  'Ravi',
  'Elena',
  'Marco',
  'Nadia',
  'Ivan',
  'Zoe',
  'Grace',
  'Hiroshi',
  'Chloe',
  'Pedro',
  'Leila',
  'Tariq',
  'Anya',
  'Felix',
  'Maya',
  'Jonas',
  'Ngozi',
  'Arjun',
  'Isabel',
  'Oscar',
  'Rosa',
  'Yusuf',
];
const LAST_NAMES = [
  'Lima',
  'Mensah',
  'Sharma',
  'Rossi',
  'Okafor',
  'Kim',
  'Nguyen',
  'Silva',
  'Novak',
  'Haddad',
];
const NAME_LINES = [
  'my name is {F}',
  "I'm {F}",
  'call me {F}',
  '{F}',
  'i am {F}',
  '{F} here',
  'my name is {F} {L}',
  "I'm {F} {L}",
  "it's {F}",
  "name's {F}",
  "hi, I'm {F}",
  '{F} {L}',
  'you can call me {F}',
  'im {F}',
];
const QUESTIONS = {
  name: [
    'what is your name?',
    'whats your name',
    'who are you?',
    'what should I call you?',
    'what do people call you?',
    'do you have a name?',
  ],
  age: [
    'how old are you?',
    'how old r u',
    'what is your age?',
    'whats your age',
    'how many years old are you?',
  ],
  hobby: [
    'what do you do for fun?',
    "what's your hobby?",
    'what are your hobbies',
    'any hobbies?',
    'what do you like to do?',
    'do you have a hobby?',
  ],
} as const;
const ANSWERS: Record<keyof typeof QUESTIONS, RegExp> = {
  name: /My name is/,
  age: /years old/,
  hobby: /My hobby is/,
};

/** A small deterministic PRNG (mulberry32), so every run sends the same messages. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)] as T;
}

/** A Slack-shaped user id (`U` + upper-case alphanumerics), unique per prefix and index. */
export function userIdFor(prefix: string, index: number): string {
  return `U${prefix}${index.toString(36).toUpperCase().padStart(8, '0')}`;
}

export function randomPersonName(random: () => number): { first: string; last: string } {
  return { first: pick(random, FIRST_NAMES), last: pick(random, LAST_NAMES) };
}

/** `count` conversations for users `U<prefix>…`; the same prefix and seed always give the same messages. */
export function makeConversations(prefix: string, count: number, seed: number): Conversation[] {
  const random = prng(seed);
  const conversations: Conversation[] = [];
  for (let i = 0; i < count; i += 1) {
    const { first, last } = randomPersonName(random);
    const nameLine = pick(random, NAME_LINES).replace('{F}', first).replace('{L}', last);
    const order = (['name', 'age', 'hobby'] as const)
      .map((intent) => ({ intent, key: random() }))
      .sort((a, b) => a.key - b.key)
      .map((q) => q.intent);
    const userId = userIdFor(prefix, i);
    conversations.push({
      userId,
      channel: dmChannelIdFor(userId),
      messages: [
        { text: pick(random, random() < 0.85 ? GREETINGS : GREETINGS_MORE), botReply: /name\?/ },
        { text: nameLine, botReply: /Nice to meet you/ },
        ...order.map((intent, n) => ({
          text: pick(random, QUESTIONS[intent]),
          botReply: n === 2 ? new RegExp(`${ANSWERS[intent].source}[^]*Goodbye`) : ANSWERS[intent],
        })),
      ],
    });
  }
  return conversations;
}

/** Every text the load sends (for the interpret timing). */
export function allScriptTexts(): string[] {
  const names = NAME_LINES.flatMap((line) =>
    FIRST_NAMES.slice(0, 8).map((f, i) => line.replace('{F}', f).replace('{L}', LAST_NAMES[i] as string)),
  );
  return [...GREETINGS, ...GREETINGS_MORE, ...names, ...Object.values(QUESTIONS).flat()];
}

// --- delivery and replies ---

export interface Delivery {
  /** High-resolution ms when the event was handed to the app (frame written / request started). */
  readonly sentAt: number;
  /** Resolves with the ack time (socket: ack frame; HTTP: the response) or an error kind. */
  readonly done: Promise<{ ackMs: number } | { error: ErrorKind }>;
}

/** How events reach the app under test: Socket Mode envelopes, or signed HTTP POSTs to each replica. */
export interface Transport {
  deliver(event: SlackMessageEvent): Delivery;
}

export function socketTransport(fake: FakeSlack, ackTimeoutMs: number): Transport {
  return {
    deliver(event) {
      const sent = fake.sendEvent(event);
      const sentAt = nowMs();
      const done = withTimeout(
        sent.acked.then(() => ({ ackMs: nowMs() - sentAt })),
        ackTimeoutMs,
        { error: 'no_ack' as const },
      );
      return { sentAt, done };
    },
  };
}

/** Round-robin over the replicas' Request URLs, as a load balancer would. */
export function httpTransport(fake: FakeSlack, urls: readonly string[], timeoutMs: number): Transport {
  let next = 0;
  return {
    deliver(event) {
      const url = urls[next++ % urls.length] as string;
      const sentAt = nowMs();
      const request = fake.postEvent(url, event).then(
        (response) =>
          response.status === 200 ? { ackMs: nowMs() - sentAt } : { error: 'http_status' as const },
        () => ({ error: 'http_failed' as const }),
      );
      return { sentAt, done: withTimeout(request, timeoutMs, { error: 'http_timeout' as const }) };
    },
  };
}

function withTimeout<T, F>(promise: Promise<T>, ms: number, fallback: F): Promise<T | F> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<F>((resolve) => {
    timer = setTimeout(() => resolve(fallback), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export interface Reply {
  readonly post: PostRecord;
  /** High-resolution ms when the stand-in recorded the chat.postMessage. */
  readonly at: number;
}

export interface ReplyWatcher {
  /** Resolves with the reply posted in thread `threadTs`, or undefined after `timeoutMs`. */
  expect(threadTs: string, timeoutMs: number): Promise<Reply | undefined>;
  /** Posts in a thread nobody was waiting on: a wrong thread. */
  strays(): readonly PostRecord[];
  /** Replies that came after their wait had timed out (already counted as missing). */
  late(): number;
}

/**
 * Sees every chat.postMessage the moment the stand-in records it. The stand-in re-checks its waiters on
 * every change; one never-satisfied waiter whose filter drains the new posts is our hook, using only its
 * public API. (The stand-in's clock is whole milliseconds; ours is not.)
 */
export function watchReplies(fake: FakeSlack): ReplyWatcher {
  const pending = new Map<string, (reply: Reply) => void>();
  const strays: PostRecord[] = [];
  const expired = new Set<string>();
  let late = 0;
  let drained = 0;
  const drain = () => {
    const posts = fake.posts;
    while (drained < posts.length) {
      const post = posts[drained++] as PostRecord;
      const waiter = pending.get(post.thread_ts ?? '');
      if (waiter) {
        pending.delete(post.thread_ts ?? '');
        waiter({ post, at: nowMs() });
      } else if (expired.delete(post.thread_ts ?? '')) late += 1;
      else strays.push(post);
    }
  };
  fake
    .waitForPosts(Number.MAX_SAFE_INTEGER, {
      timeoutMs: 2 ** 31 - 1,
      filter: () => {
        if (drained < fake.posts.length) drain();
        return false;
      },
    })
    .catch(() => {
      // Rejected when the stand-in closes: the end of the run.
    });

  return {
    expect(threadTs, timeoutMs) {
      return new Promise((resolve) => {
        const timer = setTimeout(() => {
          pending.delete(threadTs);
          expired.add(threadTs);
          resolve(undefined);
        }, timeoutMs);
        pending.set(threadTs, (reply) => {
          clearTimeout(timer);
          resolve(reply);
        });
      });
    },
    strays: () => strays,
    late: () => late,
  };
}

// --- the closed loop ---

export type ErrorKind =
  | 'missing_reply'
  | 'wrong_thread'
  | 'wrong_channel'
  | 'unexpected_text'
  | 'no_ack'
  | 'slow_ack'
  | 'http_status'
  | 'http_failed'
  | 'http_timeout';

export interface LoadOptions {
  readonly transport: Transport;
  readonly watcher: ReplyWatcher;
  readonly conversations: readonly Conversation[];
  readonly concurrency: number;
  readonly replyTimeoutMs: number;
  /** 'echo': the reply must be the message's text; 'bot': off-script replies are counted, not errors. */
  readonly expect: 'echo' | 'bot';
  /** Stop starting new conversations after this many errors (a dead app must not take hours). */
  readonly maxErrors: number;
  /** Stop starting new conversations after this long. */
  readonly deadlineMs: number;
}

export interface LoadStats {
  readonly messages: number;
  readonly replies: number;
  readonly conversations: number;
  readonly wallMs: number;
  /** Event delivered -> reply recorded by the stand-in, ms, one per reply. */
  readonly latenciesMs: number[];
  /** Event delivered -> ack (Socket Mode) or HTTP response, ms. */
  readonly ackMs: number[];
  readonly errors: Partial<Record<ErrorKind, number>>;
  readonly errorCount: number;
  /** Bot replies that did not match the script (the conversation went another way): informational. */
  readonly offScript: number;
  readonly offScriptSamples: string[];
  readonly aborted: string | undefined;
}

/** Slack's window for acknowledging an event. */
export const SLACK_ACK_WINDOW_MS = 3000;

export async function runConversations(options: LoadOptions): Promise<LoadStats> {
  const { transport, watcher, concurrency, replyTimeoutMs } = options;
  const queue = [...options.conversations];
  const latenciesMs: number[] = [];
  const ackMs: number[] = [];
  const errors: Partial<Record<ErrorKind, number>> = {};
  const offScriptSamples: string[] = [];
  let errorCount = 0;
  let offScript = 0;
  let messages = 0;
  let replies = 0;
  let conversations = 0;
  let aborted: string | undefined;
  const straysBefore = watcher.strays().length;
  const started = nowMs();

  const fail = (kind: ErrorKind) => {
    errors[kind] = (errors[kind] ?? 0) + 1;
    errorCount += 1;
  };

  const converse = async (conversation: Conversation) => {
    for (const message of conversation.messages) {
      const event = dmMessage({ user: conversation.userId, text: message.text });
      const reply = watcher.expect(event.ts, replyTimeoutMs);
      const delivery = transport.deliver(event);
      messages += 1;
      const [got, done] = await Promise.all([reply, delivery.done]);
      if ('error' in done) fail(done.error);
      else {
        ackMs.push(done.ackMs);
        if (done.ackMs > SLACK_ACK_WINDOW_MS) fail('slow_ack');
      }
      if (got === undefined) {
        fail('missing_reply');
        continue;
      }
      replies += 1;
      latenciesMs.push(got.at - delivery.sentAt);
      if (got.post.postedChannel !== conversation.channel) fail('wrong_channel');
      if (options.expect === 'echo' && got.post.text !== message.text) fail('unexpected_text');
      if (options.expect === 'bot' && !message.botReply.test(got.post.text ?? '')) {
        offScript += 1;
        if (offScriptSamples.length < 5) offScriptSamples.push(`${message.text} -> ${got.post.text ?? ''}`);
      }
    }
    conversations += 1;
  };

  const worker = async () => {
    for (;;) {
      if (aborted) return;
      if (errorCount > options.maxErrors) aborted = `more than ${options.maxErrors} errors`;
      else if (nowMs() - started > options.deadlineMs) aborted = `over the ${options.deadlineMs} ms deadline`;
      const next = aborted ? undefined : queue.shift();
      if (!next) return;
      await converse(next);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker));
  const wallMs = nowMs() - started;

  // Posts that answered nothing we sent (or arrived after their timeout) are wrong-thread errors.
  const strays = watcher.strays().length - straysBefore;
  for (let i = 0; i < strays; i += 1) fail('wrong_thread');

  return {
    messages,
    replies,
    conversations,
    wallMs,
    latenciesMs,
    ackMs,
    errors,
    errorCount,
    offScript,
    offScriptSamples,
    aborted,
  };
}
