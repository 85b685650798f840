// Language understanding: the only module that knows about compromise and the language packs.
// interpret(text, context) reads one message for what the conversation expects; see interpret.ts.

import { createInterpreter, type Interpreter } from './interpret';

export { createInterpreter, type Interpreter } from './interpret';
export { cleanSlackText } from './text/slack-text';

let shared: Interpreter | undefined;

/** The interpreter over every language pack, built on first use (packs are read and compiled once). */
export function interpreter(): Interpreter {
  shared ??= createInterpreter();
  return shared;
}
