// The Slack layer: a real Bolt app (Socket Mode) against the local Slack stand-in, fed real-shaped
// payloads. The right events are answered in the right thread; everything else is ignored.

import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { createConversationService } from '../../src/application/conversation-service';
import { loadConfig } from '../../src/config';
import { interpret } from '../../src/nlu';
import { createSlackRuntime, type SlackRuntime } from '../../src/slack/create-app';
import { createReplySender } from '../../src/slack/reply-sender';
import { createMemoryStore } from '../../src/store/memory-store';
import {
  appMention,
  botMessage,
  channelMessage,
  dmMessage,
  dmThreadReply,
  type FakeSlack,
  fileShare,
  messageChanged,
  messageDeleted,
  otherAppBotMessage,
  ownBotEcho,
  startFakeSlack,
} from '../helpers/fake-slack';
import { createFakeLogger } from '../helpers/logger';

const persona = {
  name: 'Quillon',
  age: 5,
  hobby: 'collecting odd words',
  defaultAnswer: 'Ask me something else!',
};

let fake: FakeSlack;
let runtime: SlackRuntime;
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
  const service = createConversationService({
    store: createMemoryStore(),
    interpret,
    logger,
    settings: { persona, sessionTimeoutMs: config.sessionTimeoutMs, retentionMs: config.retentionMs },
  });
  const boltLogger = {
    debug() {},
    info() {},
    warn() {},
    error() {},
    setLevel() {},
    getLevel: () => 'error' as never,
    setName() {},
  };
  const postReply = createReplySender({
    token: config.botToken,
    slackApiUrl: config.slackApiUrl,
    logger: boltLogger,
  });
  runtime = createSlackRuntime(config, { service, postReply, logger, observer: {} }, boltLogger);
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
