// End to end: the real process, started with `npm start` as a person would, against the local Slack
// stand-in, in Socket Mode and in HTTP mode. A whole conversation, then a kill -9 and a restart.

import { mkdtempSync, rmSync } from 'node:fs';
import { type AddressInfo, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { dmMessage, dmThreadReply, type FakeSlack, startFakeSlack } from '../../slack-stand-in';
import { freePort } from '../../slack-stand-in/free-port';
import { type BotProcess, standInEnv, startBotProcess } from '../helpers/bot-process';

jest.setTimeout(90_000);

let fake: FakeSlack;
let dataDir: string;
let bots: BotProcess[] = [];

beforeEach(async () => {
  fake = await startFakeSlack();
  dataDir = mkdtempSync(join(tmpdir(), 'e2e-'));
  bots = [];
});

afterEach(async () => {
  for (const bot of bots) await bot.stop('SIGKILL').catch(() => {});
  await fake.close();
  rmSync(dataDir, { recursive: true, force: true });
});

function socketEnv(): Record<string, string> {
  return standInEnv(fake, { database: `sqlite://${join(dataDir, 'bot.sqlite')}` });
}

async function start(env: Record<string, string>): Promise<BotProcess> {
  const bot = await startBotProcess({ env });
  bots.push(bot);
  return bot;
}

/** Sends one DM over the socket and returns the bot's reply to it. */
async function chat(user: string, text: string): Promise<string> {
  const before = fake.posts.length;
  const message = dmMessage({ user, text });
  fake.sendEvent(message);
  const posts = await fake.waitForPosts(before + 1, { timeoutMs: 10_000 });
  const reply = posts[before];
  expect(reply?.thread_ts).toBe(message.ts);
  return reply?.text ?? '';
}

describe('Socket Mode, npm start', () => {
  it('holds a whole conversation, and stops cleanly on SIGTERM', async () => {
    const bot = await start(socketEnv());
    await fake.waitForSocketConnections(1, 10_000);
    const user = 'UE2E00001';
    expect(await chat(user, 'hi')).toBe(
      "Hi! I'm *Quillon*, a small chat bot. You can ask me up to 3 questions: my name, my age or my hobby. Say *help* any time. What's your name?",
    );
    expect(await chat(user, 'im kwame')).toMatch(
      /^Nice to meet you, \*Kwame\*! What would you like to know: .*You have 3 questions/,
    );
    expect(await chat(user, 'what is your name?')).toBe('My name is *Quillon*. You have 2 questions left.');
    expect(await chat(user, 'thanks!')).toMatch(/^You're welcome! .*2 questions/);
    expect(await chat(user, 'how old are you')).toBe("I'm 5 years old. You have 1 question left.");
    expect(await chat(user, 'what do you do for fun?')).toMatch(
      /^My hobby is collecting unusual words and the stories behind them\. That was your last question\. Goodbye, \*Kwame\*!/,
    );
    expect(await chat(user, 'hello again')).toBe(
      'New chat, *Kwame*! You have 3 questions left: my name, my age or my hobby.',
    );

    const handledCount = () => bot.logs().filter((l) => l.msg === 'event handled').length;
    await bot.waitForLog(() => handledCount() === 7);
    const handled = bot.logs().filter((l) => l.msg === 'event handled');
    expect(handled[0]).toMatchObject({ outcome: 'answered', user_id: user, team_id: fake.teamId });
    expect(bot.output()).not.toContain(fake.botToken);
    expect(bot.output()).not.toContain(fake.appToken);

    const exit = await bot.stop('SIGTERM');
    expect(exit.code).toBe(0);
    expect(bot.logs().some((l) => l.msg === 'stopped')).toBe(true);
  });

  it('keeps the conversation through kill -9 and a restart', async () => {
    const first = await start(socketEnv());
    await fake.waitForSocketConnections(1, 10_000);
    const user = 'UE2E00002';
    await chat(user, 'my name is Ana Lima');
    expect(await chat(user, 'how old are you?')).toMatch(/2 questions left/);
    await first.stop('SIGKILL');
    await fake.waitForSocketConnections(0, 10_000);

    await start(socketEnv());
    await fake.waitForSocketConnections(1, 10_000);
    expect(await chat(user, "what's your hobby")).toMatch(/^My hobby is .*You have 1 question left\.$/);
    expect(await chat(user, 'status')).toMatch(/^You're \*Ana Lima\*, and you have 1 question left\./);
  });
});

describe('HTTP mode, npm start', () => {
  it('holds a whole conversation over signed requests', async () => {
    const port = await freePort();
    await start(
      standInEnv(fake, { mode: 'http', database: `sqlite://${join(dataDir, 'bot.sqlite')}`, port }),
    );
    const url = `http://127.0.0.1:${port}/slack/events`;
    const user = 'UE2E00003';
    const say = async (text: string, threadTs?: string) => {
      const before = fake.posts.length;
      const message = threadTs ? dmThreadReply({ user, text, threadTs }) : dmMessage({ user, text });
      const response = await fake.postEvent(url, message);
      expect(response.status).toBe(200);
      const posts = await fake.waitForPosts(before + 1, { timeoutMs: 10_000 });
      expect(posts[before]?.thread_ts).toBe(threadTs ?? message.ts);
      return { text: posts[before]?.text ?? '', ts: message.ts };
    };
    const hi = await say('hello');
    expect(hi.text).toMatch(/What's your name/);
    expect((await say('call me Jo', hi.ts)).text).toMatch(/Nice to meet you, \*Jo\*/);
    expect((await say('how old are u', hi.ts)).text).toBe("I'm 5 years old. You have 2 questions left.");
    expect((await say('what is the meaning of life?')).text).toMatch(/^Sorry, I can't help with that/);
    expect((await say('hobby?')).text).toMatch(/Goodbye, \*Jo\*/);

    const verification = await fake.postUrlVerification(url);
    expect(verification.status).toBe(200);
    expect(verification.body).toContain(verification.challenge);
  });
});

describe('start-up problems are explained', () => {
  it('says exactly which tokens are missing and where to get them', async () => {
    const bot = await startBotProcess({
      env: { DATABASE_URL: `sqlite://${join(dataDir, 'x.sqlite')}` },
      readyMessage: null,
    });
    const exit = await bot.exited();
    expect(exit.code).toBe(1);
    expect(bot.output()).toMatch(/No Slack tokens are set\. Copy \.env\.example to \.env/);
  });

  it('names the persona file and the problem', async () => {
    const bot = await startBotProcess({
      env: { ...socketEnv(), PERSONA_FILE: 'package.json' },
      readyMessage: null,
    });
    const exit = await bot.exited();
    expect(exit.code).toBe(1);
    expect(bot.output()).toMatch(/Invalid persona file .*package\.json: "name" must|"age" must/);
  });
});

describe('a port already taken', () => {
  it('says which PORT is in use and what to do', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, resolve));
    const port = (blocker.address() as AddressInfo).port;
    try {
      const bot = await startBotProcess({ env: { ...socketEnv(), PORT: String(port) }, readyMessage: null });
      expect((await bot.exited()).code).toBe(1);
      expect(bot.output()).toContain(`PORT ${port} is already in use`);
    } finally {
      blocker.close();
    }
  });
});
