// Builders for the INNER `event` objects Slack delivers (the stand-in wraps them in `event_callback`).
// Each starts from a copied public fixture and overrides ids, text and timestamps, so tests exercise
// the fields real payloads carry (client_msg_id, blocks, team, bot_profile…) rather than a minimal guess.
//
// `text` is always the wire form: escaped mrkdwn exactly as Slack sends it (`&lt;`, `<@U…>`); the
// rich_text block is derived from it with the escapes undone, as Slack's own client does.
import { type JsonObject, loadFixtureEvent } from './fixtures';
import { richTextBlocks } from './rich-text';
import {
  channelTypeFor,
  DEFAULT_APP_ID,
  DEFAULT_BOT_ID,
  DEFAULT_BOT_NAME,
  DEFAULT_BOT_USER_ID,
  DEFAULT_CHANNEL_ID,
  DEFAULT_TEAM_ID,
  DEFAULT_USER_ID,
  dmChannelIdFor,
  makeClientMsgId,
  makeFileId,
  makeViewId,
  nextTs,
  tsSeconds,
} from './slack-ids';

export interface SlackEvent {
  type: string;
  [key: string]: unknown;
}

export interface SlackMessageEvent extends SlackEvent {
  type: 'message';
  channel: string;
  channel_type: string;
  ts: string;
  event_ts: string;
}

export interface SlackAppMentionEvent extends SlackEvent {
  type: 'app_mention';
  user: string;
  text: string;
  channel: string;
  ts: string;
  event_ts: string;
}

export interface SlackAppHomeOpenedEvent extends SlackEvent {
  type: 'app_home_opened';
  user: string;
  channel: string;
  tab: 'home' | 'messages';
  event_ts: string;
}

const FIX = {
  userMessage: 'events/message.user.rich_text.event_callback.json',
  changed: 'events/message.message_changed.event_callback.json',
  deleted: 'events/message.message_deleted.event_callback.json',
  botMessage: 'events/message.bot_message.classic.event_callback.json',
  ownEcho: 'events/message.own-bot-echo.bot_profile.event_callback.zulip.json',
  otherApp: 'events/message.from-app-bot.bot_profile.event_callback.json',
  fileShare: 'events/message.file_share.event_callback.json',
  appMention: 'socket-mode/events_api.app_mention.json',
  homeMessages: 'events/app_home_opened.tab-messages.event_callback.json',
  homeWithView: 'events/app_home_opened.tab-home.with-view.event_callback.slack-go.json',
} as const;

/** Sets fields in place, keeping the fixture's key order; `undefined` removes a field. */
function patch<T extends JsonObject>(target: T, fields: JsonObject): T {
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) delete target[key];
    else (target as JsonObject)[key] = value;
  }
  return target;
}

/** Inserts `fields` just before `beforeKey` (Slack puts `thread_ts`/`parent_user_id` ahead of `channel`). */
function insertBefore(target: JsonObject, beforeKey: string, fields: JsonObject): JsonObject {
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(target)) {
    if (key === beforeKey) Object.assign(out, fields);
    out[key] = value;
  }
  if (!(beforeKey in target)) Object.assign(out, fields);
  return out;
}

function threadFields(threadTs: string | undefined, parentUserId: string): JsonObject {
  return threadTs === undefined ? {} : { thread_ts: threadTs, parent_user_id: parentUserId };
}

export interface UserMessageOptions {
  user: string;
  text: string;
  ts?: string;
  threadTs?: string;
  /** Author of the thread's parent; defaults to the bot, since our threads hang off bot replies. */
  parentUserId?: string;
  channel?: string;
  clientMsgId?: string;
  team?: string;
}

function userMessage(options: UserMessageOptions, channel: string): SlackMessageEvent {
  const ts = options.ts ?? nextTs();
  const event = patch(loadFixtureEvent(FIX.userMessage), {
    client_msg_id: options.clientMsgId ?? makeClientMsgId(),
    text: options.text,
    user: options.user,
    ts,
    team: options.team ?? DEFAULT_TEAM_ID,
    blocks: richTextBlocks(options.text),
    channel,
    event_ts: ts,
    channel_type: channelTypeFor(channel),
  });
  return insertBefore(
    event,
    'channel',
    threadFields(options.threadTs, options.parentUserId ?? DEFAULT_BOT_USER_ID),
  ) as SlackMessageEvent;
}

/** A person's message in their DM with the bot (`channel_type: 'im'`, `D…` channel derived from the user). */
export function dmMessage(options: UserMessageOptions): SlackMessageEvent {
  return userMessage(options, options.channel ?? dmChannelIdFor(options.user));
}

/** A person's reply inside a DM thread (`thread_ts` + `parent_user_id`, no subtype). */
export function dmThreadReply(options: UserMessageOptions & { threadTs: string }): SlackMessageEvent {
  return dmMessage(options);
}

/** A person's message in a public channel the bot is in (`channel_type: 'channel'`). */
export function channelMessage(options: UserMessageOptions): SlackMessageEvent {
  return userMessage(options, options.channel ?? DEFAULT_CHANNEL_ID);
}

export interface MessageChangedOptions {
  user: string;
  text: string;
  previousText: string;
  /** `ts` of the message that was edited. */
  ts: string;
  channel?: string;
  threadTs?: string;
  team?: string;
}

/** `subtype: message_changed`: an edit of an earlier message (hidden, with `message` and `previous_message`). */
export function messageChanged(options: MessageChangedOptions): SlackMessageEvent {
  const channel = options.channel ?? dmChannelIdFor(options.user);
  const team = options.team ?? DEFAULT_TEAM_ID;
  const eventTs = nextTs();
  const event = loadFixtureEvent(FIX.changed);
  const thread = threadFields(options.threadTs, DEFAULT_BOT_USER_ID);
  const message = patch(event.message as JsonObject, {
    text: options.text,
    user: options.user,
    team,
    // Slack stamps edits with whole seconds.
    edited: { user: options.user, ts: `${tsSeconds(eventTs)}.000000` },
    blocks: richTextBlocks(options.text),
  });
  const previous = patch(event.previous_message as JsonObject, {
    text: options.previousText,
    user: options.user,
    team,
    ts: options.ts,
    blocks: richTextBlocks(options.previousText),
  });
  return patch(event, {
    message: { ...message, ...thread, ts: options.ts },
    previous_message: { ...previous, ...thread },
    channel,
    ts: eventTs,
    event_ts: eventTs,
    channel_type: channelTypeFor(channel),
  }) as SlackMessageEvent;
}

export interface MessageDeletedOptions {
  /** `ts` of the message that was deleted. */
  ts: string;
  user?: string;
  previousText?: string;
  channel?: string;
  team?: string;
}

/** `subtype: message_deleted` (hidden, `deleted_ts`, `previous_message`). */
export function messageDeleted(options: MessageDeletedOptions): SlackMessageEvent {
  const user = options.user ?? DEFAULT_USER_ID;
  const channel = options.channel ?? dmChannelIdFor(user);
  const eventTs = nextTs();
  const event = loadFixtureEvent(FIX.deleted);
  patch(event.previous_message as JsonObject, {
    text: options.previousText ?? 'Delete this message',
    user,
    team: options.team ?? DEFAULT_TEAM_ID,
    ts: options.ts,
  });
  return patch(event, {
    channel,
    deleted_ts: options.ts,
    event_ts: eventTs,
    ts: eventTs,
    channel_type: channelTypeFor(channel),
  }) as SlackMessageEvent;
}

export interface BotMessageOptions {
  text: string;
  channel?: string;
  botId?: string;
  username?: string;
  ts?: string;
}

/** Classic `subtype: bot_message` (integration/legacy bot: `username` + `bot_id`, no `user`). Defaults to a DM. */
export function botMessage(options: BotMessageOptions): SlackMessageEvent {
  const channel = options.channel ?? dmChannelIdFor(DEFAULT_USER_ID);
  const ts = options.ts ?? nextTs();
  return patch(loadFixtureEvent(FIX.botMessage), {
    text: options.text,
    ts,
    username: options.username ?? 'classic-bot',
    bot_id: options.botId ?? 'B0OTHER01',
    channel,
    event_ts: ts,
    channel_type: channelTypeFor(channel),
  }) as SlackMessageEvent;
}

export interface OwnBotEchoOptions {
  text: string;
  channel: string;
  ts?: string;
  threadTs?: string;
  /** Author of the thread's parent when `threadTs` is set; defaults to a human user. */
  parentUserId?: string;
  blocks?: JsonObject[];
  botUserId?: string;
  botId?: string;
  appId?: string;
  team?: string;
  botName?: string;
}

/**
 * The bot's OWN chat.postMessage output delivered back to it: NO subtype, `bot_id` and `app_id` are ours and
 * `user` is our bot user (bolt-js#580: Bolt's ignoreSelf can miss these in DMs).
 */
export function ownBotEcho(options: OwnBotEchoOptions): SlackMessageEvent {
  const team = options.team ?? DEFAULT_TEAM_ID;
  const botId = options.botId ?? DEFAULT_BOT_ID;
  const appId = options.appId ?? DEFAULT_APP_ID;
  const ts = options.ts ?? nextTs();
  const event = loadFixtureEvent(FIX.ownEcho);
  patch(event.bot_profile as JsonObject, {
    id: botId,
    name: options.botName ?? DEFAULT_BOT_NAME,
    app_id: appId,
    team_id: team,
  });
  patch(event, {
    user: options.botUserId ?? DEFAULT_BOT_USER_ID,
    ts,
    bot_id: botId,
    app_id: appId,
    text: options.text,
    team,
    blocks: options.blocks ?? richTextBlocks(options.text),
    channel: options.channel,
    event_ts: ts,
    channel_type: channelTypeFor(options.channel),
  });
  return insertBefore(
    event,
    'channel',
    threadFields(options.threadTs, options.parentUserId ?? DEFAULT_USER_ID),
  ) as SlackMessageEvent;
}

export interface OtherAppBotMessageOptions {
  text: string;
  channel?: string;
  botId?: string;
  botUserId?: string;
  appId?: string;
  name?: string;
  ts?: string;
  team?: string;
}

/** Another app's bot posting: no subtype, but `bot_id`, a bot `user` and `bot_profile` of a different app. */
export function otherAppBotMessage(options: OtherAppBotMessageOptions): SlackMessageEvent {
  const channel = options.channel ?? dmChannelIdFor(DEFAULT_USER_ID);
  const team = options.team ?? DEFAULT_TEAM_ID;
  const botId = options.botId ?? 'B0OTHER01';
  const ts = options.ts ?? nextTs();
  const event = loadFixtureEvent(FIX.otherApp);
  patch(event.bot_profile as JsonObject, {
    id: botId,
    name: options.name ?? 'other-app',
    app_id: options.appId ?? 'A0OTHER01',
    team_id: team,
  });
  return patch(event, {
    bot_id: botId,
    text: options.text,
    user: options.botUserId ?? 'U0OTHER01',
    ts,
    team,
    channel,
    event_ts: ts,
    channel_type: channelTypeFor(channel),
  }) as SlackMessageEvent;
}

export interface FileShareOptions {
  user?: string;
  text?: string;
  channel?: string;
  ts?: string;
  team?: string;
}

/** `subtype: file_share`: a person uploads a PNG (optionally with a comment), in their DM by default. */
export function fileShare(options: FileShareOptions = {}): SlackMessageEvent {
  const user = options.user ?? DEFAULT_USER_ID;
  const team = options.team ?? DEFAULT_TEAM_ID;
  const channel = options.channel ?? dmChannelIdFor(user);
  const text = options.text ?? '';
  const ts = options.ts ?? nextTs();
  const event = loadFixtureEvent(FIX.fileShare);
  // The file record embeds team, user and file ids in its URLs; rewrite them all consistently.
  const fileId = makeFileId();
  const now = tsSeconds(ts);
  const files = JSON.parse(
    JSON.stringify(event.files).replaceAll('T111', team).replaceAll('U111', user).replaceAll('F111', fileId),
  ) as JsonObject[];
  for (const file of files) patch(file, { created: now, timestamp: now });
  return patch(event, {
    text,
    files,
    user,
    ts,
    // A file posted without a comment carries no blocks.
    blocks: text === '' ? undefined : richTextBlocks(text),
    client_msg_id: makeClientMsgId(),
    channel,
    event_ts: ts,
    channel_type: channelTypeFor(channel),
  }) as SlackMessageEvent;
}

export interface AppMentionOptions {
  user: string;
  /** Defaults to `<@botUserId> hello`. */
  text?: string;
  channel?: string;
  ts?: string;
  threadTs?: string;
  botUserId?: string;
  team?: string;
}

/** `app_mention` in a channel (delivered in addition to the channel's `message` event when subscribed). */
export function appMention(options: AppMentionOptions): SlackAppMentionEvent {
  const text = options.text ?? `<@${options.botUserId ?? DEFAULT_BOT_USER_ID}> hello`;
  const channel = options.channel ?? DEFAULT_CHANNEL_ID;
  const ts = options.ts ?? nextTs();
  const event = patch(loadFixtureEvent(FIX.appMention), {
    client_msg_id: makeClientMsgId(),
    text,
    user: options.user,
    ts,
    team: options.team ?? DEFAULT_TEAM_ID,
    blocks: richTextBlocks(text),
    channel,
    event_ts: ts,
  });
  return insertBefore(event, 'channel', threadFields(options.threadTs, options.user)) as SlackAppMentionEvent;
}

export interface AppHomeOpenedOptions {
  user: string;
  tab: 'home' | 'messages';
  channel?: string;
  /** Home tab only: include the previously published `view` (Slack omits it until one was published). */
  withView?: boolean;
  team?: string;
  appId?: string;
  botId?: string;
}

/** `app_home_opened`: the person opened the app's Home tab or its Messages (DM) tab. */
export function appHomeOpened(options: AppHomeOpenedOptions): SlackAppHomeOpenedEvent {
  const channel = options.channel ?? dmChannelIdFor(options.user);
  const eventTs = nextTs();
  if (options.tab === 'messages') {
    return patch(loadFixtureEvent(FIX.homeMessages), {
      user: options.user,
      channel,
      tab: 'messages',
      event_ts: eventTs,
    }) as SlackAppHomeOpenedEvent;
  }
  const team = options.team ?? DEFAULT_TEAM_ID;
  const event = loadFixtureEvent(FIX.homeWithView);
  const viewId = makeViewId();
  const view = patch(event.view as JsonObject, {
    id: viewId,
    team_id: team,
    hash: `${tsSeconds(eventTs)}.${viewId.slice(2, 10).toLowerCase()}`,
    root_view_id: viewId,
    app_id: options.appId ?? DEFAULT_APP_ID,
    app_installed_team_id: team,
    bot_id: options.botId ?? DEFAULT_BOT_ID,
  });
  return patch(event, {
    user: options.user,
    channel,
    tab: 'home',
    event_ts: eventTs,
    view: options.withView === true ? view : undefined,
  }) as SlackAppHomeOpenedEvent;
}
