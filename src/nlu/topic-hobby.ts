// Questions about the bot's pastimes that name no hobby noun: "what do you do for fun", "how do you
// spend your evenings", "how do you relax", "what are you into", "what keeps you busy". The one who
// does the activity must be the bot: "what does your boss do for fun" is someone else's.

import { impliedHolder, phraseBefore } from './holder';
import {
  ACTIVITY_VERBS,
  AFTER_LIKING,
  LEISURE_CONTEXTS,
  LIKING_VERBS,
  PASTIME_OBJECT_PHRASES,
  PASTIME_VERBS,
  SOFTENERS,
} from './topic-lexicon';
import { type Found, occurrences, type Words } from './topic-match';

/** "what do you do for fun", "how do you spend your evenings", but not "what does your boss do for fun". */
export function fromLeisure(words: Words): Found[] {
  const contexts = occurrences(words, LEISURE_CONTEXTS);
  if (contexts.length === 0) return [];
  // Whoever does the activity: "what do *you* do for fun", not "what does *your boss* do for fun".
  const verb = occurrences(words, ACTIVITY_VERBS).find(([at]) => phraseBefore(words, at) === 'bot');
  const [context] = contexts;
  if (verb && context) return [{ topic: 'hobby', at: Math.min(verb[0], context[0]) }];
  // "what lights you up outside of work?": any "what" question about the bot in its free time.
  const what = words.indexOf('what');
  if (
    context &&
    what >= 0 &&
    impliedHolder(words, context) === 'bot' &&
    words.some((word) => word === 'you' || word === 'your')
  )
    return [{ topic: 'hobby', at: what }];
  return [];
}

/** "what do you ...", "what kind of things do you ...": asks for an activity, not a thing ("what music do you like"). */
function asksForActivity(words: Words): boolean {
  const what = words.indexOf('what');
  if (what < 0) return false;
  const kind =
    /^(?:kind|kinds|sort|sorts|type|types)$/.test(words[what + 1] ?? '') && words[what + 2] === 'of';
  return /^(?:do|does|did|would|will|things|stuff|activities)$/.test(words[what + (kind ? 3 : 1)] ?? '');
}

/** "how do you relax", "what do you do to unwind", "what are you into", "what keeps you busy". */
export function fromPastimeVerbs(words: Words): Found[] {
  const found: Found[] = [];
  for (const [at] of occurrences(words, PASTIME_VERBS))
    if (phraseBefore(words, at) === 'bot') found.push({ topic: 'hobby', at });
  for (const [at] of occurrences(words, PASTIME_OBJECT_PHRASES)) found.push({ topic: 'hobby', at });
  const asksWhat = words.includes('what');
  for (const [at, word] of words.entries()) {
    // "what are you into (these days)?"
    if (word === 'into' && asksWhat && phraseBefore(words, at) === 'bot') {
      const rest = words.slice(at + 1);
      if (
        rest.every(
          (next) =>
            SOFTENERS.has(next) ||
            /^(?:these|days|lately|nowadays|outside|of|helping|people|work)$/.test(next),
        )
      )
        found.push({ topic: 'hobby', at });
    }
    // "what do you enjoy (doing most)?", "what kind of things do you like?" but not "do you like pizza?".
    if (LIKING_VERBS.has(word) && asksForActivity(words) && phraseBefore(words, at) === 'bot') {
      const rest = words.slice(at + 1);
      if (rest.every((next) => AFTER_LIKING.has(next) || SOFTENERS.has(next)))
        found.push({ topic: 'hobby', at });
    }
  }
  return found;
}
