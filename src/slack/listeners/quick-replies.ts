// Quick replies clicked: the button's question is asked, answered in the thread of the clicked message and
// counted like a typed one; the message is then updated so its buttons cannot be used again. Slack gets
// its acknowledgement once the click is recorded, well inside its 3 seconds; the answer follows. Two quick
// clicks answer once: the clicked message is the delivery's identity, and each delivery is stepped once.

import type {
  AllMiddlewareArgs,
  App,
  BlockAction,
  ButtonAction,
  SlackActionMiddlewareArgs,
} from '@slack/bolt';
import { clickDelivery, type HandleResult } from '../../application/conversation-service';
import type { PersonId } from '../../application/person-record';
import { afterClick, QUICK_REPLY_ACTION, type QuickQuestion, questionOf } from '../quick-replies';
import type { ReplyTarget } from '../reply-sender';
import type { SlackDeps } from './index';
import { personFrom } from './person';

type ClickArgs = SlackActionMiddlewareArgs<BlockAction<ButtonAction>> & AllMiddlewareArgs;

/** The click to answer: who asked what, on which message. */
interface Click {
  readonly person: PersonId;
  readonly intent: QuickQuestion;
  /** Where the answer goes: the thread of the clicked message. */
  readonly target: ReplyTarget;
  readonly messageTs: string;
  readonly messageText: string;
}

export function registerQuickReplies(app: App, deps: SlackDeps): void {
  async function answerClick(
    client: AllMiddlewareArgs['client'],
    click: Click,
    handled: Promise<HandleResult>,
    started: number,
  ): Promise<void> {
    const { person, intent, target, messageTs, messageText } = click;
    const result = await handled;
    deps.observer.onHandled?.(result, Date.now() - started);
    deps.logger.info(
      {
        team_id: person.teamId,
        user_id: person.userId,
        action: `ask_${intent}`,
        outcome: result.outcome,
        step: result.stage,
        handling_ms: Date.now() - started,
      },
      'action handled',
    );
    if (result.outcome !== 'answered') return;
    try {
      await client.chat.update({
        channel: target.channel,
        ts: messageTs,
        text: messageText,
        blocks: afterClick(messageText, intent),
      });
    } catch (error) {
      deps.logger.warn({ err: error, user_id: person.userId }, 'could not update the clicked message');
    }
  }

  app.action<BlockAction<ButtonAction>>(QUICK_REPLY_ACTION, async (args: ClickArgs) => {
    await args.ack();
    deps.observer.onReceived?.('block_actions');
    const { body, action, context, client } = args;
    const intent = questionOf(action);
    const channel = body.channel?.id ?? body.container?.channel_id;
    const message = body.message;
    if (!intent || !channel || !message?.ts) {
      deps.logger.info({ action_id: action.action_id, outcome: 'ignored' }, 'action ignored');
      return;
    }
    const person = personFrom(
      context.teamId ?? body.user.team_id ?? body.team?.id,
      body.user.id,
      deps.logger,
      'block_actions',
    );
    if (person === null) return;
    const click: Click = {
      person,
      intent,
      target: { channel, threadTs: (message.thread_ts as string | undefined) ?? message.ts },
      messageTs: message.ts,
      messageText: typeof message.text === 'string' ? message.text : '',
    };
    const started = Date.now();
    const receipt = await deps.service.receive(
      clickDelivery({
        person: click.person,
        intent,
        deliveryIds: [`click:${channel}:${message.ts}`],
        target: click.target,
      }),
    );
    // Not awaited: Bolt acknowledges Slack only when the listener returns (both transports), and a click
    // must be acknowledged within 3 s however slow posting the answer is.
    void answerClick(client, click, receipt.handled, started).catch((error: unknown) =>
      deps.logger.error({ err: error, user_id: click.person.userId }, 'could not answer a click'),
    );
  });
}
