// One message in, one Interpretation out: synchronous, pure, and cheap enough to run on every
// message (compromise is only consulted word by word, for possible names and possible typos).

import type { Intent, Interpretation } from '../conversation/interpretation';
import { cleanSlackText } from './clean-text';
import { detectCommand } from './commands';
import { readName } from './names';
import { classifyIntents } from './questions';
import { detectAnswer } from './yes-no';

export function interpret(text: string): Interpretation {
  const plain = cleanSlackText(text);
  const command = detectCommand(plain);
  if (command) return { text: plain, command, name: null, intents: [], answer: null };
  const name = readName(plain);
  return {
    text: plain,
    command,
    name,
    intents: classifyIntents(plain, name?.confident ? name.value : null, name !== null),
    answer: detectAnswer(plain),
  };
}

/** The reply read as a name, or null (used by the corpus evaluation). */
export function extractName(text: string): string | null {
  return interpret(text).name?.value ?? null;
}

/** The first question a message asks, or 'none' when it asks nothing (used by the corpus evaluation). */
export function classifyQuestion(text: string): Intent | 'none' {
  return interpret(text).intents[0] ?? 'none';
}
