// HTTP plumbing for `POST /api/<method>`: body parsing (form or JSON, as @slack/web-api and curl send),
// token classification, recording, scripted faults, and Slack's status-code conventions
// (HTTP 200 for ok:false; 429 + Retry-After is the only non-200 a healthy Slack sends).
import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FaultPlan } from './faults';
import { type JsonObject, loadFixture } from './fixtures';
import type { ApiCallRecord, TokenKind } from './records';
import { type ChangeNotifier, delay } from './wait-for';
import { answerMethod, errorBody, type MethodCall, type WebApiState } from './web-api-methods';

export interface WebApiServerDeps {
  state: WebApiState;
  faults: FaultPlan;
  notifier: ChangeNotifier;
  tokenKindOf: (token: string | undefined) => TokenKind;
}

/** Arguments @slack/web-api JSON-encodes inside form bodies; decoded so tests can assert on objects. */
const JSON_ENCODED_ARGS = ['blocks', 'attachments', 'metadata', 'view', 'unfurls'];

const BOT_SCOPES = 'app_mentions:read,chat:write,im:history,im:read,im:write,users:read';

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function parseArgs(req: IncomingMessage, raw: string, url: URL): JsonObject {
  const args: JsonObject = Object.fromEntries(url.searchParams);
  const contentType = req.headers['content-type'] ?? '';
  if (contentType.includes('application/json') && raw.trim() !== '') {
    try {
      Object.assign(args, JSON.parse(raw) as JsonObject);
    } catch {
      args.__unparseable_json = raw.slice(0, 200);
    }
  } else if (raw !== '') {
    Object.assign(args, Object.fromEntries(new URLSearchParams(raw)));
  }
  for (const key of JSON_ENCODED_ARGS) {
    const value = args[key];
    if (typeof value !== 'string') continue;
    try {
      args[key] = JSON.parse(value);
    } catch {
      // Leave it a string: the method answers invalid_blocks/invalid_arguments like Slack would.
    }
  }
  return args;
}

function bearerToken(req: IncomingMessage): string | undefined {
  const header = req.headers.authorization;
  const match = typeof header === 'string' ? /^Bearer\s+(\S+)$/i.exec(header) : null;
  return match?.[1];
}

function send(res: ServerResponse, status: number, body: string, headers: Record<string, string>): void {
  if (res.destroyed || res.headersSent) return;
  res.writeHead(status, { 'content-length': Buffer.byteLength(body).toString(), ...headers });
  res.end(body);
}

function sendJson(res: ServerResponse, status: number, body: JsonObject, tokenKind: TokenKind): void {
  send(res, status, JSON.stringify(body), {
    'content-type': 'application/json; charset=utf-8',
    'x-slack-req-id': randomBytes(16).toString('hex'),
    ...(tokenKind === 'bot' ? { 'x-oauth-scopes': BOT_SCOPES } : {}),
  });
}

export async function handleWebApiRequest(
  req: IncomingMessage,
  res: ServerResponse,
  method: string,
  deps: WebApiServerDeps,
): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const args = parseArgs(req, await readBody(req), url);
  const headerToken = bearerToken(req);
  const bodyToken = typeof args.token === 'string' ? args.token : undefined;
  // Never keep a token in a record: records end up in assertion messages and logs.
  delete args.token;
  const call: MethodCall = {
    method,
    body: args,
    tokenKind: deps.tokenKindOf(headerToken ?? bodyToken),
    headerTokenKind: deps.tokenKindOf(headerToken),
    at: Date.now(),
  };
  const record: ApiCallRecord = { method, tokenKind: call.tokenKind, body: args, at: call.at };
  const fault = deps.faults.take(method);
  if (fault !== undefined) record.fault = fault;
  deps.state.records.calls.push(record);
  deps.notifier.notify();

  const wait =
    deps.faults.latencyFor(method) + (fault !== undefined && 'delayMs' in fault ? fault.delayMs : 0);
  if (wait > 0) await delay(wait);

  const answer = (status: number, body: JsonObject): void => {
    record.response = {
      status,
      ok: body.ok === true,
      ...(typeof body.error === 'string' ? { error: body.error } : {}),
    };
    sendJson(res, status, body, call.tokenKind);
  };
  if (fault !== undefined && 'status' in fault && fault.status === 429) {
    record.response = { status: 429, ok: false, error: 'ratelimited' };
    send(res, 429, JSON.stringify(loadFixture('web-api/ratelimited.http429.body.json')), {
      'content-type': 'application/json; charset=utf-8',
      'retry-after': String(fault.retryAfterSeconds),
    });
  } else if (fault !== undefined && 'status' in fault) {
    record.response = { status: fault.status, ok: false, error: `http_${fault.status}` };
    send(res, fault.status, `<html><body>${fault.status} (fake Slack outage)</body></html>`, {
      'content-type': 'text/html',
    });
  } else if (fault !== undefined && 'error' in fault) {
    answer(200, errorBody(fault.error));
  } else {
    answer(200, answerMethod(call, deps.state));
  }
  deps.notifier.notify();
}
