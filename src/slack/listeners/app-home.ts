// App Home: the Home tab shows the person's conversation; its buttons start a new conversation in the
// DM (a top-level message from the bot, which the person answers in its thread) or forget the person.

import type {
  AllMiddlewareArgs,
  BlockAction,
  SlackActionMiddlewareArgs,
  SlackEventMiddlewareArgs,
} from '@slack/bolt';
import type { PersonId } from '../../application/person-record';
import { buildHomeView, FORGET_ME_ACTION, START_CONVERSATION_ACTION } from '../home-view';
import type { SlackDeps } from './index';

type HomeArgs = SlackEventMiddlewareArgs<'app_home_opened'> & AllMiddlewareArgs;
type ActionArgs = SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs;

export function registerAppHome(app: import('@slack/bolt').App, deps: SlackDeps): void {
  async function publishHome(client: AllMiddlewareArgs['client'], person: PersonId): Promise<void> {
    const state = await deps.service.readConversation(person);
    const view = buildHomeView(state, { ...deps.home, now: Date.now() });
    await client.views.publish({ user_id: person.userId, view: view as never });
  }

  app.event('app_home_opened', async ({ event, body, context, client }: HomeArgs) => {
    deps.observer.onReceived?.('app_home_opened');
    if (event.tab !== 'home') return;
    const person = {
      teamId: context.teamId ?? (body as { team_id?: string }).team_id ?? 'unknown-team',
      userId: event.user,
    };
    try {
      await publishHome(client, person);
      deps.logger.info(
        {
          event_id: (body as { event_id?: string }).event_id,
          team_id: person.teamId,
          user_id: person.userId,
          outcome: 'home_published',
        },
        'event handled',
      );
    } catch (error) {
      deps.logger.error({ err: error, user_id: person.userId }, 'could not publish the Home tab');
    }
  });

  const personOf = ({ body, context }: ActionArgs): PersonId => ({
    teamId: context.teamId ?? body.user.team_id ?? body.team?.id ?? 'unknown-team',
    userId: body.user.id,
  });

  app.action<BlockAction>(START_CONVERSATION_ACTION, async (args: ActionArgs) => {
    await args.ack();
    deps.observer.onReceived?.('block_actions');
    const person = personOf(args);
    try {
      const opened = await args.client.conversations.open({ users: person.userId });
      const channel = opened.channel?.id;
      if (!channel) throw new Error('conversations.open returned no channel');
      const started = Date.now();
      const result = await deps.service.startConversation(person, (text) =>
        deps.postReply({ channel, threadTs: undefined }, text, started),
      );
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
  });

  app.action<BlockAction>(FORGET_ME_ACTION, async (args: ActionArgs) => {
    await args.ack();
    deps.observer.onReceived?.('block_actions');
    const person = personOf(args);
    try {
      await deps.service.forget(person);
      deps.logger.info(
        { team_id: person.teamId, user_id: person.userId, outcome: 'forgotten', action: 'forget_me' },
        'action handled',
      );
      await publishHome(args.client, person);
    } catch (error) {
      deps.logger.error({ err: error, user_id: person.userId }, 'could not forget the person from App Home');
    }
  });
}
