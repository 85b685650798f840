// Identifiers, tokens and timestamps in the formats real Slack uses, so code under test that
// validates or parses them (token prefixes, `ts` ordering, `D…` channels) sees what production sees.
import { createHash, randomBytes, randomInt, randomUUID } from 'node:crypto';

export const DEFAULT_TEAM_ID = 'T0TEAM001';
export const DEFAULT_BOT_USER_ID = 'U0BOT0001';
export const DEFAULT_BOT_ID = 'B0BOT0001';
export const DEFAULT_APP_ID = 'A0APP0001';
/** A human user for builders that need one and were not given one. */
export const DEFAULT_USER_ID = 'U0USER001';
export const DEFAULT_CHANNEL_ID = 'C0CHAN001';
export const DEFAULT_TEAM_NAME = 'Fake Workspace';
export const DEFAULT_TEAM_DOMAIN = 'fake-workspace';
export const DEFAULT_BOT_NAME = 'quillon';

const UPPER_ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const MIXED_ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

function randomChars(alphabet: string, length: number): string {
  let out = '';
  for (let i = 0; i < length; i += 1) out += alphabet[randomInt(alphabet.length)];
  return out;
}

function randomDigits(length: number): string {
  return randomChars('0123456789', length);
}

/** `xoxb-<team number>-<bot number>-<24 mixed-case chars>`, the shape Slack issues bot tokens in. */
export function makeBotToken(): string {
  return `xoxb-${randomDigits(12)}-${randomDigits(13)}-${randomChars(MIXED_ALNUM, 24)}`;
}

/** `xapp-1-<app id>-<number>-<64 hex>`, the shape of an app-level token. */
export function makeAppToken(appId: string): string {
  return `xapp-1-${appId}-${randomDigits(13)}-${randomBytes(32).toString('hex')}`;
}

/** Slack signing secrets are 32 lowercase hex characters. */
export function makeSigningSecret(): string {
  return randomBytes(16).toString('hex');
}

/** The legacy verification token still sent in every payload's `token` field (Bolt ignores it). */
export function makeVerificationToken(): string {
  return randomChars(MIXED_ALNUM, 24);
}

/** `Ev` + 10 upper-case alphanumerics, like `Ev079SP4TP1P`. */
export function makeEventId(): string {
  return `Ev0${randomChars(UPPER_ALNUM, 9)}`;
}

export function makeEnvelopeId(): string {
  return randomUUID();
}

export function makeClientMsgId(): string {
  return randomUUID();
}

/** rich_text `block_id`s are short random strings such as `Xh7lJ`. */
export function makeBlockId(): string {
  return randomChars(MIXED_ALNUM, 5);
}

export function makeFileId(): string {
  return `F0${randomChars(UPPER_ALNUM, 9)}`;
}

export function makeViewId(): string {
  return `V0${randomChars(UPPER_ALNUM, 9)}`;
}

/**
 * The DM channel between the bot and a user. Deterministic, so that event builders (which know no
 * stand-in) and the stand-in's `conversations.open` / `chat.postMessage` agree on the same `D…` id.
 */
export function dmChannelIdFor(userId: string): string {
  const digest = createHash('sha256').update(`im:${userId}`).digest();
  let id = 'D0';
  for (let i = 0; i < 9; i += 1) id += UPPER_ALNUM[(digest[i] ?? 0) % UPPER_ALNUM.length];
  return id;
}

/** `D…` is a DM, `G…` a private channel or group DM, anything else a public channel. */
export function channelTypeFor(channelId: string): 'im' | 'group' | 'channel' {
  if (channelId.startsWith('D')) return 'im';
  if (channelId.startsWith('G')) return 'group';
  return 'channel';
}

// One process-wide clock in microseconds: builders and the stand-in's chat.postMessage share it, so a
// reply's `ts` always sorts after the message it answers, as in a real workspace.
let lastTsMicros = 0n;

/** A fresh, strictly increasing message timestamp such as `"1700000000.000100"`. */
export function nextTs(): string {
  const nowMicros = BigInt(Date.now()) * 1000n;
  lastTsMicros = nowMicros > lastTsMicros ? nowMicros : lastTsMicros + 1n;
  const seconds = lastTsMicros / 1_000_000n;
  const micros = lastTsMicros % 1_000_000n;
  return `${seconds}.${micros.toString().padStart(6, '0')}`;
}

/** Whole seconds of a `ts`, the value Slack puts in `event_time`. */
export function tsSeconds(ts: string): number {
  return Number.parseInt(ts.split('.')[0] ?? '0', 10);
}

/**
 * `event_context` as real payloads carry it: `4-` + base64url of `{"et","tid","aid","cid"}`
 * (decoded from the captured Zulip fixtures).
 */
export function makeEventContext(eventType: string, teamId: string, appId: string, channel?: string): string {
  const context: Record<string, string> = { et: eventType, tid: teamId, aid: appId };
  if (channel !== undefined) context.cid = channel;
  return `4-${Buffer.from(JSON.stringify(context)).toString('base64url')}`;
}
