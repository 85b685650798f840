// Builders for what language understanding would report, so the core's transcripts read like a chat.
// These are plain values (the core's input type), not doubles of our code.

import type { Command, DialogueAct, Intent, Interpretation } from '../../src/conversation/interpretation';

const base = (text: string): Interpretation => ({
  text,
  command: null,
  name: null,
  intents: [],
  acts: [],
  answer: null,
});

/** A message that does these things ("thanks!": thanks). */
export const says = (text: string, ...acts: DialogueAct[]): Interpretation => ({ ...base(text), acts });
export const givesName = (text: string, name: string, ...intents: Intent[]): Interpretation => ({
  ...base(text),
  name: { value: name, confident: true },
  intents,
});
export const maybeName = (text: string, name: string): Interpretation => ({
  ...base(text),
  name: { value: name, confident: false },
});
/** "please call me Mai": a new name, asked for while the conversation goes on. */
export const renames = (text: string, name: string): Interpretation => ({
  ...base(text),
  name: { value: name, confident: true },
  acts: ['name_change'],
});
export const asks = (text: string, ...intents: Intent[]): Interpretation => ({ ...base(text), intents });
export const command = (text: string, cmd: Command): Interpretation => ({ ...base(text), command: cmd });
export const yes = (text = 'yes'): Interpretation => ({ ...base(text), answer: 'yes' });
export const no = (text = 'no'): Interpretation => ({ ...base(text), answer: 'no' });
/** Adds small talk to a message: `also(asks('how old are you?', 'age'), 'thanks')`. */
export const also = (input: Interpretation, ...acts: DialogueAct[]): Interpretation => ({
  ...input,
  acts: [...input.acts, ...acts],
});
