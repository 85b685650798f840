// The Web API methods the bot uses, answered with real response shapes and real error codes.
// Slack answers both success and failure with HTTP 200; the status codes live in web-api-server.ts.
import type { FakeIdentity } from './envelopes';
import { ownBotEcho } from './events';
import { type JsonObject, loadFixture } from './fixtures';
import type { PostRecord, Records, TokenKind } from './records';
import { dmChannelIdFor, makeViewId, nextTs, tsSeconds } from './slack-ids';

export interface FakeIdentityDetails extends FakeIdentity {
  teamName: string;
  teamDomain: string;
  botName: string;
}

export interface FakeUserProfile {
  name?: string;
  realName?: string;
  displayName?: string;
  tz?: string;
}

export interface WebApiState {
  identity: FakeIdentityDetails;
  records: Records;
  /** DM channels that exist already (conversations.open then reports `already_open`). */
  openDms: Set<string>;
  /** `${channel}:${ts}` of every message the bot posted, for chat.update. */
  messages: Set<string>;
  users: Map<string, FakeUserProfile>;
  /** Hands out a one-use WebSocket URL (apps.connections.open). */
  issueSocketUrl: () => string;
  onPosted: (post: PostRecord) => void;
}

export interface MethodCall {
  method: string;
  body: JsonObject;
  /** Kind of the token from the `Authorization` header, else from the body. */
  tokenKind: TokenKind;
  /** Kind of the token from the `Authorization` header alone (apps.connections.open accepts only that). */
  headerTokenKind: TokenKind;
  at: number;
}

type TokenRule = 'bot' | 'app-header';

interface MethodHandler {
  token: TokenRule;
  run: (call: MethodCall, state: WebApiState) => JsonObject;
}

const MAX_TEXT_LENGTH = 40_000;

export function errorBody(error: string): JsonObject {
  return { ok: false, error };
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** Slack's token errors: nothing sent, a token it does not know, or a valid token of the wrong kind. */
function tokenError(rule: TokenRule, call: MethodCall): string | undefined {
  const kind = rule === 'app-header' ? call.headerTokenKind : call.tokenKind;
  const wanted = rule === 'app-header' ? 'app' : 'bot';
  if (kind === wanted) return undefined;
  if (kind === 'none') return 'not_authed';
  if (kind === 'unknown') return 'invalid_auth';
  return 'not_allowed_token_type';
}

/** A user id posts into the DM with that user, as chat.postMessage does for `channel: 'U…'`. */
function resolveChannel(channel: string | undefined): string | undefined {
  if (channel === undefined) return undefined;
  if (/^[UW][A-Z0-9]{2,}$/.test(channel)) return dmChannelIdFor(channel);
  if (/^[CDG][A-Z0-9]{2,}$/.test(channel)) return channel;
  return undefined;
}

function hasContent(body: JsonObject): boolean {
  const blocks = body.blocks;
  const attachments = body.attachments;
  return (
    str(body.text) !== undefined ||
    (Array.isArray(blocks) && blocks.length > 0) ||
    (Array.isArray(attachments) && attachments.length > 0)
  );
}

/** Validation shared by chat.postMessage and chat.update, in the order Slack reports problems. */
function messageProblem(body: JsonObject, channel: string | undefined): string | undefined {
  if (channel === undefined) return 'channel_not_found';
  if (body.blocks !== undefined && !Array.isArray(body.blocks)) return 'invalid_blocks';
  if (!hasContent(body)) return 'no_text';
  if ((str(body.text)?.length ?? 0) > MAX_TEXT_LENGTH) return 'msg_too_long';
  return undefined;
}

/** The posted message as Slack returns it: the own-bot-echo shape without the event-only fields. */
function postedMessage(state: WebApiState, body: JsonObject, channel: string, ts: string): JsonObject {
  const { identity } = state;
  const threadTs = str(body.thread_ts);
  const message = ownBotEcho({
    text: str(body.text) ?? '',
    channel,
    ts,
    ...(threadTs === undefined ? {} : { threadTs }),
    ...(Array.isArray(body.blocks) ? { blocks: body.blocks as JsonObject[] } : {}),
    botUserId: identity.botUserId,
    botId: identity.botId,
    appId: identity.appId,
    team: identity.teamId,
    botName: identity.botName,
  }) as JsonObject;
  delete message.channel;
  delete message.event_ts;
  delete message.channel_type;
  if (body.metadata !== undefined) message.metadata = body.metadata;
  return message;
}

const authTest: MethodHandler = {
  token: 'bot',
  run: (_call, { identity }) =>
    Object.assign(loadFixture('web-api/auth.test.ok.bot-token.json'), {
      ok: true,
      url: `https://${identity.teamDomain}.slack.com/`,
      team: identity.teamName,
      user: identity.botName,
      team_id: identity.teamId,
      user_id: identity.botUserId,
      bot_id: identity.botId,
      is_enterprise_install: false,
    }),
};

const appsConnectionsOpen: MethodHandler = {
  token: 'app-header',
  run: (_call, state) =>
    Object.assign(loadFixture('web-api/apps.connections.open.ok.bolt-python-mock.json'), {
      ok: true,
      url: state.issueSocketUrl(),
    }),
};

const chatPostMessage: MethodHandler = {
  token: 'bot',
  run: ({ body, at }, state) => {
    const requested = str(body.channel);
    const channel = resolveChannel(requested);
    const problem = messageProblem(body, channel);
    if (problem !== undefined || channel === undefined || requested === undefined) {
      return errorBody(problem ?? 'channel_not_found');
    }
    const ts = nextTs();
    state.messages.add(`${channel}:${ts}`);
    if (channel.startsWith('D')) state.openDms.add(channel);
    const post: PostRecord = {
      channel: requested,
      postedChannel: channel,
      text: str(body.text),
      thread_ts: str(body.thread_ts),
      blocks: body.blocks,
      metadata: body.metadata,
      ts,
      receivedAt: at,
      body,
    };
    state.records.posts.push(post);
    state.onPosted(post);
    return Object.assign(loadFixture('web-api/chat.postMessage.ok.openapi-example.json'), {
      channel,
      message: postedMessage(state, body, channel, ts),
      ok: true,
      ts,
    });
  },
};

const chatUpdate: MethodHandler = {
  token: 'bot',
  run: ({ body, at }, state) => {
    const channel = resolveChannel(str(body.channel));
    const ts = str(body.ts);
    const problem = messageProblem(body, channel);
    if (problem !== undefined || channel === undefined) return errorBody(problem ?? 'channel_not_found');
    if (ts === undefined || !state.messages.has(`${channel}:${ts}`)) return errorBody('message_not_found');
    state.records.updates.push({
      channel,
      ts,
      text: str(body.text),
      blocks: body.blocks,
      receivedAt: at,
      body,
    });
    const message = postedMessage(state, body, channel, ts);
    message.edited = { user: state.identity.botUserId, ts: `${tsSeconds(nextTs())}.000000` };
    return { ok: true, channel, ts, text: str(body.text) ?? '', message };
  },
};

const viewsPublish: MethodHandler = {
  token: 'bot',
  run: ({ body, at }, state) => {
    const userId = str(body.user_id);
    const view = body.view;
    if (userId === undefined || typeof view !== 'object' || view === null || Array.isArray(view)) {
      return errorBody('invalid_arguments');
    }
    const published = view as JsonObject;
    if (published.type !== 'home') return errorBody('invalid_arguments');
    state.records.views.push({ user_id: userId, view: published, receivedAt: at });
    // The stored view as Slack echoes it back: the Home view object of the app_home_opened fixture.
    const { identity } = state;
    const template = loadFixture('events/app_home_opened.tab-home.with-view.event_callback.slack-go.json');
    const id = makeViewId();
    const stored = Object.assign((template.event as JsonObject).view as JsonObject, {
      id,
      team_id: identity.teamId,
      type: 'home',
      blocks: published.blocks ?? [],
      private_metadata: published.private_metadata ?? '',
      callback_id: published.callback_id ?? '',
      hash: `${tsSeconds(nextTs())}.${id.slice(2, 10).toLowerCase()}`,
      title: published.title ?? { type: 'plain_text', text: 'View Title' },
      root_view_id: id,
      app_id: identity.appId,
      external_id: published.external_id ?? '',
      app_installed_team_id: identity.teamId,
      bot_id: identity.botId,
    });
    return { ok: true, view: stored };
  },
};

const conversationsOpen: MethodHandler = {
  token: 'bot',
  run: ({ body }, state) => {
    const users = (str(body.users) ?? '').split(',').filter((u) => u !== '');
    const explicit = str(body.channel);
    const [first] = users;
    let id: string;
    if (explicit !== undefined) {
      if (!state.openDms.has(explicit)) return errorBody('channel_not_found');
      id = explicit;
    } else if (first === undefined) {
      return errorBody('users_list_not_supplied');
    } else if (users.length > 1) {
      // A group DM (mpim) is never needed by a DM bot; say so loudly rather than fake it badly.
      return errorBody('fake_slack_does_not_support_mpim');
    } else if (!/^[UW][A-Z0-9]{2,}$/.test(first)) {
      return errorBody('user_not_found');
    } else {
      id = dmChannelIdFor(first);
    }
    if (state.openDms.has(id)) return { ok: true, no_op: true, already_open: true, channel: { id } };
    state.openDms.add(id);
    return Object.assign(loadFixture('web-api/conversations.open.ok.openapi-example.json'), {
      channel: { id },
      ok: true,
    });
  },
};

const usersInfo: MethodHandler = {
  token: 'bot',
  run: ({ body }, state) => {
    const userId = str(body.user);
    if (userId === undefined || !/^[UW][A-Z0-9]{2,}$/.test(userId)) {
      return loadFixture('web-api/users.info.error.user_not_found.openapi-example.json');
    }
    const { identity } = state;
    const isBot = userId === identity.botUserId;
    const profile = state.users.get(userId) ?? {};
    const name = profile.name ?? (isBot ? identity.botName : `user.${userId.toLowerCase()}`);
    const realName = profile.realName ?? (isBot ? identity.botName : `Test User ${userId}`);
    const displayName = profile.displayName ?? name;
    const response = loadFixture('web-api/users.info.ok.openapi-example.json');
    const user = response.user as JsonObject;
    const fixtureProfile = user.profile as JsonObject;
    Object.assign(fixtureProfile, {
      display_name: displayName,
      display_name_normalized: displayName,
      email: `${name}@${identity.teamDomain}.example.com`,
      real_name: realName,
      real_name_normalized: realName,
      team: identity.teamId,
      ...(isBot ? { bot_id: identity.botId, api_app_id: identity.appId, always_active: true } : {}),
    });
    if (isBot) delete fixtureProfile.email;
    Object.assign(user, {
      id: userId,
      is_admin: false,
      is_app_user: false,
      is_bot: isBot,
      name,
      real_name: realName,
      team_id: identity.teamId,
      tz: profile.tz ?? user.tz,
    });
    return response;
  },
};

/**
 * Suggested prompts in Slack's agent view. Slack refuses it for apps and workspaces without that view
 * (not_allowed, missing_scope); tests script those answers with failNext.
 */
const assistantThreadsSetSuggestedPrompts: MethodHandler = {
  token: 'bot',
  run: ({ body }) => {
    const channel = str(body.channel_id);
    if (channel === undefined || resolveChannel(channel) === undefined) return errorBody('channel_not_found');
    const prompts = body.prompts;
    if (!Array.isArray(prompts) || prompts.length === 0 || prompts.length > 4)
      return errorBody('invalid_arguments');
    return { ok: true };
  },
};

/** Metadata comes back only when asked for (include_all_metadata), as on Slack. */
function readBack(state: WebApiState, post: PostRecord, withMetadata: boolean): JsonObject {
  const message = postedMessage(state, post.body as JsonObject, post.postedChannel, post.ts);
  if (!withMetadata) delete message.metadata;
  return message;
}

const wantsMetadata = (body: JsonObject) =>
  body.include_all_metadata === true || body.include_all_metadata === 'true';

/** A thread's messages, oldest first: the bot's posts in it (the person's own messages are not kept here). */
const conversationsReplies: MethodHandler = {
  token: 'bot',
  run: ({ body }, state) => {
    const channel = resolveChannel(str(body.channel));
    const ts = str(body.ts);
    if (channel === undefined) return errorBody('channel_not_found');
    if (ts === undefined) return errorBody('invalid_arguments');
    const messages = state.records.posts
      .filter((p) => p.postedChannel === channel && (p.thread_ts === ts || p.ts === ts))
      .map((p) => readBack(state, p, wantsMetadata(body)));
    return { ok: true, messages, has_more: false, response_metadata: { next_cursor: '' } };
  },
};

/** A channel's messages after `oldest`, newest first: the bot's top-level posts and thread replies. */
const conversationsHistory: MethodHandler = {
  token: 'bot',
  run: ({ body }, state) => {
    const channel = resolveChannel(str(body.channel));
    if (channel === undefined) return errorBody('channel_not_found');
    const oldest = Number(str(body.oldest) ?? '0');
    const messages = state.records.posts
      .filter((p) => p.postedChannel === channel && p.thread_ts === undefined && Number(p.ts) > oldest)
      .reverse()
      .map((p) => readBack(state, p, wantsMetadata(body)));
    return { ok: true, messages, has_more: false, response_metadata: { next_cursor: '' } };
  },
};

export const WEB_API_METHODS: Readonly<Record<string, MethodHandler>> = {
  'conversations.history': conversationsHistory,
  'conversations.replies': conversationsReplies,
  'assistant.threads.setSuggestedPrompts': assistantThreadsSetSuggestedPrompts,
  'auth.test': authTest,
  'apps.connections.open': appsConnectionsOpen,
  'chat.postMessage': chatPostMessage,
  'chat.update': chatUpdate,
  'views.publish': viewsPublish,
  'conversations.open': conversationsOpen,
  'users.info': usersInfo,
};

/** The HTTP 200 body for a call: `unknown_method`, a token error, or the method's own answer. */
export function answerMethod(call: MethodCall, state: WebApiState): JsonObject {
  const handler = WEB_API_METHODS[call.method];
  if (handler === undefined) return { ok: false, error: 'unknown_method', req_method: call.method };
  const tokenProblem = tokenError(handler.token, call);
  // auth.test says invalid_auth for any token that is present but not the bot token.
  if (tokenProblem !== undefined && call.method === 'auth.test' && tokenProblem !== 'not_authed') {
    return errorBody('invalid_auth');
  }
  if (tokenProblem !== undefined) return errorBody(tokenProblem);
  return handler.run(call, state);
}
