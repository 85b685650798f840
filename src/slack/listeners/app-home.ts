// App Home: the Home tab shows the person's conversation; its buttons start a new conversation in the
// DM (a top-level message from the bot, which the person answers in its thread) or forget the person.

import type {
  AllMiddlewareArgs,
  BlockAction,
  SlackActionMiddlewareArgs,
  SlackEventMiddlewareArgs,
} from '@slack/bolt';
import { startDelivery, welcomeDelivery } from '../../application/conversation-service';
import type { PersonId } from '../../application/person-record';
import { QUICK_QUESTIONS } from '../../conversation/engine';
import { buildHomeView, FORGET_ME_ACTION, START_CONVERSATION_ACTION } from '../home-view';
import type { SlackDeps } from './index';
import { personFrom } from './person';

type HomeArgs = SlackEventMiddlewareArgs<'app_home_opened'> & AllMiddlewareArgs;
type ActionArgs = SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs;

export function registerAppHome(app: import('@slack/bolt').App, deps: SlackDeps): void {
  async function publishHome(client: AllMiddlewareArgs['client'], person: PersonId): Promise<void> {
    const state = await deps.service.readConversation(person);
    const view = buildHomeView(state, { ...deps.home, now: Date.now() });
    await client.views.publish({ user_id: person.userId, view });
  }

  app.event('app_home_opened', async ({ event, body, context, client }: HomeArgs) => {
    deps.observer.onReceived?.('app_home_opened');
    if (event.tab === 'messages') {
      await welcome(
        client,
        event.user,
        event.channel,
        context.teamId ?? (body as { team_id?: string }).team_id,
      );
      return;
    }
    if (event.tab !== 'home') return;
    const teamId = context.teamId ?? (body as { team_id?: string }).team_id;
    const person = personFrom(teamId, event.user, deps.logger, 'app_home_opened');
    if (person === null) return;
    // Detached, like every Slack call here: Slack is acknowledged when the listener returns.
    void showHome(client, person, (body as { event_id?: string }).event_id);
  });

  async function showHome(
    client: AllMiddlewareArgs['client'],
    person: PersonId,
    eventId: string | undefined,
  ): Promise<void> {
    try {
      await publishHome(client, person);
      if (eventId !== undefined)
        deps.logger.info(
          {
            event_id: eventId,
            team_id: person.teamId,
            user_id: person.userId,
            outcome: 'home_published',
          },
          'event handled',
        );
    } catch (error) {
      deps.logger.error({ err: error, user_id: person.userId }, 'could not publish the Home tab');
    }
  }

  /**
   * The Messages tab opened: a welcome for someone the bot has never talked to (Slack sends the event on
   * every open; the service welcomes each person once), and the three questions as suggested prompts
   * where Slack's agent view is on.
   */
  async function welcome(
    client: AllMiddlewareArgs['client'],
    userId: string,
    channel: string | undefined,
    teamId: string | undefined,
  ): Promise<void> {
    if (!channel) return;
    const person = personFrom(teamId, userId, deps.logger, 'app_home_opened');
    if (person === null) return;
    const started = Date.now();
    const receipt = await deps.service.receive(welcomeDelivery(person, { channel }));
    // The welcome is recorded: Slack is acknowledged now, and the welcome and the prompts follow.
    void receipt.handled.then((result) => {
      if (result.outcome !== 'not_new') deps.observer.onHandled?.(result, Date.now() - started);
      deps.logger.info(
        { team_id: person.teamId, user_id: userId, outcome: result.outcome, action: 'welcome' },
        'event handled',
      );
    });
    void offerSuggestedPrompts(client, channel);
  }

  /**
   * Slack's agent view shows suggested prompts above the message box. Most workspaces and apps do not have
   * it (not_allowed, missing_scope, a free plan): then nothing changes and it is only worth a debug line.
   */
  async function offerSuggestedPrompts(client: AllMiddlewareArgs['client'], channel: string): Promise<void> {
    try {
      await client.apiCall('assistant.threads.setSuggestedPrompts', {
        channel_id: channel,
        prompts: QUICK_QUESTIONS.map(({ label }) => ({ title: label, message: label })),
      });
    } catch (error) {
      deps.logger.debug(
        { err_code: (error as { data?: { error?: string } }).data?.error ?? String(error) },
        'suggested prompts not available',
      );
    }
  }

  const personOf = ({ body, context }: ActionArgs): PersonId | null =>
    personFrom(
      context.teamId ?? body.user.team_id ?? body.team?.id,
      body.user.id,
      deps.logger,
      'block_actions',
    );

  app.action<BlockAction>(START_CONVERSATION_ACTION, async (args: ActionArgs) => {
    await args.ack();
    deps.observer.onReceived?.('block_actions');
    const person = personOf(args);
    if (person === null) return;
    // Detached: Slack is acknowledged when the listener returns, and opening the DM is a Slack call that may
    // be slow. A click lost to a crash here is only a button: it can be pressed again.
    void startFromHome(args, person);
  });

  async function startFromHome(args: ActionArgs, person: PersonId): Promise<void> {
    try {
      const opened = await args.client.conversations.open({ users: person.userId });
      const channel = opened.channel?.id;
      if (!channel) throw new Error('conversations.open returned no channel');
      const started = Date.now();
      const result = await deps.service.handle(startDelivery(person, { channel }));
      deps.observer.onHandled?.(result, Date.now() - started);
      deps.logger.info(
        {
          team_id: person.teamId,
          user_id: person.userId,
          outcome: result.outcome,
          step: result.stage,
          action: 'start_conversation',
        },
        'action handled',
      );
      await publishHome(args.client, person);
    } catch (error) {
      deps.logger.error(
        { err: error, user_id: person.userId },
        'could not start a conversation from App Home',
      );
    }
  }

  app.action<BlockAction>(FORGET_ME_ACTION, async (args: ActionArgs) => {
    await args.ack();
    deps.observer.onReceived?.('block_actions');
    const person = personOf(args);
    if (person === null) return;
    try {
      await deps.service.forget(person);
      deps.logger.info(
        { team_id: person.teamId, user_id: person.userId, outcome: 'forgotten', action: 'forget_me' },
        'action handled',
      );
    } catch (error) {
      deps.logger.error({ err: error, user_id: person.userId }, 'could not forget the person from App Home');
    }
    // Forgotten before Slack is acknowledged; the refreshed Home tab follows.
    void showHome(args.client, person, undefined);
  });
}
