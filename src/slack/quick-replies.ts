// Quick replies: the three questions as Block Kit buttons under a reply, and the same message once a
// button was used. A button carries its question in its value, so a click needs no language understanding.

import type { types } from '@slack/bolt';
import { QUICK_QUESTIONS } from '../conversation/engine';
import type { Intent } from '../conversation/interpretation';

/** Every quick-reply button's action_id starts with this; the rest is its question ("ask_age"). */
export const QUICK_REPLY_ACTION = /^ask_(name|age|hobby)$/;
const BLOCK_ID = 'quick_replies';
/** Slack's limit for a section's text; a longer reply goes out as text alone, without buttons. */
const MAX_SECTION_TEXT = 3000;

export type QuickQuestion = Exclude<Intent, 'other'>;

/** The reply as a section, with the three questions as buttons under it (null: too long for a section). */
export function withQuickReplies(text: string): types.KnownBlock[] | null {
  if (text.length > MAX_SECTION_TEXT) return null;
  const buttons: types.ActionsBlock = {
    type: 'actions',
    block_id: BLOCK_ID,
    elements: QUICK_QUESTIONS.map(({ intent, label }) => ({
      type: 'button',
      action_id: `ask_${intent}`,
      text: { type: 'plain_text', text: label, emoji: true },
      value: intent,
    })),
  };
  return [section(text), buttons];
}

/** The clicked message, its buttons gone, saying which question was chosen. */
export function afterClick(text: string, intent: QuickQuestion): types.KnownBlock[] {
  const label = QUICK_QUESTIONS.find((question) => question.intent === intent)?.label ?? intent;
  return [section(text), { type: 'context', elements: [{ type: 'mrkdwn', text: `You asked: *${label}*` }] }];
}

/** The question a clicked button asks, from its value (its action_id if the value is missing). */
export function questionOf(action: { action_id?: string; value?: string }): QuickQuestion | null {
  const fromValue = QUICK_QUESTIONS.find((question) => question.intent === action.value);
  if (fromValue) return fromValue.intent;
  const match = QUICK_REPLY_ACTION.exec(action.action_id ?? '');
  return (match?.[1] as QuickQuestion | undefined) ?? null;
}

function section(text: string): types.SectionBlock {
  return { type: 'section', text: { type: 'mrkdwn', text } };
}
