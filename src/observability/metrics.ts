// Prometheus metrics (prom-client), fed by the hooks the Slack layer and the reply sender call.
// One registry per process, so tests can create their own.

import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { HandleResult } from '../application/conversation-service';
import type { SlackObserver } from '../slack/listeners';
import type { ReplyObserver } from '../slack/reply-sender';

export interface BotMetrics {
  readonly registry: Registry;
  readonly slack: SlackObserver;
  readonly replies: ReplyObserver;
  /** Read at scrape time: whether the Socket Mode connection (or the HTTP listener) is up. */
  setConnectionProbe(probe: () => boolean): void;
}

const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

export function createMetrics(): BotMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const counter = (name: string, help: string, labelNames: string[] = []) =>
    new Counter({ name, help, labelNames, registers: [registry] });

  const received = counter('slack_events_received_total', 'Slack events that reached the bot', ['type']);
  const ignored = counter('slack_events_ignored_total', 'Events ignored, by reason', ['reason']);
  const duplicates = counter(
    'slack_events_duplicate_total',
    'Deliveries already handled (Slack retries, redeliveries)',
  );
  const outcomes = counter('bot_messages_total', 'Messages handled, by outcome', ['outcome']);
  const repliesSent = counter('slack_replies_sent_total', 'Replies posted to Slack');
  const repliesDropped = counter(
    'slack_replies_dropped_total',
    'Replies given up: refused by Slack, or not deliverable before the reply deadline (the step is rolled back)',
  );
  const apiErrors = counter('slack_api_errors_total', 'Slack Web API errors, by method and error', [
    'method',
    'error',
  ]);
  const rateLimitWaits = counter(
    'slack_rate_limit_waits_total',
    'Times a reply waited for a rate limit (Retry-After)',
  );
  const rateLimitSeconds = counter(
    'slack_rate_limit_wait_seconds_total',
    'Seconds spent waiting for rate limits',
  );
  const sessionsStarted = counter('bot_sessions_started_total', 'Conversations started');
  const sessionsEnded = counter('bot_sessions_ended_total', 'Conversations ended, by outcome', ['outcome']);
  const questions = counter('bot_questions_total', 'Questions answered, by intent', ['intent']);
  const nameReasks = counter('bot_name_reasks_total', 'Times the bot asked for a name again');
  const handling = new Histogram({
    name: 'bot_message_handling_seconds',
    help: 'From event received to handled (reply posted included)',
    buckets: LATENCY_BUCKETS,
    registers: [registry],
  });
  const replyLatency = new Histogram({
    name: 'slack_reply_latency_seconds',
    help: 'From event received to reply accepted by Slack',
    buckets: LATENCY_BUCKETS,
    registers: [registry],
  });
  let probe: () => boolean = () => false;
  new Gauge({
    name: 'slack_connection_up',
    help: '1 when connected to Slack (Socket Mode) or listening (HTTP mode)',
    registers: [registry],
    collect() {
      this.set(probe() ? 1 : 0);
    },
  });

  const countEvents = (result: HandleResult) => {
    for (const event of result.events) {
      if (event.type === 'session_started') sessionsStarted.inc();
      else if (event.type === 'session_finished') sessionsEnded.inc({ outcome: event.outcome });
      else if (event.type === 'question') questions.inc({ intent: event.intent });
      else if (event.type === 'name_reask') nameReasks.inc();
    }
  };

  return {
    registry,
    slack: {
      onReceived: (type) => received.inc({ type }),
      onIgnored: (reason) => ignored.inc({ reason }),
      onHandled: (result, handlingMs) => {
        outcomes.inc({ outcome: result.outcome });
        if (result.outcome === 'duplicate') duplicates.inc();
        countEvents(result);
        handling.observe(handlingMs / 1000);
      },
    },
    replies: {
      onSent: (latencyMs) => {
        repliesSent.inc();
        replyLatency.observe(latencyMs / 1000);
      },
      onApiError: (method, error) => apiErrors.inc({ method, error }),
      onDropped: () => repliesDropped.inc(),
      onRateLimited: (seconds) => {
        rateLimitWaits.inc();
        rateLimitSeconds.inc(seconds);
      },
    },
    setConnectionProbe(next) {
      probe = next;
    },
  };
}
