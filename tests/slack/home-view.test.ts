// The Home tab's content, from stored state.

import { describe, expect, it } from '@jest/globals';
import type { types } from '@slack/bolt';
import { step } from '../../src/conversation/engine';
import type { Interpretation } from '../../src/conversation/interpretation';
import { EMPTY_STATE } from '../../src/conversation/state';
import { buildHomeView, FORGET_ME_ACTION, START_CONVERSATION_ACTION } from '../../src/slack/home-view';

const persona = { name: 'Quillon', age: 5, hobby: 'words', defaultAnswer: 'Hmm.' };
const settings = { persona, sessionTimeoutMs: 30 * 60_000, retentionMs: 30 * 86_400_000 };
const options = { persona, sessionTimeoutMs: settings.sessionTimeoutMs };
const msg = (text: string, extra: Partial<Interpretation> = {}): Interpretation => ({
  text,
  command: null,
  name: null,
  intents: [],
  acts: [],
  answer: null,
  ...extra,
});
const textOf = (view: ReturnType<typeof buildHomeView>) => JSON.stringify(view.blocks);

describe('the Home tab', () => {
  it('invites a new person to start, with both buttons, the destructive one behind a confirmation', () => {
    const view = buildHomeView(EMPTY_STATE, { ...options, now: 0 });
    expect(textOf(view)).toContain('No conversation is open');
    expect(textOf(view)).toContain('None yet.');
    const actions = view.blocks.find((b): b is types.ActionsBlock => b.type === 'actions');
    expect(actions?.elements.map((e) => (e as types.Button).action_id)).toEqual([
      START_CONVERSATION_ACTION,
      FORGET_ME_ACTION,
    ]);
    expect(actions?.elements[1]).toMatchObject({
      style: 'danger',
      confirm: { confirm: { text: 'Forget me' } },
    });
  });

  it("shows the person's name and questions left, and past conversations", () => {
    let state = step(
      EMPTY_STATE,
      msg('Ana', { name: { value: 'Ana <!here>', confident: true } }),
      1000,
      settings,
    ).state;
    state = step(state, msg('age?', { intents: ['age'] }), 2000, settings).state;
    const open = textOf(buildHomeView(state, { ...options, now: 3000 }));
    expect(open).toContain("You're *Ana &lt;!here&gt;*: you have 2 of 3 questions left");
    state = step(state, msg('stop', { command: 'stop' }), 4000, settings).state;
    const closed = textOf(buildHomeView(state, { ...options, now: 5000 }));
    expect(closed).toContain('No conversation is open');
    expect(closed).toMatch(/stopped early, as \*Ana &lt;!here&gt;\*/);
  });

  it('treats a session idle past the timeout as closed', () => {
    const state = step(EMPTY_STATE, msg('hi'), 0, settings).state;
    expect(textOf(buildHomeView(state, { ...options, now: 31 * 60_000 }))).toContain(
      'No conversation is open',
    );
    expect(textOf(buildHomeView(state, { ...options, now: 60_000 }))).toContain('Waiting for your name');
  });
});
