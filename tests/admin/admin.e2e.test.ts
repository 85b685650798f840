// End to end: the admin tool as an operator runs it (`npm run admin --silent -- …`, its own process) against
// the SQLite file a live bot process (`npm start`, Socket Mode, the local Slack stand-in) is writing while a
// person talks to it. Nothing may fail and no write may be lost on either side.

import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it, jest } from '@jest/globals';
import { dmMessage, type FakeSlack, startFakeSlack } from '../../slack-stand-in';
import { type BotProcess, baseEnv, REPO_ROOT, standInEnv, startBotProcess } from '../helpers/bot-process';

jest.setTimeout(120_000);

let fake: FakeSlack;
let dataDir: string;
let bot: BotProcess | undefined;

beforeEach(async () => {
  fake = await startFakeSlack();
  dataDir = mkdtempSync(join(tmpdir(), 'admin-e2e-'));
});

afterEach(async () => {
  await bot?.stop('SIGKILL').catch(() => {});
  bot = undefined;
  await fake.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const databaseUrl = () => `sqlite://${join(dataDir, 'bot.sqlite')}`;

interface AdminRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** `npm run admin --silent -- …args` in the repository, with only DATABASE_URL set, as an operator would. */
function admin(...args: string[]): Promise<AdminRun> {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', 'admin', '--silent', '--', ...args], {
      cwd: REPO_ROOT,
      env: { ...baseEnv(), DATABASE_URL: databaseUrl() },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr: withoutNpmNoise(stderr) }));
  });
}

/** npm's own warnings about the machine's npmrc are not the admin tool's output. */
function withoutNpmNoise(stderr: string): string {
  return stderr
    .split('\n')
    .filter((line) => !line.startsWith('npm warn'))
    .join('\n');
}

/** Sends one DM over the socket and resolves the bot's reply to it (one message at a time). */
async function chat(user: string, text: string): Promise<string> {
  const before = fake.posts.length;
  const message = dmMessage({ user, text });
  fake.sendEvent(message);
  const posts = await fake.waitForPosts(before + 1, { timeoutMs: 10_000 });
  expect(posts[before]?.thread_ts).toBe(message.ts);
  return posts[before]?.text ?? '';
}

interface ShownSession {
  readonly id: number;
  readonly open: boolean;
  readonly outcome: string | null;
  readonly turns: readonly { from: string; text: string }[];
}

async function showJson(user: string): Promise<{ state: string; sessions: ShownSession[] }> {
  const run = await admin('show', user, '--json');
  expect(run).toMatchObject({ code: 0, stderr: '' });
  return JSON.parse(run.stdout) as { state: string; sessions: ShownSession[] };
}

it('lists, shows, exports and resets while the bot is answering, and neither side loses a write', async () => {
  bot = await startBotProcess({
    env: standInEnv(fake, { database: databaseUrl() }),
  });
  await fake.waitForSocketConnections(1, 10_000);
  const team = fake.teamId;
  const kwame = 'UADMINE2E1';

  // list and show run while the bot is handling (and writing) Kwame's messages.
  expect(await chat(kwame, 'hi')).toBe(
    "Hi! I'm *Quillon*, a small chat bot. You can ask me up to 3 questions: my name, my age or my hobby. Say *help* any time. What's your name?",
  );
  const [greeting, listed] = await Promise.all([chat(kwame, 'im kwame'), admin('list')]);
  expect(greeting).toMatch(/^Nice to meet you, \*Kwame\*!/);
  expect(listed).toMatchObject({ code: 0, stderr: '' });
  expect(listed.stdout).toMatch(/^TEAM +USER +NAME +STATE +SESSIONS +LAST ACTIVITY \(UTC\)\n/);
  expect(listed.stdout).toMatch(
    new RegExp(`^${team} +${kwame} +(-|Kwame) +(awaiting name|answering \\(3 left\\)) +1 +\\d{4}-`, 'm'),
  );
  const [answer, shown] = await Promise.all([chat(kwame, 'how old are you?'), admin('show', kwame)]);
  expect(answer).toBe("I'm 5 years old. You have 2 questions left.");
  expect(shown).toMatchObject({ code: 0, stderr: '' });
  expect(shown.stdout).toContain(`Person         ${team}:${kwame}\n`);
  expect(shown.stdout).toMatch(/^ {2}\S+ {2}person {2}im kwame {2}\[name:Kwame\]$/m);

  const after = await admin('list');
  expect(after.stdout).toMatch(new RegExp(`^${team} +${kwame} +Kwame +answering \\(2 left\\) +1 `, 'm'));

  // reset: the session ends with outcome reset, the next message starts a new one.
  expect(await admin('reset', kwame)).toEqual({
    code: 0,
    stdout: `Ended session 1 of ${team}:${kwame}: outcome reset. Their next message starts a new session.\n`,
    stderr: '',
  });
  expect(await chat(kwame, 'hello again')).toBe(
    'Welcome back, *Kwame*! 👋 You have 3 questions left: my name, my age or my hobby.',
  );
  expect(await chat(kwame, 'what is your name?')).toBe('My name is *Quillon*. You have 2 questions left.');
  const kwameShown = await showJson(kwame);
  expect(kwameShown.state).toBe('answering');
  expect(kwameShown.sessions.map((s) => [s.id, s.outcome])).toEqual([
    [1, 'reset'],
    [2, null],
  ]);
  expect((await admin('show', kwame)).stdout).toMatch(/^Session 1 {2}reset {2}\S+ to \S+ {2}as Kwame$/m);

  // A reset racing a stream of messages from another person: every message and every reply is in the
  // transcript exactly once, whichever wrote first.
  const ana = 'UADMINE2E2';
  const sent = ['hi', 'my name is Ana', 'how old are you?'];
  for (const text of sent) await chat(ana, text);
  let resetDone = false;
  const resetting = admin('reset', ana).finally(() => {
    resetDone = true;
  });
  for (let i = 0; !resetDone || i < 2; i += 1) {
    const text = i % 2 === 0 ? 'thanks!' : 'ok';
    sent.push(text);
    await chat(ana, text);
    await new Promise((resolve) => setTimeout(resolve, 20)); // a steady stream, not a flood
  }
  const reset = await resetting;
  expect(reset).toMatchObject({ code: 0, stderr: '' });
  expect(reset.stdout).toMatch(/^Ended session 1 of .*: outcome reset\./);
  const anaShown = await showJson(ana);
  const turns = anaShown.sessions.flatMap((s) => s.turns);
  expect(turns.filter((t) => t.from === 'person').map((t) => t.text)).toEqual(sent);
  const anaChannel = dmMessage({ user: ana, text: '' }).channel;
  const repliesToAna = fake.posts.filter((p) => p.postedChannel === anaChannel);
  expect(turns.filter((t) => t.from === 'bot').map((t) => t.text)).toEqual(repliesToAna.map((p) => p.text));
  expect(anaShown.sessions.filter((s) => s.outcome === 'reset')).toHaveLength(1);
  expect(anaShown.sessions[0]).toMatchObject({ id: 1, outcome: 'reset' });

  // export: JSON Lines on stdout and nothing else, while the bot is still up.
  const exported = await admin('export');
  expect(exported.code).toBe(0);
  const lines = exported.stdout.trimEnd().split('\n');
  expect(lines.map((line) => (JSON.parse(line) as { user_id: string }).user_id).sort()).toEqual(
    [kwame, ana].sort(),
  );
  expect(exported.stderr).toBe('Exported 2 people.\n');

  // The bot saw no storage trouble, and stops cleanly.
  expect(bot.logs().filter((line) => line.level >= 50)).toEqual([]);
  expect(bot.logs().filter((line) => line.msg === 'event handled' && line.outcome !== 'answered')).toEqual(
    [],
  );
  expect((await bot.stop('SIGTERM')).code).toBe(0);
});

it('exits 3 for an unknown user and 2 for bad usage, as a process', async () => {
  bot = await startBotProcess({
    env: standInEnv(fake, { database: databaseUrl() }),
  });
  await fake.waitForSocketConnections(1, 10_000);
  expect(await admin('list')).toEqual({ code: 0, stdout: 'No conversations stored.\n', stderr: '' });
  expect(await admin('show', 'UNOBODY')).toEqual({
    code: 3,
    stdout: '',
    stderr: `admin: no conversation stored for UNOBODY (DATABASE_URL ${databaseUrl()})\n`,
  });
  expect(await admin('purge', '--older-than', '30')).toMatchObject({ code: 2, stdout: '' });
  expect((await admin('--help')).stdout).toMatch(/^Usage: npm run admin -- <command>/);
});
