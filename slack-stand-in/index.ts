// A local stand-in for Slack (Web API + Socket Mode + signed HTTP delivery) for tests and the benchmark.
// Start it, point the bot's SLACK_API_URL at `apiUrl`, feed it events built with the builders below.
export type { EventCallbackBody, EventsApiEnvelope } from './envelopes';
export {
  type AppHomeOpenedOptions,
  type AppMentionOptions,
  appHomeOpened,
  appMention,
  type BotMessageOptions,
  botMessage,
  channelMessage,
  dmMessage,
  dmThreadReply,
  type FileShareOptions,
  fileShare,
  type MessageChangedOptions,
  type MessageDeletedOptions,
  messageChanged,
  messageDeleted,
  type OtherAppBotMessageOptions,
  type OwnBotEchoOptions,
  otherAppBotMessage,
  ownBotEcho,
  type SlackAppHomeOpenedEvent,
  type SlackAppMentionEvent,
  type SlackEvent,
  type SlackMessageEvent,
  type UserMessageOptions,
} from './events';
export { startFakeSlack } from './fake-slack';
export type {
  FakeSlack,
  FakeSlackOptions,
  HttpEventResult,
  PostEventOptions,
  SendEventOptions,
  SentEvent,
  WaitForPostsOptions,
  WaitOptions,
} from './fake-slack-api';
export type { Fault } from './faults';
export {
  type HttpDeliveryResponse,
  type SignatureMode,
  type SignedPostOptions,
  signSlackRequest,
} from './http-delivery';
export {
  type HomeButtonClick,
  homeButtonClickFrame,
  type MessageButtonClick,
  messageButtonClickPayload,
} from './interactive';
export type { ApiCallRecord, PostRecord, TokenKind, UpdateRecord, ViewPublishRecord } from './records';
export {
  DEFAULT_APP_ID,
  DEFAULT_BOT_ID,
  DEFAULT_BOT_USER_ID,
  DEFAULT_CHANNEL_ID,
  DEFAULT_TEAM_ID,
  DEFAULT_USER_ID,
  dmChannelIdFor,
  nextTs,
} from './slack-ids';
export type { AckRecord, SocketCloseInfo, SocketConnectionInfo } from './socket-mode-server';
export type { FakeUserProfile } from './web-api-methods';
