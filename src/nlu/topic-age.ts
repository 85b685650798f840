// Questions about the bot's age: "how old are you", "u old?", "when were you made", "what year did
// they build you", "how long have you been around", "how many candles on your cake?". "how old is
// the sun" or "how old do you have to be to vote" are not about the bot.

import { impliedHolder, ownerOfNoun, phraseAt, phraseBefore } from './holder';
import {
  AGE_ADJECTIVES,
  AGE_HOW_ADJECTIVES,
  AUXILIARIES,
  BOT_NOUNS,
  CREATION_VERBS,
  EXISTENCE_PHRASES,
  LIFE_STAGES,
  SOFTENERS,
  TIME_EXPRESSIONS,
  TIME_QUESTIONS,
} from './topic-lexicon';
import { type Found, occurrences, skipFrame, startsAt, type Words } from './topic-match';

/** "how old do you *have to be* to vote": a generic you, anybody, not the bot. */
export const GENERIC_YOU =
  /\b(?:have|has|need|needs|got|ought) to be\b|\bgotta be\b|\bmust (?:you )?be\b|\bshould you be\b|\bat what age\b|\bage (?:do|can|should|must) you\b/;

/** "how old are you", "u old?", "are you older than chatgpt", "how new are you", but not "how old is the sun". */
export function fromAgeAdjectives(words: Words, generic: boolean): Found[] {
  const found: Found[] = [];
  for (const [at, word] of words.entries()) {
    const isAge =
      AGE_ADJECTIVES.has(word) ||
      (AGE_HOW_ADJECTIVES.has(word) && /^(?:how|brand)$/.test(words[at - 1] ?? '')) ||
      // "are you a new bot?", but not "are you new here?"
      (AGE_HOW_ADJECTIVES.has(word) &&
        /^(?:a|an)$/.test(words[at - 1] ?? '') &&
        BOT_NOUNS.has(words[at + 1] ?? '')) ||
      (LIFE_STAGES.has(word) && !/^(?:your|my|his|her|their|our)$/.test(words[at - 1] ?? ''));
    if (!isAge) continue;
    // "how's your old man", "ur old phone": the adjective describes something of the bot's, not the bot.
    const described = words[at + 1];
    if (
      words[at - 1] === 'your' &&
      described !== undefined &&
      !BOT_NOUNS.has(described) &&
      isNounAfter(described)
    )
      continue;
    // "the oldest bot", "an old model": an attribute; only "are *you* an old bot" asks the bot's age.
    if (/^(?:the|a|an|this|that|my|his|her|their|our)$/.test(words[at - 1] ?? '') && !LIFE_STAGES.has(word)) {
      if (phraseBefore(words, at - 1) === 'bot') found.push({ topic: 'age', at });
      continue;
    }
    // The subject after the word ("how old *are you*", "how old *you* are"), else before it ("*u* old?").
    const subject = phraseAt(words, skipFrame(words, at + 1));
    let holder = subject.holder;
    // "how old do you think I am": the age asked is the person's.
    if (holder === 'bot' && /^(?:think|guess|reckon|say|bet|suppose|imagine)$/.test(words[subject.end] ?? ''))
      holder = phraseAt(words, subject.end + 1).holder;
    if (holder === 'none' || LIFE_STAGES.has(word)) holder = phraseBefore(words, at);
    // "how old?" names nobody: the bot. "is 30 old?" is not a question about it.
    if (holder === 'none' && words[at - 1] === 'how') holder = impliedHolder(words, [at, at + 1]);
    if (holder === 'bot' && !generic) found.push({ topic: 'age', at });
  }
  return found;
}

/** A word after an adjective that is the noun it describes, not the frame ("ur old *man*", not "ur old *lol*"). */
function isNounAfter(word: string): boolean {
  return (
    !AUXILIARIES.has(word) &&
    !SOFTENERS.has(word) &&
    !/^(?:or|and|enough|tho|though|now|yet|af|\d+)$/.test(word)
  );
}

/** "when were you made", "what year did they build you", "how long since you were created". */
export function fromCreation(words: Words): Found[] {
  const found: Found[] = [];
  const verbs = occurrences(words, CREATION_VERBS);
  for (const [start, end] of occurrences(words, TIME_QUESTIONS)) {
    const verb = verbs.find(([at]) => at >= end && at - end <= 6);
    if (!verb) continue;
    // The thing made is the verb's object ("build *you*") or, in the passive, its subject ("were *you* made").
    const object = phraseAt(words, verb[1]);
    const holder = object.end > verb[1] ? object.holder : phraseAt(words, skipFrame(words, end)).holder;
    if (holder === 'bot') found.push({ topic: 'age', at: start });
  }
  return found;
}

/** "how many candles on your cake?": the candles count the bot's years. */
export function fromCandles(words: Words): Found[] {
  const at = words.indexOf('candles');
  if (at < 0) return [];
  const cake = words.findIndex((word, index) => index > at && word === 'cake');
  const owner = cake > 0 ? ownerOfNoun(words, cake, cake + 1) : impliedHolder(words, [at, at + 1]);
  return owner === 'bot' ? [{ topic: 'age', at }] : [];
}

/** "were you born this year?", "were you made recently?": a yes/no question about when. */
export function fromCreationYesNo(words: Words): Found[] {
  if (!/^(?:were|was|are|did|have|has)$/.test(words[0] ?? '')) return [];
  const subject = phraseAt(words, 1);
  const verb = occurrences(words, CREATION_VERBS).find(([at]) => at >= subject.end && at - subject.end <= 2);
  if (
    subject.holder !== 'bot' ||
    !verb ||
    !words.slice(verb[1]).some((word) => TIME_EXPRESSIONS.has(word) || /^\d{4}$/.test(word))
  )
    return [];
  return [{ topic: 'age', at: 0 }];
}

/** "how long have you been around", "how long u been a thing". */
export function fromExistence(words: Words): Found[] {
  const found: Found[] = [];
  for (let at = 0; at < words.length - 1; at++) {
    const span = startsAt(words, at, ['how', 'long'])
      ? 2
      : startsAt(words, at, ['how', 'many', 'years'])
        ? 3
        : 0;
    if (span === 0) continue;
    const subject = phraseAt(words, skipFrame(words, at + span));
    // "how long have you *been around*", "how long u *been* a thing" (the "been" may be skipped as an auxiliary).
    const existence = [subject.end, skipFrame(words, subject.end)].some((next) =>
      EXISTENCE_PHRASES.some((phrase) => startsAt(words, next, phrase)),
    );
    if (subject.holder === 'bot' && existence) found.push({ topic: 'age', at });
  }
  // "have you been around long?", "have you existed for a while?"
  const sentence = words.join(' ');
  if (
    /\b(?:have|has) (?:you|the bot|this bot) (?:been around|existed|been alive)(?: for)? (?:long|a while|a long time|ages|years)\b/.test(
      sentence,
    )
  )
    found.push({ topic: 'age', at: 0 });
  return found;
}
