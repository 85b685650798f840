// What the stand-in saw, kept in arrival order for assertions. Tokens are never stored: only their kind.
import type { Fault } from './faults';
import type { JsonObject } from './fixtures';

/** Which credential a call carried. `unknown` = a token that is neither of ours. */
export type TokenKind = 'bot' | 'app' | 'none' | 'unknown';

export interface ApiCallRecord {
  method: string;
  tokenKind: TokenKind;
  /** Parsed body (form or JSON), JSON-encoded fields such as `blocks` decoded, `token` removed. */
  body: JsonObject;
  at: number;
  /** Set once answered. */
  response?: { status: number; ok: boolean; error?: string };
  fault?: Fault;
}

export interface PostRecord {
  /** As requested (may be a user id, which Slack resolves to the DM). */
  channel: string;
  /** The channel the message landed in (`D…` for a user id). */
  postedChannel: string;
  text: string | undefined;
  thread_ts: string | undefined;
  blocks: unknown;
  metadata: unknown;
  /** The `ts` the stand-in assigned; use it as `threadTs` for replies. */
  ts: string;
  receivedAt: number;
  body: JsonObject;
}

export interface UpdateRecord {
  channel: string;
  ts: string;
  text: string | undefined;
  blocks: unknown;
  receivedAt: number;
  body: JsonObject;
}

export interface ViewPublishRecord {
  user_id: string;
  view: JsonObject;
  receivedAt: number;
}

export class Records {
  readonly calls: ApiCallRecord[] = [];
  readonly posts: PostRecord[] = [];
  readonly updates: UpdateRecord[] = [];
  readonly views: ViewPublishRecord[] = [];

  clear(): void {
    this.calls.length = 0;
    this.posts.length = 0;
    this.updates.length = 0;
    this.views.length = 0;
  }
}

/** One line per post, for timeout messages: what DID arrive matters more than what did not. */
export function describePosts(posts: readonly PostRecord[]): string {
  if (posts.length === 0) return '  (no chat.postMessage was recorded)';
  return posts
    .map((p, i) => {
      const thread = p.thread_ts === undefined ? '' : ` thread_ts=${p.thread_ts}`;
      return `  #${i + 1} channel=${p.postedChannel}${thread} text=${JSON.stringify(p.text ?? '')}`;
    })
    .join('\n');
}

/** Per-method call counts and failures, e.g. `chat.postMessage x3 (1 failed: ratelimited/429)`. */
export function describeCalls(calls: readonly ApiCallRecord[]): string {
  if (calls.length === 0) return '  (no Web API call was received)';
  const byMethod = new Map<string, ApiCallRecord[]>();
  for (const call of calls) byMethod.set(call.method, [...(byMethod.get(call.method) ?? []), call]);
  return [...byMethod.entries()]
    .map(([method, list]) => {
      const failed = list.filter((c) => c.response !== undefined && !c.response.ok);
      const reasons = failed.map((c) => `${c.response?.error ?? '?'}/${c.response?.status ?? '?'}`);
      const suffix = failed.length === 0 ? '' : ` (${failed.length} failed: ${reasons.join(', ')})`;
      return `  ${method} x${list.length}${suffix}`;
    })
    .join('\n');
}
