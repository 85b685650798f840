// The production path, from a clean copy of the repository: install, build, reinstall with production
// dependencies only, then start the compiled bot (`node dist/index.js`, the command the Procfile, the
// systemd unit and the Dockerfile use) against the Slack stand-in and hold a conversation.

import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, expect, it, jest } from '@jest/globals';
import { dmMessage, startFakeSlack } from '../../slack-stand-in';
import { baseEnv, REPO_ROOT, standInEnv, startBotProcess } from '../helpers/bot-process';

jest.setTimeout(600_000);

let cloneDir: string;

beforeAll(() => {
  cloneDir = mkdtempSync(join(tmpdir(), 'prod-build-'));
  // What a clean clone holds: tracked files plus new ones not ignored (the working tree under test).
  const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
  })
    .split('\0')
    .filter((f) => f !== '' && existsSync(join(REPO_ROOT, f)));
  for (const file of files) {
    mkdirSync(dirname(join(cloneDir, file)), { recursive: true });
    cpSync(join(REPO_ROOT, file), join(cloneDir, file));
  }
});

afterAll(() => rmSync(cloneDir, { recursive: true, force: true }));

const run = (command: string, args: string[]) =>
  execFileSync(command, args, { cwd: cloneDir, env: baseEnv(), stdio: 'pipe', encoding: 'utf8' });

it('builds, installs production dependencies only, and the compiled bot holds a conversation', async () => {
  run('npm', ['ci', '--no-audit', '--no-fund']);
  run('npm', ['run', 'build']);
  run('npm', ['ci', '--omit=dev', '--no-audit', '--no-fund']);
  expect(existsSync(join(cloneDir, 'dist', 'index.js'))).toBe(true);
  expect(existsSync(join(cloneDir, 'node_modules', 'typescript'))).toBe(false);
  expect(existsSync(join(cloneDir, 'node_modules', 'jest'))).toBe(false);

  const fake = await startFakeSlack();
  const bot = await startBotProcess({
    command: 'node-dist',
    cwd: cloneDir,
    env: standInEnv(fake, {
      database: `sqlite://${join(cloneDir, 'data', 'bot.sqlite')}`,
      extra: { NODE_ENV: 'production' },
    }),
  });
  try {
    await fake.waitForSocketConnections(1, 10_000);
    const replies: string[] = [];
    for (const text of [
      'hello',
      'my name is Priya',
      'how old are you?',
      'what is your hobby',
      'and your name?',
    ]) {
      const before = fake.posts.length;
      fake.sendEvent(dmMessage({ user: 'UPROD0001', text }));
      const posts = await fake.waitForPosts(before + 1, { timeoutMs: 10_000 });
      replies.push(posts[before]?.text ?? '');
    }
    expect(replies[1]).toMatch(/Nice to meet you, \*Priya\*/);
    expect(replies[4]).toMatch(/My name is \*Quillon\*\. That was your last question\. Goodbye, \*Priya\*/);
    const exit = await bot.stop('SIGTERM');
    expect(exit.code).toBe(0);
  } finally {
    await bot.stop('SIGKILL').catch(() => {});
    await fake.close();
  }
});
