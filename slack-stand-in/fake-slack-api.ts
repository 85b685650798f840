// The public contract of the Slack stand-in: what tests and the benchmark may rely on.
import type { EventCallbackBody, EventsApiEnvelope } from './envelopes';
import type { SlackEvent } from './events';
import type { Fault } from './faults';
import type { HttpDeliveryResponse, SignedPostOptions } from './http-delivery';
import type { MessageButtonClick } from './interactive';
import type { ApiCallRecord, PostRecord, UpdateRecord, ViewPublishRecord } from './records';
import type { AckRecord, SocketCloseInfo, SocketConnectionInfo } from './socket-mode-server';
import type { FakeUserProfile } from './web-api-methods';

export interface FakeSlackOptions {
  teamId?: string;
  botUserId?: string;
  botId?: string;
  appId?: string;
  botToken?: string;
  appToken?: string;
  signingSecret?: string;
  teamName?: string;
  teamDomain?: string;
  botName?: string;
  /** Profiles for users.info; any other `U…`/`W…` id gets a generated profile. */
  users?: Record<string, FakeUserProfile>;
  /**
   * Deliver each chat.postMessage back to the app as its own `message` event over Socket Mode, as Slack does
   * for a bot subscribed to `message.im` (no subtype, our bot_id; see bolt-js#580). Off by default.
   */
  echoOwnPosts?: boolean;
}

export interface WaitOptions {
  /** Default 5000 ms. */
  timeoutMs?: number;
}

export interface WaitForPostsOptions extends WaitOptions {
  filter?: (post: PostRecord) => boolean;
}

export interface SendEventOptions {
  /** Reuse an event_id (a redelivery of the same event); fresh `Ev…` otherwise. */
  eventId?: string;
  envelopeId?: string;
  retryAttempt?: number;
  retryReason?: string;
  /** Index among the currently open connections; round-robin when omitted. */
  connection?: number;
}

export interface SentEvent {
  envelopeId: string;
  eventId: string;
  connectionId: number;
  /** Epoch ms the frame was written (for latency measurements against `PostRecord.receivedAt`). */
  sentAt: number;
  envelope: EventsApiEnvelope;
  /** Resolves when the app acks this envelope; never rejects (race it with your own timeout). */
  acked: Promise<AckRecord>;
}

export interface PostEventOptions extends SignedPostOptions {
  eventId?: string;
}

export interface HttpEventResult extends HttpDeliveryResponse {
  eventId: string;
}

export interface FakeSlack {
  readonly teamId: string;
  readonly botUserId: string;
  readonly botId: string;
  readonly appId: string;
  readonly botToken: string;
  readonly appToken: string;
  readonly signingSecret: string;
  /** The `token` field every payload carries (legacy verification token). */
  readonly verificationToken: string;
  readonly port: number;
  /** `http://127.0.0.1:PORT/api/`: give it to the bot as SLACK_API_URL. */
  readonly apiUrl: string;

  /** chat.postMessage calls that succeeded, in arrival order. */
  readonly posts: readonly PostRecord[];
  readonly updates: readonly UpdateRecord[];
  readonly views: readonly ViewPublishRecord[];
  /** Every Web API call (including failed and faulted ones), optionally for one method. */
  calls(method?: string): ApiCallRecord[];
  waitForPosts(count: number, options?: WaitForPostsOptions): Promise<PostRecord[]>;
  waitForCalls(method: string, count: number, options?: WaitOptions): Promise<ApiCallRecord[]>;
  failNext(method: string, fault: Fault, times?: number): void;
  setLatency(method: string, ms: number): void;
  clearFaults(): void;
  setUser(userId: string, profile: FakeUserProfile): void;

  socketConnectionCount(): number;
  /** Every connection ever accepted, open or closed. */
  socketConnections(): SocketConnectionInfo[];
  /**
   * Waits until exactly `n` connections are open and every one is `ready` (the client has processed `hello`):
   * 0 after shutdown, 1 after a (re)connect.
   */
  waitForSocketConnections(n: number, timeoutMs?: number): Promise<SocketConnectionInfo[]>;
  sendEvent(event: SlackEvent, options?: SendEventOptions): SentEvent;
  /** Redelivers the same event_id with `retry_attempt` n, `retry_reason: 'timeout'`, a new envelope_id. */
  redeliver(sent: SentEvent | EventsApiEnvelope, retryAttempt: number, options?: SendEventOptions): SentEvent;
  sendRawFrame(text: string, connection?: number): void;
  /** Resolves with the close the client performs in answer (code 1000). */
  sendDisconnect(reason?: string, connection?: number): Promise<SocketCloseInfo>;
  dropConnection(index: number): Promise<SocketCloseInfo>;
  unackedEnvelopes(): EventsApiEnvelope[];
  acks(): AckRecord[];
  /** Waits until at least `count` acks have arrived (any envelopes). */
  waitForAcks(count: number, options?: WaitOptions): Promise<AckRecord[]>;
  /** Frames the client sent that were not acks (should stay empty). */
  unexpectedFrames(): Array<{ connectionId: number; text: string }>;

  /** The `event_callback` body Slack would send for `event` (HTTP body / Socket Mode payload). */
  eventCallback(event: SlackEvent, eventId?: string): EventCallbackBody;
  postEvent(requestUrl: string, event: SlackEvent, options?: PostEventOptions): Promise<HttpEventResult>;
  postUrlVerification(
    requestUrl: string,
    options?: SignedPostOptions,
  ): Promise<HttpDeliveryResponse & { challenge: string }>;

  /** A person clicks a button on one of the bot's messages (Socket Mode: an `interactive` frame). */
  sendButtonClick(click: MessageButtonClick, connection?: number): void;
  /** The same click in HTTP mode: a signed, form-encoded `payload=` POST to the Request URL. */
  postButtonClick(
    requestUrl: string,
    click: MessageButtonClick,
    options?: SignedPostOptions,
  ): Promise<HttpDeliveryResponse>;

  /** Clears recorded calls, posts, acks (not connections, not faults). */
  reset(): void;
  /** Terminates sockets and stops the server; idempotent. */
  close(): Promise<void>;
}
