// End to end in a real browser: `npm run playground` as a real process, driven through Debian's headless
// Chromium with playwright-core, as a person would use it: typing, Enter, clicking the quick replies,
// reloading, a phone-sized screen, and the server going away mid-conversation. Screenshots are kept in artifacts/ (CI keeps that folder).

import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { type Browser, type BrowserContext, chromium, type Locator, type Page } from 'playwright-core';
import { freePort } from '../../slack-stand-in/free-port';
import { QUICK_QUESTIONS } from '../../src/conversation/engine';
import { REPO_ROOT } from '../helpers/bot-process';
import { type PlaygroundProcess, startPlaygroundProcess } from './playground-process';

jest.setTimeout(120_000);

const CHROMIUM = '/usr/bin/chromium';
const ARTIFACTS = join(REPO_ROOT, 'artifacts');
// Without the background-networking flags Chromium keeps dialling Google, which this network refuses.
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const INSTALL_HINT = `Debian's chromium is not installed at ${CHROMIUM}: apt-get install -y chromium (.ci/run does this as root).`;

const haveChromium = existsSync(CHROMIUM);
if (!haveChromium && process.env.CI !== 'true') {
  console.warn(`SKIPPING the playground browser test: ${INSTALL_HINT}`);
}

if (!haveChromium && process.env.CI === 'true') {
  describe('the playground in a real browser', () => {
    it('needs Chromium', () => {
      throw new Error(INSTALL_HINT);
    });
  });
}

(haveChromium ? describe : describe.skip)('the playground in a real browser', () => {
  let dataDir: string;
  let port: number;
  let env: Record<string, string>;
  let playground: PlaygroundProcess | undefined;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    dataDir = mkdtempSync(join(tmpdir(), 'playground-e2e-'));
    port = await freePort();
    env = { PORT: String(port), DATABASE_URL: `sqlite://${join(dataDir, 'bot.sqlite')}`, LOG_LEVEL: 'info' };
    [playground, browser] = await Promise.all([
      startPlaygroundProcess(env),
      chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS }),
    ]);
  });

  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => {});
    await browser?.close();
    await playground?.stop('SIGKILL').catch(() => {});
    rmSync(dataDir, { recursive: true, force: true });
  });

  /** A fresh browser profile: a new person as far as the playground is concerned. */
  async function openPage(viewport = { width: 1280, height: 900 }): Promise<Page> {
    const context = await browser.newContext({ viewport });
    contexts.push(context);
    const page = await context.newPage();
    await page.goto(playground?.url ?? '');
    return page;
  }

  const composerOf = (page: Page) => page.getByRole('textbox', { name: 'Message Quillon' });
  const items = (page: Page) => page.locator('#message-list > li');
  const personText = (item: Locator) => item.locator(':scope > .message-body > .message-text');
  const replyText = (item: Locator) => item.locator('.thread .from-bot .message-text');
  // Expressions run in the page are strings: this project's TypeScript has no DOM types.
  const composerHasFocus = (page: Page) =>
    page.evaluate<boolean>("document.activeElement?.id === 'composer'");

  async function waitUntil(check: () => Promise<boolean>, what: string, timeoutMs = 5000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!(await check())) {
      if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }

  /** Types a message, presses Enter, and returns the bot's reply as shown in the message's thread. */
  async function say(page: Page, text: string): Promise<string> {
    const before = await items(page).count();
    await composerOf(page).pressSequentially(text);
    await composerOf(page).press('Enter');
    const item = items(page).nth(before);
    await replyText(item).waitFor({ timeout: 10_000 });
    expect(await personText(item).textContent()).toBe(text);
    expect(await item.locator('.thread-count').textContent()).toBe('1 reply');
    expect(await item.getByRole('group', { name: 'Thread, 1 reply' }).count()).toBe(1);
    expect(await item.locator('.thread .sender').textContent()).toBe('Quillon');
    const reply = (await replyText(item).textContent()) ?? '';
    // The live region announces each new reply to screen readers.
    const live = page.locator('[aria-live="polite"]');
    await waitUntil(
      async () => (await live.textContent()) === `Quillon replied: ${reply}`,
      'the live region',
    );
    expect(await composerOf(page).inputValue()).toBe('');
    expect(await composerHasFocus(page)).toBe(true);
    return reply;
  }

  it('holds a whole conversation like a Slack DM, threaded, and keeps it over a reload', async () => {
    const page = await openPage();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Quillon');
    expect(await page.title()).toMatch(/^Quillon/);
    expect(await composerHasFocus(page)).toBe(true);
    expect(await page.getByRole('button', { name: 'Send message' }).isVisible()).toBe(true);

    expect(await say(page, 'hi')).toBe(
      "Hi! I'm Quillon, a small chat bot. You can ask me up to 3 questions: my name, my age or my hobby. Say help any time. What's your name?",
    );
    expect(await items(page).first().locator('.thread strong').first().textContent()).toBe('Quillon'); // *bold*
    expect(await say(page, 'im kwame')).toMatch(
      /^Nice to meet you, Kwame! What would you like to know: .*You have 3 questions/,
    );
    expect(await say(page, 'what is your name?')).toBe('My name is Quillon. You have 2 questions left.');
    expect(await say(page, 'how old are you')).toBe("I'm 5 years old. You have 1 question left.");

    await page.reload();
    await items(page).nth(3).waitFor();
    expect(await items(page).count()).toBe(4);
    expect(await personText(items(page).nth(1)).textContent()).toBe('im kwame');
    expect(await replyText(items(page).nth(3)).textContent()).toBe(
      "I'm 5 years old. You have 1 question left.",
    );
    expect(await page.locator('.thread-count').allTextContents()).toEqual(Array(4).fill('1 reply'));
    expect(await composerHasFocus(page)).toBe(true);

    expect(await say(page, 'what do you do for fun?')).toMatch(
      /^My hobby is collecting unusual words and the stories behind them\. That was your last question\. Goodbye, Kwame! 👋/,
    );
    await page.screenshot({ path: join(ARTIFACTS, 'playground.png') });

    // Shift+Enter is a new line, not a send.
    await composerOf(page).pressSequentially('line one');
    await composerOf(page).press('Shift+Enter');
    await composerOf(page).pressSequentially('line two');
    expect(await composerOf(page).inputValue()).toBe('line one\nline two');
    expect(await items(page).count()).toBe(5);
    await composerOf(page).fill('');

    // Whatever a person types is shown as text, never run as HTML.
    const markup = '<img src=x onerror="document.title=\'pwned\'"> <b>hi</b>';
    await say(page, markup);
    expect(await page.locator('#message-list img, #message-list b').count()).toBe(0);
    expect(await page.title()).not.toBe('pwned');
  });

  const LABELS = QUICK_QUESTIONS.map((question) => question.label);
  /** The quick replies: only ever under the newest reply that offers them. */
  const questionsGroup = (page: Page) => page.getByRole('group', { name: 'Questions to ask Quillon' });
  const questionButton = (page: Page, label: string) =>
    questionsGroup(page).getByRole('button', { name: label, exact: true });

  /** Clicks a quick reply and returns the bot's answer, shown in the thread of the question it asks. */
  async function ask(page: Page, label: string): Promise<string> {
    const before = await items(page).count();
    await questionButton(page, label).click();
    const item = items(page).nth(before);
    await replyText(item).waitFor({ timeout: 10_000 });
    expect(await personText(item).textContent()).toBe(label);
    const reply = (await replyText(item).textContent()) ?? '';
    const live = page.locator('[aria-live="polite"]');
    await waitUntil(
      async () => (await live.textContent()) === `Quillon replied: ${reply}`,
      'the live region',
    );
    expect(await composerHasFocus(page)).toBe(true);
    return reply;
  }

  it('offers the three questions as buttons under the newest reply, and a click asks one once', async () => {
    const page = await openPage();
    const cspViolations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
    });
    await say(page, 'hi');
    expect(await questionsGroup(page).count()).toBe(0); // waiting for a name: no questions yet
    await say(page, 'im kwame');

    // Real buttons, named by their questions, under the newest reply only.
    const group = questionsGroup(page);
    expect(await group.getByRole('button').allTextContents()).toEqual(LABELS);
    expect(await group.locator('button[type="button"]').count()).toBe(3);
    expect(await items(page).nth(1).locator('.quick-replies').count()).toBe(1);
    expect(await items(page).nth(0).locator('.quick-replies').count()).toBe(0);
    await page.screenshot({ path: join(ARTIFACTS, 'playground-quick-replies.png') });

    // Held back by the test while it looks: one click disables all three at once and says which was chosen.
    let clicks = 0;
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route('**/api/clicks', async (route) => {
      clicks += 1;
      await held;
      await route.continue();
    });
    await questionButton(page, 'How old are you?').dblclick();
    const asked = items(page).nth(1);
    expect(await asked.locator('.quick-reply-chosen').textContent()).toBe('You asked: How old are you?');
    expect(await group.locator('button:disabled').count()).toBe(3);
    expect(await items(page).count()).toBe(3); // the question, as the person's message
    expect(await personText(items(page).nth(2)).textContent()).toBe('How old are you?');
    release();
    const answer = items(page).nth(2);
    await replyText(answer).waitFor({ timeout: 10_000 });
    expect(await replyText(answer).textContent()).toBe("I'm 5 years old. You have 2 questions left.");
    await page.unroute('**/api/clicks');
    expect(clicks).toBe(1);
    expect(await items(page).count()).toBe(3);
    // The clicked message keeps its note and loses its buttons; the answer offers them again.
    expect(await asked.locator('.quick-replies').count()).toBe(0);
    expect(await asked.locator('.quick-reply-chosen').textContent()).toBe('You asked: How old are you?');
    expect(await page.locator('.quick-replies').count()).toBe(1);
    expect(await answer.locator('.quick-replies button:enabled').count()).toBe(3);

    // A typed question counts alike, and its answer takes the buttons over.
    expect(await say(page, 'what is your name?')).toBe('My name is Quillon. You have 1 question left.');
    expect(await page.locator('.quick-replies').count()).toBe(1);
    expect(await items(page).nth(3).locator('.quick-replies').count()).toBe(1);

    // After a reload the newest reply offers them again; the keyboard works them as well.
    await page.reload();
    await items(page).nth(3).waitFor();
    expect(await items(page).nth(2).locator(':scope > .message-body > .message-text').textContent()).toBe(
      'How old are you?',
    );
    expect(await items(page).nth(3).locator('.quick-replies').count()).toBe(1);
    await questionButton(page, "What's your hobby?").focus();
    const before = await items(page).count();
    await page.keyboard.press('Enter');
    const last = items(page).nth(before);
    await replyText(last).waitFor({ timeout: 10_000 });
    expect(await replyText(last).textContent()).toMatch(
      /^My hobby is collecting unusual words and the stories behind them\. That was your last question\. Goodbye, Kwame!/,
    );
    // The last question is answered: no buttons anywhere.
    expect(await page.locator('.quick-replies').count()).toBe(0);
    expect(cspViolations).toEqual([]);
  });

  it('asks a clicked question again after the server was away', async () => {
    const page = await openPage();
    await say(page, 'hi');
    await say(page, 'call me Jo');
    await page.route('**/api/clicks', (route) => route.abort('connectionrefused'), { times: 1 });
    await questionButton(page, "What's your name?").click();
    const alert = page.getByRole('alert');
    await alert.waitFor({ timeout: 10_000 });
    expect(await alert.textContent()).toMatch(
      /^\s*Can't reach the bot\. .*Press Retry, or the question again/,
    );
    expect(await items(page).count()).toBe(2); // the unasked question is not left in the conversation
    expect(await page.locator('.quick-reply-chosen').count()).toBe(0);
    expect(await questionsGroup(page).locator('button:enabled').count()).toBe(3);
    await page.getByRole('button', { name: 'Retry' }).click();
    const item = items(page).nth(2);
    await replyText(item).waitFor({ timeout: 10_000 });
    expect(await replyText(item).textContent()).toBe('My name is Quillon. You have 2 questions left.');
    expect(await alert.isVisible()).toBe(false);

    // The answer lost on its way back: Retry finds the click answered, and the page shows what is stored.
    await page.route(
      '**/api/clicks',
      async (route) => {
        await route.fetch();
        await route.abort('connectionreset');
      },
      { times: 1 },
    );
    await questionButton(page, 'How old are you?').click();
    await alert.waitFor({ timeout: 10_000 });
    await page.getByRole('button', { name: 'Retry' }).click();
    await replyText(items(page).nth(3)).waitFor({ timeout: 10_000 });
    expect(await replyText(items(page).nth(3)).textContent()).toBe(
      "I'm 5 years old. You have 1 question left.",
    );
    expect(await items(page).count()).toBe(4);
    expect(await ask(page, "What's your hobby?")).toMatch(/That was your last question\. Goodbye, Jo!/);
  });

  it('works at phone width: the composer is on screen and nothing scrolls sideways', async () => {
    const page = await openPage({ width: 360, height: 740 });
    const box = await composerOf(page).boundingBox();
    expect(box).not.toBeNull();
    expect((box?.y ?? 0) + (box?.height ?? 0)).toBeLessThanOrEqual(740);
    expect(box?.x ?? -1).toBeGreaterThanOrEqual(0);
    expect(await say(page, 'hi')).toBe(
      "Hi! I'm Quillon, a small chat bot. You can ask me up to 3 questions: my name, my age or my hobby. Say help any time. What's your name?",
    );
    await say(page, `my name is ${'Supercalifragilistic'.repeat(8)}`);
    await say(page, 'call me Jo'); // the reply offers the questions: their buttons wrap
    expect(await questionsGroup(page).getByRole('button').count()).toBe(3);
    const overflow = await page.evaluate(`({
      page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      list: document.getElementById('messages').scrollWidth - document.getElementById('messages').clientWidth,
    })`);
    expect(overflow).toEqual({ page: 0, list: 0 });
    const sendBox = await page.getByRole('button', { name: 'Send message' }).boundingBox();
    expect((sendBox?.x ?? 0) + (sendBox?.width ?? 0)).toBeLessThanOrEqual(360);
    await page.screenshot({ path: join(ARTIFACTS, 'playground-phone.png') });
  });

  it('says the bot is unreachable when the server stops mid-conversation, keeps the text, and retries', async () => {
    const page = await openPage();
    await say(page, 'hi');
    expect(await say(page, 'call me Jo')).toMatch(/^Nice to meet you, Jo!/);

    const exit = await playground?.stop('SIGTERM');
    expect(exit?.code).toBe(0);
    playground = undefined;

    await composerOf(page).pressSequentially('how old are you?');
    await composerOf(page).press('Enter');
    const alert = page.getByRole('alert');
    await alert.waitFor({ timeout: 20_000 });
    expect(await alert.textContent()).toMatch(
      /^\s*Can't reach the bot\. Is npm run playground still running\? Your message is still in the box below/,
    );
    expect(await alert.locator('code').textContent()).toBe('npm run playground');
    expect(await composerOf(page).inputValue()).toBe('how old are you?');
    expect(await items(page).count()).toBe(2); // the unsent message is not left in the conversation
    expect(await page.locator('#typing').isVisible()).toBe(false);
    expect(await composerHasFocus(page)).toBe(true);
    await page.screenshot({ path: join(ARTIFACTS, 'playground-offline.png') });

    // Back up on the same port and store: Retry sends the kept message, and the conversation goes on.
    playground = await startPlaygroundProcess(env);
    await page.getByRole('button', { name: 'Retry' }).click();
    const item = items(page).nth(2);
    await replyText(item).waitFor({ timeout: 10_000 });
    expect(await replyText(item).textContent()).toBe("I'm 5 years old. You have 2 questions left.");
    expect(await alert.isVisible()).toBe(false);
    expect(await composerOf(page).inputValue()).toBe('');
    expect(await composerHasFocus(page)).toBe(true);
  });
});
