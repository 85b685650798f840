// Whole-message commands. They are strict on purpose: "restart" is a command, "how do I restart
// my router?" is not, and "what can you do?" is a question the conversation answers.

import type { Command } from '../conversation/interpretation';
import { stripEmoji } from './clean-text';

const COMMANDS: ReadonlyArray<readonly [Command, RegExp]> = [
  ['help', /^(?:help|help me|helpp+|i need help|need help|show help|show me the commands|commands)$/],
  [
    'restart',
    /^(?:restart|start over|start again|start from scratch|start afresh|begin again|reset|let'?s start over|let'?s start again|new conversation|from the top)$/,
  ],
  [
    'stop',
    /^(?:stop|stop it|bye|bye bye|byebye|goodbye|good bye|quit|cancel|exit|end|end chat|end conversation|cya|see ya|see you|see you later|bye for now|that'?s all)$/,
  ],
  ['status', /^(?:status|show status|show my status|my status)$/],
  [
    'forget',
    /^(?:forget me|forget about me|forget my name|forget my data|forget everything|delete me|delete my data|delete my info|delete my information|delete my details|erase my data|erase me|remove my data|wipe my data)$/,
  ],
];

/** Politeness and address that may surround a command: "please restart", "stop now", "bot, help". */
const PADDING =
  /^(?:(?:please|pls|plz|kindly|ok|okay|hey|hi|bot|just|now|thanks|thank you|ty)\s+)+|(?:\s+(?:please|pls|plz|now|thanks|thank you|ty|bot))+$/g;

/** The command the whole message is, or null. */
export function detectCommand(text: string): Command | null {
  const words = stripEmoji(text)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}'/\s]+/gu, ' ')
    .replace(/^\/+/, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(PADDING, '')
    .trim();
  if (!words || words.length > 40) return null;
  for (const [command, pattern] of COMMANDS) if (pattern.test(words)) return command;
  return null;
}
