// Which message events are a person talking to the bot, on real payloads from Slack's SDKs
// (tests/fixtures/slack/events, provenance in its README).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import type { types } from '@slack/bolt';
import { classifyMessage } from '../../src/slack/message-filter';

const fixture = (name: string): types.MessageEvent =>
  JSON.parse(readFileSync(join(__dirname, '..', 'fixtures', 'slack', 'events', name), 'utf8'));

const context = { eventId: 'Ev01', teamId: undefined, botUserId: 'UBOT', botId: 'BBOT' };

describe('the message filter', () => {
  it("takes a person's DM, with its workspace from the payload when Bolt has none", () => {
    const dm = fixture('message.im.plain.inner-event.json');
    const classified = classifyMessage({ ...dm, team: 'T0FROMPAYLOAD' } as types.MessageEvent, context);
    expect(classified).toMatchObject({ kind: 'direct_message', teamId: 'T0FROMPAYLOAD' });
  });

  it('refuses a DM whose workspace nobody knows, instead of filing it under a made-up one', () => {
    const dm = fixture('message.im.plain.inner-event.json'); // as Slack's docs show it: no `team`
    expect(classifyMessage(dm, context)).toEqual({
      kind: 'ignored',
      reason: 'no_team',
    });
  });

  it('ignores edits and deletions with their subtype', () => {
    const edit = fixture('message.im.message_changed.tombstone.inner-event.json');
    expect(classifyMessage(edit, { ...context, teamId: 'T1' })).toEqual({
      kind: 'ignored',
      reason: 'subtype',
      subtype: 'message_changed',
    });
  });
});
