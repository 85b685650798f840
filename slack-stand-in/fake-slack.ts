// The local stand-in for Slack: one 127.0.0.1 port serving the Web API (`/api/<method>`) and the Socket
// Mode WebSocket (`/link/`), plus signed HTTP-mode delivery to an app's Request URL. The bot reaches it
// through SLACK_API_URL = `apiUrl`; apps.connections.open then hands out a ws:// URL on the same port.
import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  buildEventCallback,
  buildEventsApiEnvelope,
  type EventCallbackBody,
  type EventsApiEnvelope,
} from './envelopes';
import { ownBotEcho, type SlackEvent } from './events';
import type {
  FakeSlack,
  FakeSlackOptions,
  HttpEventResult,
  PostEventOptions,
  SendEventOptions,
  SentEvent,
  WaitForPostsOptions,
  WaitOptions,
} from './fake-slack-api';
import { type Fault, FaultPlan } from './faults';
import type { JsonObject } from './fixtures';
import { type HttpDeliveryResponse, postSigned, type SignedPostOptions } from './http-delivery';
import { interactiveFrame, type MessageButtonClick, messageButtonClickPayload } from './interactive';
import {
  type ApiCallRecord,
  describeCalls,
  describePosts,
  type PostRecord,
  Records,
  type TokenKind,
  type UpdateRecord,
  type ViewPublishRecord,
} from './records';
import {
  DEFAULT_APP_ID,
  DEFAULT_BOT_ID,
  DEFAULT_BOT_NAME,
  DEFAULT_BOT_USER_ID,
  DEFAULT_TEAM_DOMAIN,
  DEFAULT_TEAM_ID,
  DEFAULT_TEAM_NAME,
  makeAppToken,
  makeBotToken,
  makeEventId,
  makeSigningSecret,
  makeVerificationToken,
} from './slack-ids';
import {
  type AckRecord,
  FakeSocketModeServer,
  type SocketCloseInfo,
  type SocketConnectionInfo,
} from './socket-mode-server';
import { ChangeNotifier } from './wait-for';
import type { FakeIdentityDetails, FakeUserProfile, WebApiState } from './web-api-methods';
import { handleWebApiRequest } from './web-api-server';

const DEFAULT_TIMEOUT_MS = 5000;

class FakeSlackServer implements FakeSlack {
  readonly teamId: string;
  readonly botUserId: string;
  readonly botId: string;
  readonly appId: string;
  readonly botToken: string;
  readonly appToken: string;
  readonly signingSecret: string;
  readonly verificationToken = makeVerificationToken();
  port = 0;
  apiUrl = '';

  private readonly identity: FakeIdentityDetails;
  private readonly records = new Records();
  private readonly faults = new FaultPlan();
  private readonly notifier = new ChangeNotifier();
  private readonly socket: FakeSocketModeServer;
  private readonly state: WebApiState;
  private readonly server: Server;
  private closing: Promise<void> | undefined;

  constructor(options: FakeSlackOptions) {
    this.teamId = options.teamId ?? DEFAULT_TEAM_ID;
    this.botUserId = options.botUserId ?? DEFAULT_BOT_USER_ID;
    this.botId = options.botId ?? DEFAULT_BOT_ID;
    this.appId = options.appId ?? DEFAULT_APP_ID;
    this.botToken = options.botToken ?? makeBotToken();
    this.appToken = options.appToken ?? makeAppToken(this.appId);
    this.signingSecret = options.signingSecret ?? makeSigningSecret();
    this.identity = {
      teamId: this.teamId,
      botUserId: this.botUserId,
      botId: this.botId,
      appId: this.appId,
      verificationToken: this.verificationToken,
      teamName: options.teamName ?? DEFAULT_TEAM_NAME,
      teamDomain: options.teamDomain ?? DEFAULT_TEAM_DOMAIN,
      botName: options.botName ?? DEFAULT_BOT_NAME,
    };
    this.socket = new FakeSocketModeServer(this.appId, this.notifier);
    const echo = options.echoOwnPosts === true;
    this.state = {
      identity: this.identity,
      records: this.records,
      openDms: new Set(),
      messages: new Set(),
      users: new Map(Object.entries(options.users ?? {})),
      issueSocketUrl: () => this.socket.issueUrl(this.port),
      onPosted: (post) => {
        if (echo) setImmediate(() => this.echo(post));
      },
    };
    this.server = createServer((req, res) => {
      const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
      if (!path.startsWith('/api/')) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('fake Slack: not found');
        return;
      }
      const rawMethod = path.slice('/api/'.length);
      let method = rawMethod;
      try {
        method = decodeURIComponent(rawMethod);
      } catch {
        // A malformed escape is just an unknown method, as on slack.com.
      }
      handleWebApiRequest(req, res, method, {
        state: this.state,
        faults: this.faults,
        notifier: this.notifier,
        tokenKindOf: (token) => this.tokenKindOf(token),
      }).catch((error: unknown) => {
        if (!res.headersSent) res.writeHead(500).end(`fake Slack internal error: ${String(error)}`);
      });
    });
    this.server.on('upgrade', (req, socket, head) => this.socket.handleUpgrade(req, socket, head));
  }

  async listen(): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(0, '127.0.0.1', () => resolve());
    });
    this.port = (this.server.address() as AddressInfo).port;
    this.apiUrl = `http://127.0.0.1:${this.port}/api/`;
  }

  private tokenKindOf(token: string | undefined): TokenKind {
    if (token === undefined || token === '') return 'none';
    if (token === this.botToken) return 'bot';
    if (token === this.appToken) return 'app';
    return 'unknown';
  }

  private echo(post: PostRecord): void {
    if (this.socket.openConnections().length === 0) return;
    this.sendEvent(
      ownBotEcho({
        text: post.text ?? '',
        channel: post.postedChannel,
        ts: post.ts,
        ...(post.thread_ts === undefined ? {} : { threadTs: post.thread_ts }),
        ...(Array.isArray(post.blocks) ? { blocks: post.blocks as JsonObject[] } : {}),
        botUserId: this.botUserId,
        botId: this.botId,
        appId: this.appId,
        team: this.teamId,
        botName: this.identity.botName,
      }),
    );
  }

  get posts(): readonly PostRecord[] {
    return this.records.posts;
  }

  get updates(): readonly UpdateRecord[] {
    return this.records.updates;
  }

  get views(): readonly ViewPublishRecord[] {
    return this.records.views;
  }

  calls(method?: string): ApiCallRecord[] {
    return this.records.calls.filter((c) => method === undefined || c.method === method);
  }

  private situation(): string {
    const open = this.socket.openConnections().length;
    const unacked = this.socket.unackedEnvelopes().length;
    return [
      'Posts so far:',
      describePosts(this.records.posts),
      'Web API calls so far:',
      describeCalls(this.records.calls),
      `Socket Mode: ${open} open connection(s), ${unacked} unacked envelope(s).`,
    ].join('\n');
  }

  waitForPosts(count: number, options: WaitForPostsOptions = {}): Promise<PostRecord[]> {
    const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const filter = options.filter ?? (() => true);
    const matching = (): PostRecord[] => this.records.posts.filter(filter);
    return this.notifier.waitFor(
      () => {
        const found = matching();
        return found.length >= count ? found : undefined;
      },
      timeoutMs,
      () =>
        `fake Slack: timed out after ${timeoutMs} ms waiting for ${count} chat.postMessage post(s)` +
        `${options.filter === undefined ? '' : ' matching the filter'}; got ${matching().length}.\n${this.situation()}`,
    );
  }

  waitForCalls(method: string, count: number, options: WaitOptions = {}): Promise<ApiCallRecord[]> {
    const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    return this.notifier.waitFor(
      () => {
        const found = this.calls(method);
        return found.length >= count ? found : undefined;
      },
      timeoutMs,
      () =>
        `fake Slack: timed out after ${timeoutMs} ms waiting for ${count} ${method} call(s); ` +
        `got ${this.calls(method).length}.\n${this.situation()}`,
    );
  }

  failNext(method: string, fault: Fault, times = 1): void {
    this.faults.failNext(method, fault, times);
  }

  setLatency(method: string, ms: number): void {
    this.faults.setLatency(method, ms);
  }

  clearFaults(): void {
    this.faults.clear();
  }

  setUser(userId: string, profile: FakeUserProfile): void {
    this.state.users.set(userId, profile);
  }

  socketConnectionCount(): number {
    return this.socket.openConnections().length;
  }

  socketConnections(): SocketConnectionInfo[] {
    return this.socket.allConnections();
  }

  waitForSocketConnections(n: number, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<SocketConnectionInfo[]> {
    return this.notifier.waitFor(
      () => {
        const open = this.socket.openConnections();
        return open.length === n && open.every((c) => c.ready) ? open : undefined;
      },
      timeoutMs,
      () =>
        `fake Slack: timed out after ${timeoutMs} ms waiting for ${n} open Socket Mode connection(s); ` +
        `${this.socketConnectionCount()} open, ${this.socket.allConnections().length} ever accepted, ` +
        `${this.calls('apps.connections.open').length} apps.connections.open call(s).\n${this.situation()}`,
    );
  }

  eventCallback(event: SlackEvent, eventId: string = makeEventId()): EventCallbackBody {
    return buildEventCallback(this.identity, event, eventId);
  }

  sendEvent(event: SlackEvent, options: SendEventOptions = {}): SentEvent {
    const payload = this.eventCallback(event, options.eventId);
    const envelope = buildEventsApiEnvelope(payload, {
      ...(options.envelopeId === undefined ? {} : { envelopeId: options.envelopeId }),
      ...(options.retryAttempt === undefined ? {} : { retryAttempt: options.retryAttempt }),
      ...(options.retryReason === undefined ? {} : { retryReason: options.retryReason }),
    });
    return this.sendEnvelope(envelope, options.connection);
  }

  private sendEnvelope(envelope: EventsApiEnvelope, connection: number | undefined): SentEvent {
    const { connectionId, acked } = this.socket.sendEnvelope(envelope, connection);
    return {
      envelopeId: envelope.envelope_id,
      eventId: envelope.payload.event_id,
      connectionId,
      sentAt: Date.now(),
      envelope,
      acked,
    };
  }

  redeliver(
    sent: SentEvent | EventsApiEnvelope,
    retryAttempt: number,
    options: SendEventOptions = {},
  ): SentEvent {
    const original = 'envelope' in sent ? sent.envelope : sent;
    const envelope = buildEventsApiEnvelope(structuredClone(original.payload), {
      ...(options.envelopeId === undefined ? {} : { envelopeId: options.envelopeId }),
      retryAttempt,
      retryReason: options.retryReason ?? 'timeout',
    });
    return this.sendEnvelope(envelope, options.connection);
  }

  sendRawFrame(text: string, connection?: number): void {
    this.socket.sendRaw(text, connection);
  }

  sendDisconnect(reason = 'refresh_requested', connection?: number): Promise<SocketCloseInfo> {
    return this.socket.sendDisconnect(reason, connection);
  }

  dropConnection(index: number): Promise<SocketCloseInfo> {
    return this.socket.dropConnection(index);
  }

  unackedEnvelopes(): EventsApiEnvelope[] {
    return this.socket.unackedEnvelopes();
  }

  acks(): AckRecord[] {
    return this.socket.ackRecords();
  }

  unexpectedFrames(): Array<{ connectionId: number; text: string }> {
    return this.socket.unexpectedFrames();
  }

  waitForAcks(count: number, options: WaitOptions = {}): Promise<AckRecord[]> {
    const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    return this.notifier.waitFor(
      () => {
        const acks = this.socket.ackRecords();
        return acks.length >= count ? acks : undefined;
      },
      timeoutMs,
      () =>
        `fake Slack: timed out after ${timeoutMs} ms waiting for ${count} ack(s); ` +
        `got ${this.socket.ackRecords().length}.\n${this.situation()}`,
    );
  }

  async postEvent(
    requestUrl: string,
    event: SlackEvent,
    options: PostEventOptions = {},
  ): Promise<HttpEventResult> {
    const body = this.eventCallback(event, options.eventId);
    const response = await postSigned(requestUrl, JSON.stringify(body), this.signingSecret, options);
    return { ...response, eventId: body.event_id };
  }

  async postUrlVerification(
    requestUrl: string,
    options: SignedPostOptions = {},
  ): Promise<HttpDeliveryResponse & { challenge: string }> {
    // Real challenges are ~48 random alphanumerics.
    const challenge = randomBytes(36).toString('base64url').replace(/[-_]/g, 'x');
    const body = { token: this.verificationToken, challenge, type: 'url_verification' };
    const response = await postSigned(requestUrl, JSON.stringify(body), this.signingSecret, options);
    return { ...response, challenge };
  }

  sendButtonClick(click: MessageButtonClick, connection?: number): void {
    this.socket.sendRaw(interactiveFrame(messageButtonClickPayload(click)), connection);
  }

  postButtonClick(
    requestUrl: string,
    click: MessageButtonClick,
    options: SignedPostOptions = {},
  ): Promise<HttpDeliveryResponse> {
    const payload = JSON.stringify(messageButtonClickPayload(click));
    const body = `payload=${encodeURIComponent(payload)}`;
    return postSigned(requestUrl, body, this.signingSecret, { ...options, contentType: 'form' });
  }

  reset(): void {
    this.records.clear();
    this.socket.clearRecords();
    this.notifier.notify();
  }

  close(): Promise<void> {
    this.closing ??= new Promise<void>((resolve) => {
      this.notifier.abortAll('fake Slack was closed while a test was still waiting on it');
      this.socket.close();
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
    return this.closing;
  }
}

/** Starts the stand-in on 127.0.0.1 on a free port. */
export async function startFakeSlack(options: FakeSlackOptions = {}): Promise<FakeSlack> {
  const fake = new FakeSlackServer(options);
  await fake.listen();
  return fake;
}
