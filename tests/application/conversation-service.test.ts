// The use case with real parts: real language understanding, in-memory and SQLite stores. Only the
// Slack side (posting a reply) is played by the test, as a reply channel that records what was posted.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import {
  type ConversationService,
  createConversationService,
  type IncomingMessage,
  messageDelivery,
  STORAGE_APOLOGY,
} from '../../src/application/conversation-service';
import { personKey } from '../../src/application/person-record';
import type { ConversationStore, Reply, ReplyChannel } from '../../src/application/ports';
import type { ConversationSettings } from '../../src/conversation/engine';
import { interpreter } from '../../src/nlu';
import { createMemoryStore } from '../../src/store/memory-store';
import { openSqliteStore } from '../../src/store/sqlite-store';
import { createFakeLogger } from '../helpers/logger';
import { TEST_PERSONA } from '../helpers/persona';
import { waitUntil } from '../helpers/wait';

const interpret = interpreter();

const settings: ConversationSettings = {
  persona: TEST_PERSONA,
  sessionTimeoutMs: 30 * 60_000,
  retentionMs: 30 * 86_400_000,
};

const ana = { teamId: 'T1', userId: 'UANA' };
const bo = { teamId: 'T1', userId: 'UBO' };

let seq = 0;
const message = (person: typeof ana, text: string, ids?: string[]): IncomingMessage => {
  seq += 1;
  return {
    person,
    text,
    deliveryIds: ids ?? [`event:Ev${seq}`, `msg:D1:${seq}`],
    target: { channel: `D${person.userId}`, threadTs: `${seq}.000100` },
  };
};

/**
 * What Slack would have shown each person, in order (channel D<user>). `failing` makes every post fail;
 * `hanging` makes posts never settle (the process "dies" while posting).
 */
function createInbox() {
  const posted: Reply[] = [];
  const mode = { failing: false, hanging: false };
  const channel: ReplyChannel = {
    async post(reply) {
      if (mode.hanging) return new Promise<void>(() => {});
      if (mode.failing) throw new Error('Slack is down');
      posted.push(reply);
    },
    wasPosted: async (reply) => posted.some((p) => p.replyId === reply.replyId),
  };
  return {
    posted,
    mode,
    channel,
    textsFor: (person: typeof ana) =>
      posted.filter((p) => p.target.channel === `D${person.userId}`).map((p) => p.text),
  };
}

function makeService(store: ConversationStore, inbox: ReturnType<typeof createInbox>) {
  const logger = createFakeLogger();
  return {
    service: createConversationService({ store, interpret, settings, logger, replies: inbox.channel }),
    logger,
  };
}

describe('the conversation service', () => {
  let store: ConversationStore;
  let service: ConversationService;
  let inbox: ReturnType<typeof createInbox>;

  beforeEach(() => {
    store = createMemoryStore();
    inbox = createInbox();
    service = makeService(store, inbox).service;
  });

  const say = (person: typeof ana, text: string, ids?: string[]) =>
    service.handleMessage(message(person, text, ids));

  it('keeps two people who write at the same time apart', async () => {
    await Promise.all([say(ana, 'hi'), say(bo, 'hello')]);
    await Promise.all([say(ana, "I'm Ana"), say(bo, 'call me Bo')]);
    await Promise.all([say(ana, 'how old are you?'), say(bo, "what's your hobby?")]);
    expect(inbox.textsFor(ana)).toEqual([
      expect.stringMatching(/What's your name/),
      expect.stringMatching(/Nice to meet you, \*Ana\*/),
      expect.stringMatching(/^I'm 5 years old\. You have 2 questions left\.$/),
    ]);
    expect(inbox.textsFor(bo)).toEqual([
      expect.stringMatching(/What's your name/),
      expect.stringMatching(/Nice to meet you, \*Bo\*/),
      expect.stringMatching(/^My hobby is collecting odd words\. You have 2 questions left\.$/),
    ]);
  });

  it('handles a burst from one person one at a time, in order, with no lost update', async () => {
    await say(ana, "I'm Ana");
    const burst = ['what is your name?', 'how old are you?', 'what is your hobby?'];
    const results = await Promise.all(burst.map((text) => say(ana, text)));
    expect(results.map((r) => r.outcome)).toEqual(['answered', 'answered', 'answered']);
    expect(inbox.textsFor(ana).slice(1)).toEqual([
      'My name is *Quillon*. You have 2 questions left.',
      "I'm 5 years old. You have 1 question left.",
      expect.stringMatching(
        /^My hobby is collecting odd words\. That was your last question\. Goodbye, \*Ana\*!/,
      ),
    ]);
    const state = await service.readConversation(ana);
    expect(state.session).toBeNull();
    expect(state.history.at(-1)?.outcome).toBe('completed');
  });

  it('processes a duplicate delivery once: one reply, one question counted', async () => {
    await say(ana, "I'm Ana");
    const ids = ['event:EvDUP', 'client:abc'];
    const first = await say(ana, 'how old are you?', ids);
    const again = await say(ana, 'how old are you?', ['event:EvDUP-retry', 'client:abc']);
    expect([first.outcome, again.outcome]).toEqual(['answered', 'duplicate']);
    expect(inbox.textsFor(ana)).toHaveLength(2);
    await say(ana, 'hobby?');
    expect(inbox.textsFor(ana).at(-1)).toMatch(/1 question left/);
  });

  it('processes a retry whose first delivery never reached the bot', async () => {
    await say(ana, "I'm Ana");
    const result = await say(ana, 'how old are you', ['event:EvNEVERSEEN']);
    expect(result.outcome).toBe('answered');
    expect(inbox.textsFor(ana).at(-1)).toMatch(/5 years old/);
  });

  it('rolls the step back when the reply cannot be delivered, so the question is not used up', async () => {
    await say(ana, "I'm Ana");
    inbox.mode.failing = true;
    const failed = await say(ana, 'how old are you?');
    expect(failed.outcome).toBe('reply_failed');
    inbox.mode.failing = false;
    await say(ana, 'how old are you?');
    expect(inbox.textsFor(ana).at(-1)).toBe("I'm 5 years old. You have 2 questions left.");
  });

  it('starts afresh, without crashing, from a stored record it cannot read', async () => {
    await store.write(personKey(ana), { v: 99, something: 'else' }, undefined, 60_000);
    const result = await say(ana, 'hi');
    expect(result.outcome).toBe('answered');
    expect(inbox.textsFor(ana)).toEqual([expect.stringMatching(/What's your name/)]);
  });

  it('steps again on fresh data when another writer got in first', async () => {
    await say(ana, "I'm Ana");
    // Another writer (the admin tool resetting Ana) changes the record between our read and our write.
    const stored = await store.read(personKey(ana));
    const racing: ConversationStore = {
      ...store,
      async write(key, data, expected, ttl) {
        if (expected === stored?.revision)
          await store.write(
            key,
            {
              v: 1,
              conversation: { v: 1, session: null, knownName: 'Ana', sessionCount: 1, history: [] },
              ledger: [],
            },
            expected,
            ttl,
          );
        return store.write(key, data, expected, ttl);
      },
    };
    const racer = makeService(racing, inbox).service;
    await racer.handleMessage(message(ana, 'how old are you?'));
    // The reset won; the message was stepped again from the reset state (a new session, welcome back).
    expect(inbox.textsFor(ana).at(-1)).toMatch(/^Welcome back, \*Ana\*! 👋 I'm 5 years old\./);
  });
});

describe('the conversation service over SQLite', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'service-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('resumes where it was after a restart of the process', async () => {
    const path = join(dir, 'bot.sqlite');
    const inbox = createInbox();
    const before = await openSqliteStore({ path, logger: createFakeLogger() });
    const first = makeService(before, inbox).service;
    await first.handleMessage(message(ana, 'hi'));
    await first.handleMessage(message(ana, 'my name is Ana'));
    await first.handleMessage(message(ana, 'how old are you?'));
    await before.close();

    const after = await openSqliteStore({ path, logger: createFakeLogger() });
    const second = makeService(after, inbox).service;
    await second.handleMessage(message(ana, 'what is your hobby'));
    expect(inbox.textsFor(ana).at(-1)).toBe('My hobby is collecting odd words. You have 1 question left.');
    await after.close();
  });

  it('sends a reply a dead process owed, once, when the next one starts, without a redelivery', async () => {
    const path = join(dir, 'bot.sqlite');
    const inbox = createInbox();
    const crashed = await openSqliteStore({ path, logger: createFakeLogger() });
    const dying = makeService(crashed, inbox).service;
    await dying.handleMessage(message(ana, "I'm Ana"));
    // The reply never goes out: the process "dies" while posting (the promise never settles).
    inbox.mode.hanging = true;
    const receipt = await dying.receive(messageDelivery(message(ana, 'how old are you?', ['event:EvCRASH'])));
    expect(receipt.outcome).toBe('accepted');
    await waitUntil(async () => JSON.stringify(await crashed.read(personKey(ana))).includes('"stepped"'));
    inbox.mode.hanging = false;

    const restarted = await openSqliteStore({ path, logger: createFakeLogger() });
    const fresh = makeService(restarted, inbox).service;
    expect(await fresh.recoverOwed()).toBe(1);
    await waitUntil(async () => inbox.textsFor(ana).length === 2);
    await fresh.idle();
    expect(await fresh.recoverOwed()).toBe(0);
    // Slack redelivering it anyway changes nothing.
    const again = await fresh.handleMessage(message(ana, 'how old are you?', ['event:EvCRASH']));
    expect(again.outcome).toBe('duplicate');
    expect(inbox.textsFor(ana).slice(1)).toEqual(["I'm 5 years old. You have 2 questions left."]);
    await restarted.close();
    await crashed.close();
  });

  it('answers a message recorded before a crash but never stepped', async () => {
    const path = join(dir, 'bot.sqlite');
    const inbox = createInbox();
    const store = await openSqliteStore({ path, logger: createFakeLogger() });
    const first = makeService(store, inbox).service;
    await first.handleMessage(message(ana, "I'm Ana"));
    // What a process that died right after acknowledging leaves: the message in the inbox, nothing else.
    const stored = await store.read(personKey(ana));
    const record = stored?.data as { inbox: unknown[] };
    const waiting = {
      ids: ['event:EvINBOX'],
      at: Date.now(),
      input: { kind: 'message', text: 'what is your hobby?' },
      target: { channel: 'DUANA', threadTs: '99.000100' },
    };
    await store.write(personKey(ana), { ...record, inbox: [waiting] }, stored?.revision, 60_000);

    const next = makeService(store, inbox).service;
    expect(await next.recoverOwed()).toBe(1);
    await waitUntil(async () => inbox.textsFor(ana).length === 2);
    expect(inbox.posted.at(-1)).toMatchObject({
      text: 'My hobby is collecting odd words. You have 2 questions left.',
      target: { channel: 'DUANA', threadTs: '99.000100' },
      replyId: 'event:EvINBOX',
    });
    await next.idle();
    await store.close();
  });

  it('does not post twice a reply that reached Slack before the process died', async () => {
    const path = join(dir, 'bot.sqlite');
    const inbox = createInbox();
    const store = await openSqliteStore({ path, logger: createFakeLogger() });
    const first = makeService(store, inbox).service;
    await first.handleMessage(message(ana, "I'm Ana"));
    // Posted, but the process died before it could mark the reply sent: put it back to owed.
    await first.handleMessage(message(ana, 'how old are you?', ['event:EvPOSTED']));
    const stored = await store.read(personKey(ana));
    const record = stored?.data as { ledger: { ids: string[]; status: string }[] };
    const ledger = record.ledger.map((e) =>
      e.ids.includes('event:EvPOSTED')
        ? { ...e, status: 'stepped', target: { channel: 'DUANA', threadTs: '1.0' } }
        : e,
    );
    await store.write(personKey(ana), { ...record, ledger }, stored?.revision, 60_000);

    const next = makeService(store, inbox).service;
    expect(await next.recoverOwed()).toBe(1);
    await next.idle();
    expect(inbox.textsFor(ana)).toHaveLength(2);
    expect(await next.recoverOwed()).toBe(0);
    await store.close();
  });

  it('apologises and loses nothing when the store fails', async () => {
    const path = join(dir, 'bot.sqlite');
    const inbox = createInbox();
    const store = await openSqliteStore({ path, logger: createFakeLogger() });
    const { service, logger } = makeService(store, inbox);
    await service.handleMessage(message(ana, "I'm Ana"));
    await store.close(); // the database goes away under the bot
    const result = await service.handleMessage(message(ana, 'how old are you?'));
    expect(result.outcome).toBe('storage_failed');
    expect(inbox.textsFor(ana).at(-1)).toBe(STORAGE_APOLOGY);
    expect(logger.lines.some((l) => l.level === 'error')).toBe(true);

    const reopened = await openSqliteStore({ path, logger: createFakeLogger() });
    const recovered = makeService(reopened, inbox).service;
    await recovered.handleMessage(message(ana, 'how old are you?'));
    expect(inbox.textsFor(ana).at(-1)).toBe("I'm 5 years old. You have 2 questions left.");
    await reopened.close();
  });
});
