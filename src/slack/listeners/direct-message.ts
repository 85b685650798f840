// The one conversation listener: a person's DM -> the conversation service -> a reply in the thread.
// Thin on purpose: filtering is in message-filter.ts, the conversation in application/.
// It returns as soon as the message is recorded, and Slack is acknowledged then (both transports wait for
// the listener): the reply follows, however slow Slack's API is, without holding up the acknowledgement.

import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import {
  type ConversationService,
  type HandleResult,
  messageDelivery,
} from '../../application/conversation-service';
import { classifyMessage } from '../message-filter';
import type { SlackDeps } from './index';

type MessageArgs = SlackEventMiddlewareArgs<'message'> & AllMiddlewareArgs;

export function createDirectMessageListener(deps: SlackDeps) {
  return async ({ event, body, context }: MessageArgs): Promise<void> => {
    const started = Date.now();
    deps.observer.onReceived?.('message');
    const eventId = (body as { event_id?: string }).event_id;
    const classified = classifyMessage(event, {
      eventId,
      teamId: context.teamId ?? (body as { team_id?: string }).team_id,
      botUserId: context.botUserId,
      botId: context.botId,
    });
    const log = { event_id: eventId, retry_num: context.retryNum };
    if (classified.kind === 'ignored') {
      deps.observer.onIgnored?.(classified.reason);
      // A message without a workspace cannot be filed under anyone: worth a warning, unlike the rest.
      const level = classified.reason === 'no_team' ? 'warn' : 'info';
      deps.logger[level](
        {
          ...log,
          outcome: 'ignored',
          reason: classified.reason,
          subtype: classified.subtype,
          handling_ms: Date.now() - started,
        },
        'event ignored',
      );
      return;
    }
    const service: ConversationService = deps.service;
    const { teamId, userId } = classified;
    const receipt = await service.receive(
      messageDelivery({
        person: { teamId, userId },
        text: classified.text,
        deliveryIds: classified.deliveryIds,
        target: { channel: classified.channel, threadTs: classified.threadTs },
      }),
    );
    void receipt.handled.then((result) => logHandled(result));
    deps.logger.debug({ event_id: eventId, text: classified.text }, 'message text');

    function logHandled(result: HandleResult): void {
      deps.observer.onHandled?.(result, Date.now() - started);
      const line = {
        ...log,
        team_id: teamId,
        user_id: userId,
        step: result.stage,
        outcome: result.outcome,
        handling_ms: Date.now() - started,
      };
      if (result.outcome === 'reply_failed' || result.outcome === 'storage_failed')
        deps.logger.warn(line, 'event handled');
      else deps.logger.info(line, 'event handled');
    }
  };
}
