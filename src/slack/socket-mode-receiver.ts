// A Socket Mode receiver that acknowledges an envelope only after the app has handled it, the way HTTP mode
// answers Slack only after the listeners return (processBeforeResponse). Bolt's own SocketModeReceiver
// acknowledges an Events API envelope before any listener runs, so a message acknowledged but not yet
// recorded would be lost if the process died in between; Slack redelivers only what was not acknowledged.
// Our listeners return as soon as the delivery is recorded (the reply follows on its own), so the
// acknowledgement still comes well inside Slack's 3 seconds.

import type { App, Logger, Receiver, ReceiverEvent } from '@slack/bolt';
import { SocketModeClient } from '@slack/socket-mode';

export interface RecordFirstReceiverOptions {
  readonly appToken: string;
  readonly logger: Logger;
  readonly clientOptions: { slackApiUrl?: string };
}

interface SlackEventArgs {
  readonly ack: (response?: unknown) => Promise<void>;
  readonly body: Record<string, unknown>;
  readonly retry_num?: number;
  readonly retry_reason?: string;
}

export class RecordFirstSocketModeReceiver implements Receiver {
  readonly client: SocketModeClient;
  private app: App | undefined;

  constructor(options: RecordFirstReceiverOptions) {
    this.client = new SocketModeClient({
      appToken: options.appToken,
      logger: options.logger,
      clientOptions: options.clientOptions,
    });
    this.client.on('slack_event', (args: SlackEventArgs) => this.handle(args, options.logger));
  }

  init(app: App): void {
    this.app = app;
  }

  start(): Promise<unknown> {
    return this.client.start();
  }

  stop(): Promise<unknown> {
    return this.client.disconnect();
  }

  private async handle(args: SlackEventArgs, logger: Logger): Promise<void> {
    // The app "acknowledges" as usual; what it answered (the first answer, as Bolt's own receiver keeps)
    // is sent, as it is, once the event has been processed.
    let acknowledged = false;
    let response: unknown;
    const event: ReceiverEvent = {
      body: args.body,
      ...(args.retry_num === undefined ? {} : { retryNum: args.retry_num }),
      ...(args.retry_reason === undefined ? {} : { retryReason: args.retry_reason }),
      customProperties: {},
      ack: async (answer?: unknown) => {
        if (acknowledged) return;
        acknowledged = true;
        response = answer;
      },
    };
    try {
      await this.app?.processEvent(event);
    } catch (error) {
      // Bolt has logged the listener's error; acknowledge anyway, as Bolt's own receiver does, so that
      // Slack does not redeliver an event that fails the same way every time.
      logger.debug(`event processing failed: ${error instanceof Error ? error.message : String(error)}`);
    }
    await args
      .ack(response)
      .catch((error: unknown) =>
        logger.warn(
          `could not acknowledge an envelope: ${error instanceof Error ? error.message : String(error)}`,
        ),
      );
  }
}
