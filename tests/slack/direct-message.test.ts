// The Slack layer: a real Bolt app (Socket Mode) against the local Slack stand-in, fed real-shaped
// payloads. The right events are answered in the right thread; everything else is ignored.

import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import {
  appHomeOpened,
  appMention,
  botMessage,
  channelMessage,
  dmMessage,
  dmThreadReply,
  type FakeSlack,
  fileShare,
  homeButtonClickFrame,
  messageChanged,
  messageDeleted,
  otherAppBotMessage,
  ownBotEcho,
  startFakeSlack,
} from '../../slack-stand-in';
import { createConversationService } from '../../src/application/conversation-service';
import { loadConfig } from '../../src/config';
import { interpreter } from '../../src/nlu';
import { createSlackRuntime, type SlackRuntime } from '../../src/slack/create-app';
import { createSlackReplies } from '../../src/slack/reply-sender';
import { createMemoryStore } from '../../src/store/memory-store';
import { createFakeLogger } from '../helpers/logger';
import { TEST_PERSONA } from '../helpers/persona';
import { silentBoltLogger } from '../helpers/wait';

const interpret = interpreter();

const persona = TEST_PERSONA;

let fake: FakeSlack;
let runtime: SlackRuntime;
let service: ReturnType<typeof createConversationService>;
const logger = createFakeLogger();

beforeAll(async () => {
  fake = await startFakeSlack();
  const config = loadConfig(
    {
      SLACK_BOT_TOKEN: fake.botToken,
      SLACK_APP_TOKEN: fake.appToken,
      SLACK_API_URL: fake.apiUrl,
      LOG_LEVEL: 'error',
    },
    process.cwd(),
  );
  service = createConversationService({
    store: createMemoryStore(),
    interpret,
    logger,
    replies: createSlackReplies({
      token: config.botToken,
      slackApiUrl: config.slackApiUrl,
      logger: silentBoltLogger,
    }),
    settings: { persona, sessionTimeoutMs: config.sessionTimeoutMs, retentionMs: config.retentionMs },
  });
  const boltLogger = silentBoltLogger;
  const home = { persona, sessionTimeoutMs: config.sessionTimeoutMs };
  runtime = createSlackRuntime(config, { service, logger, observer: {}, home }, boltLogger);
  await runtime.start();
  await fake.waitForSocketConnections(1, 10_000);
});

afterAll(async () => {
  await runtime.stop();
  await fake.close();
});

beforeEach(() => fake.reset());

describe('direct messages', () => {
  it('answers a top-level DM in a thread under that message', async () => {
    const hi = dmMessage({ user: 'UANA00001', text: "hi, I'm Ana" });
    await fake.sendEvent(hi).acked;
    const [reply] = await fake.waitForPosts(1);
    expect(reply).toMatchObject({ channel: hi.channel, thread_ts: hi.ts });
    expect(reply?.text).toMatch(/^Nice to meet you, \*Ana\*!/);
  });

  it("answers a reply in a thread in that same thread, continuing the same person's session", async () => {
    const top = dmMessage({ user: 'UBEA00001', text: 'hello' });
    fake.sendEvent(top);
    await fake.waitForPosts(1);
    const reply = dmThreadReply({ user: 'UBEA00001', text: 'Bea', threadTs: top.ts });
    fake.sendEvent(reply);
    const posts = await fake.waitForPosts(2);
    expect(posts[1]).toMatchObject({ thread_ts: top.ts });
    expect(posts[1]?.text).toMatch(/Nice to meet you, \*Bea\*/);
    // A new top-level message from the same person continues the same session, in its own thread.
    const question = dmMessage({ user: 'UBEA00001', text: 'how old are you?' });
    fake.sendEvent(question);
    const [, , answer] = await fake.waitForPosts(3);
    expect(answer).toMatchObject({
      thread_ts: question.ts,
      text: "I'm 5 years old. You have 2 questions left.",
    });
  });

  it('ignores edits, deletions, bots, its own echo, channel messages, mentions and empty uploads', async () => {
    const user = 'UCAL00001';
    const earlier = dmMessage({ user, text: 'hello' });
    const channel = earlier.channel as string;
    const ignored = [
      messageChanged({ user, text: 'Ana', previousText: 'hello', ts: earlier.ts }),
      messageDeleted({ user, ts: earlier.ts, previousText: 'hello' }),
      botMessage({ text: 'I am a classic integration', channel }),
      otherAppBotMessage({ text: 'I am another app', channel }),
      ownBotEcho({ text: "Hi! I'm *Quillon*. What's your name?", channel }),
      channelMessage({ user, text: 'hello channel' }),
      appMention({ user }),
      fileShare({ user }),
    ];
    for (const event of ignored) await fake.sendEvent(event).acked;
    const real = dmMessage({ user, text: 'Cal' });
    await fake.sendEvent(real).acked;
    const posts = await fake.waitForPosts(1);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(fake.posts).toHaveLength(1);
    expect(posts[0]).toMatchObject({ thread_ts: real.ts });
  });

  it('answers a file upload that carries text', async () => {
    const upload = fileShare({ user: 'UDEV00001', text: 'my name is Dev' });
    fake.sendEvent(upload);
    const [reply] = await fake.waitForPosts(1);
    expect(reply?.text).toMatch(/Nice to meet you, \*Dev\*/);
  });
});

describe('App Home', () => {
  it('publishes the Home tab when the person opens it; the Messages tab gets the welcome, no view', async () => {
    await fake.sendEvent(appHomeOpened({ user: 'UHOME0001', tab: 'home' })).acked;
    await fake.waitForCalls('views.publish', 1);
    expect(JSON.stringify(fake.views[0]?.view)).toContain('No conversation is open');
    await fake.sendEvent(appHomeOpened({ user: 'UHOME0001', tab: 'messages' })).acked;
    const [welcome] = await fake.waitForPosts(1);
    expect(welcome?.text).toMatch(/What's your name\?$/);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(fake.views).toHaveLength(1);
    expect(fake.views[0]).toMatchObject({ user_id: 'UHOME0001' });
  });

  it('"Start a new conversation" opens the DM with a top-level message that the person answers in its thread', async () => {
    const user = 'UHOME0002';
    fake.sendRawFrame(homeButtonClickFrame({ user, actionId: 'home_start_conversation' }));
    const [opening] = await fake.waitForPosts(1);
    expect(opening?.text).toMatch(/^Hi! I'm \*Quillon\*, a small chat bot\. .*What's your name\?$/);
    expect(opening?.thread_ts).toBeUndefined();
    await fake.waitForCalls('views.publish', 1);

    const answer = dmThreadReply({ user, text: 'Noor', threadTs: opening?.ts ?? '' });
    fake.sendEvent(answer);
    const [, greeting] = await fake.waitForPosts(2);
    expect(greeting).toMatchObject({ thread_ts: opening?.ts });
    expect(greeting?.text).toMatch(/Nice to meet you, \*Noor\*/);
  });

  it('"Forget me" deletes what is stored about the person and shows an empty Home tab', async () => {
    const user = 'UHOME0003';
    fake.sendEvent(dmMessage({ user, text: "I'm Omar" }));
    await fake.waitForPosts(1);
    expect((await service.readConversation({ teamId: fake.teamId, userId: user })).knownName).toBe('Omar');
    fake.sendRawFrame(homeButtonClickFrame({ user, actionId: 'home_forget_me' }));
    await fake.waitForCalls('views.publish', 1);
    const state = await service.readConversation({ teamId: fake.teamId, userId: user });
    expect(state).toMatchObject({ knownName: null, session: null, history: [] });
    expect(JSON.stringify(fake.views.at(-1)?.view)).toContain('None yet.');
  });
});
