// Registers every listener on the Bolt app, with its dependencies injected.

import type { App } from '@slack/bolt';
import type { ConversationService, HandleResult } from '../../application/conversation-service';
import type { Logger } from '../../application/ports';
import type { Persona } from '../../conversation/persona';
import type { IgnoreReason } from '../message-filter';
import { registerAppHome } from './app-home';
import { createDirectMessageListener } from './direct-message';
import { registerQuickReplies } from './quick-replies';

/** Hooks for metrics; all optional. */
export interface SlackObserver {
  onReceived?(type: string): void;
  onIgnored?(reason: IgnoreReason): void;
  onHandled?(result: HandleResult, handlingMs: number): void;
}

export interface SlackDeps {
  readonly service: ConversationService;
  readonly logger: Logger;
  readonly observer: SlackObserver;
  /** What the Home tab shows. */
  readonly home: {
    readonly persona: Persona;
    readonly sessionTimeoutMs: number;
  };
}

export function registerListeners(app: App, deps: SlackDeps): void {
  app.message(createDirectMessageListener(deps));
  registerAppHome(app, deps);
  registerQuickReplies(app, deps);
}
