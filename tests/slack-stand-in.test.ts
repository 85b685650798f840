// Proves the Slack stand-in against the official client (@slack/bolt 5 with @slack/socket-mode and
// @slack/web-api), not against itself: if Bolt can start, receive, ack and reply through it, the
// stand-in speaks the protocol the bot will meet in production.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from '@jest/globals';
import { App, type Logger, LogLevel, webApi } from '@slack/bolt';
import {
  dmChannelIdFor,
  dmMessage,
  type FakeSlack,
  fileShare,
  messageChanged,
  ownBotEcho,
  startFakeSlack,
} from '../slack-stand-in';

type RetryConfig = { retries: number; factor?: number; minTimeout?: number };

/** For tests that provoke errors the client logs at ERROR level by design (a dropped socket). */
const silentLogger: Logger = {
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
  setLevel: () => undefined,
  getLevel: () => LogLevel.ERROR,
  setName: () => undefined,
};

const cleanups: Array<() => Promise<void>> = [];

afterEach(async () => {
  // Reverse order: apps stop (and their sockets close) before the stand-in goes away.
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function fakeSlack(options: Parameters<typeof startFakeSlack>[0] = {}): Promise<FakeSlack> {
  const fake = await startFakeSlack(options);
  cleanups.push(() => fake.close());
  return fake;
}

interface SeenMessage {
  ts: string;
  retryNum: number | undefined;
}

/** A real Bolt App in Socket Mode that answers every message with "echo" in its thread. */
async function startSocketModeApp(
  fake: FakeSlack,
  retryConfig: RetryConfig = { retries: 0 },
  logger?: Logger,
): Promise<{ app: App; seen: SeenMessage[] }> {
  const app = new App({
    token: fake.botToken,
    appToken: fake.appToken,
    socketMode: true,
    convoStore: false,
    ...(logger === undefined ? { logLevel: LogLevel.ERROR } : { logger }),
    clientOptions: { slackApiUrl: fake.apiUrl, retryConfig },
  });
  const seen: SeenMessage[] = [];
  app.message(async ({ message, say, context }) => {
    const { ts } = message as { ts: string };
    seen.push({ ts, retryNum: context.retryNum });
    await say({ text: 'echo', thread_ts: ts });
  });
  await app.start();
  cleanups.push(async () => {
    await app.stop();
    // app.stop() returns before the socket has closed (bolt-js PR #3042): wait for it here.
    await fake.waitForSocketConnections(0, 10_000);
  });
  return { app, seen };
}

/** A real Bolt App in HTTP mode on a free port; returns its Request URL. */
async function startHttpApp(fake: FakeSlack): Promise<{ url: string; seen: SeenMessage[] }> {
  const app = new App({
    token: fake.botToken,
    signingSecret: fake.signingSecret,
    convoStore: false,
    logLevel: LogLevel.ERROR,
    clientOptions: { slackApiUrl: fake.apiUrl, retryConfig: { retries: 0 } },
  });
  const seen: SeenMessage[] = [];
  app.message(async ({ message, say, context }) => {
    const { ts } = message as { ts: string };
    seen.push({ ts, retryNum: context.retryNum });
    await say({ text: 'echo', thread_ts: ts });
  });
  // Listening on port 0 picks a free port without a find-then-bind race.
  const server = (await app.start({ port: 0, host: '127.0.0.1' })) as Server;
  cleanups.push(async () => {
    await app.stop();
  });
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`, seen };
}

describe('fake Slack with a real Bolt App in Socket Mode', () => {
  it('connects with the app token, delivers a DM, receives the ack and records the threaded reply', async () => {
    const fake = await fakeSlack();
    await startSocketModeApp(fake);

    expect(fake.calls('apps.connections.open').map((c) => c.tokenKind)).toEqual(['app']);
    expect(fake.calls('auth.test').length).toBeGreaterThan(0);
    expect(fake.calls('auth.test').every((c) => c.tokenKind === 'bot')).toBe(true);
    expect(fake.socketConnectionCount()).toBe(1);

    const event = dmMessage({ user: 'U0USER001', text: 'hello there' });
    const sent = fake.sendEvent(event);
    const ack = await sent.acked;
    const [post] = await fake.waitForPosts(1);

    // Bolt's plain ack() for an event: {"envelope_id":"…","payload":{}}.
    expect(ack).toMatchObject({ envelopeId: sent.envelopeId, payload: {} });
    expect(post).toMatchObject({ channel: event.channel, thread_ts: event.ts, text: 'echo' });
    expect(post?.ts.localeCompare(event.ts)).toBe(1);
    expect(fake.calls('chat.postMessage')[0]?.tokenKind).toBe('bot');
    // Bolt acks an Events API envelope before any listener runs, so the ack precedes the reply.
    expect(ack.receivedAt).toBeLessThanOrEqual(fake.calls('chat.postMessage')[0]?.at ?? 0);
    expect(fake.unackedEnvelopes()).toEqual([]);
    expect(fake.unexpectedFrames()).toEqual([]);
  }, 20_000);

  it('reconnects after a refresh_requested disconnect and keeps answering', async () => {
    const fake = await fakeSlack();
    await startSocketModeApp(fake);

    const closed = await fake.sendDisconnect('refresh_requested');
    expect(closed.code).toBe(1000);
    const closedAt = Date.now();
    await fake.waitForCalls('apps.connections.open', 2, { timeoutMs: 15_000 });
    await fake.waitForSocketConnections(1, 15_000);
    const [, second] = fake.socketConnections();
    // The official client waits clientPingTimeout (5 s) after the close before reconnecting.
    expect((second?.openedAt ?? 0) - closedAt).toBeGreaterThanOrEqual(4_000);

    const event = dmMessage({ user: 'U0USER002', text: 'still there?' });
    fake.sendEvent(event);
    const [post] = await fake.waitForPosts(1);
    expect(post).toMatchObject({ thread_ts: event.ts, postedChannel: dmChannelIdFor('U0USER002') });
  }, 20_000);

  it('reconnects after the TCP connection drops without a close frame', async () => {
    const fake = await fakeSlack();
    await startSocketModeApp(fake, { retries: 0 }, silentLogger);

    const closed = await fake.dropConnection(0);
    expect(closed.code).toBe(1006);
    await fake.waitForSocketConnections(1, 15_000);
    expect(fake.calls('apps.connections.open')).toHaveLength(2);

    const event = dmMessage({ user: 'U0USER001', text: 'back?' });
    await fake.sendEvent(event).acked;
    await fake.waitForPosts(1);
  }, 20_000);

  it('lets the client retry chat.postMessage after a 429 with Retry-After', async () => {
    const fake = await fakeSlack();
    // The 429 retry runs through p-retry, so it needs retries >= 1 (see the retries: 0 case below).
    await startSocketModeApp(fake, { retries: 1, factor: 1, minTimeout: 100 });
    fake.failNext('chat.postMessage', { status: 429, retryAfterSeconds: 1 });

    fake.sendEvent(dmMessage({ user: 'U0USER001', text: 'hi' }));
    await fake.waitForPosts(1, { timeoutMs: 10_000 });

    const [limited, retried] = fake.calls('chat.postMessage');
    expect(limited?.response).toEqual({ status: 429, ok: false, error: 'ratelimited' });
    expect(retried?.response).toEqual({ status: 200, ok: true });
    expect((retried?.at ?? 0) - (limited?.at ?? 0)).toBeGreaterThanOrEqual(950);
  }, 20_000);

  it('shows that retryConfig { retries: 0 } also gives up on a 429 (after waiting Retry-After)', async () => {
    const fake = await fakeSlack();
    const client = new webApi.WebClient(fake.botToken, {
      slackApiUrl: fake.apiUrl,
      retryConfig: { retries: 0 },
      logLevel: webApi.LogLevel.ERROR,
    });
    fake.failNext('chat.postMessage', { status: 429, retryAfterSeconds: 1 });

    await expect(client.chat.postMessage({ channel: 'U0USER001', text: 'hi' })).rejects.toThrow(/rate limit/);
    expect(fake.calls('chat.postMessage')).toHaveLength(1);
    expect(fake.posts).toHaveLength(0);
  }, 20_000);

  it('redelivers an event with retry_attempt and retry_reason, visible as context.retryNum', async () => {
    const fake = await fakeSlack();
    const { seen } = await startSocketModeApp(fake);

    const first = fake.sendEvent(dmMessage({ user: 'U0USER001', text: 'once' }));
    await fake.waitForPosts(1);
    const retry = fake.redeliver(first, 1);
    await retry.acked;
    await fake.waitForPosts(2);

    expect(retry.eventId).toBe(first.eventId);
    expect(retry.envelopeId).not.toBe(first.envelopeId);
    expect(retry.envelope).toMatchObject({ retry_attempt: 1, retry_reason: 'timeout' });
    // Bolt does not de-duplicate: both deliveries reach the listener.
    expect(seen.map((s) => s.retryNum)).toEqual([0, 1]);
  }, 20_000);

  it("delivers the bot's own post back when echoOwnPosts is on, and Bolt's ignoreSelf drops it", async () => {
    const fake = await fakeSlack({ echoOwnPosts: true });
    const { seen } = await startSocketModeApp(fake);

    fake.sendEvent(dmMessage({ user: 'U0USER001', text: 'hi' }));
    await fake.waitForPosts(1);
    await fake.waitForAcks(2);

    expect(seen).toHaveLength(1);
    expect(fake.posts).toHaveLength(1);
  }, 20_000);

  it('delivers edits and file shares as real-shaped message subtypes', async () => {
    const fake = await fakeSlack();
    const app = new App({
      token: fake.botToken,
      appToken: fake.appToken,
      socketMode: true,
      convoStore: false,
      logLevel: LogLevel.ERROR,
      clientOptions: { slackApiUrl: fake.apiUrl, retryConfig: { retries: 0 } },
    });
    const subtypes: Array<string | undefined> = [];
    app.message(async ({ message }) => {
      subtypes.push(message.subtype);
    });
    await app.start();
    cleanups.push(async () => {
      await app.stop();
      await fake.waitForSocketConnections(0, 10_000);
    });

    await fake.sendEvent(
      messageChanged({ user: 'U0USER001', text: 'new', previousText: 'old', ts: '1700000000.000100' }),
    ).acked;
    await fake.sendEvent(fileShare({ user: 'U0USER001', text: 'look' })).acked;
    await fake.sendEvent(ownBotEcho({ channel: dmChannelIdFor('U0USER001'), text: 'mine' })).acked;

    // ignoreSelf drops the own echo (user === our bot user id) before listeners run.
    expect(subtypes).toEqual(['message_changed', 'file_share']);
  }, 20_000);
});

describe('fake Slack Web API with the official WebClient', () => {
  it('answers token, argument and unknown-method errors as Slack does', async () => {
    const fake = await fakeSlack();
    const options = {
      slackApiUrl: fake.apiUrl,
      retryConfig: { retries: 0 },
      logLevel: webApi.LogLevel.ERROR,
    };
    const bot = new webApi.WebClient(fake.botToken, options);
    const wrong = new webApi.WebClient('xoxb-1-2-notours', options);

    await expect(bot.apps.connections.open({})).rejects.toMatchObject({
      data: { error: 'not_allowed_token_type' },
    });
    await expect(wrong.auth.test()).rejects.toMatchObject({ data: { error: 'invalid_auth' } });
    await expect(bot.chat.postMessage({ channel: 'D0NOPE', text: '' })).rejects.toMatchObject({
      data: { error: 'no_text' },
    });
    await expect(bot.chat.postMessage({ channel: 'nope', text: 'x' })).rejects.toMatchObject({
      data: { error: 'channel_not_found' },
    });
    await expect(bot.apiCall('reactions.add', { name: 'eyes' })).rejects.toMatchObject({
      data: { error: 'unknown_method' },
    });
    await expect(bot.auth.test()).resolves.toMatchObject({
      ok: true,
      team_id: fake.teamId,
      user_id: fake.botUserId,
      bot_id: fake.botId,
    });
    expect(JSON.stringify(fake.calls())).not.toContain(fake.botToken);
  });

  it('posts to a user id in the DM, opens DMs, publishes Home views, updates messages and injects faults', async () => {
    const fake = await fakeSlack({ users: { U0USER001: { realName: 'Ana Lima' } } });
    const bot = new webApi.WebClient(fake.botToken, {
      slackApiUrl: fake.apiUrl,
      retryConfig: { retries: 0 },
      logLevel: webApi.LogLevel.ERROR,
    });

    const opened = await bot.conversations.open({ users: 'U0USER001' });
    expect(opened.channel?.id).toBe(dmChannelIdFor('U0USER001'));
    const posted = await bot.chat.postMessage({
      channel: 'U0USER001',
      text: 'hi',
      blocks: [{ type: 'section', text: { type: 'mrkdwn', text: 'hi' } }],
      metadata: { event_type: 'qa_session', event_payload: { step: 1 } },
    });
    expect(posted).toMatchObject({ ok: true, channel: opened.channel?.id, message: { bot_id: fake.botId } });
    expect(fake.posts[0]).toMatchObject({
      channel: 'U0USER001',
      postedChannel: opened.channel?.id,
      blocks: [{ type: 'section' }],
      metadata: { event_type: 'qa_session' },
    });
    await bot.chat.update({ channel: posted.channel ?? '', ts: posted.ts ?? '', text: 'edited' });
    expect(fake.updates[0]).toMatchObject({ ts: posted.ts, text: 'edited' });
    await bot.views.publish({ user_id: 'U0USER001', view: { type: 'home', blocks: [] } });
    expect(fake.views[0]?.user_id).toBe('U0USER001');
    const info = await bot.users.info({ user: 'U0USER001' });
    expect(info.user?.real_name).toBe('Ana Lima');

    fake.failNext('chat.postMessage', { error: 'not_in_channel' });
    await expect(bot.chat.postMessage({ channel: 'C0CHAN001', text: 'x' })).rejects.toMatchObject({
      data: { error: 'not_in_channel' },
    });
    fake.failNext('chat.postMessage', { status: 503 });
    await expect(bot.chat.postMessage({ channel: 'C0CHAN001', text: 'x' })).rejects.toMatchObject({
      code: webApi.ErrorCode.HTTPError,
      statusCode: 503,
    });
    fake.failNext('auth.test', { delayMs: 300 });
    const started = Date.now();
    await bot.auth.test();
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
    await expect(fake.waitForPosts(5, { timeoutMs: 50 })).rejects.toThrow(/#1 channel=D\w+ text="hi"/);
  });
});

describe('fake Slack HTTP-mode delivery to a real Bolt App', () => {
  it('gets a validly signed event answered, and retry headers reach context.retryNum', async () => {
    const fake = await fakeSlack();
    const { url, seen } = await startHttpApp(fake);

    const event = dmMessage({ user: 'U0USER001', text: 'over http' });
    const result = await fake.postEvent(url, event);
    expect(result.status).toBe(200);
    const [post] = await fake.waitForPosts(1);
    expect(post).toMatchObject({ thread_ts: event.ts, text: 'echo' });

    const retried = await fake.postEvent(url, event, {
      eventId: result.eventId,
      retryNum: 1,
      retryReason: 'http_timeout',
    });
    expect(retried.status).toBe(200);
    await fake.waitForPosts(2);
    expect(seen.map((s) => s.retryNum)).toEqual([undefined, 1]);
  }, 20_000);

  it('rejects a bad signature, a missing signature and a stale timestamp with 401', async () => {
    const fake = await fakeSlack();
    const { url, seen } = await startHttpApp(fake);
    const event = dmMessage({ user: 'U0USER001', text: 'forged' });

    expect((await fake.postEvent(url, event, { signature: 'bad' })).status).toBe(401);
    expect((await fake.postEvent(url, event, { signature: 'missing' })).status).toBe(401);
    expect((await fake.postEvent(url, event, { timestampOffsetSeconds: -600 })).status).toBe(401);
    expect(seen).toEqual([]);
    expect(fake.calls('chat.postMessage')).toEqual([]);
  }, 20_000);

  it('answers the url_verification challenge', async () => {
    const fake = await fakeSlack();
    const { url } = await startHttpApp(fake);

    const response = await fake.postUrlVerification(url);
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toEqual({ challenge: response.challenge });
  }, 20_000);
});
