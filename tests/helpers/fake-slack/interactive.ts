// `interactive` Socket Mode envelopes for button clicks on the App Home tab, built from the java-slack-sdk
// block_actions fixture with the container switched to a view, as Slack sends it for Home tab buttons.

import { randomUUID } from 'node:crypto';
import { loadFixture } from './fixtures';
import { DEFAULT_APP_ID, DEFAULT_TEAM_ID } from './slack-ids';

export interface HomeButtonClick {
  readonly user: string;
  readonly actionId: string;
  readonly team?: string;
  readonly appId?: string;
}

/** The Socket Mode frame Slack sends when a person clicks a button on the app's Home tab. */
export function homeButtonClickFrame(click: HomeButtonClick): string {
  const envelope = loadFixture('socket-mode/interactive.block_actions.json') as {
    envelope_id: string;
    payload: Record<string, unknown> & { actions: Record<string, unknown>[] };
  };
  const team = click.team ?? DEFAULT_TEAM_ID;
  const payload = envelope.payload;
  envelope.envelope_id = randomUUID();
  payload.user = {
    id: click.user,
    username: click.user.toLowerCase(),
    name: click.user.toLowerCase(),
    team_id: team,
  };
  payload.api_app_id = click.appId ?? DEFAULT_APP_ID;
  payload.team = { id: team, domain: 'example' };
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
  return JSON.stringify(envelope);
}
