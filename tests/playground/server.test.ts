// The playground's HTTP API in-process: the real server, service, language understanding and a SQLite file
// in a temp dir; each "browser" is a client that keeps its cookie, as a browser would.

import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { createConversationService, STORAGE_APOLOGY } from '../../src/application/conversation-service';
import type { ConversationStore } from '../../src/application/ports';
import { type ConversationSettings, QUICK_QUESTIONS } from '../../src/conversation/engine';
import { interpreter } from '../../src/nlu';
import { createPlaygroundServer, HTTP_ANSWER_REPLIES } from '../../src/playground/server';
import { openSqliteStore } from '../../src/store/sqlite-store';
import { StorageError } from '../../src/store/storage-error';
import { createFakeLogger } from '../helpers/logger';

const interpret = interpreter();

const settings: ConversationSettings = {
  persona: {
    name: 'Quillon',
    age: 5,
    hobby: 'collecting unusual words',
    defaultAnswer: "That's a great question!",
  },
  sessionTimeoutMs: 30 * 60_000,
  retentionMs: 30 * 86_400_000,
};

interface Reply {
  readonly status: number;
  readonly body: Record<string, unknown>;
  readonly headers: Headers;
}

let dir: string;
let store: ConversationStore;
let server: Server;
let base: string;
/** Flipped by a test to make every store read fail, as a locked or vanished database would. */
let storeBroken: boolean;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'playground-'));
  const sqlite = await openSqliteStore({ path: join(dir, 'bot.sqlite'), logger: createFakeLogger() });
  storeBroken = false;
  const failIfBroken = () => {
    if (storeBroken) throw new StorageError('Could not read from the SQLite database (test)');
  };
  store = {
    ...sqlite,
    read: async (key) => {
      failIfBroken();
      return sqlite.read(key);
    },
    ping: async () => {
      failIfBroken();
      return sqlite.ping();
    },
  };
  const logger = createFakeLogger();
  const service = createConversationService({
    store,
    interpret,
    settings,
    logger,
    replies: HTTP_ANSWER_REPLIES,
  });
  server = createPlaygroundServer({ service, store, persona: settings.persona, logger, host: '127.0.0.1' });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterEach(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

async function call(path: string, init: RequestInit = {}): Promise<Reply> {
  const res = await fetch(`${base}${path}`, init);
  const text = await res.text();
  let body: Record<string, unknown> = {};
  try {
    body = JSON.parse(text) as Record<string, unknown>;
  } catch {
    body = { html: text };
  }
  return { status: res.status, body, headers: res.headers };
}

const json = (body: unknown): RequestInit => ({
  method: 'POST',
  headers: { 'Content-Type': 'application/json' },
  body: typeof body === 'string' ? body : JSON.stringify(body),
});

/** A browser: keeps the identity cookie the server gives it. */
function openBrowser() {
  let cookie: string | undefined;
  const withCookie = async (path: string, init: RequestInit = {}) => {
    const headers = new Headers(init.headers);
    if (cookie) headers.set('Cookie', cookie);
    const reply = await call(path, { ...init, headers });
    const set = reply.headers.getSetCookie()[0];
    if (set) cookie = set.split(';')[0];
    return reply;
  };
  return {
    id: () => cookie?.split('=')[1],
    get: (path: string) => withCookie(path),
    post: (body: unknown) => withCookie('/api/messages', json(body)),
    postClick: (body: unknown) => withCookie('/api/clicks', json(body)),
    /** Clicks a quick reply: `messageId` names the bot message whose button it is. */
    click: (intent: string, messageId: string) => withCookie('/api/clicks', json({ intent, messageId })),
    /** Sends a message and returns the bot's reply. */
    async say(text: string): Promise<string> {
      const reply = await withCookie('/api/messages', json({ text }));
      expect(reply.status).toBe(200);
      return reply.body.reply as string;
    },
    async transcript() {
      const reply = await withCookie('/api/conversation');
      expect(reply.status).toBe(200);
      return reply.body.turns as { from: string; text: string; at: number }[];
    },
  };
}

describe('the page', () => {
  it('is served with the bot name, a labelled composer, a live region and a strict CSP', async () => {
    const page = await call('/');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = page.body.html as string;
    expect(html).toContain('<h1>Quillon</h1>');
    expect(html).toContain('<label class="composer-label" for="composer">Message Quillon</label>');
    expect(html).toContain('aria-live="polite"');
    expect(html).not.toMatch(/https?:\/\//); // no external resources
    const csp = page.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toMatch(/script-src 'sha256-[A-Za-z0-9+/=]+'/);
    expect(csp).not.toContain('unsafe-inline');
  });

  it("carries the core's quick questions in its script, covered by the CSP's hash", async () => {
    const page = await call('/');
    const html = page.body.html as string;
    const script = /<script>([\s\S]*)<\/script>/.exec(html)?.[1] ?? '';
    for (const { intent, label } of QUICK_QUESTIONS) {
      expect(script).toContain(JSON.stringify({ intent, label }));
    }
    const hash = createHash('sha256').update(script, 'utf8').digest('base64');
    expect(page.headers.get('content-security-policy')).toContain(`script-src 'sha256-${hash}'`);
  });

  it('answers the health check', async () => {
    expect((await call('/healthz')).status).toBe(200);
  });
});

const HELLO =
  "Hi! I'm *Quillon*, a small chat bot. You can ask me up to 3 questions: my name, my age or my hobby. Say *help* any time. What's your name?";

describe('a conversation over the API', () => {
  it('holds a whole conversation, as the Slack bot does', async () => {
    const ana = openBrowser();
    expect(await ana.say('hi')).toBe(HELLO);
    expect(await ana.say('im kwame')).toMatch(
      /^Nice to meet you, \*Kwame\*! What would you like to know: .*You have 3 questions/,
    );
    expect(await ana.say('what is your name?')).toBe('My name is *Quillon*. You have 2 questions left.');
    // Small talk gets a short reply and uses up no question.
    expect(await ana.say('thanks!')).toMatch(/^You're welcome! .*2 questions/);
    expect(await ana.say('how old are you')).toBe("I'm 5 years old. You have 1 question left.");
    expect(await ana.say('what do you do for fun?')).toMatch(
      /^My hobby is collecting unusual words\. That was your last question\. Goodbye, \*Kwame\*!/,
    );
    // After the goodbye, thanks keep it closed; the next greeting welcomes Kwame back by name.
    expect(await ana.say('thank you!')).toMatch(/^(You're welcome! 😊|Any time! 😊|No problem! 😊)$/);
    expect(await ana.say('hi')).toBe(
      'New chat, *Kwame*! You have 3 questions left: my name, my age or my hobby.',
    );
  });

  it('gives the transcript back after a reload: the open conversation, else the last one', async () => {
    const ana = openBrowser();
    expect(await ana.transcript()).toEqual([]);
    await ana.say('hi');
    await ana.say('call me Jo');
    const turns = await ana.transcript();
    expect(turns.map((t) => [t.from, t.text])).toEqual([
      ['person', 'hi'],
      ['bot', HELLO],
      ['person', 'call me Jo'],
      ['bot', expect.stringMatching(/^Nice to meet you, \*Jo\*!/)],
    ]);
    expect(turns.every((t) => typeof t.at === 'number' && Object.keys(t).length === 3)).toBe(true);

    await ana.say('name?');
    await ana.say('age?');
    await ana.say('hobby?'); // the third question closes the conversation
    expect((await ana.transcript()).at(-1)?.text).toMatch(/Goodbye, \*Jo\*/);
    await ana.say('hello');
    expect((await ana.transcript()).map((t) => t.text)).toEqual([
      'hello',
      'New chat, *Jo*! You have 3 questions left: my name, my age or my hobby.',
    ]);
  });

  it('keeps what a person typed as text, and escapes it for the bot as Slack does', async () => {
    const ana = openBrowser();
    await ana.say('<!channel> & <b>hi</b>');
    expect((await ana.transcript())[0]?.text).toBe('<!channel> & <b>hi</b>');
    expect(await ana.say('my name is <@U123> Ana')).not.toContain('<@U123>');
  });

  it('treats two browsers as two people', async () => {
    const ana = openBrowser();
    const bo = openBrowser();
    await ana.say('hi');
    await ana.say('my name is Ana');
    expect(await bo.say('hi')).toBe(HELLO);
    expect(await ana.say('status')).toMatch(/^You're \*Ana\*, and you have 3 questions left\./);
    expect(await bo.say('status')).toBe("I'm waiting for your name (or say *skip*).");
    expect(ana.id()).not.toBe(bo.id());
    expect((await bo.transcript()).map((t) => t.text)).not.toContain('my name is Ana');
  });

  it('stores each browser under person:playground:<id>, apart from Slack people', async () => {
    const ana = openBrowser();
    await ana.say('hi');
    const id = ana.id();
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const keys: string[] = [];
    for await (const key of store.keys('person:')) keys.push(key);
    expect(keys).toEqual([`person:playground:${id}`]);
  });

  it('sets the identity cookie HttpOnly and SameSite=Strict, and never trusts a malformed one', async () => {
    const first = await call('/api/conversation');
    const cookie = first.headers.getSetCookie()[0] ?? '';
    expect(cookie).toMatch(
      /^playground_person=[0-9a-f-]{36}; Path=\/; Max-Age=\d+; HttpOnly; SameSite=Strict$/,
    );
    const forged = await call('/api/messages', {
      ...json({ text: 'hi' }),
      headers: { 'Content-Type': 'application/json', Cookie: 'playground_person=T0001:U0001' },
    });
    expect(forged.status).toBe(200);
    expect(forged.headers.getSetCookie()[0]).toMatch(/^playground_person=[0-9a-f-]{36};/);
    const keys: string[] = [];
    for await (const key of store.keys('person:')) keys.push(key);
    expect(keys).toHaveLength(1);
    expect(keys[0]).toMatch(/^person:playground:[0-9a-f-]{36}$/);
  });

  it('runs the commands as in Slack: help, status, restart, stop, forget me', async () => {
    const ana = openBrowser();
    await ana.say('hi');
    await ana.say('Ana');
    await ana.say('how old are you?');
    expect(await ana.say('help')).toMatch(
      /^I'm \*Quillon\*, a small chat bot:.*Say \*restart\* to begin again/s,
    );
    expect(await ana.say('Restart!')).toBe("Let's start over. What's your name?");
    expect((await ana.transcript()).map((t) => t.text)).toEqual([
      'Restart!',
      "Let's start over. What's your name?",
    ]);
    await ana.say('Bea');
    expect(await ana.say('status')).toMatch(/^You're \*Bea\*, and you have 3 questions left\./);
    expect(await ana.say('stop')).toMatch(/^Okay, let's stop here\. Goodbye, \*Bea\*!/);
    expect(await ana.say('forget me')).toMatch(/^Should I delete everything/);
    expect(await ana.say('yes')).toMatch(/^Done: I've deleted everything/);
    expect(await ana.transcript()).toEqual([]);
  });

  it('answers a message sent twice (same id) once, and repeats the same reply', async () => {
    const ana = openBrowser();
    const id = '6f1c1f0e-8a4b-4c1d-9e2f-1a2b3c4d5e6f';
    const first = await ana.post({ text: 'hi', id });
    const again = await ana.post({ text: 'hi', id });
    expect(first.status).toBe(200);
    expect(again.status).toBe(200);
    expect(again.body.reply).toBe(first.body.reply);
    expect(again.body.duplicate).toBe(true);
    expect(await ana.transcript()).toHaveLength(2);
  });
});

describe('quick replies', () => {
  /** A browser that has said hi and given its name: greeted, with three questions left. */
  async function greeted() {
    const ana = openBrowser();
    await ana.say('hi');
    await ana.say('im Ana');
    return ana;
  }

  it('says with each reply whether it offers the three questions, and so does a reload', async () => {
    const ana = openBrowser();
    const hi = await ana.post({ text: 'hi' });
    expect(hi.body).toEqual({ reply: HELLO, at: expect.any(Number), questions: false });
    expect((await ana.get('/api/conversation')).body.questions).toBe(false);
    const named = await ana.post({ text: 'im Ana' });
    expect(named.body.reply).toMatch(/^Nice to meet you, \*Ana\*!/);
    expect(named.body.questions).toBe(true);
    expect((await ana.get('/api/conversation')).body.questions).toBe(true);
    expect((await ana.post({ text: 'thanks' })).body.questions).toBe(true); // small talk: still 3 left
    await ana.say('name?');
    await ana.say('age?');
    const last = await ana.post({ text: 'hobby?' });
    expect(last.body.reply).toMatch(/That was your last question\. Goodbye, \*Ana\*!/);
    expect(last.body.questions).toBe(false);
    expect((await ana.get('/api/conversation')).body.questions).toBe(false);
  });

  it('answers a click as the question, counted like a typed one, until the last', async () => {
    const ana = await greeted();
    const age = await ana.click('age', 'm1');
    expect(age.status).toBe(200);
    expect(age.body).toEqual({
      reply: "I'm 5 years old. You have 2 questions left.",
      at: expect.any(Number),
      questions: true,
    });
    // The question is the person's turn in the transcript, as if typed.
    expect((await ana.transcript()).slice(-2).map((t) => [t.from, t.text])).toEqual([
      ['person', 'How old are you?'],
      ['bot', "I'm 5 years old. You have 2 questions left."],
    ]);
    expect((await ana.click('name', 'm2')).body.reply).toBe(
      'My name is *Quillon*. You have 1 question left.',
    );
    const hobby = await ana.click('hobby', 'm3');
    expect(hobby.body.reply).toMatch(
      /^My hobby is collecting unusual words\. That was your last question\. Goodbye, \*Ana\*!/,
    );
    expect(hobby.body.questions).toBe(false);
  });

  it('counts a typed question and a clicked one alike', async () => {
    const ana = await greeted();
    await ana.say('what is your name?');
    expect((await ana.click('hobby', 'm1')).body.reply).toBe(
      'My hobby is collecting unusual words. You have 1 question left.',
    );
    expect(await ana.say('status')).toMatch(/^You're \*Ana\*, and you have 1 question left\./);
  });

  it('answers the same click twice once, also when both arrive together', async () => {
    const ana = await greeted();
    const first = await ana.click('age', 'm1');
    const again = await ana.click('age', 'm1');
    expect(first.body.reply).toBe("I'm 5 years old. You have 2 questions left.");
    expect(again.status).toBe(200);
    expect(again.body).toEqual({ duplicate: true });
    // Another button on the same message is the same message: it was answered.
    expect((await ana.click('name', 'm1')).body).toEqual({ duplicate: true });

    const both = await Promise.all([ana.click('name', 'm2'), ana.click('name', 'm2')]);
    expect(both.map((r) => r.status)).toEqual([200, 200]);
    expect(both.filter((r) => r.body.duplicate === true)).toHaveLength(1);
    expect(both.find((r) => r.body.duplicate === undefined)?.body.reply).toBe(
      'My name is *Quillon*. You have 1 question left.',
    );
    expect(await ana.say('status')).toMatch(/^You're \*Ana\*, and you have 1 question left\./);
    const asked = (await ana.transcript()).filter((t) => t.from === 'person' && t.text.endsWith('?'));
    expect(asked.map((t) => t.text)).toEqual(['How old are you?', "What's your name?"]);
  });

  it("keeps one browser's clicks apart from another's, even on a message id they share", async () => {
    const ana = await greeted();
    const bo = await greeted();
    expect((await ana.click('age', 'm1')).body.reply).toMatch(/2 questions left/);
    expect((await bo.click('age', 'm1')).body.reply).toMatch(/2 questions left/);
  });

  it('repeats whether the reply offered the questions when a message is sent twice', async () => {
    const ana = openBrowser();
    await ana.say('hi');
    const id = '6f1c1f0e-8a4b-4c1d-9e2f-1a2b3c4d5e6f';
    expect((await ana.post({ text: 'im Ana', id })).body.questions).toBe(true);
    expect((await ana.post({ text: 'im Ana', id })).body).toMatchObject({ duplicate: true, questions: true });
    await ana.say('how old are you?');
    // No longer the newest reply: its buttons are gone.
    expect((await ana.post({ text: 'im Ana', id })).body).toMatchObject({
      duplicate: true,
      questions: false,
    });
  });

  it.each([
    [
      'an intent that is not one of the three',
      { intent: 'weather', messageId: 'm1' },
      /"intent" must be one of/,
    ],
    ['the intent "other"', { intent: 'other', messageId: 'm1' }, /"intent" must be one of/],
    ['no intent', { messageId: 'm1' }, /"intent" must be one of "name", "age", "hobby"/],
    ['no message id', { intent: 'age' }, /"messageId" must name the message/],
    ['an empty message id', { intent: 'age', messageId: '' }, /"messageId"/],
    ['a message id that is too long', { intent: 'age', messageId: 'm'.repeat(101) }, /up to 100/],
    ['a message id with a separator', { intent: 'age', messageId: 'a:b' }, /"messageId"/],
    ['a message id that is not a string', { intent: 'age', messageId: 7 }, /"messageId"/],
    ['a JSON array', ['age'], /JSON object/],
  ])('refuses %s with a 400, and counts nothing', async (_name, body, error) => {
    const ana = await greeted();
    const bad = await ana.postClick(body);
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatch(error);
    expect(await ana.say('status')).toMatch(/^You're \*Ana\*, and you have 3 questions left\./);
  });

  it('answers 503 with the apology when the store fails, and the click can be tried again', async () => {
    const ana = await greeted();
    storeBroken = true;
    const failed = await ana.click('age', 'm1');
    expect(failed.status).toBe(503);
    expect(failed.body.error).toBe(STORAGE_APOLOGY);
    storeBroken = false;
    expect((await ana.click('age', 'm1')).body.reply).toBe("I'm 5 years old. You have 2 questions left.");
  });
});

describe('bad requests get a clear error, and the server carries on', () => {
  const big = (n: number) => 'a'.repeat(n);
  it.each([
    ['empty text', json({ text: '' }), 400, 'Type a message first.'],
    ['whitespace only', json({ text: ' \n\t ' }), 400, 'Type a message first.'],
    ['text over 4,000 characters', json({ text: big(4001) }), 413, /too long: 4,001 characters.*4,000/],
    ['a body over 16 KB', json({ text: big(17_000) }), 413, /larger than 16 KB/],
    ['a body over 1 MB (not read at all)', json({ text: big(2_000_000) }), 413, /larger than 16 KB/],
    ['malformed JSON', json('{"text": "hi"'), 400, /must be JSON/],
    ['a JSON array', json('["hi"]'), 400, /JSON object/],
    ['text that is not a string', json({ text: 42 }), 400, /"text" must be a string/],
    ['no text at all', json({ message: 'hi' }), 400, /"text" must be a string/],
    ['a message id that is not a UUID', json({ text: 'hi', id: 'x' }), 400, /"id" must be a UUID/],
    [
      'a body that is not JSON',
      { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: 'hi' },
      415,
      /Content-Type: application\/json/,
    ],
  ])('%s', async (_name, init, status, error) => {
    const reply = await call('/api/messages', init as RequestInit);
    expect(reply.status).toBe(status);
    if (typeof error === 'string') expect(reply.body.error).toBe(error);
    else expect(reply.body.error).toMatch(error);
    expect((await call('/healthz')).status).toBe(200);
  });

  it('accepts exactly 4,000 characters', async () => {
    expect((await call('/api/messages', json({ text: `what is your name ${big(3982)}` }))).status).toBe(200);
  });

  it.each([
    ['GET', '/api/messages', 405, 'POST'],
    ['GET', '/api/clicks', 405, 'POST'],
    ['PUT', '/api/messages', 405, 'POST'],
    ['POST', '/', 405, 'GET, HEAD'],
    ['DELETE', '/api/conversation', 405, 'GET, HEAD'],
    ['GET', '/nope', 404, null],
    ['GET', '/api/messages/../../etc/passwd', 404, null],
  ])('%s %s -> %i', async (method, path, status, allow) => {
    const reply = await call(path, { method });
    expect(reply.status).toBe(status);
    expect(reply.body.error).toEqual(expect.any(String));
    expect(reply.headers.get('allow')).toBe(allow);
  });

  it('refuses a body over 16 KB sent in chunks, without a length up front', async () => {
    const { port } = server.address() as AddressInfo;
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(
        {
          port,
          host: '127.0.0.1',
          method: 'POST',
          path: '/api/messages',
          headers: { 'Content-Type': 'application/json' },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      req.write(`{"text": "${big(10_000)}`);
      req.end(`${big(10_000)}"}`);
    });
    expect(status).toBe(413);
    expect((await call('/healthz')).status).toBe(200);
  });

  it('refuses requests addressed to another host name (DNS rebinding)', async () => {
    const { port } = server.address() as AddressInfo;
    const status = await new Promise<number>((resolve, reject) => {
      request(
        { port, host: '127.0.0.1', path: '/api/conversation', headers: { Host: 'evil.example:80' } },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      )
        .on('error', reject)
        .end();
    });
    expect(status).toBe(403);
    expect((await call('/healthz', { headers: { Host: `localhost:${port}` } })).status).toBe(200);
  });

  it('survives bytes that are not HTTP at all', async () => {
    const { port } = server.address() as AddressInfo;
    const answer = await new Promise<string>((resolve) => {
      const socket = connect(port, '127.0.0.1', () => socket.end('\u0000\u0001 not http\r\n\r\n'));
      let data = '';
      socket.on('data', (chunk) => {
        data += chunk.toString();
      });
      socket.on('close', () => resolve(data));
    });
    expect(answer).toMatch(/^HTTP\/1\.1 400/);
    expect((await call('/healthz')).status).toBe(200);
  });
});

describe('storage failures', () => {
  it('answer 503 with the apology, and the health check says so', async () => {
    const ana = openBrowser();
    await ana.say('hi');
    storeBroken = true;
    const reply = await ana.post({ text: 'Ana' });
    expect(reply.status).toBe(503);
    expect(reply.body.error).toBe(STORAGE_APOLOGY);
    expect((await ana.get('/api/conversation')).status).toBe(503);
    expect((await call('/healthz')).status).toBe(503);
    storeBroken = false;
    expect(await ana.say('Ana')).toMatch(/Nice to meet you, \*Ana\*/);
  });
});
