// `block_actions` payloads for button clicks, built from the java-slack-sdk fixture: on the App Home tab
// (the container switched to a view, as Slack sends it for Home tab buttons) and on a message in the DM.

import { randomUUID } from 'node:crypto';
import { type JsonObject, loadFixture } from './fixtures';
import type { PostRecord } from './records';
import { DEFAULT_APP_ID, DEFAULT_TEAM_ID } from './slack-ids';

/** Who clicks: a person of a workspace, in an app. */
interface Clicker {
  readonly user: string;
  readonly team?: string;
  readonly appId?: string;
}

export interface HomeButtonClick extends Clicker {
  readonly actionId: string;
}

export interface MessageButtonClick extends Clicker {
  /** The bot's message whose button is clicked, as the stand-in recorded it. */
  readonly post: PostRecord;
  readonly actionId: string;
}

type ClickPayload = JsonObject & { actions: JsonObject[] };

/** The fixture's `block_actions` payload, clicked by this person. */
function clickedBy(clicker: Clicker): { payload: ClickPayload; team: string } {
  const { payload } = loadFixture('socket-mode/interactive.block_actions.json') as { payload: ClickPayload };
  const team = clicker.team ?? DEFAULT_TEAM_ID;
  const name = clicker.user.toLowerCase();
  payload.user = { id: clicker.user, username: name, name, team_id: team };
  payload.api_app_id = clicker.appId ?? DEFAULT_APP_ID;
  payload.team = { id: team, domain: 'example' };
  return { payload, team };
}

/** The Socket Mode frame Slack sends when a person clicks a button on the app's Home tab. */
export function homeButtonClickFrame(click: HomeButtonClick): string {
  const { payload, team } = clickedBy(click);
  payload.container = { type: 'view', view_id: 'V0HOME0001' };
  payload.view = { id: 'V0HOME0001', type: 'home', team_id: team, blocks: [] };
  delete payload.channel;
  delete payload.message;
  delete payload.response_url;
  const action = payload.actions[0] ?? {};
  payload.actions = [
    {
      ...action,
      action_id: click.actionId,
      block_id: 'home',
      value: undefined,
      action_ts: `${Date.now() / 1000}`,
    },
  ];
  return interactiveFrame(payload);
}

/**
 * The `block_actions` payload Slack sends when a person clicks a button on a message in a conversation:
 * the same java-slack-sdk fixture, with the channel, the clicked message (its ts, thread and blocks) and
 * the button (action_id, value, text) taken from the message the bot posted.
 */
export function messageButtonClickPayload(click: MessageButtonClick): JsonObject {
  const { post } = click;
  const blocks = Array.isArray(post.blocks) ? (post.blocks as JsonObject[]) : [];
  const block = blocks.find(
    (candidate) =>
      Array.isArray(candidate.elements) &&
      (candidate.elements as JsonObject[]).some((element) => element.action_id === click.actionId),
  );
  const button = (block?.elements as JsonObject[] | undefined)?.find(
    (element) => element.action_id === click.actionId,
  );
  if (!block || !button)
    throw new Error(`fake Slack: the message ${post.ts} has no button ${click.actionId}`);
  const { payload } = clickedBy(click);
  const thread = post.thread_ts === undefined ? {} : { thread_ts: post.thread_ts };
  payload.container = {
    type: 'message',
    message_ts: post.ts,
    channel_id: post.postedChannel,
    is_ephemeral: false,
    ...thread,
  };
  payload.channel = { id: post.postedChannel, name: 'directmessage' };
  payload.message = {
    ...(payload.message as JsonObject),
    text: post.text ?? '',
    ts: post.ts,
    ...thread,
    blocks,
  };
  payload.actions = [
    {
      action_id: click.actionId,
      block_id: block.block_id ?? 'b',
      text: button.text ?? null,
      value: button.value ?? null,
      type: 'button',
      action_ts: `${Date.now() / 1000}`,
    },
  ];
  return payload;
}

/** The Socket Mode frame that carries an interactive payload. */
export function interactiveFrame(payload: JsonObject): string {
  return JSON.stringify({
    envelope_id: randomUUID(),
    payload,
    type: 'interactive',
    accepts_response_payload: false,
  });
}
