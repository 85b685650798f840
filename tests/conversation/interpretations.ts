// Builders for what language understanding would report, so the core's transcripts read like a chat.
// These are plain values (the core's input type), not doubles of our code.

import type { Command, Intent, Interpretation } from '../../src/conversation/interpretation';

const base = (text: string): Interpretation => ({
  text,
  command: null,
  name: null,
  intents: [],
  answer: null,
});

export const says = (text: string): Interpretation => base(text);
export const givesName = (text: string, name: string): Interpretation => ({
  ...base(text),
  name: { value: name, confident: true },
});
export const maybeName = (text: string, name: string): Interpretation => ({
  ...base(text),
  name: { value: name, confident: false },
});
export const asks = (text: string, ...intents: Intent[]): Interpretation => ({ ...base(text), intents });
export const command = (text: string, cmd: Command): Interpretation => ({ ...base(text), command: cmd });
export const yes = (text = 'yes'): Interpretation => ({ ...base(text), answer: 'yes' });
export const no = (text = 'no'): Interpretation => ({ ...base(text), answer: 'no' });
