// The one conversation listener: a person's DM -> the conversation service -> a reply in the thread.
// Thin on purpose: filtering is in message-filter.ts, the conversation in application/.

import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { ConversationService } from '../../application/conversation-service';
import { classifyMessage } from '../message-filter';
import type { SlackDeps } from './index';

type MessageArgs = SlackEventMiddlewareArgs<'message'> & AllMiddlewareArgs;

export function createDirectMessageListener(deps: SlackDeps) {
  return async ({ event, body, context }: MessageArgs): Promise<void> => {
    const started = Date.now();
    deps.observer.onReceived?.('message');
    const eventId = (body as { event_id?: string }).event_id;
    const classified = classifyMessage(event as unknown as Record<string, unknown>, {
      eventId,
      teamId: context.teamId ?? (body as { team_id?: string }).team_id,
      botUserId: context.botUserId,
      botId: context.botId,
    });
    const log = { event_id: eventId, retry_num: context.retryNum };
    if (classified.kind === 'ignored') {
      deps.observer.onIgnored?.(classified.reason);
      deps.logger.info(
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
    const target = { channel: classified.channel, threadTs: classified.threadTs };
    const result = await service.handleMessage(
      {
        person: { teamId: classified.teamId, userId: classified.userId },
        text: classified.text,
        deliveryIds: classified.deliveryIds,
      },
      (text, options) => deps.postReply(target, text, started, options),
    );
    deps.observer.onHandled?.(result, Date.now() - started);
    const line = {
      ...log,
      team_id: classified.teamId,
      user_id: classified.userId,
      step: result.stage,
      outcome: result.outcome,
      handling_ms: Date.now() - started,
    };
    if (result.outcome === 'reply_failed' || result.outcome === 'storage_failed')
      deps.logger.warn(line, 'event handled');
    else deps.logger.info(line, 'event handled');
    deps.logger.debug({ event_id: eventId, text: classified.text }, 'message text');
  };
}
