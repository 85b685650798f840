// Posts replies with a retry policy we own. The Web API client's own retries are turned off for replies:
// in Socket Mode it would otherwise retry up to 100 times over hours (socket-mode sets that default), and a
// reply that arrives an hour late is worse than none. Here: a rate limit (429) waits Retry-After, a server
// error or network failure backs off briefly, a few attempts at most, and a reply that could only go out
// after REPLY_DEADLINE_MS is dropped and logged instead of posted late.

import { webApi } from '@slack/bolt';
import type { ReplyOptions } from '../application/conversation-service';
import { withQuickReplies } from './quick-replies';

export const REPLY_DEADLINE_MS = 60_000;
export const MAX_REPLY_ATTEMPTS = 4;
const BACKOFF_MS = [250, 1000, 3000];

export interface ReplyTarget {
  readonly channel: string;
  /** The thread to reply in; undefined posts at the top level (a conversation the bot opens itself). */
  readonly threadTs: string | undefined;
}

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
}

export interface ReplySenderOptions {
  readonly token: string;
  readonly slackApiUrl: string | undefined;
  readonly logger: webApi.Logger;
  readonly observer?: ReplyObserver;
  readonly now?: () => number;
  readonly sleep?: (ms: number) => Promise<void>;
}

export type PostReply = (
  target: ReplyTarget,
  text: string,
  receivedAt: number,
  options?: ReplyOptions,
) => Promise<void>;

export function createReplySender(options: ReplySenderOptions): PostReply {
  const { observer = {}, now = Date.now } = options;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const client = new webApi.WebClient(options.token, {
    ...(options.slackApiUrl ? { slackApiUrl: options.slackApiUrl } : {}),
    logger: options.logger,
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    timeout: 10_000,
  });

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
