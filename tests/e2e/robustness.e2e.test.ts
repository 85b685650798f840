// Never double-answer, never lose a conversation: the real process against the Slack stand-in, under
// duplicate deliveries, bursts, rate limits, outages, reconnects, hostile input, kills and shutdowns.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import Database from 'better-sqlite3';
import { dmMessage, type FakeSlack, fileShare, type PostRecord, startFakeSlack } from '../../slack-stand-in';
import { freePort } from '../../slack-stand-in/free-port';
import { type BotProcess, standInEnv, startBotProcess } from '../helpers/bot-process';
import { waitUntil } from '../helpers/wait';

jest.setTimeout(90_000);

let fake: FakeSlack;
let dataDir: string;
let bots: BotProcess[] = [];

beforeEach(async () => {
  fake = await startFakeSlack();
  dataDir = mkdtempSync(join(tmpdir(), 'robust-'));
  bots = [];
});

afterEach(async () => {
  for (const bot of bots) await bot.stop('SIGKILL').catch(() => {});
  await fake.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const dbPath = () => join(dataDir, 'bot.sqlite');
const socketEnv = (extra: Record<string, string> = {}) =>
  standInEnv(fake, { database: `sqlite://${dbPath()}`, extra });

async function startSocketBot(
  extra: Record<string, string> = {},
  command: 'npm-start' | 'node-dist' = 'npm-start',
): Promise<BotProcess> {
  const bot = await startBotProcess({ env: socketEnv(extra), command });
  bots.push(bot);
  await fake.waitForSocketConnections(1, 10_000);
  return bot;
}

const repliesTo = (user: string): PostRecord[] =>
  fake.posts.filter((p) => p.channel === dmMessage({ user, text: 'x' }).channel);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Sends a DM and waits for the reply in its thread. */
async function chat(user: string, text: string): Promise<string> {
  const message = dmMessage({ user, text });
  fake.sendEvent(message);
  const [reply] = await fake.waitForPosts(1, {
    timeoutMs: 10_000,
    filter: (p) => p.thread_ts === message.ts,
  });
  return reply?.text ?? '';
}

describe('exactly-once steps', () => {
  it('answers a Socket Mode redelivery (retry_attempt) once, and counts the question once', async () => {
    const bot = await startSocketBot();
    await chat('UDUP00001', "I'm Ana");
    const question = dmMessage({ user: 'UDUP00001', text: 'how old are you?' });
    const first = fake.sendEvent(question);
    await fake.waitForPosts(1, { filter: (p) => p.thread_ts === question.ts });
    await fake.redeliver(first, 1).acked;
    await fake.redeliver(first, 2).acked;
    await waitUntil(() => bot.logs().filter((l) => l.outcome === 'duplicate').length === 2);
    expect(fake.posts.filter((p) => p.thread_ts === question.ts)).toHaveLength(1);
    expect(await chat('UDUP00001', 'status')).toMatch(/^You're \*Ana\*, and you have 2 questions left\./);
  });

  it('recognises the same message (client_msg_id) delivered under a new event_id', async () => {
    await startSocketBot();
    await chat('UDUP00002', "I'm Bo");
    const question = dmMessage({ user: 'UDUP00002', text: 'what is your hobby' });
    fake.sendEvent(question, { eventId: 'EvFIRST0001' });
    await fake.waitForPosts(1, { filter: (p) => p.thread_ts === question.ts });
    await fake.sendEvent(question, { eventId: 'EvSECOND001' }).acked;
    await sleep(500);
    expect(fake.posts.filter((p) => p.thread_ts === question.ts)).toHaveLength(1);
  });

  it('processes a retry whose first delivery never reached the bot', async () => {
    await startSocketBot();
    const message = dmMessage({ user: 'UDUP00003', text: "hi, I'm Cleo" });
    fake.sendEvent(message, { retryAttempt: 1, retryReason: 'timeout' });
    const [reply] = await fake.waitForPosts(1, { filter: (p) => p.thread_ts === message.ts });
    expect(reply?.text).toMatch(/Nice to meet you, \*Cleo\*/);
  });

  it('answers three questions sent at once exactly three times, in order, then says goodbye', async () => {
    await startSocketBot();
    await chat('UBURST001', "I'm Dee");
    const burst = ['what is your name?', 'how old are you?', 'what is your hobby?'].map((text) =>
      dmMessage({ user: 'UBURST001', text }),
    );
    for (const message of burst) fake.sendEvent(message);
    await fake.waitForPosts(4, { timeoutMs: 10_000 });
    await sleep(300);
    const replies = repliesTo('UBURST001').slice(1);
    expect(replies.map((r) => r.thread_ts)).toEqual(burst.map((m) => m.ts));
    expect(replies.map((r) => r.text)).toEqual([
      'My name is *Quillon*. You have 2 questions left.',
      "I'm 5 years old. You have 1 question left.",
      expect.stringMatching(/^My hobby is .*That was your last question\. Goodbye, \*Dee\*!/),
    ]);
  });

  it('never makes one person wait for another', async () => {
    await startSocketBot();
    fake.setLatency('chat.postMessage', 0);
    const slow = dmMessage({ user: 'USLOW0001', text: 'hello' });
    const fast = dmMessage({ user: 'UFAST0001', text: 'hello' });
    fake.failNext('chat.postMessage', { delayMs: 3000 }); // the first reply (to slow) takes 3 s
    fake.sendEvent(slow);
    await sleep(100);
    fake.sendEvent(fast);
    const [first] = await fake.waitForPosts(1, { timeoutMs: 10_000 });
    expect(first?.thread_ts).toBe(fast.ts);
  });
});

describe('replies Slack rejects', () => {
  it('waits out a 429 and posts the reply once', async () => {
    await startSocketBot();
    fake.failNext('chat.postMessage', { status: 429, retryAfterSeconds: 1 });
    expect(await chat('URATE0001', 'hello')).toMatch(/What's your name/);
    expect(repliesTo('URATE0001')).toHaveLength(1);
  });

  it('rides out a short 5xx outage', async () => {
    await startSocketBot();
    fake.failNext('chat.postMessage', { status: 502 }, 2);
    expect(await chat('U5XX00001', 'hello')).toMatch(/What's your name/);
  });

  it('drops a reply that can no longer be delivered in time, logs it, and does not advance the conversation', async () => {
    const bot = await startSocketBot();
    await chat('UFAIL0001', "I'm Eve");
    fake.failNext('chat.postMessage', { status: 429, retryAfterSeconds: 3600 });
    fake.sendEvent(dmMessage({ user: 'UFAIL0001', text: 'how old are you?' }));
    const failed = await bot.waitForLog((l) => l.outcome === 'reply_failed');
    expect(failed).toMatchObject({ user_id: 'UFAIL0001' });
    expect(bot.output()).toMatch(/reply dropped/);
    // The question did not count: asked again, it is answered as the first of three.
    expect(await chat('UFAIL0001', 'how old are you?')).toBe("I'm 5 years old. You have 2 questions left.");
  });
});

describe('connections and processes', () => {
  it('loses no event across a refresh_requested disconnect and a dropped socket', async () => {
    await startSocketBot();
    await chat('URECON001', "I'm Fay");
    await fake.sendDisconnect('refresh_requested');
    await fake.waitForSocketConnections(1, 15_000);
    expect(await chat('URECON001', 'how old are you?')).toMatch(/2 questions left/);

    // An event in flight when the socket drops is redelivered after the reconnect and answered once.
    const question = dmMessage({ user: 'URECON001', text: 'what is your hobby?' });
    const sent = fake.sendEvent(question);
    await fake.dropConnection(0);
    await fake.waitForSocketConnections(1, 15_000);
    await fake.redeliver(sent, 1).acked;
    await fake.waitForPosts(1, { timeoutMs: 10_000, filter: (p) => p.thread_ts === question.ts });
    await sleep(500);
    expect(fake.posts.filter((p) => p.thread_ts === question.ts)).toHaveLength(1);
    expect(await chat('URECON001', 'status')).toMatch(/1 question left/);
  });

  it('keeps every conversation readable through repeated kill -9 under load', async () => {
    const people = Array.from({ length: 6 }, (_, i) => `UKILL000${i}`);
    for (let round = 0; round < 3; round += 1) {
      const bot = await startSocketBot();
      for (const user of people)
        fake.sendEvent(
          dmMessage({ user, text: round === 0 ? `I'm Kay ${user.slice(-1)}` : 'how old are you?' }),
        );
      await sleep(20 + round * 15); // kill in the middle of the burst
      await bot.stop('SIGKILL');
      await fake.waitForSocketConnections(0, 10_000);
    }
    expect(await sqliteIntegrity(dbPath())).toBe('ok');
    await startSocketBot();
    for (const user of people) {
      expect(await chat(user, 'status')).toMatch(
        /waiting for your name|questions? left|not talking|Welcome back/,
      );
    }
  });

  it('on SIGTERM stops taking events, finishes the one in flight, closes the socket and exits 0', async () => {
    const bot = await startSocketBot({}, 'node-dist');
    fake.failNext('chat.postMessage', { delayMs: 1500 });
    const message = dmMessage({ user: 'UTERM0001', text: 'hello' });
    await fake.sendEvent(message).acked;
    await sleep(100);
    const exit = await bot.stop('SIGTERM');
    expect(exit.code).toBe(0);
    expect(fake.posts.filter((p) => p.thread_ts === message.ts)).toHaveLength(1);
    await fake.waitForSocketConnections(0, 5000);
    expect(bot.logs().some((l) => l.msg === 'stopped')).toBe(true);
  });

  it('stops the same way on SIGINT', async () => {
    const bot = await startSocketBot({}, 'node-dist');
    expect((await bot.stop('SIGINT')).code).toBe(0);
  });
});

describe('input the bot must survive', () => {
  it('answers empty-ish, emoji-only, huge and malformed messages sensibly, and keeps going', async () => {
    const bot = await startSocketBot();
    const user = 'UODD00001';
    expect(await chat(user, '🙂')).toMatch(/What's your name/);
    const toPaste = await chat(user, 'x'.repeat(40_000));
    expect(toPaste).toMatch(/name\?|call you\?|still need a name/); // still asking for the name, not greeting "Xxxx…"
    expect(toPaste.length).toBeLessThan(300);
    expect(await chat(user, 'Ana \uD800 \uDFFF')).toMatch(/Nice to meet you, \*Ana\*/);
    await fake.sendEvent(fileShare({ user })).acked; // an upload without text: nothing to answer
    await fake.sendEvent(dmMessage({ user, text: '' })).acked;
    expect(await chat(user, 'how old are you?')).toMatch(/2 questions left/);
    expect(bot.logs().filter((l) => l.reason === 'no_text')).toHaveLength(2);
    expect(bot.logs().some((l) => l.level >= 50)).toBe(false);
  });

  it('never echoes a mention, broadcast or link in a form Slack would act on', async () => {
    await startSocketBot();
    const hostile = [
      'my name is <!channel>',
      "I'm <!here> Ana",
      'call me <@U0BOSS001>',
      'my name is <#C0GENERAL|general> Bo',
      "I'm <https://evil.example|Cy>",
      'my name is *Dan* _the_ ~man~ &lt;!everyone&gt;',
    ];
    for (const [i, text] of hostile.entries()) {
      const reply = await chat(`UINJ0000${i}`, text);
      expect(reply).not.toMatch(/<[!@#]|<https?:/);
      // Only the bot's own bold (the name, its own name, *help*), never restyled by what was typed.
      const bold = reply.match(/\*[^*]*\*/g) ?? [];
      expect(bold.length).toBeLessThanOrEqual(3);
      expect(bold.filter((span) => /[_~]/.test(span))).toEqual([]);
    }
  });

  it('starts afresh, without a crash, from a corrupt or old stored record', async () => {
    const bot = await startSocketBot();
    await chat('UCORRUPT1', "I'm Gus");
    await chat('UOLDVER01', "I'm Hal");
    await waitUntil(() => bot.logs().filter((l) => l.msg === 'event handled').length === 2);
    await sqliteExec(dbPath(), [
      "UPDATE keyv SET value = '{not json' WHERE key = 'bot:person:T0TEAM001:UCORRUPT1'",
      `UPDATE keyv SET value = json_set(value, '$.value.data.v', 0) WHERE key = 'bot:person:T0TEAM001:UOLDVER01'`,
    ]);
    expect(await chat('UCORRUPT1', 'hello')).toMatch(/What's your name/);
    expect(await chat('UOLDVER01', 'hello')).toMatch(/What's your name/);
    expect(await chat('UCORRUPT1', 'Gus')).toMatch(/Nice to meet you, \*Gus\*/);
  });

  it('apologises when the database is locked too long, and loses nothing', async () => {
    const bot = await startSocketBot();
    await chat('ULOCK0001', "I'm Ida");
    await bot.waitForLog((l) => l.msg === 'event handled'); // the reply is recorded as sent
    const locker = new Database(dbPath());
    locker.exec('BEGIN EXCLUSIVE');
    try {
      expect(await chat('ULOCK0001', 'how old are you?')).toMatch(/^Sorry, I couldn't reach my memory/);
    } finally {
      locker.exec('ROLLBACK');
      locker.close();
    }
    await bot.waitForLog((l) => l.outcome === 'storage_failed');
    expect(await chat('ULOCK0001', 'how old are you?')).toBe("I'm 5 years old. You have 2 questions left.");
  });
});

/** The bot in HTTP mode on a free port; returns it with its events URL. */
async function startHttpBot(): Promise<{ bot: BotProcess; url: string }> {
  const port = await freePort();
  const bot = await startBotProcess({
    env: standInEnv(fake, { mode: 'http', database: `sqlite://${dbPath()}`, port }),
  });
  bots.push(bot);
  return { bot, url: `http://127.0.0.1:${port}/slack/events` };
}

describe('HTTP mode security', () => {
  it('rejects bad, missing and stale signatures with 401 and never processes them', async () => {
    const { bot, url } = await startHttpBot();
    const user = 'USIGN0001';
    expect(
      (await fake.postEvent(url, dmMessage({ user, text: "I'm Mallory" }), { signature: 'bad' })).status,
    ).toBe(401);
    expect(
      (await fake.postEvent(url, dmMessage({ user, text: "I'm Mallory" }), { signature: 'missing' })).status,
    ).toBe(401);
    const stale = await fake.postEvent(url, dmMessage({ user, text: "I'm Mallory" }), {
      timestampOffsetSeconds: -360,
    });
    expect(stale.status).toBe(401);
    await sleep(300);
    expect(fake.posts).toHaveLength(0);

    // A real message afterwards finds no trace of the rejected ones: a fresh conversation.
    const ok = await fake.postEvent(url, dmMessage({ user, text: 'hello' }));
    expect(ok.status).toBe(200);
    const [reply] = await fake.waitForPosts(1);
    expect(reply?.text).toMatch(/^Hi! I'm \*Quillon\*/);
    expect(bot.output()).not.toContain(fake.signingSecret);
  });

  it('answers an HTTP retry (X-Slack-Retry-Num) once', async () => {
    const { url } = await startHttpBot();
    const message = dmMessage({ user: 'URETRY001', text: 'hello' });
    const first = await fake.postEvent(url, message, { eventId: 'EvHTTPRETRY1' });
    const retry = await fake.postEvent(url, message, {
      eventId: 'EvHTTPRETRY1',
      retryNum: 1,
      retryReason: 'http_timeout',
    });
    expect([first.status, retry.status]).toEqual([200, 200]);
    await sleep(300);
    expect(fake.posts.filter((p) => p.thread_ts === message.ts)).toHaveLength(1);
  });
});

describe('start-up failures are explained without secrets', () => {
  it('names the database path it cannot create', async () => {
    const blocker = join(dataDir, 'a-file');
    writeFileSync(blocker, 'x');
    const bot = await startBotProcess({
      env: socketEnv({ DATABASE_URL: `sqlite://${join(blocker, 'sub', 'bot.sqlite')}` }),
      readyMessage: null,
    });
    expect((await bot.exited()).code).toBe(1);
    expect(bot.output()).toContain(join(blocker, 'sub', 'bot.sqlite'));
  });

  it('says which token is of the wrong kind without printing it', async () => {
    const bot = await startBotProcess({
      env: socketEnv({ SLACK_BOT_TOKEN: fake.appToken, SLACK_APP_TOKEN: fake.botToken }),
      readyMessage: null,
    });
    expect((await bot.exited()).code).toBe(1);
    expect(bot.output()).toMatch(/SLACK_BOT_TOKEN must start with xoxb-, but it holds a xapp- token/);
    expect(bot.output()).not.toContain(fake.appToken);
    expect(bot.output()).not.toContain(fake.botToken);
  });

  it('reports a token Slack refuses without printing it', async () => {
    const bogus = 'xoxb-1111111111-2222222222222-abcdefabcdefabcdefabcdef';
    const bot = await startBotProcess({ env: socketEnv({ SLACK_BOT_TOKEN: bogus }), readyMessage: null });
    expect((await bot.exited()).code).toBe(1);
    expect(bot.output()).toMatch(/invalid_auth/);
    expect(bot.output()).not.toContain(bogus);
  });
});

async function sqliteExec(path: string, statements: string[]): Promise<void> {
  const db = new Database(path);
  try {
    db.exec(statements.join(';\n'));
  } finally {
    db.close();
  }
}

async function sqliteIntegrity(path: string): Promise<string> {
  const db = new Database(path);
  try {
    return (db.prepare('PRAGMA integrity_check').get() as { integrity_check: string }).integrity_check;
  } finally {
    db.close();
  }
}
