// The Socket Mode side of Slack: one-use `/link/?ticket=…` URLs, `hello` on connect, envelopes out,
// acks (`{"envelope_id","payload"}`) in. Pongs are automatic (ws `autoPong`); the official client drops
// a connection that never answers its pings. See tests/fixtures/slack/README.md for the protocol.
import { randomBytes, randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { type WebSocket, WebSocketServer } from 'ws';
import { buildDisconnectFrame, buildHelloFrame, type EventsApiEnvelope } from './envelopes';
import type { JsonObject } from './fixtures';
import type { ChangeNotifier } from './wait-for';

export interface SocketCloseInfo {
  connectionId: number;
  /** 1000 for the client's normal close, 1006 when the TCP socket just went away. */
  code: number;
  reason: string;
}

export interface SocketConnectionInfo {
  /** 1-based, in connection order, never reused. */
  id: number;
  openedAt: number;
  open: boolean;
  /**
   * The client answered the ping sent right after `hello`, so it has processed `hello` (frames are handled in
   * order): its start() has resolved and closing it now is safe. Before that, stopping the official client
   * races its CONNECTING state (socket-mode 3.1.0 then leaks an unhandled rejection and a 30 s timer).
   */
  ready: boolean;
  closedAt?: number;
  close?: SocketCloseInfo;
}

export interface AckRecord {
  envelopeId: string;
  payload: JsonObject;
  connectionId: number;
  receivedAt: number;
}

export interface SentEnvelopeRecord {
  envelope: EventsApiEnvelope;
  connectionId: number;
  sentAt: number;
  ack?: AckRecord;
}

const SERVER_PING_INTERVAL_MS = 10_000;

interface Connection {
  info: SocketConnectionInfo;
  ws: WebSocket;
  closed: Promise<SocketCloseInfo>;
}

/** Everything a client sent that was not an ack, kept so protocol mistakes are visible in tests. */
export interface UnexpectedFrame {
  connectionId: number;
  text: string;
  receivedAt: number;
}

export class FakeSocketModeServer {
  private readonly wss = new WebSocketServer({ noServer: true, clientTracking: false });
  private readonly tickets = new Set<string>();
  private readonly connections: Connection[] = [];
  private readonly sent: SentEnvelopeRecord[] = [];
  private readonly acks: AckRecord[] = [];
  private readonly unexpected: UnexpectedFrame[] = [];
  private readonly ackWaiters = new Map<string, Array<(ack: AckRecord) => void>>();
  private nextConnectionId = 1;
  private roundRobin = 0;

  private readonly appId: string;
  private readonly notifier: ChangeNotifier;

  constructor(appId: string, notifier: ChangeNotifier) {
    this.appId = appId;
    this.notifier = notifier;
  }

  /** A fresh one-use URL, shaped like Slack's `wss://wss-….slack.com/link/?ticket=…&app_id=…`. */
  issueUrl(port: number): string {
    const ticket = randomUUID();
    this.tickets.add(ticket);
    return `ws://127.0.0.1:${port}/link/?ticket=${ticket}&app_id=${this.appId}`;
  }

  /** Accepts only `/link/` with a ticket from apps.connections.open, so a bot that skips that call fails. */
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const ticket = url.searchParams.get('ticket') ?? '';
    if (!/^\/link\/?$/.test(url.pathname) || !this.tickets.delete(ticket)) {
      socket.end('HTTP/1.1 401 Unauthorized\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    this.wss.handleUpgrade(req, socket, head, (ws) => this.accept(ws));
  }

  private accept(ws: WebSocket): void {
    const info: SocketConnectionInfo = {
      id: this.nextConnectionId++,
      openedAt: Date.now(),
      open: true,
      ready: false,
    };
    let resolveClosed: (close: SocketCloseInfo) => void = () => undefined;
    const closed = new Promise<SocketCloseInfo>((resolve) => {
      resolveClosed = resolve;
    });
    const connection: Connection = { info, ws, closed };
    this.connections.push(connection);
    ws.on('message', (data, isBinary) => {
      if (!isBinary) this.receive(info.id, data.toString());
    });
    ws.once('pong', () => {
      info.ready = true;
      this.notifier.notify();
    });
    // Slack pings its clients; the official client drops a connection whose server pings stop for 30 s once
    // they have started, so keep pinging well inside that window.
    const heartbeat = setInterval(() => ws.ping(), SERVER_PING_INTERVAL_MS);
    heartbeat.unref();
    ws.on('close', (code, reason) => {
      clearInterval(heartbeat);
      info.open = false;
      info.closedAt = Date.now();
      info.close = { connectionId: info.id, code, reason: reason.toString() };
      resolveClosed(info.close);
      this.notifier.notify();
    });
    // A client that resets the TCP connection is a normal event here, not a test failure.
    ws.on('error', () => undefined);
    const host = `applink-${randomBytes(5).toString('hex')}-${randomBytes(3).toString('hex').slice(0, 5)}`;
    ws.send(JSON.stringify(buildHelloFrame(this.appId, this.openConnections().length, host)));
    ws.ping();
    this.notifier.notify();
  }

  private receive(connectionId: number, text: string): void {
    let frame: unknown;
    try {
      frame = JSON.parse(text);
    } catch {
      frame = undefined;
    }
    const ackShape = frame as { envelope_id?: unknown; payload?: unknown } | undefined;
    if (typeof ackShape?.envelope_id !== 'string') {
      this.unexpected.push({ connectionId, text, receivedAt: Date.now() });
      this.notifier.notify();
      return;
    }
    const ack: AckRecord = {
      envelopeId: ackShape.envelope_id,
      payload: (ackShape.payload ?? {}) as JsonObject,
      connectionId,
      receivedAt: Date.now(),
    };
    this.acks.push(ack);
    for (const record of this.sent) {
      if (record.envelope.envelope_id === ack.envelopeId && record.ack === undefined) record.ack = ack;
    }
    const waiters = this.ackWaiters.get(ack.envelopeId) ?? [];
    this.ackWaiters.delete(ack.envelopeId);
    for (const resolve of waiters) resolve(ack);
    this.notifier.notify();
  }

  openConnections(): SocketConnectionInfo[] {
    return this.connections.filter((c) => c.info.open).map((c) => c.info);
  }

  allConnections(): SocketConnectionInfo[] {
    return this.connections.map((c) => ({ ...c.info }));
  }

  /** `index` counts open connections in connection order; omitted = round-robin (Slack picks any one). */
  private pick(index: number | undefined): Connection {
    const open = this.connections.filter((c) => c.info.open);
    if (open.length === 0) {
      throw new Error(
        'fake Slack: no open Socket Mode connection to send on (is the app started, or still reconnecting?)',
      );
    }
    if (index === undefined) return open[this.roundRobin++ % open.length] as Connection;
    const chosen = open[index];
    if (chosen === undefined) {
      throw new Error(`fake Slack: no open Socket Mode connection #${index} (${open.length} open)`);
    }
    return chosen;
  }

  sendEnvelope(
    envelope: EventsApiEnvelope,
    index?: number,
  ): { connectionId: number; acked: Promise<AckRecord> } {
    const connection = this.pick(index);
    const acked = new Promise<AckRecord>((resolve) => {
      this.ackWaiters.set(envelope.envelope_id, [
        ...(this.ackWaiters.get(envelope.envelope_id) ?? []),
        resolve,
      ]);
    });
    this.sent.push({ envelope, connectionId: connection.info.id, sentAt: Date.now() });
    connection.ws.send(JSON.stringify(envelope));
    return { connectionId: connection.info.id, acked };
  }

  sendRaw(text: string, index?: number): number {
    const connection = this.pick(index);
    connection.ws.send(text);
    return connection.info.id;
  }

  /** Sends a `disconnect`; resolves when the client has closed that socket (it answers with close 1000). */
  sendDisconnect(reason: string, index?: number): Promise<SocketCloseInfo> {
    const connection = this.pick(index);
    const host = `applink-${randomBytes(5).toString('hex')}`;
    connection.ws.send(JSON.stringify(buildDisconnectFrame(reason, host)));
    return connection.closed;
  }

  /** Kills the TCP socket without a close frame, like a network drop or a Slack pod crash. */
  dropConnection(index: number): Promise<SocketCloseInfo> {
    const connection = this.pick(index);
    connection.ws.terminate();
    return connection.closed;
  }

  sentEnvelopes(): SentEnvelopeRecord[] {
    return [...this.sent];
  }

  unackedEnvelopes(): EventsApiEnvelope[] {
    return this.sent.filter((s) => s.ack === undefined).map((s) => s.envelope);
  }

  ackRecords(): AckRecord[] {
    return [...this.acks];
  }

  unexpectedFrames(): UnexpectedFrame[] {
    return [...this.unexpected];
  }

  /** Forgets recorded traffic (not connections, not pending ack promises). */
  clearRecords(): void {
    this.sent.length = 0;
    this.acks.length = 0;
    this.unexpected.length = 0;
  }

  close(): void {
    for (const connection of this.connections) {
      if (connection.info.open) connection.ws.terminate();
    }
    this.wss.close();
  }
}
