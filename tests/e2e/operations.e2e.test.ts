// Operations against the running process: structured logs, /metrics, /healthz and /readyz, in both modes.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { dmMessage, type FakeSlack, startFakeSlack } from '../../slack-stand-in';
import { freePort } from '../../slack-stand-in/free-port';
import { type BotProcess, type LogLine, standInEnv, startBotProcess } from '../helpers/bot-process';
import { waitUntil } from '../helpers/wait';

jest.setTimeout(60_000);

let fake: FakeSlack;
let dataDir: string;
let bot: BotProcess | undefined;

beforeEach(async () => {
  fake = await startFakeSlack();
  dataDir = mkdtempSync(join(tmpdir(), 'ops-'));
});

afterEach(async () => {
  await bot?.stop('SIGKILL').catch(() => {});
  bot = undefined;
  await fake.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const socketEnv = (extra: Record<string, string> = {}) =>
  standInEnv(fake, { database: `sqlite://${join(dataDir, 'bot.sqlite')}`, extra });

async function converse(user: string, texts: string[]): Promise<void> {
  for (const text of texts) {
    const before = fake.posts.length;
    fake.sendEvent(dmMessage({ user, text }));
    await fake.waitForPosts(before + 1, { timeoutMs: 10_000 });
  }
}

const portOf = (b: BotProcess) =>
  (
    b.logs().find((l) => typeof l.port === 'number' && /connected|listening/.test(l.msg)) as LogLine & {
      port: number;
    }
  ).port;

async function get(url: string): Promise<{ status: number; text: string; type: string | null }> {
  const response = await fetch(url);
  return { status: response.status, text: await response.text(), type: response.headers.get('content-type') };
}

const metric = (text: string, series: string): number | undefined => {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
};

describe('Socket Mode', () => {
  it('logs one structured line per event, without what people typed, and never a token', async () => {
    bot = await startBotProcess({ env: socketEnv() });
    await fake.waitForSocketConnections(1, 10_000);
    await converse('UOPS00001', ['hi', "I'm Ana", 'how old are you?']);
    await waitUntil(async () => bot?.logs().filter((l) => l.msg === 'event handled').length === 3);
    const handled = bot.logs().filter((l) => l.msg === 'event handled');
    expect(handled).toHaveLength(3);
    for (const line of handled) {
      expect(line).toEqual(
        expect.objectContaining({
          event_id: expect.stringMatching(/^Ev/),
          team_id: fake.teamId,
          user_id: 'UOPS00001',
          outcome: 'answered',
          handling_ms: expect.any(Number),
        }),
      );
    }
    expect(handled.map((l) => l.step)).toEqual(['awaiting_name', 'answering', 'answering']);
    expect(bot.output()).not.toContain('how old are you');
    expect(bot.output()).not.toContain(fake.botToken);
    expect(bot.output()).not.toContain(fake.appToken);
  });

  it('logs what people typed at debug level only', async () => {
    bot = await startBotProcess({ env: socketEnv({ LOG_LEVEL: 'debug' }) });
    await fake.waitForSocketConnections(1, 10_000);
    await converse('UOPS00002', ['my name is Zoe']);
    const line = await bot.waitForLog((l) => l.msg === 'message text');
    expect(line).toMatchObject({ text: 'my name is Zoe', level: 20 });
    expect(bot.output()).not.toContain(fake.botToken);
  });

  it('serves /healthz, /readyz and /metrics on PORT, and /readyz turns red when Slack goes away', async () => {
    bot = await startBotProcess({ env: socketEnv() });
    await fake.waitForSocketConnections(1, 10_000);
    const base = `http://127.0.0.1:${portOf(bot)}`;
    await converse('UOPS00003', ['hi', 'Ana', 'how old are you?', 'what is your name and your hobby']);

    expect((await get(`${base}/healthz`)).status).toBe(200);
    const ready = await get(`${base}/readyz`);
    expect(ready.status).toBe(200);
    expect(JSON.parse(ready.text)).toEqual({ status: 'ready', slack: 'ok', store: 'ok' });

    const metrics = await get(`${base}/metrics`);
    expect(metrics.type).toMatch(/^text\/plain/);
    expect(metric(metrics.text, 'slack_events_received_total{type="message"}')).toBe(4);
    expect(metric(metrics.text, 'slack_replies_sent_total')).toBe(4);
    expect(metric(metrics.text, 'bot_sessions_started_total')).toBe(1);
    expect(metric(metrics.text, 'bot_sessions_ended_total{outcome="completed"}')).toBe(1);
    expect(metric(metrics.text, 'bot_questions_total{intent="age"}')).toBe(1);
    expect(metric(metrics.text, 'bot_questions_total{intent="name"}')).toBe(1);
    expect(metric(metrics.text, 'bot_questions_total{intent="hobby"}')).toBe(1);
    expect(metric(metrics.text, 'bot_message_handling_seconds_count')).toBe(4);
    expect(metric(metrics.text, 'slack_connection_up')).toBe(1);
    expect(metrics.text).toContain('process_cpu_user_seconds_total');

    await fake.close(); // Slack goes away: the socket drops and reconnects fail
    await waitUntil(async () => (await get(`${base}/readyz`)).status === 503);
    expect(JSON.parse((await get(`${base}/readyz`)).text)).toMatchObject({
      slack: 'disconnected',
      store: 'ok',
    });
    expect((await get(`${base}/healthz`)).status).toBe(200);
    fake = await startFakeSlack(); // for afterEach
  });

  it('serves /metrics only on METRICS_PORT when it is set', async () => {
    const metricsPort = await freePort();
    bot = await startBotProcess({ env: socketEnv({ METRICS_PORT: String(metricsPort) }) });
    await fake.waitForSocketConnections(1, 10_000);
    await converse('UOPS00007', ['hi']);
    const metrics = await get(`http://127.0.0.1:${metricsPort}/metrics`);
    expect(metric(metrics.text, 'slack_replies_sent_total')).toBe(1);
    expect((await get(`http://127.0.0.1:${portOf(bot)}/metrics`)).status).toBe(404);
    expect((await get(`http://127.0.0.1:${portOf(bot)}/readyz`)).status).toBe(200);
  });

  it('counts ignored events by reason and duplicates', async () => {
    bot = await startBotProcess({ env: socketEnv() });
    await fake.waitForSocketConnections(1, 10_000);
    const base = `http://127.0.0.1:${portOf(bot)}`;
    const message = dmMessage({ user: 'UOPS00004', text: 'hello' });
    const first = fake.sendEvent(message);
    await fake.waitForPosts(1, { timeoutMs: 10_000 });
    await fake.redeliver(first, 1).acked;
    await waitUntil(async () => bot?.logs().some((l) => l.outcome === 'duplicate') ?? false);
    const text = (await get(`${base}/metrics`)).text;
    expect(metric(text, 'slack_events_duplicate_total')).toBe(1);
    expect(fake.posts).toHaveLength(1);
  });
});

describe('HTTP mode', () => {
  const httpEnv = (port: number, extra: Record<string, string> = {}) =>
    standInEnv(fake, { mode: 'http', database: `sqlite://${join(dataDir, 'bot.sqlite')}`, port, extra });

  it('serves /healthz and /readyz on the events port, but not /metrics, which faces the internet', async () => {
    const port = await freePort();
    bot = await startBotProcess({ env: httpEnv(port) });
    const base = `http://127.0.0.1:${port}`;
    const response = await fake.postEvent(
      `${base}/slack/events`,
      dmMessage({ user: 'UOPS00005', text: 'hi' }),
    );
    expect(response.status).toBe(200);
    expect((await get(`${base}/healthz`)).status).toBe(200);
    expect(JSON.parse((await get(`${base}/readyz`)).text)).toEqual({
      status: 'ready',
      slack: 'ok',
      store: 'ok',
    });
    const metrics = await get(`${base}/metrics`);
    expect(metrics.status).toBe(404);
    expect(metrics.text).not.toContain('slack_events_received_total');
    expect(bot.output()).not.toContain(fake.signingSecret);
  });

  it('serves /metrics on METRICS_PORT, bound to 127.0.0.1 by default, and not on PORT', async () => {
    const [port, metricsPort] = [await freePort(), await freePort()];
    bot = await startBotProcess({ env: httpEnv(port, { METRICS_PORT: String(metricsPort) }) });
    const response = await fake.postEvent(
      `http://127.0.0.1:${port}/slack/events`,
      dmMessage({ user: 'UOPS00006', text: 'hi' }),
    );
    expect(response.status).toBe(200);
    await waitUntil(async () => fake.posts.length === 1);
    const metrics = await get(`http://127.0.0.1:${metricsPort}/metrics`);
    expect(metric(metrics.text, 'slack_events_received_total{type="message"}')).toBe(1);
    expect((await get(`http://127.0.0.1:${port}/metrics`)).status).toBe(404);
    expect((await get(`http://127.0.0.1:${metricsPort}/readyz`)).status).toBe(404);
    expect(bot.logs().find((l) => l.msg === 'metrics served')).toMatchObject({ metrics_host: '127.0.0.1' });
  });
});
