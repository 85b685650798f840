// Derives the `rich_text` block Slack attaches to a typed message from the message's `text`.
// Real payloads carry both, and they differ: `text` is escaped mrkdwn (`&lt;`, `<@U…>`), while the
// block holds raw characters and typed elements. Code that reads either must see both forms.
import type { JsonObject } from './fixtures';
import { makeBlockId } from './slack-ids';

const CONTROL_SEQUENCE = /<([^<>]+)>/g;

/** Undoes the three escapes Slack applies to `text` (the only ones it applies). */
export function decodeSlackEntities(text: string): string {
  return text.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&');
}

function elementFor(sequence: string): JsonObject {
  const [target = '', label] = sequence.split('|', 2);
  if (target.startsWith('@')) return { type: 'user', user_id: target.slice(1) };
  if (target.startsWith('#')) return { type: 'channel', channel_id: target.slice(1) };
  if (target.startsWith('!')) return { type: 'broadcast', range: target.slice(1) };
  const link: JsonObject = { type: 'link', url: target };
  if (label !== undefined) link.text = decodeSlackEntities(label);
  return link;
}

/** The rich_text section elements for a mrkdwn `text`, as Slack's client would have produced them. */
export function richTextElements(text: string): JsonObject[] {
  const elements: JsonObject[] = [];
  let last = 0;
  for (const match of text.matchAll(CONTROL_SEQUENCE)) {
    if (match.index > last)
      elements.push({ type: 'text', text: decodeSlackEntities(text.slice(last, match.index)) });
    elements.push(elementFor(match[1] ?? ''));
    last = match.index + match[0].length;
  }
  if (last < text.length) elements.push({ type: 'text', text: decodeSlackEntities(text.slice(last)) });
  return elements;
}

/** A `blocks` array with one rich_text block, shaped like the fixtures' (`block_id` is random). */
export function richTextBlocks(text: string): JsonObject[] {
  return [
    {
      type: 'rich_text',
      block_id: makeBlockId(),
      elements: [{ type: 'rich_text_section', elements: richTextElements(text) }],
    },
  ];
}
