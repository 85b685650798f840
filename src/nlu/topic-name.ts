// Questions about the bot's name that name no noun: "what are you called", "what should I call
// you", "what do you go by", "who am I talking to", "who are you", "introduce yourself".

import { phraseAt, phraseBefore } from './holder';
import {
  AUXILIARIES,
  BOT_NOUNS,
  CONVERSING_VERBS,
  NAME_BEARING_VERBS,
  NAMING_VERBS,
  SOFTENERS,
  USER_WORDS,
} from './topic-lexicon';
import { type Found, occurrences, type Words } from './topic-match';

/** "what are you called", "what do you go by", "what's this bot called". */
export function fromNameBearing(words: Words): Found[] {
  return occurrences(words, NAME_BEARING_VERBS)
    .filter(([start]) => phraseBefore(words, start) === 'bot')
    .map(([at]) => ({ topic: 'name' as const, at }));
}

/** "what should I call you", "what do your creators call you", "how do I address u". */
export function fromNaming(words: Words): Found[] {
  const asks = words.some((word) => /^(?:what|how|which|name|something|anything)$/.test(word));
  return occurrences(words, NAMING_VERBS)
    .filter(([, end]) => asks && phraseAt(words, end).holder === 'bot')
    .map(([at]) => ({ topic: 'name' as const, at }));
}

/** After "who" and its auxiliaries, the bot: "(are) you", "(is) this (bot)", "(is) there". */
function isBotAddress(rest: Words): boolean {
  const core = rest.filter((word) => !SOFTENERS.has(word) && !AUXILIARIES.has(word));
  // Without a verb only "who this" / "who dis" (text-speak for "who is this") asks.
  if (core.length === rest.length && rest.join(' ') !== 'this') return false;
  const [first, second, ...more] = core;
  if (more.length > 0) return false;
  if (first === 'you' || first === 'yourself') return second === undefined;
  if (first === 'this' || first === 'that' || first === 'the')
    return second === undefined || BOT_NOUNS.has(second);
  return first === 'there' && second === undefined;
}

/** "who am I talking to", "who are you", "who is this", "to whom do I have the pleasure", "introduce yourself". */
export function fromWho(words: Words): Found[] {
  const found: Found[] = [];
  // "and you are?": the classic prompt for a name.
  if (words.filter((word) => !/^(?:and|so|then|um|uh)$/.test(word)).join(' ') === 'you are')
    found.push({ topic: 'name', at: 0 });
  for (const [at, word] of words.entries()) {
    // "introduce yourself", "identify yourself": asked to say who it is.
    if (/^(?:introduce|identify)$/.test(word) && /^(?:yourself|you)$/.test(words[at + 1] ?? ''))
      found.push({ topic: 'name', at });
    if (word !== 'who' && word !== 'whom') continue;
    const rest = words.slice(at + 1);
    const converse = rest.slice(0, 8).findIndex((next) => CONVERSING_VERBS.has(next));
    // The person is the one talking ("who am I talking to"), or someone is ("who's speaking?").
    const talking =
      converse >= 0 &&
      (rest.slice(0, converse).some((next) => USER_WORDS.has(next)) || (rest[0] === 'is' && converse === 1));
    if (talking || isBotAddress(rest)) found.push({ topic: 'name', at });
  }
  return found;
}
