// The reply retry policy against the stand-in's Web API over real HTTP: rate limits wait Retry-After,
// server errors back off, permanent errors and replies that would arrive too late are given up.

import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { type FakeSlack, startFakeSlack } from '../../slack-stand-in';
import { createReplySender, REPLY_DEADLINE_MS, ReplyNotDelivered } from '../../src/slack/reply-sender';
import { silentBoltLogger } from '../helpers/wait';

const target = { channel: 'D0USER0001', threadTs: '1700000000.000100' };

let fake: FakeSlack;
beforeAll(async () => {
  fake = await startFakeSlack();
});
afterAll(() => fake.close());
beforeEach(() => {
  fake.reset();
  fake.clearFaults();
});

function sender(extra: { sleep?: (ms: number) => Promise<void> } = {}) {
  const seen = { rateLimited: [] as number[], errors: [] as string[], sent: 0 };
  const post = createReplySender({
    token: fake.botToken,
    slackApiUrl: fake.apiUrl,
    logger: silentBoltLogger,
    observer: {
      onRateLimited: (s) => seen.rateLimited.push(s),
      onApiError: (_m, e) => seen.errors.push(e),
      onSent: () => {
        seen.sent += 1;
      },
    },
    ...extra,
  });
  return { post, seen };
}

describe('posting a reply', () => {
  it('posts once, in the thread', async () => {
    const { post, seen } = sender();
    await post(target, 'hello', Date.now());
    expect(fake.posts).toHaveLength(1);
    expect(fake.posts[0]).toMatchObject({
      channel: target.channel,
      thread_ts: target.threadTs,
      text: 'hello',
    });
    expect(seen.sent).toBe(1);
  });

  it('waits Retry-After on a 429, then posts exactly once', async () => {
    fake.failNext('chat.postMessage', { status: 429, retryAfterSeconds: 1 });
    const { post, seen } = sender();
    const started = Date.now();
    await post(target, 'after the limit', Date.now());
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(fake.posts.map((p) => p.text)).toEqual(['after the limit']);
    expect(seen.rateLimited).toEqual([1]);
  });

  it('backs off and retries on 5xx, a bounded number of times', async () => {
    fake.failNext('chat.postMessage', { status: 503 }, 2);
    const { post, seen } = sender({ sleep: async () => {} });
    await post(target, 'third time lucky', Date.now());
    expect(fake.posts.map((p) => p.text)).toEqual(['third time lucky']);
    expect(seen.errors).toEqual(['http_503', 'http_503']);

    fake.failNext('chat.postMessage', { status: 500 }, 10);
    await expect(post(target, 'never', Date.now())).rejects.toThrow(/failed 4 times: http_500/);
    expect(fake.calls('chat.postMessage').length).toBe(3 + 4);
  });

  it('gives up at once on an error that retrying cannot fix', async () => {
    fake.failNext('chat.postMessage', { error: 'channel_not_found' });
    const { post } = sender();
    await expect(post(target, 'x', Date.now())).rejects.toThrow(/channel_not_found/);
    expect(fake.calls('chat.postMessage')).toHaveLength(1);
  });

  it('drops a reply that could only be posted later than the deadline, instead of posting it late', async () => {
    const limitSeconds = REPLY_DEADLINE_MS / 1000 + 60;
    fake.failNext('chat.postMessage', { status: 429, retryAfterSeconds: limitSeconds });
    const { post } = sender();
    const error = await post(target, 'too late', Date.now()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReplyNotDelivered);
    expect((error as Error).message).toMatch(/reply dropped/);
    expect(fake.posts).toHaveLength(0);
    expect(fake.calls('chat.postMessage')).toHaveLength(1);
  });
});
