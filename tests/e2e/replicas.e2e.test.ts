// Several replicas sharing one Redis: the real bot processes against the Slack stand-in, one person's
// messages spread over both, duplicates landing on the other replica, a replica killed mid-conversation,
// and Redis itself stopped and restarted.

import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { dmMessage, type FakeSlack, type PostRecord, startFakeSlack } from '../../slack-stand-in';
import { freePort } from '../../slack-stand-in/free-port';
import { type BotProcess, standInEnv, startBotProcess } from '../helpers/bot-process';
import { type PrivateRedis, redisOrSkip, startPrivateRedis } from '../helpers/redis';

jest.setTimeout(90_000);
const describeRedis = redisOrSkip('Replicas sharing Redis') ? describe : describe.skip;

let fake: FakeSlack;
let redis: PrivateRedis;
let bots: BotProcess[] = [];

beforeEach(async () => {
  fake = await startFakeSlack();
  redis = await startPrivateRedis();
  bots = [];
});

afterEach(async () => {
  for (const bot of bots) await bot.stop('SIGKILL').catch(() => {});
  await fake.close();
  await redis.close();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const QUESTIONS = ['what is your name?', 'how old are you?', 'what is your hobby?'];

async function startSocketReplicas(count: number): Promise<BotProcess[]> {
  const env = standInEnv(fake, { database: redis.url });
  const started = await Promise.all(
    Array.from({ length: count }, () => startBotProcess({ env, command: 'node-dist' })),
  );
  bots.push(...started);
  await fake.waitForSocketConnections(count, 15_000);
  return started;
}

async function chat(
  user: string,
  text: string,
  connection?: number,
  timeoutMs = 10_000,
): Promise<PostRecord> {
  const message = dmMessage({ user, text });
  fake.sendEvent(message, connection === undefined ? {} : { connection });
  const [reply] = await fake.waitForPosts(1, { timeoutMs, filter: (p) => p.thread_ts === message.ts });
  if (!reply) throw new Error('no reply');
  return reply;
}

/** The burst's replies must read as one exact conversation: each answers its own message, counts 2, 1, goodbye. */
function expectExactBurst(replies: PostRecord[], burst: { ts: string; text?: string }[]): void {
  expect(replies).toHaveLength(3);
  const answerFor: Record<string, RegExp> = {
    'what is your name?': /My name is \*Quillon\*/,
    'how old are you?': /I'm 5 years old/,
    'what is your hobby?': /My hobby is/,
  };
  for (const reply of replies) {
    const asked = burst.find((m) => m.ts === reply.thread_ts);
    expect(asked).toBeDefined();
    expect(reply.text).toMatch(answerFor[asked?.text ?? ''] ?? /never/);
  }
  expect(replies[0]?.text).toMatch(/You have 2 questions left\.$/);
  expect(replies[1]?.text).toMatch(/You have 1 question left\.$/);
  expect(replies[2]?.text).toMatch(/That was your last question\. Goodbye/);
}

describeRedis('two replicas, Socket Mode, one Redis', () => {
  it('answers a burst spread over both replicas exactly once each, with an exact count', async () => {
    await startSocketReplicas(2);
    const user = 'UREP00001';
    await chat(user, "I'm Ana", 0);
    const before = fake.posts.length;
    const burst = QUESTIONS.map((text) => dmMessage({ user, text }));
    for (const [i, message] of burst.entries()) fake.sendEvent(message, { connection: i % 2 });
    const posts = await fake.waitForPosts(before + 3, { timeoutMs: 15_000 });
    await sleep(500);
    expect(fake.posts).toHaveLength(before + 3);
    expectExactBurst(posts.slice(before), burst);
  });

  it('answers a duplicate delivered to the other replica once', async () => {
    const [a, b] = await startSocketReplicas(2);
    const user = 'UREP00002';
    await chat(user, "I'm Bo", 0);
    const question = dmMessage({ user, text: 'how old are you?' });
    const first = fake.sendEvent(question, { connection: 0 });
    await fake.waitForPosts(1, { filter: (p) => p.thread_ts === question.ts });
    await fake.redeliver(first, 1, { connection: 1 }).acked;
    const duplicateLogged = async () =>
      [a, b].some((bot) => bot?.logs().some((l) => l.outcome === 'duplicate' && l.user_id === user));
    const deadline = Date.now() + 5000;
    while (!(await duplicateLogged()) && Date.now() < deadline) await sleep(50);
    expect(await duplicateLogged()).toBe(true);
    expect(fake.posts.filter((p) => p.thread_ts === question.ts)).toHaveLength(1);
    expect((await chat(user, 'status', 1)).text).toMatch(/^You're \*Bo\*, and you have 2 questions left\./);
  });

  it('loses nothing when one replica is killed mid-conversation', async () => {
    const [a] = await startSocketReplicas(2);
    const user = 'UREP00003';
    await chat(user, "I'm Cy", 0);
    expect((await chat(user, 'how old are you?', 1)).text).toMatch(/2 questions left/);
    await a?.stop('SIGKILL');
    await fake.waitForSocketConnections(1, 10_000);
    // If the killed replica still held the person's lease, the survivor waits for it to lapse (5 s at most).
    expect((await chat(user, 'what is your hobby?', undefined, 15_000)).text).toMatch(/1 question left/);
    expect((await chat(user, 'what is your name?')).text).toMatch(/Goodbye, \*Cy\*/);
  });
});

describeRedis('two replicas, HTTP mode behind a load balancer, one Redis', () => {
  it('answers a burst alternating between the replicas exactly once each, with an exact count', async () => {
    const ports = [await freePort(), await freePort()];
    const started = await Promise.all(
      ports.map((port) =>
        startBotProcess({
          command: 'node-dist',
          env: standInEnv(fake, { mode: 'http', database: redis.url, port }),
        }),
      ),
    );
    bots.push(...started);
    const urls = ports.map((port) => `http://127.0.0.1:${port}/slack/events`);
    const user = 'UREP00004';
    await fake.postEvent(urls[0] ?? '', dmMessage({ user, text: "I'm Dee" }));
    await fake.waitForPosts(1);
    const burst = QUESTIONS.map((text) => dmMessage({ user, text }));
    const statuses = await Promise.all(burst.map((message, i) => fake.postEvent(urls[i % 2] ?? '', message)));
    expect(statuses.map((s) => s.status)).toEqual([200, 200, 200]);
    const posts = await fake.waitForPosts(4, { timeoutMs: 15_000 });
    await sleep(300);
    expect(fake.posts).toHaveLength(4);
    expectExactBurst(posts.slice(1), burst);

    // A retry of the last message, landing on the other replica, is recognised.
    const last = burst[2];
    if (!last) throw new Error('no burst');
    const retry = await fake.postEvent(urls[0] ?? '', last, { retryNum: 1, retryReason: 'http_timeout' });
    expect(retry.status).toBe(200);
    await sleep(300);
    expect(fake.posts).toHaveLength(4);
  });
});

describeRedis('Redis stopped and restarted during a conversation', () => {
  it('fails fast with an apology and a red /readyz, then recovers by itself', async () => {
    const [bot] = await startSocketReplicas(1);
    if (!bot) throw new Error('no bot');
    const port = Number(bot.logs().find((l) => typeof l.port === 'number')?.port);
    const readyz = async () => (await fetch(`http://127.0.0.1:${port}/readyz`)).status;
    const user = 'UREP00005';
    await chat(user, "I'm Eve");
    expect(await readyz()).toBe(200);

    await redis.stop();
    // Fast, not queued: Redis comes back only after the apology, so a bot waiting for it would never answer.
    expect((await chat(user, 'how old are you?')).text).toMatch(/^Sorry, I couldn't reach my memory/);
    expect(await readyz()).toBe(503);
    // Ready or not, without the store's error text (hosts, ports) for whoever can reach the port.
    const body = await (await fetch(`http://127.0.0.1:${port}/readyz`)).json();
    expect(body).toEqual({ status: 'not ready', slack: 'ok', store: 'unavailable' });

    await redis.start();
    const deadline = Date.now() + 15_000;
    while ((await readyz()) !== 200 && Date.now() < deadline) await sleep(100);
    expect(await readyz()).toBe(200);
    expect((await chat(user, 'how old are you?')).text).toBe("I'm 5 years old. You have 2 questions left.");
  });

  it('refuses to start when Redis is down, and says so', async () => {
    await redis.stop();
    const bot = await startBotProcess({
      command: 'node-dist',
      env: standInEnv(fake, { database: redis.url }),
      readyMessage: null,
    });
    bots.push(bot);
    expect((await bot.exited()).code).toBe(1);
    expect(bot.output()).toContain(`Cannot reach Redis at ${redis.url}`);
  });
});
