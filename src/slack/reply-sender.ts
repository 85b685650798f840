// Posts replies with a retry policy we own. The Web API client's own retries are turned off for replies:
// in Socket Mode it would otherwise retry up to 100 times over hours (socket-mode sets that default), and a
// reply that arrives an hour late is worse than none. Here: a rate limit (429) waits Retry-After, a server
// error or network failure backs off briefly, a few attempts at most, and a reply that could only go out
// after REPLY_DEADLINE_MS is dropped and logged instead of posted late.
//
// Each reply carries the delivery it answers in its message metadata, so that a process picking up a reply
// that a dead process owed can first look in the thread for it (wasPosted) instead of posting it twice.

import { webApi } from '@slack/bolt';
import type { ReplyTarget } from '../application/person-record';
import type { Reply, ReplyChannel } from '../application/ports';
import { withQuickReplies } from './quick-replies';

/** Long enough to outlast a restart after a crash; short enough that the answer still fits the chat. */
export const REPLY_DEADLINE_MS = 3 * 60_000;
/** The metadata event type on every reply; its payload's `reply_to` is the delivery id it answers. */
export const REPLY_METADATA_TYPE = 'bot_reply';
export const MAX_REPLY_ATTEMPTS = 4;
const BACKOFF_MS = [250, 1000, 3000];

export type { ReplyTarget } from '../application/person-record';

export class ReplyNotDelivered extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ReplyNotDelivered';
  }
}

export interface ReplyObserver {
  onRateLimited?(retryAfterSeconds: number): void;
  onApiError?(method: string, error: string): void;
  onSent?(latencyMs: number): void;
  /** A reply was given up (the error says why). */
  onDropped?(): void;
}

export interface ReplySenderOptions {
  readonly token: string;
  readonly slackApiUrl: string | undefined;
  readonly logger: webApi.Logger;
  readonly observer?: ReplyObserver;
  readonly now?: () => number;
  readonly sleep?: (ms: number) => Promise<void>;
}

export interface PostOptions {
  /** Offer the three questions as quick replies (buttons). */
  readonly questions?: boolean;
  /** The delivery this answers, sent as message metadata. */
  readonly replyId?: string;
}

export type PostReply = (
  target: ReplyTarget,
  text: string,
  receivedAt: number,
  options?: PostOptions,
) => Promise<void>;

/** The outbox's way to Slack: posts with the retry policy above, and finds a reply posted before. */
export function createSlackReplies(options: ReplySenderOptions): ReplyChannel {
  const client = replyClient(options);
  const post = createReplySender(options, client);
  return {
    post: (reply: Reply) =>
      post(reply.target, reply.text, reply.receivedAt, {
        questions: reply.questions,
        replyId: reply.replyId,
      }).catch((error: unknown) => {
        options.observer?.onDropped?.();
        throw error;
      }),
    wasPosted: (reply: Reply) => wasPosted(client, reply),
  };
}

/**
 * Looks for the reply in the thread it answers (or, for a top-level message, among the DM's messages since
 * the delivery), by the delivery id in its metadata. Throws when Slack cannot be asked: the caller tries
 * again later rather than risk posting twice.
 */
async function wasPosted(client: webApi.WebClient, reply: Reply): Promise<boolean> {
  const { channel, threadTs } = reply.target;
  const oldest = String((reply.receivedAt - 60_000) / 1000);
  const page =
    threadTs === undefined
      ? await client.conversations.history({ channel, oldest, include_all_metadata: true, limit: 200 })
      : await client.conversations.replies({ channel, ts: threadTs, include_all_metadata: true, limit: 200 });
  return (page.messages ?? []).some(
    (message) =>
      message.metadata?.event_type === REPLY_METADATA_TYPE &&
      (message.metadata.event_payload as { reply_to?: unknown } | undefined)?.reply_to === reply.replyId,
  );
}

function replyClient(options: ReplySenderOptions): webApi.WebClient {
  return new webApi.WebClient(options.token, {
    ...(options.slackApiUrl ? { slackApiUrl: options.slackApiUrl } : {}),
    logger: options.logger,
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    timeout: 10_000,
  });
}

export function createReplySender(
  options: ReplySenderOptions,
  client: webApi.WebClient = replyClient(options),
): PostReply {
  const { observer = {}, now = Date.now } = options;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));

  return async (target, text, receivedAt, options) => {
    // With quick replies, `text` stays the message's fallback: notifications and screen readers read it.
    const blocks = options?.questions ? withQuickReplies(text) : null;
    for (let attempt = 1; ; attempt += 1) {
      const started = now();
      try {
        await client.chat.postMessage({
          channel: target.channel,
          text,
          ...(target.threadTs === undefined ? {} : { thread_ts: target.threadTs }),
          ...(blocks ? { blocks } : {}),
          ...(options?.replyId
            ? { metadata: { event_type: REPLY_METADATA_TYPE, event_payload: { reply_to: options.replyId } } }
            : {}),
        });
        observer.onSent?.(now() - receivedAt);
        return;
      } catch (error) {
        const waitMs = retryDelay(error, attempt);
        observer.onApiError?.('chat.postMessage', errorCode(error));
        if (waitMs === null)
          throw new ReplyNotDelivered(`chat.postMessage failed: ${errorCode(error)}`, { cause: error });
        if (isRateLimited(error)) observer.onRateLimited?.(waitMs / 1000);
        if (attempt >= MAX_REPLY_ATTEMPTS) {
          throw new ReplyNotDelivered(`chat.postMessage failed ${attempt} times: ${errorCode(error)}`, {
            cause: error,
          });
        }
        if (started + waitMs - receivedAt > REPLY_DEADLINE_MS) {
          throw new ReplyNotDelivered(
            `reply dropped: it could only be posted ${Math.round((started + waitMs - receivedAt) / 1000)} s after the message, later than ${REPLY_DEADLINE_MS / 1000} s`,
            { cause: error },
          );
        }
        await sleep(waitMs);
      }
    }
  };
}

function isRateLimited(error: unknown): error is webApi.WebAPIRateLimitedError {
  return (error as { code?: string }).code === webApi.ErrorCode.RateLimitedError;
}

/** How long to wait before trying again, or null when trying again cannot help (e.g. channel_not_found). */
function retryDelay(error: unknown, attempt: number): number | null {
  if (isRateLimited(error)) return Math.max(1, error.retryAfter) * 1000;
  const code = (error as { code?: string }).code;
  const transient =
    code === webApi.ErrorCode.RequestError ||
    (code === webApi.ErrorCode.HTTPError && (error as webApi.WebAPIHTTPError).statusCode >= 500);
  return transient ? (BACKOFF_MS[attempt - 1] ?? 3000) : null;
}

function errorCode(error: unknown): string {
  const e = error as { code?: string; data?: { error?: string }; statusCode?: number };
  if (e.code === webApi.ErrorCode.PlatformError && e.data?.error) return e.data.error;
  if (e.code === webApi.ErrorCode.HTTPError && e.statusCode) return `http_${e.statusCode}`;
  if (e.code === webApi.ErrorCode.RateLimitedError) return 'ratelimited';
  if (e.code === webApi.ErrorCode.RequestError) return 'request_error';
  return e instanceof Error ? e.message : 'unknown_error';
}
