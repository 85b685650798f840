// HTTP-mode delivery: POSTs a body to the app's Request URL signed exactly as Slack signs it
// (`v0=` + HMAC-SHA256 of `v0:{timestamp}:{raw body}`), with Slack's retry headers when asked.
import { createHmac } from 'node:crypto';
import { request } from 'node:http';

export type SignatureMode = 'valid' | 'bad' | 'missing';

export interface SignedPostOptions {
  signature?: SignatureMode;
  /** Added to "now" for X-Slack-Request-Timestamp; -600 makes a stale (replayed) request. */
  timestampOffsetSeconds?: number;
  retryNum?: number;
  retryReason?: string;
  /** Interactivity payloads come form-encoded (`payload=<json>`); events come as JSON. */
  contentType?: 'json' | 'form';
}

export interface HttpDeliveryResponse {
  status: number;
  body: string;
  headers: Record<string, string>;
}

/** The `X-Slack-Signature` value for a request body. */
export function signSlackRequest(signingSecret: string, timestamp: number, rawBody: string): string {
  return `v0=${createHmac('sha256', signingSecret).update(`v0:${timestamp}:${rawBody}`).digest('hex')}`;
}

function headersFor(
  signingSecret: string,
  rawBody: string,
  options: SignedPostOptions,
): Record<string, string> {
  const timestamp = Math.floor(Date.now() / 1000) + (options.timestampOffsetSeconds ?? 0);
  const headers: Record<string, string> = {
    'content-type': options.contentType === 'form' ? 'application/x-www-form-urlencoded' : 'application/json',
    'user-agent': 'Slackbot 1.0 (+https://api.slack.com/robots)',
    accept: '*/*',
    'x-slack-request-timestamp': String(timestamp),
  };
  const mode = options.signature ?? 'valid';
  // A "bad" signature is well-formed but made with another secret, the realistic forgery.
  if (mode === 'valid') headers['x-slack-signature'] = signSlackRequest(signingSecret, timestamp, rawBody);
  if (mode === 'bad')
    headers['x-slack-signature'] = signSlackRequest(`${signingSecret}x`, timestamp, rawBody);
  if (options.retryNum !== undefined) headers['x-slack-retry-num'] = String(options.retryNum);
  if (options.retryReason !== undefined) headers['x-slack-retry-reason'] = options.retryReason;
  return headers;
}

/**
 * POSTs over node:http with a fresh connection each time: no pooled keep-alive socket outlives the
 * test and keeps the app's server (or jest) from closing.
 */
export function postSigned(
  requestUrl: string,
  rawBody: string,
  signingSecret: string,
  options: SignedPostOptions = {},
): Promise<HttpDeliveryResponse> {
  const headers = headersFor(signingSecret, rawBody, options);
  return new Promise((resolve, reject) => {
    const req = request(requestUrl, { method: 'POST', headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('error', reject);
      res.on('end', () => {
        const flat: Record<string, string> = {};
        for (const [name, value] of Object.entries(res.headers)) {
          if (value !== undefined) flat[name] = Array.isArray(value) ? value.join(', ') : value;
        }
        resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'), headers: flat });
      });
    });
    req.on('error', reject);
    req.end(rawBody);
  });
}
