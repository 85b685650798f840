// Slack-native touches, through the real Bolt app and the local Slack stand-in, in both transports: the
// welcome when the Messages tab is first opened, the three questions as buttons, a click answered once in
// the right thread and counted, the clicked message updated, a double click, a click after the goodbye,
// and Slack's agent view (suggested prompts) refused without a fuss.

import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import {
  appHomeOpened,
  dmMessage,
  dmThreadReply,
  type FakeSlack,
  type PostRecord,
  startFakeSlack,
} from '../../slack-stand-in';
import { freePort } from '../../slack-stand-in/free-port';
import { createConversationService } from '../../src/application/conversation-service';
import { loadConfig } from '../../src/config';
import { interpreter } from '../../src/nlu';
import { createSlackRuntime, type SlackRuntime } from '../../src/slack/create-app';
import { createSlackReplies } from '../../src/slack/reply-sender';
import { createMemoryStore } from '../../src/store/memory-store';
import { createFakeLogger } from '../helpers/logger';
import { TEST_PERSONA } from '../helpers/persona';
import { silentBoltLogger, waitUntil } from '../helpers/wait';

const interpret = interpreter();
const BUTTON_LABELS = ["What's your name?", 'How old are you?', "What's your hobby?"];

/** The labels of a posted message's buttons (none: no buttons). */
function buttonsOf(post: PostRecord | undefined): string[] {
  const blocks = Array.isArray(post?.blocks) ? (post?.blocks as Record<string, unknown>[]) : [];
  return blocks
    .filter((block) => block.type === 'actions')
    .flatMap((block) => block.elements as { text: { text: string } }[])
    .map((button) => button.text.text);
}

describe.each(['socket', 'http'] as const)('%s mode', (mode) => {
  let fake: FakeSlack;
  let runtime: SlackRuntime;
  let requestUrl = '';
  const logger = createFakeLogger();

  beforeAll(async () => {
    fake = await startFakeSlack();
    const port = mode === 'http' ? await freePort() : 0;
    const config = loadConfig(
      {
        SLACK_BOT_TOKEN: fake.botToken,
        ...(mode === 'http'
          ? { SLACK_MODE: 'http', SLACK_SIGNING_SECRET: fake.signingSecret, PORT: String(port) }
          : { SLACK_APP_TOKEN: fake.appToken }),
        SLACK_API_URL: fake.apiUrl,
        LOG_LEVEL: 'error',
      },
      process.cwd(),
    );
    const service = createConversationService({
      store: createMemoryStore(),
      interpret,
      logger,
      replies: createSlackReplies({
        token: config.botToken,
        slackApiUrl: config.slackApiUrl,
        logger: silentBoltLogger,
      }),
      settings: {
        persona: TEST_PERSONA,
        sessionTimeoutMs: config.sessionTimeoutMs,
        retentionMs: config.retentionMs,
      },
    });
    const home = { persona: TEST_PERSONA, sessionTimeoutMs: config.sessionTimeoutMs };
    runtime = createSlackRuntime(config, { service, logger, observer: {}, home }, silentBoltLogger);
    await runtime.start();
    if (mode === 'socket') await fake.waitForSocketConnections(1, 10_000);
    requestUrl = `http://127.0.0.1:${port}/slack/events`;
  });

  afterAll(async () => {
    await runtime.stop();
    await fake.close();
  });

  beforeEach(() => fake.reset());

  /** Delivers an event as Slack would in this mode. */
  async function deliver(event: Parameters<FakeSlack['sendEvent']>[0]): Promise<void> {
    if (mode === 'socket') await fake.sendEvent(event).acked;
    else expect((await fake.postEvent(requestUrl, event)).status).toBe(200);
  }

  /** Clicks a button of one of the bot's messages as Slack would in this mode; resolves once acknowledged. */
  async function click(user: string, post: PostRecord | undefined, actionId: string): Promise<void> {
    if (!post) throw new Error('no message to click');
    if (mode === 'socket') {
      const acks = fake.acks().length;
      fake.sendButtonClick({ user, post, actionId });
      await fake.waitForAcks(acks + 1);
      return;
    }
    const started = Date.now();
    const response = await fake.postButtonClick(requestUrl, { user, post, actionId });
    expect(response.status).toBe(200);
    expect(Date.now() - started).toBeLessThan(3000);
  }

  /** How many of this person's clicks were handled with this outcome (from the bot's "action handled" logs). */
  const handledClicks = (user: string, outcome: string): number =>
    logger.lines.filter(
      (line) =>
        line.msg === 'action handled' &&
        (line.obj as { user_id?: string; outcome?: string }).user_id === user &&
        (line.obj as { outcome?: string }).outcome === outcome,
    ).length;

  /** Sends a top-level DM and returns the bot's reply to it. */
  async function say(user: string, text: string): Promise<PostRecord | undefined> {
    const before = fake.posts.length;
    const message = dmMessage({ user, text });
    await deliver(message);
    const posts = await fake.waitForPosts(before + 1);
    expect(posts[before]?.thread_ts).toBe(message.ts);
    return posts[before];
  }

  it('welcomes someone new once when they open the Messages tab, and never again', async () => {
    const user = mode === 'socket' ? 'UWELC0001' : 'UWELC0002';
    await deliver(appHomeOpened({ user, tab: 'messages' }));
    const [welcome] = await fake.waitForPosts(1);
    expect(welcome?.text).toMatch(/^Hi! I'm \*Quillon\*, a small chat bot\. .*What's your name\?$/);
    expect(welcome?.thread_ts).toBeUndefined();

    // Slack sends the event on every open.
    await deliver(appHomeOpened({ user, tab: 'messages' }));
    await deliver(appHomeOpened({ user, tab: 'messages' }));
    await fake.waitForCalls('assistant.threads.setSuggestedPrompts', 3);
    expect(fake.posts).toHaveLength(1);

    // The person answers the welcome's question in its thread.
    const answer = dmThreadReply({ user, text: 'Noor', threadTs: welcome?.ts ?? '' });
    await deliver(answer);
    const [, greeting] = await fake.waitForPosts(2);
    expect(greeting).toMatchObject({ thread_ts: welcome?.ts });
    expect(greeting?.text).toMatch(/Nice to meet you, \*Noor\*/);
  });

  it('does not welcome someone who already talked to the bot', async () => {
    const user = mode === 'socket' ? 'UWELC0003' : 'UWELC0004';
    await say(user, "hi, I'm Ana");
    await deliver(appHomeOpened({ user, tab: 'messages' }));
    await fake.waitForCalls('assistant.threads.setSuggestedPrompts', 1);
    expect(fake.posts).toHaveLength(1);
  });

  it('offers the three questions as buttons, with the text kept for notifications and screen readers', async () => {
    const user = mode === 'socket' ? 'UQUIK0001' : 'UQUIK0002';
    const hello = await say(user, 'hi');
    expect(buttonsOf(hello)).toEqual([]); // not greeted yet: the bot asks for a name
    const greeting = await say(user, "I'm Lena");
    expect(greeting?.text).toMatch(/^Nice to meet you, \*Lena\*!/);
    expect(buttonsOf(greeting)).toEqual(BUTTON_LABELS);
    const answer = await say(user, 'how old are you?');
    expect(answer?.text).toBe("I'm 5 years old. You have 2 questions left.");
    expect(buttonsOf(answer)).toEqual(BUTTON_LABELS);
  });

  it('answers a click in the thread of the clicked message, counts it, and updates the message once', async () => {
    const user = mode === 'socket' ? 'UQUIK0003' : 'UQUIK0004';
    await say(user, 'hi');
    const greeting = await say(user, "I'm Omar");

    await click(user, greeting, 'ask_hobby');
    const [, , answer] = await fake.waitForPosts(3);
    expect(answer?.text).toMatch(/^My hobby is .*You have 2 questions left\.$/);
    expect(answer?.thread_ts).toBe(greeting?.thread_ts);
    expect(buttonsOf(answer)).toEqual(BUTTON_LABELS);

    const [update] = await fake.waitForCalls('chat.update', 1);
    expect(update?.body).toMatchObject({ ts: greeting?.ts, text: greeting?.text });
    expect(JSON.stringify(update?.body.blocks)).toContain("You asked: *What's your hobby?*");
    expect(JSON.stringify(update?.body.blocks)).not.toContain('"actions"');

    // A double click (or another button of the same message) answers nothing more.
    await click(user, greeting, 'ask_hobby');
    await click(user, greeting, 'ask_age');
    expect((await say(user, 'status'))?.text).toMatch(/^You're \*Omar\*, and you have 2 questions left\./);
    expect(fake.posts).toHaveLength(4);
    expect(fake.calls('chat.update')).toHaveLength(1);
  });

  it('two quick clicks at once answer once', async () => {
    const user = mode === 'socket' ? 'UQUIK0005' : 'UQUIK0006';
    await say(user, 'hi');
    const greeting = await say(user, "I'm Ivo");
    await Promise.all([click(user, greeting, 'ask_name'), click(user, greeting, 'ask_name')]);
    await fake.waitForPosts(3);
    await waitUntil(() => fake.calls('chat.update').length === 1);
    expect((await say(user, 'status'))?.text).toMatch(/^You're \*Ivo\*, and you have 2 questions left\./);
    expect(fake.posts.filter((post) => post.text?.startsWith('My name is'))).toHaveLength(1);
  });

  it('the third click says goodbye, without buttons; used buttons ask nothing after it', async () => {
    const user = mode === 'socket' ? 'UQUIK0007' : 'UQUIK0008';
    await say(user, 'hi');
    const greeting = await say(user, "I'm Tess");
    await click(user, greeting, 'ask_name');
    const [, , first] = await fake.waitForPosts(3);
    await click(user, first, 'ask_age');
    const [, , , second] = await fake.waitForPosts(4);
    expect(second?.text).toMatch(/1 question left/);
    await click(user, second, 'ask_hobby');
    const [, , , , last] = await fake.waitForPosts(5);
    expect(last?.text).toMatch(/That was your last question\. Goodbye, \*Tess\*!/);
    expect(buttonsOf(last)).toEqual([]);

    // Its buttons were used: clicking them again after the goodbye asks nothing.
    await click(user, second, 'ask_hobby');
    await waitUntil(() => handledClicks(user, 'duplicate') === 1);
    expect(fake.posts).toHaveLength(5);
  });

  it('a click on a message from a finished conversation opens a new one, where it counts', async () => {
    const user = mode === 'socket' ? 'UQUIK0009' : 'UQUIK0010';
    await say(user, 'hi');
    const greeting = await say(user, "I'm Zara");
    await say(user, 'name?');
    await say(user, 'age?');
    const goodbye = await say(user, 'hobby?');
    expect(goodbye?.text).toMatch(/last question/);
    await click(user, greeting, 'ask_age');
    const posts = await fake.waitForPosts(6);
    expect(posts[5]?.text).toMatch(/I'm 5 years old\. You have 2 questions left\./);
    expect(posts[5]?.text).not.toMatch(/last question/);
  });

  it('acknowledges a click within 3 s even when posting the answer takes 4 s', async () => {
    const user = mode === 'socket' ? 'UQUIK0011' : 'UQUIK0012';
    await say(user, 'hi');
    const greeting = await say(user, "I'm Ren");
    fake.setLatency('chat.postMessage', 4000);
    try {
      const started = Date.now();
      await click(user, greeting, 'ask_age');
      expect(Date.now() - started).toBeLessThan(3000);
      const posts = await fake.waitForPosts(3, { timeoutMs: 10_000 });
      expect(posts[2]?.text).toMatch(/^I'm 5 years old\./);
    } finally {
      fake.setLatency('chat.postMessage', 0);
    }
  });

  it('the agent view refused (not_allowed, missing_scope) changes nothing and logs nothing above debug', async () => {
    const user = mode === 'socket' ? 'UAGNT0001' : 'UAGNT0002';
    fake.failNext('assistant.threads.setSuggestedPrompts', { error: 'not_allowed' });
    fake.failNext('assistant.threads.setSuggestedPrompts', { error: 'missing_scope' });
    const loud = () => logger.lines.filter((line) => line.level !== 'debug').length;
    await deliver(appHomeOpened({ user, tab: 'messages' }));
    const [welcome] = await fake.waitForPosts(1);
    await fake.waitForCalls('assistant.threads.setSuggestedPrompts', 1);
    // The first open's "event handled", logged once its welcome is out.
    await waitUntil(() =>
      logger.lines.some(
        (line) => line.msg === 'event handled' && (line.obj as { user_id?: string }).user_id === user,
      ),
    );
    const before = loud();
    await deliver(appHomeOpened({ user, tab: 'messages' }));
    await fake.waitForCalls('assistant.threads.setSuggestedPrompts', 2);
    // Both refusals were seen and logged, at debug only.
    const refusals = () => logger.lines.filter((line) => /suggested prompts/.test(line.msg ?? ''));
    await waitUntil(() => refusals().length >= 2);
    expect(refusals().every((line) => line.level === 'debug')).toBe(true);
    expect(loud() - before).toBeLessThanOrEqual(1); // the "event handled" line of the second open
    expect(welcome?.text).toMatch(/What's your name\?$/);
  });
});
