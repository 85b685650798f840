// Ending sessions from outside the conversation (an admin's reset and purge) and the last activity.

import { describe, expect, it } from '@jest/globals';
import { type ConversationSettings, step } from '../../src/conversation/engine';
import { endSession, forgetSessionsBefore, lastActivity } from '../../src/conversation/session-admin';
import { EMPTY_STATE } from '../../src/conversation/state';
import { TEST_PERSONA } from '../helpers/persona';
import { command, givesName } from './interpretations';

const MINUTE = 60_000;
const settings: ConversationSettings = {
  persona: TEST_PERSONA,
  sessionTimeoutMs: 30 * MINUTE,
  retentionMs: 30 * 24 * 60 * MINUTE,
};
const open = () => step(EMPTY_STATE, givesName('Ana', 'Ana'), 1_000_000, settings).state;

describe('ending sessions from outside', () => {
  it('an admin reset closes the open session and keeps its transcript', () => {
    const state = endSession(open(), 1_000_000 + 5 * MINUTE, settings);
    expect(state.session).toBeNull();
    expect(state.history.at(-1)).toMatchObject({
      outcome: 'reset',
      name: 'Ana',
      endedAt: 1_000_000 + 5 * MINUTE,
    });
    expect(state.history.at(-1)?.turns).toHaveLength(2);
    expect(lastActivity(state)).toBe(1_000_000 + 5 * MINUTE);
    expect(endSession(state, 2_000_000, settings)).toBe(state);
  });

  it('a reset of a session already idle past the timeout records it as expired', () => {
    expect(endSession(open(), 1_000_000 + 90 * MINUTE, settings).history.at(-1)?.outcome).toBe('expired');
  });

  it('purging drops only sessions that ended before the cutoff', () => {
    const closed = step(open(), command('stop', 'stop'), 1_000_000 + MINUTE, settings).state;
    expect(forgetSessionsBefore(closed, 1_000_000).history).toHaveLength(1);
    expect(forgetSessionsBefore(closed, 1_000_000 + 2 * MINUTE).history).toHaveLength(0);
  });

  it('knows when the person was last active', () => {
    expect(lastActivity(EMPTY_STATE)).toBeNull();
    expect(lastActivity(open())).toBe(1_000_000);
  });
});
