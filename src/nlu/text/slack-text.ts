// Turns a Slack message into plain text before anything tries to understand it. The length is capped
// here, before any real work, so every message stays cheap to read.

/** Longest message the bot reads; a name or a question is far shorter. */
export const MAX_TEXT_LENGTH = 500;

/** Raw input is cut to this before the markup regexes run, so a 40,000-character paste stays cheap. */
const MAX_RAW_LENGTH = MAX_TEXT_LENGTH * 8;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** Control characters other than line breaks and tabs, zero-width and text-direction characters. */
const CONTROL = /(?![\n\t])\p{Cc}|[\u200B\u200C\u200E\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/gu;
const HTML_TAG =
  /<\/?(?:a|b|i|u|s|em|strong|script|style|p|div|span|br|hr|img|iframe|h[1-6]|code|pre|font|marquee|table|tr|td|ul|ol|li|svg|body|html|head|title|input|form|button|textarea|link|meta|object|embed)(?:\s[^<>]*)?\/?>/gi;
const SPACES = /[ \t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]+/g;

/** Slack's angle-bracket markup: mentions, channels, special mentions, dates, links. */
function replaceMarkup(inner: string): string {
  const bar = inner.indexOf('|');
  const target = bar === -1 ? inner : inner.slice(0, bar);
  const label = bar === -1 ? '' : inner.slice(bar + 1);
  if (target.startsWith('@')) return ''; // a user mention is an address, not content
  if (target.startsWith('#')) return label ? `#${label}` : '';
  if (target.startsWith('!')) return target.startsWith('!date^') ? label : '';
  return label || target;
}

function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39);/g, (_, entity: string) => {
    switch (entity) {
      case 'lt':
        return '<';
      case 'gt':
        return '>';
      case 'quot':
        return '"';
      case '#39':
        return "'";
      default:
        return '&';
    }
  });
}

/**
 * Typed HTML ("I'm <b>Mallory</b>") arrives as entities and is kept in the transcript as typed; for
 * reading, its tags are no words.
 */
export function withoutHtmlTags(text: string): string {
  return text.replace(HTML_TAG, ' ').replace(/ {2,}/g, ' ').trim();
}

/** Cuts at `max` UTF-16 units without splitting a surrogate pair. */
function capLength(text: string, max: number): string {
  if (text.length <= max) return text;
  const code = text.charCodeAt(max - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max);
}

/**
 * Slack markup and entities removed, quotes and spaces normalised, NFC, at most MAX_TEXT_LENGTH
 * characters. Emoji are kept: they are content for the transcript; the understanding steps drop them.
 */
export function cleanSlackText(text: string): string {
  if (typeof text !== 'string') return '';
  const raw = capLength(text, MAX_RAW_LENGTH).replace(LONE_SURROGATE, '');
  const plain = decodeEntities(raw.replace(/<([^<>]*)>/g, (_, inner: string) => replaceMarkup(inner)));
  const normalised = plain
    .normalize('NFC')
    .replace(/[\u2018\u2019\u201A\u201B\u02BC\u2032\u0060\u00B4]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/\r\n?/g, '\n')
    .replace(CONTROL, '')
    .replace(SPACES, ' ')
    .replace(/ *\n[\s]*/g, '\n')
    .trim();
  return capLength(normalised, MAX_TEXT_LENGTH).trim();
}
