// The outer documents Slack wraps events in: the Events API `event_callback` body (the same for HTTP and
// Socket Mode), the Socket Mode `events_api` envelope, and the `hello` / `disconnect` control frames.
// Templates are the copied fixtures; only ids, times and counters are filled in.
import type { SlackEvent } from './events';
import { type JsonObject, loadFixture } from './fixtures';
import { makeEnvelopeId, makeEventContext, makeEventId, tsSeconds } from './slack-ids';

export interface FakeIdentity {
  teamId: string;
  botUserId: string;
  botId: string;
  appId: string;
  verificationToken: string;
}

export interface EventCallbackBody {
  token: string;
  team_id: string;
  api_app_id: string;
  event: SlackEvent;
  type: 'event_callback';
  event_id: string;
  event_time: number;
  authorizations: JsonObject[];
  [key: string]: unknown;
}

export interface EventsApiEnvelope {
  envelope_id: string;
  payload: EventCallbackBody;
  type: 'events_api';
  accepts_response_payload: boolean;
  retry_attempt: number;
  retry_reason: string;
}

function eventTime(event: SlackEvent): number {
  const ts = event.event_ts ?? event.ts;
  // Some docs examples carry `event_ts` without a dot; only trust Slack-format timestamps.
  return typeof ts === 'string' && ts.includes('.') ? tsSeconds(ts) : Math.floor(Date.now() / 1000);
}

/**
 * The `event_callback` body, laid out like the real capture in
 * events/message.channel.plain-text.event_callback.zulip.json (context_team_id, authorizations, event_context).
 */
export function buildEventCallback(
  identity: FakeIdentity,
  event: SlackEvent,
  eventId: string = makeEventId(),
): EventCallbackBody {
  const body = loadFixture('events/message.channel.plain-text.event_callback.zulip.json');
  const channel = typeof event.channel === 'string' ? event.channel : undefined;
  return Object.assign(body, {
    token: identity.verificationToken,
    team_id: identity.teamId,
    context_team_id: identity.teamId,
    context_enterprise_id: null,
    api_app_id: identity.appId,
    event,
    type: 'event_callback',
    event_id: eventId,
    event_time: eventTime(event),
    authorizations: [
      {
        enterprise_id: null,
        team_id: identity.teamId,
        user_id: identity.botUserId,
        is_bot: true,
        is_enterprise_install: false,
      },
    ],
    is_ext_shared_channel: false,
    event_context: makeEventContext(event.type, identity.teamId, identity.appId, channel),
  }) as EventCallbackBody;
}

export interface EnvelopeOptions {
  envelopeId?: string;
  retryAttempt?: number;
  retryReason?: string;
}

/** The Socket Mode `events_api` envelope (socket-mode/events_api.app_mention.json). */
export function buildEventsApiEnvelope(
  payload: EventCallbackBody,
  options: EnvelopeOptions = {},
): EventsApiEnvelope {
  const envelope = loadFixture('socket-mode/events_api.app_mention.json');
  return Object.assign(envelope, {
    envelope_id: options.envelopeId ?? makeEnvelopeId(),
    payload,
    type: 'events_api',
    accepts_response_payload: false,
    retry_attempt: options.retryAttempt ?? 0,
    retry_reason: options.retryReason ?? '',
  }) as EventsApiEnvelope;
}

/** `hello` with `num_connections`, `debug_info` and `connection_info` (socket-mode/hello.java-sdk.json). */
export function buildHelloFrame(appId: string, numConnections: number, host: string): JsonObject {
  const hello = loadFixture('socket-mode/hello.java-sdk.json');
  const debugInfo = hello.debug_info as JsonObject;
  debugInfo.host = host;
  return Object.assign(hello, { num_connections: numConnections, connection_info: { app_id: appId } });
}

/** `disconnect` with `debug_info.host` (socket-mode/disconnect.warning.slack-go.json), any reason. */
export function buildDisconnectFrame(reason: string, host: string): JsonObject {
  const frame = loadFixture('socket-mode/disconnect.warning.slack-go.json');
  return Object.assign(frame, { reason, debug_info: { host } });
}
