// The playground's HTTP server (node:http, no framework): the chat page and a small JSON API over the same
// conversation service the Slack bot uses. Every request gets an answer; none can crash the process.
//
//   GET  /                  the page
//   GET  /api/conversation  { botName, turns, questions }: the open conversation, or the last one, for a reload
//   POST /api/messages      { text, id? } -> { reply, at, questions }
//   POST /api/clicks        { intent, messageId } -> { reply, at, questions }, or { duplicate: true }
//   GET  /healthz           200 when the store answers
//
// `questions` says whether the reply (or, for a reload, the last one) offers the three questions as quick
// replies, as the Slack bot's buttons do; a click on one is posted to /api/clicks.

import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import {
  type ConversationService,
  type HandleResult,
  type QuestionClick,
  STORAGE_APOLOGY,
} from '../application/conversation-service';
import { findDelivery, type PersonId, parsePersonRecord, personKey } from '../application/person-record';
import type { ConversationStore, Logger, ReplyChannel } from '../application/ports';
import { offersQuestions, QUICK_QUESTIONS } from '../conversation/engine';
import type { Persona } from '../conversation/persona';
import { escapeText } from '../conversation/replies';
import type { ConversationState } from '../conversation/state';
import { StorageError } from '../store/storage-error';
import { isLoopback } from './config';
import { COMMON_HEADERS, HttpError, readJsonBody, sendJson } from './http';
import { identify, parseUuid } from './identity';
import { MAX_BODY_BYTES, MAX_MESSAGE_LENGTH } from './limits';
import { PAGE_CSP, renderPage } from './page';

const READ_FAILED = "The bot's storage is not answering right now. Try again in a moment.";

export interface PlaygroundServerDeps {
  readonly service: ConversationService;
  /** Read directly for the health check and to repeat the reply to a message sent twice. */
  readonly store: ConversationStore;
  readonly persona: Persona;
  readonly logger: Logger;
  /** The address the server listens on: on loopback, requests for other host names are refused. */
  readonly host: string;
  readonly now?: () => number;
}

export interface TurnView {
  readonly from: 'person' | 'bot';
  /** The person's words as plain text; the bot's as Slack mrkdwn (`&amp; &lt; &gt;`, `*bold*`). */
  readonly text: string;
  readonly at: number;
}

/** What a reload shows: the open conversation, or the one that just finished. */
export function currentTranscript(state: ConversationState): TurnView[] {
  const turns = state.session?.turns ?? state.history.at(-1)?.turns ?? [];
  return turns.map(({ from, text, at }) => ({ from, text, at }));
}

type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

/** What the service sent for one request: the reply, and whether it offers the questions. */
interface Sent {
  readonly reply: string;
  readonly questions: boolean;
}

/**
 * The playground's replies travel in the HTTP answer to the request that asked (HandleResult.reply), so
 * "posting" one has nothing left to do, and a reply is never somewhere else already.
 */
export const HTTP_ANSWER_REPLIES: ReplyChannel = {
  post: async () => {},
  wasPosted: async () => false,
};

/** The playground has one conversation per person: its replies are not threaded anywhere. */
const PLAYGROUND_TARGET = { channel: 'playground' };

export function createPlaygroundServer(deps: PlaygroundServerDeps): Server {
  const { service, store, persona, logger } = deps;
  const now = deps.now ?? Date.now;
  const page = renderPage(persona.name);

  const routes: Record<string, Partial<Record<'GET' | 'POST', Handler>>> = {
    '/': {
      GET: async (_req, res) => {
        res.writeHead(200, {
          ...COMMON_HEADERS,
          'Content-Type': 'text/html; charset=utf-8',
          'Content-Security-Policy': PAGE_CSP,
          'X-Frame-Options': 'DENY',
          'Content-Length': Buffer.byteLength(page),
        });
        res.end(page);
      },
    },
    '/healthz': {
      GET: async (_req, res) => {
        await store.ping();
        sendJson(res, 200, { ok: true });
      },
    },
    '/api/conversation': {
      GET: async (req, res) => {
        const person = identify(req, res);
        const state = await service.readConversation(person);
        sendJson(res, 200, {
          botName: persona.name,
          turns: currentTranscript(state),
          questions: offersQuestions(state),
        });
      },
    },
    '/api/messages': { POST: postMessage },
    '/api/clicks': { POST: postClick },
  };

  async function postMessage(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const { text, id } = parseMessage(await readJsonBody(req, MAX_BODY_BYTES));
    const person = identify(req, res);
    const deliveryIds = [`playground:${id ?? randomUUID()}`];
    const result = await service.handleMessage(
      // Slack escapes & < > in what a person types, and the language understanding expects that.
      { person, text: escapeText(text), deliveryIds, target: PLAYGROUND_TARGET },
    );
    logger.info({ outcome: result.outcome, stage: result.stage, person: person.userId }, 'message handled');
    if (result.outcome === 'duplicate') {
      // Sent twice (a retry after a lost response): the same reply again, and the conversation not stepped.
      const earlier = await previousReply(person, deliveryIds);
      if (earlier !== undefined) return sendJson(res, 200, { ...earlier, at: now(), duplicate: true });
      return sendJson(res, 409, { error: 'This message was already handled.' });
    }
    answer(res, result);
  }

  /**
   * A quick reply clicked: its question, asked and counted as if typed. The clicked message's id makes the
   * delivery's identity, so its buttons answer once however often they are clicked (two tabs, a retry).
   */
  async function postClick(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const { intent, messageId } = parseClick(await readJsonBody(req, MAX_BODY_BYTES));
    const person = identify(req, res);
    const click: QuestionClick = {
      person,
      intent,
      deliveryIds: [`playground-click:${person.userId}:${messageId}`],
      target: PLAYGROUND_TARGET,
    };
    const result = await service.handleClick(click);
    logger.info(
      { outcome: result.outcome, stage: result.stage, person: person.userId, intent },
      'click handled',
    );
    // Clicked before: that click's answer is in the conversation already; the page reloads it if it needs to.
    if (result.outcome === 'duplicate') return sendJson(res, 200, { duplicate: true });
    answer(res, result);
  }

  /** The HTTP answer for a stepped message or click: its reply, or the error that kept it from one. */
  function answer(res: ServerResponse, result: HandleResult): void {
    switch (result.outcome) {
      case 'answered':
      case 'resent':
      case 'forgotten':
        if (result.reply === undefined) break;
        sendJson(res, 200, { reply: result.reply.text, questions: result.reply.questions, at: now() });
        return;
      case 'storage_failed':
        sendJson(res, 503, { error: STORAGE_APOLOGY });
        return;
      case 'duplicate':
      case 'not_new':
      case 'reply_failed':
        break;
    }
    throw new Error(`No reply to send (outcome ${result.outcome})`);
  }

  /**
   * The reply already given to a delivery. It offers the questions only if it is the newest one and the
   * conversation still offers them: an older reply's buttons are gone on the page too.
   */
  async function previousReply(person: PersonId, ids: readonly string[]): Promise<Sent | undefined> {
    const stored = await store.read(personKey(person));
    const record = stored === undefined ? null : parsePersonRecord(stored.data);
    const entry = record === null ? undefined : findDelivery(record, ids);
    if (record === null || entry === undefined) return undefined;
    return {
      reply: entry.reply,
      questions: entry === record.ledger.at(-1) && offersQuestions(record.conversation),
    };
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (isLoopback(deps.host) && !isLoopbackHostHeader(req.headers.host)) {
      // A web page whose name was pointed at 127.0.0.1 (DNS rebinding) must not reach the API.
      return sendJson(res, 403, { error: 'This playground only answers on 127.0.0.1 or localhost.' });
    }
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const route = routes[path];
    if (route === undefined) {
      return sendJson(res, 404, { error: `There is nothing at ${path.slice(0, 200)}. The chat is at /.` });
    }
    const method = req.method === 'HEAD' ? 'GET' : req.method;
    const handler = method === 'GET' || method === 'POST' ? route[method] : undefined;
    if (handler === undefined) {
      const allow = route.GET ? 'GET, HEAD' : 'POST';
      return sendJson(res, 405, { error: `Use ${allow.split(',')[0]} for ${path}.` }, { Allow: allow });
    }
    await handler(req, res);
  }

  return createServer((req, res) => {
    const started = now();
    res.on('finish', () =>
      logger.debug(
        { method: req.method, path: req.url?.slice(0, 200), status: res.statusCode, ms: now() - started },
        'request',
      ),
    );
    handle(req, res).catch((error: unknown) => {
      if (!(error instanceof HttpError)) logger.error({ err: error, path: req.url }, 'request failed');
      if (res.headersSent) {
        res.destroy();
        return;
      }
      if (error instanceof HttpError) sendJson(res, error.status, { error: error.message }, error.headers);
      else if (error instanceof StorageError) sendJson(res, 503, { error: READ_FAILED });
      else sendJson(res, 500, { error: 'Something went wrong in the playground. The log says what.' });
    });
  });
}

/** `{ text, id? }`; anything else is a 400 that says what was expected. */
function parseMessage(body: unknown): { text: string; id: string | undefined } {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new HttpError(400, 'Send a JSON object such as {"text": "hi"}.');
  }
  const { text, id } = body as Record<string, unknown>;
  if (typeof text !== 'string') throw new HttpError(400, '"text" must be a string, such as {"text": "hi"}.');
  if (text.trim() === '') throw new HttpError(400, 'Type a message first.');
  if (text.length > MAX_MESSAGE_LENGTH) {
    throw new HttpError(
      413,
      `That message is too long: ${text.length.toLocaleString('en')} characters, and the limit is ${MAX_MESSAGE_LENGTH.toLocaleString('en')}.`,
    );
  }
  const messageId = id === undefined ? undefined : parseUuid(id);
  if (messageId === null) {
    throw new HttpError(400, '"id" must be a UUID, one per message, so that a resend is recognised.');
  }
  return { text, id: messageId };
}

/** The page's own ids for its messages: a UUID, or any short id without spaces or separators. */
const MESSAGE_ID = /^[A-Za-z0-9_-]{1,100}$/;

/** `{ intent, messageId }`; anything else is a 400 that says what was expected. */
function parseClick(body: unknown): { intent: QuestionClick['intent']; messageId: string } {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new HttpError(400, 'Send a JSON object such as {"intent": "age", "messageId": "m1"}.');
  }
  const { intent, messageId } = body as Record<string, unknown>;
  const question = QUICK_QUESTIONS.find((quick) => quick.intent === intent);
  if (question === undefined) {
    const intents = QUICK_QUESTIONS.map((quick) => `"${quick.intent}"`).join(', ');
    throw new HttpError(400, `"intent" must be one of ${intents}: the question whose button was clicked.`);
  }
  if (typeof messageId !== 'string' || !MESSAGE_ID.test(messageId)) {
    throw new HttpError(
      400,
      '"messageId" must name the message whose button was clicked: up to 100 letters, digits, - or _.',
    );
  }
  return { intent: question.intent, messageId };
}

function isLoopbackHostHeader(header: string | undefined): boolean {
  if (header === undefined) return true; // HTTP/1.0 without Host: no name to rebind
  const name = header.startsWith('[') ? header.slice(1, header.indexOf(']')) : header.split(':')[0];
  return name !== undefined && isLoopback(name.toLowerCase());
}
