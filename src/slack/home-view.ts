// The App Home tab as Block Kit: the person's current conversation, their recent ones, and two buttons.
// Pure: built from the stored state, so it can be tested without Slack.

import type { types } from '@slack/bolt';
import type { Persona } from '../conversation/persona';
import { escapeText, formatName } from '../conversation/replies';
import { MAX_QUESTIONS, standingOf } from '../conversation/standing';
import type { ConversationState, FinishedSession } from '../conversation/state';

export const START_CONVERSATION_ACTION = 'home_start_conversation';
export const FORGET_ME_ACTION = 'home_forget_me';
const RECENT_SESSIONS = 5;

export interface HomeViewOptions {
  readonly persona: Persona;
  readonly sessionTimeoutMs: number;
  readonly now: number;
}

const section = (text: string): types.SectionBlock => ({ type: 'section', text: { type: 'mrkdwn', text } });

/** Slack renders the date in the reader's own time zone; the fallback is UTC. */
const slackDate = (ms: number): string => {
  const seconds = Math.floor(ms / 1000);
  const fallback = `${new Date(ms).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
  return `<!date^${seconds}^{date_short_pretty} at {time}|${fallback}>`;
};

export function buildHomeView(state: ConversationState, options: HomeViewOptions): types.HomeView {
  const { persona } = options;
  const blocks: types.KnownBlock[] = [
    { type: 'header', text: { type: 'plain_text', text: `Hi, I'm ${persona.name}` } },
    section(
      `Tell me your name in our DM, then ask me up to ${MAX_QUESTIONS} questions: my name, my age or my hobby.`,
    ),
    { type: 'divider' },
    section(`*Now*\n${describeCurrent(state, options)}`),
    {
      type: 'actions',
      elements: [
        {
          type: 'button',
          action_id: START_CONVERSATION_ACTION,
          style: 'primary',
          text: { type: 'plain_text', text: 'Start a new conversation' },
        },
        {
          type: 'button',
          action_id: FORGET_ME_ACTION,
          style: 'danger',
          text: { type: 'plain_text', text: 'Forget me' },
          confirm: {
            title: { type: 'plain_text', text: 'Forget everything?' },
            text: {
              type: 'mrkdwn',
              text: `${escapeText(persona.name)} will delete your name and every conversation it has stored about you. This cannot be undone.`,
            },
            confirm: { type: 'plain_text', text: 'Forget me' },
            deny: { type: 'plain_text', text: 'Cancel' },
            style: 'danger',
          },
        },
      ],
    },
    { type: 'divider' },
    section(`*Recent conversations*\n${describeHistory(state.history)}`),
  ];
  return { type: 'home', blocks };
}

function describeCurrent(state: ConversationState, options: HomeViewOptions): string {
  const standing = standingOf(state, options.now, options.sessionTimeoutMs);
  if (standing.startedAt === null) {
    return 'No conversation is open. Say hi in our DM, or press *Start a new conversation*.';
  }
  const since = `started ${slackDate(standing.startedAt)}`;
  switch (standing.stage) {
    case 'confirming_name':
      return `Checking your name: is it ${formatName(standing.candidate ?? '')}? (${since})`;
    case 'answering': {
      const who = standing.name === null ? 'You' : `You're ${formatName(standing.name)}: you`;
      return `${who} have ${standing.questionsLeft} of ${standing.maxQuestions} questions left (${since}).`;
    }
    default:
      return `Waiting for your name (${since}).`;
  }
}

const OUTCOME_TEXT: Record<FinishedSession['outcome'], string> = {
  completed: 'all questions answered',
  stopped: 'stopped early',
  expired: 'timed out',
  restarted: 'restarted',
  reset: 'ended by an admin',
};

function describeHistory(history: readonly FinishedSession[]): string {
  if (history.length === 0) return 'None yet.';
  return history
    .slice(-RECENT_SESSIONS)
    .reverse()
    .map(
      (s) =>
        `• ${slackDate(s.startedAt)}: ${OUTCOME_TEXT[s.outcome]}${s.name ? `, as ${formatName(s.name)}` : ''}`,
    )
    .join('\n');
}
