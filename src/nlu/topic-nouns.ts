// Topics named by a noun: "your name", "ur age?", "any hobbies or nah", "the bot's birthday",
// "a typical weekend for you". holder.ts finds the owner; the rules here catch a noun that is about
// something else: advice ("a good hobby"), a compound ("name ideas"), hobbies in general.

import { type Holder, impliedHolder, ownerOfNoun } from './holder';
import {
  AUXILIARIES,
  BOT_NOUNS,
  COMPOUND_HEADS,
  EVALUATIVE,
  NOUN_MODIFIERS,
  SOFTENERS,
  TOPIC_NOUNS,
  USER_WORDS,
  YOU_WORDS,
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

/** The topic nouns by their first word, longest first. */
const NOUNS_BY_FIRST_WORD = new Map<string, Array<(typeof TOPIC_NOUNS)[number]>>();
for (const noun of TOPIC_NOUNS) {
  const first = noun.words[0] ?? '';
  NOUNS_BY_FIRST_WORD.set(first, [...(NOUNS_BY_FIRST_WORD.get(first) ?? []), noun]);
}

/** The topic nouns: "your name", "ur age?", "any hobbies or nah", "the bot's birthday". */
export function fromNouns(words: Words): Found[] {
  const found: Found[] = [];
  for (let at = 0; at < words.length; at++) {
    for (const noun of NOUNS_BY_FIRST_WORD.get(words[at] ?? '') ?? []) {
      if (!startsAt(words, at, noun.words)) continue;
      const end = at + noun.words.length;
      if (noun.topic === 'name' && noun.words[0] === 'name' && isNameVerb(words, at)) continue;
      // "what does your name mean", "how do you spell your name", "define hobby": about the word or
      // the name, not asking it.
      if (words.some((word) => DEFINING.test(word))) continue;
      if (noun.topic === 'name' && words.some((word) => /^(?:origin|spell|spelled|pronounce)$/.test(word)))
        continue;
      // "do you like your name?", "did you choose your name": an opinion of it, not asking for it.
      if (noun.topic !== 'hobby' && isOpinionOf(words, at)) break;
      const holder = holderOfNoun(words, at, end, noun.strong);
      if (holder === 'bot') found.push({ topic: noun.topic, at });
      break;
    }
  }
  return found;
}

/** Words that ask what a word means: "what does age mean", "definition of hobby". */
const DEFINING = /^(?:mean|means|meaning|stand|stands|define|definition|defined)$/;

/**
 * Verbs of opinion, choice or setting, which make "your name" something talked about, not asked
 * ("do you like your name?", "how do i change the bot's name in settings").
 */
const OPINION_VERBS =
  /^(?:like|likes|liked|love|loves|loved|hate|hates|hated|dislike|enjoy|mind|choose|chose|chosen|pick|picked|change|changed|rename|edit|set|update|customize|customise|modify|reset)$/;
/** Of those, the verbs of setting, which do so with any article too ("set a nickname for the bot"). */
const SETTING_VERBS = /^(?:change|changed|rename|edit|set|update|customize|customise|modify|reset)$/;

function isOpinionOf(words: Words, start: number): boolean {
  let before = start - 1;
  while (before >= 0 && NOUN_MODIFIERS.has(words[before] ?? '')) before -= 1;
  const owner = words[before] ?? '';
  // "your name", "a nickname", "the bot's name", "this assistant's name".
  if (owner.endsWith("'s") && BOT_NOUNS.has(owner.slice(0, -2))) {
    before -= 1;
    if (/^(?:the|this|that|your)$/.test(words[before] ?? '')) before -= 1;
  } else if (/^(?:a|an|the)$/.test(owner)) return SETTING_VERBS.test(words[before - 1] ?? '');
  else if (owner !== 'your') return false;
  else before -= 1;
  return OPINION_VERBS.test(words[before] ?? '');
}

/** Verbs of giving with the bot as receiver: "did they *give you* a name?", "have they given u a name". */
const GIVING_VERBS = /^(?:give|gives|gave|given|giving|assign|assigned|assigning)$/;

/** Asking for advice or ideas: "can you recommend a hobby?", "what hobbies should I try". */
const ADVICE =
  /\b(?:recommend|recommendation|recommendations|suggest|suggestion|suggestions|advise|advice|ideas?|try|take up|pick up|good for|for (?:me|us|kids|children|beginners|adults|seniors|students|people))\b/;
/** Possession: "do you have a name?", "got a favourite pastime?", "any hobbies?". */
const POSSESSION = /\b(?:have|has|had|got|get|any|some|own)\b/;

/** Weak topic nouns that are activities, which the bot can be asked to have ("a favourite thing to do"). */
const ACTIVITY_NOUNS = new Set(['thing', 'things', 'activity', 'activities', 'passion', 'interest']);

/** "do you have a ...", "u got any ...", "got a ...": an indefinite noun the bot (or nobody named) has. */
function possessedByBot(words: Words, start: number): boolean {
  const determiner = /^(?:a|an|any|some)$/;
  let before = start - 1;
  while (before >= 0 && !determiner.test(words[before] ?? '') && NOUN_MODIFIERS.has(words[before] ?? ''))
    before -= 1;
  if (!determiner.test(words[before] ?? '')) return false;
  const verb = words[before - 1] ?? '';
  const subject = words[before - 2];
  return /^(?:have|got)$/.test(verb) && (subject === undefined || YOU_WORDS.has(subject));
}

function holderOfNoun(words: Words, start: number, end: number, strong: boolean): Holder {
  const sentence = words.join(' ');
  // "what is you name" is a typo of "your"; "how do you handle errors" is a verb.
  if (!strong && words[start - 1] === 'you') return 'none';
  const owner = ownerOfNoun(words, start, end);
  // Advice is for the person, whoever is asked: "what hobbies would you recommend for me?".
  if (ADVICE.test(sentence) && !/^(?:your|you)$/.test(words[start - 1] ?? '')) return 'else';
  if (owner !== 'none') return owner;
  if (!strong) {
    // "whats a fun day look like for you": "for you" a little later.
    if (/\bfor (?:you|yourself)\b/.test(words.slice(end).join(' '))) return 'bot';
    // "do you have a favourite thing to do?", "got a passion?": the bot asked if it has one.
    const activity = words.slice(start, end).some((word) => ACTIVITY_NOUNS.has(word));
    return activity && possessedByBot(words, start) ? 'bot' : 'none';
  }
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
  if (/^(?:a|an|any)$/.test(previous)) {
    // "did they give you a name?": the bot is given one.
    if (YOU_WORDS.has(words[before - 1] ?? '') && GIVING_VERBS.test(words[before - 2] ?? '')) return 'bot';
    // "is there a name I could use for you?": a clause about the person using it on the bot.
    const clause = words.slice(end, end + 8);
    if (USER_WORDS.has(clause[0] ?? '') && clause.slice(1).some((word) => YOU_WORDS.has(word))) return 'bot';
  }
  // "is reading a hobby?": any hobby, unless someone has one ("got a hobby?").
  if ((previous === 'a' || previous === 'an') && !POSSESSION.test(sentence)) return 'else';
  // "your thoughts on hobbies", "are hobbies important?": hobbies in general.
  if (/^(?:about|on|regarding)$/.test(previous)) return 'else';
  const rest = words.slice(end).filter((word) => !SOFTENERS.has(word));
  if (AUXILIARIES.has(previous) && before === 0 && rest.length > 0) return 'else';
  // "what is age?", "what are hobbies": the noun bare after "what is", a question of definition.
  if (/^(?:is|are)$/.test(previous) && words[before - 1] === 'what' && before === 1 && rest.length === 0)
    return 'else';
  // The noun phrase itself ("a favourite pastime") names nobody else.
  const phraseStart = /^(?:a|an|the|any|some|no)$/.test(previous) ? before : before + 1;
  return impliedHolder(words, [phraseStart, end]);
}
