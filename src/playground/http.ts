// Small HTTP helpers for the playground's JSON API on node:http: bounded body reading and JSON replies.
// Every failure a request can cause is an HttpError with a status and a sentence for the person.

import type { IncomingMessage, ServerResponse } from 'node:http';

export class HttpError extends Error {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;

  constructor(status: number, message: string, headers: Readonly<Record<string, string>> = {}) {
    super(message);
    this.name = 'HttpError';
    this.status = status;
    this.headers = headers;
  }
}

/** Headers on every response: nothing is cached (a reload must show the stored transcript), nothing sniffed. */
export const COMMON_HEADERS = {
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
} as const;

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Readonly<Record<string, string>> = {},
): void {
  const json = JSON.stringify(body);
  res.writeHead(status, {
    ...COMMON_HEADERS,
    ...headers,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(json),
  });
  res.end(json);
}

/**
 * Bodies up to this size are read to the end and thrown away before the 413 goes out: answering while the
 * client is still sending makes some clients see a reset connection instead of the clear error.
 */
const DRAIN_LIMIT_BYTES = 1024 * 1024;

function tooLarge(limit: number, size: number): HttpError {
  // Beyond the drain limit the rest is not read at all, and closing is the only safe way to end the connection.
  const headers: Record<string, string> = size > DRAIN_LIMIT_BYTES ? { Connection: 'close' } : {};
  return new HttpError(
    413,
    `The request is larger than ${Math.round(limit / 1024)} KB, the most the playground accepts.`,
    headers,
  );
}

/**
 * The request body as JSON. Anything else is rejected before parsing: a body over `limit` bytes (413, never
 * held in memory), a Content-Type other than JSON (415: it also means another site cannot post here without
 * a CORS preflight, which this server never grants), bytes that are not UTF-8 JSON (400).
 */
export async function readJsonBody(req: IncomingMessage, limit: number): Promise<unknown> {
  const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/json') {
    throw new HttpError(415, 'Send the message as JSON, with the header Content-Type: application/json.');
  }
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > DRAIN_LIMIT_BYTES) throw tooLarge(limit, declared);

  const bytes = await new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
      else if (size > DRAIN_LIMIT_BYTES) {
        req.pause();
        reject(tooLarge(limit, size));
      }
    });
    req.on('end', () => (size > limit ? reject(tooLarge(limit, size)) : resolve(Buffer.concat(chunks))));
    req.on('error', reject);
  });

  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new HttpError(400, 'The request body is not valid UTF-8 text.');
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new HttpError(400, 'The request body must be JSON, such as {"text": "hi"}.');
  }
}
