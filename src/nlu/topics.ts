// Which of the bot's topics one clause asks about. Each finder looks for one way English talks about
// a name, an age or a hobby (a noun, an adjective of age, a verb of naming or of pastime) and asks
// holder.ts whose it is. Only a topic held by the bot counts: "your name" is the bot's name, "your
// dog's name", "how old is the sun" and "what should I do for fun" are about someone else.

import {
  fromAgeAdjectives,
  fromCandles,
  fromCreation,
  fromCreationYesNo,
  fromExistence,
  GENERIC_YOU,
} from './topic-age';
import { fromLeisure, fromPastimeVerbs } from './topic-hobby';
import type { Topic } from './topic-lexicon';
import type { Words } from './topic-match';
import { fromNameBearing, fromNaming, fromWho } from './topic-name';
import { fromNouns } from './topic-nouns';

/**
 * The topic a clause (normalised words) asks about the bot, or null. "why", "where" and "whose"
 * questions ask something else about it ("where were you born", "who named you").
 */
export function topicOf(words: Words): Topic | null {
  const sentence = words.join(' ');
  const generic = GENERIC_YOU.test(sentence);
  const who = fromWho(words);
  if (/^(?:why|where|whose|who|whom)\b/.test(sentence) && who.length === 0) return null;
  const found = [
    ...who,
    ...fromNouns(words).filter((item) => item.topic !== 'age' || !generic),
    ...fromNameBearing(words),
    ...fromNaming(words),
    ...fromAgeAdjectives(words, generic),
    ...(generic ? [] : [...fromCreation(words), ...fromCreationYesNo(words), ...fromCandles(words)]),
    ...fromExistence(words),
    ...fromLeisure(words),
    ...fromPastimeVerbs(words),
  ];
  if (found.length === 0) return null;
  return found.reduce((first, item) => (item.at < first.at ? item : first)).topic;
}
