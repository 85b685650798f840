// Topics named by a noun: "your name", "ur age?", "any hobbies or nah", "the bot's birthday",
// "a typical weekend for you". holder.ts finds the owner; the rules here catch a noun that is about
// something else: advice ("a good hobby"), a compound ("name ideas"), hobbies in general.

import { type Holder, impliedHolder, ownerOfNoun } from './holder';
import {
  AUXILIARIES,
  COMPOUND_HEADS,
  EVALUATIVE,
  NOUN_MODIFIERS,
  SOFTENERS,
  TOPIC_NOUNS,
} from './topic-lexicon';
import { type Found, startsAt, type Words } from './topic-match';

/** "what should I name my cat", "name three rivers": name as a verb, not the bot's name. */
function isNameVerb(words: Words, start: number): boolean {
  const next = words[start + 1] ?? '';
  const previous = words[start - 1];
  const objectFollows =
    /^(?:a|an|the|my|our|his|her|their|this|that|these|those|some|any|all|every|it|them|him|one|two|three|four|five|six|seven|eight|nine|ten|few|several|\d+)$/.test(
      next,
    );
  return (
    objectFollows &&
    (previous === undefined ||
      /^(?:i|we|you|to|should|can|could|would|will|please|and|must|gonna)$/.test(previous))
  );
}

/** The topic nouns: "your name", "ur age?", "any hobbies or nah", "the bot's birthday". */
export function fromNouns(words: Words): Found[] {
  const found: Found[] = [];
  for (let at = 0; at < words.length; at++) {
    for (const noun of TOPIC_NOUNS) {
      if (!startsAt(words, at, noun.words)) continue;
      const end = at + noun.words.length;
      if (noun.topic === 'name' && noun.words[0] === 'name' && isNameVerb(words, at)) continue;
      // "what does your name mean", "how do you spell your name": about the name, not asking it.
      if (
        noun.topic === 'name' &&
        words.some((word) => /^(?:mean|means|meaning|stand|origin|spell|spelled|pronounce)$/.test(word))
      )
        continue;
      const holder = holderOfNoun(words, at, end, noun.strong);
      if (holder === 'bot') found.push({ topic: noun.topic, at });
      break;
    }
  }
  return found;
}

/** Asking for advice or ideas: "can you recommend a hobby?", "what hobbies should I try". */
const ADVICE =
  /\b(?:recommend|recommendation|recommendations|suggest|suggestion|suggestions|advise|advice|ideas?|try|take up|pick up|good for|for (?:me|us|kids|children|beginners|adults|seniors|students|people))\b/;
/** Possession: "do you have a name?", "got a favourite pastime?", "any hobbies?". */
const POSSESSION = /\b(?:have|has|had|got|get|any|some|own)\b/;

function holderOfNoun(words: Words, start: number, end: number, strong: boolean): Holder {
  const sentence = words.join(' ');
  // "what is you name" is a typo of "your"; "how do you handle errors" is a verb.
  if (!strong && words[start - 1] === 'you') return 'none';
  const owner = ownerOfNoun(words, start, end);
  // Advice is for the person, whoever is asked: "what hobbies would you recommend for me?".
  if (ADVICE.test(sentence) && !/^(?:your|you)$/.test(words[start - 1] ?? '')) return 'else';
  if (owner !== 'none') return owner;
  // "what's fun for you?", "whats a fun day look like for you": "for you" a little later.
  if (!strong) return /\bfor (?:you|yourself)\b/.test(words.slice(end).join(' ')) ? 'bot' : 'none';
  let before = start - 1;
  let evaluative = false;
  while (before >= 0 && (NOUN_MODIFIERS.has(words[before] ?? '') || EVALUATIVE.has(words[before] ?? ''))) {
    evaluative ||= EVALUATIVE.has(words[before] ?? '');
    before -= 1;
  }
  // "a good hobby", "the minimum age": advice or a rule, not the bot's own.
  if (evaluative) return 'else';
  // "name ideas", "age limit": the topic word describes another noun.
  if (COMPOUND_HEADS.has(words[end] ?? '')) return 'else';
  const previous = words[before] ?? '';
  // "is reading a hobby?": any hobby, unless someone has one ("got a hobby?").
  if ((previous === 'a' || previous === 'an') && !POSSESSION.test(sentence)) return 'else';
  // "your thoughts on hobbies", "are hobbies important?": hobbies in general.
  if (/^(?:about|on|regarding)$/.test(previous)) return 'else';
  const rest = words.slice(end).filter((word) => !SOFTENERS.has(word));
  if (AUXILIARIES.has(previous) && before === 0 && rest.length > 0) return 'else';
  // The noun phrase itself ("a favourite pastime") names nobody else.
  const phraseStart = /^(?:a|an|the|any|some|no)$/.test(previous) ? before : before + 1;
  return impliedHolder(words, [phraseStart, end]);
}
