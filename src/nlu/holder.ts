// Whose name, age or hobby a question is about. A topic word says *what* is asked; the words around it
// say *whose*: "your name" (the bot), "my name" (the person), "your dog's name", "the name of the
// channel", "how old is the sun" (something else). Works on normalised words (question-words.ts).

import {
  AUXILIARIES,
  BOT_NOUNS,
  EVALUATIVE,
  NOUN_MODIFIERS,
  SOFTENERS,
  USER_WORDS,
  YOU_WORDS,
} from './topic-lexicon';
import { profileWord } from './word-class';

/** The bot, someone or something else, or nobody said (a fragment such as "name?"). */
export type Holder = 'bot' | 'else' | 'none';

const set = (text: string): ReadonlySet<string> => new Set(text.trim().split(/\s+/));

/** Words that end a noun phrase: verbs of the frame, prepositions, question words, conjunctions. */
const PHRASE_BREAKS = set(`
  to for of in on at by with from than about into like as who whom whose which what when where why how
  and or but if so because think guess reckon say bet suppose imagine do does did have has had get got
  please again now then though exactly made make built created born called named go goes
`);

/** Pronouns and words for a party that is neither the bot nor the person. */
const OTHER_PARTIES = set(`
  he she they it him her them his hers their theirs its someone somebody people folks everyone everybody
  anyone anybody others devs developers creators creator maker makers boss mom dad
`);

/** Pronouns that can open a relative clause inside a noun phrase ("the bot *I*'m talking to"). */
const SUBJECT_PRONOUNS = set('i we you he she they it');

const isBotNoun = (word: string): boolean => BOT_NOUNS.has(word.replace(/'s$/, ''));
const isBreak = (word: string | undefined): boolean =>
  word === undefined || PHRASE_BREAKS.has(word) || AUXILIARIES.has(word) || SOFTENERS.has(word);

/**
 * Who a noun phrase (the words in order) refers to, by its head, the last word: "this chatbot" is the
 * bot, "this bot's developer" and "your creator" are not. "your" alone is the bot ("ur how old?").
 */
function holderOfPhrase(phrase: readonly string[]): Holder {
  const [first] = phrase;
  const head = phrase[phrase.length - 1];
  if (first === undefined || head === undefined) return 'none';
  if (phrase.length === 1) return YOU_WORDS.has(first) || isBotNoun(first) ? 'bot' : 'else';
  if (/^(?:a|an|any|every|each|some)$/.test(first)) return 'else';
  if (BOT_NOUNS.has(head)) return 'bot';
  // "this assistant thing"
  if (head === 'thing' && BOT_NOUNS.has(phrase[phrase.length - 2] ?? '')) return 'bot';
  return 'else';
}

/** The noun phrase that starts at `start` (the subject after "how old is", the object of "call"). */
export function phraseAt(words: readonly string[], start: number): { holder: Holder; end: number } {
  let end = start;
  while (end < words.length && end - start < 4 && !isBreak(words[end])) {
    // "the bot I'm talking to": a pronoun after the first word opens a relative clause.
    if (end > start && SUBJECT_PRONOUNS.has(words[end] ?? '')) break;
    end += 1;
    // A pronoun is a whole phrase: "you" in "you think", "i" in "i am".
    const word = words[end - 1] ?? '';
    if (end - start === 1 && (YOU_WORDS.has(word) || USER_WORDS.has(word) || OTHER_PARTIES.has(word))) {
      if (word !== 'your' && word !== 'my' && word !== 'his' && word !== 'her' && word !== 'their') break;
    }
  }
  return { holder: holderOfPhrase(words.slice(start, end)), end };
}

/** Words skipped when looking back from a verb or adjective to its subject ("you *like 5 years* old"). */
const LOOK_BACK_SKIP = set(`
  how many years yrs year months month days a an to want wanna like love usually normally typically
  generally mostly even really actually still so very that pretty too quite kind kinda sort of getting
  just first originally ever always also ok okay get gets getting grow grows growing
`);

/** The noun phrase that ends just before `end`, skipping softeners, auxiliaries and numbers. */
export function phraseBefore(words: readonly string[], end: number): Holder {
  let last = end - 1;
  while (last >= 0) {
    const word = words[last] ?? '';
    if (LOOK_BACK_SKIP.has(word) || AUXILIARIES.has(word) || /^\d+$/.test(word)) last -= 1;
    else break;
  }
  if (last < 0) return 'none';
  let first = last;
  while (
    first > 0 &&
    last - first < 3 &&
    !isBreak(words[first - 1]) &&
    !LOOK_BACK_SKIP.has(words[first - 1] ?? '')
  )
    first -= 1;
  const word = words[last] ?? '';
  if (isBreak(word)) return 'none';
  // "what should *a bot* be called?": any bot, not this one.
  if (isBotNoun(word) && /^(?:a|an|any|every|each|some)$/.test(words[last - 1] ?? '')) return 'else';
  if (YOU_WORDS.has(word) || isBotNoun(word)) return 'bot';
  return holderOfPhrase(words.slice(first, last + 1));
}

/**
 * The owner of a topic noun at words[start..end): "your (real) name", "the bot's age", "ur creators
 * name", "the name of this channel", "a typical weekend for you". 'none' when nothing says whose.
 */
export function ownerOfNoun(words: readonly string[], start: number, end: number): Holder {
  let before = start - 1;
  while (before >= 0 && (NOUN_MODIFIERS.has(words[before] ?? '') || EVALUATIVE.has(words[before] ?? '')))
    before -= 1;
  const word = words[before];
  // "what name do you go by", "what age do kids start school": whoever the question is about.
  if ((word === 'what' || word === 'which') && AUXILIARIES.has(words[end] ?? '')) {
    let subject = end;
    while (AUXILIARIES.has(words[subject] ?? '') || SOFTENERS.has(words[subject] ?? '')) subject += 1;
    // "what name should I use for you", "what name did they give you": someone else picks it, and the
    // name is the bot's when the clause names the bot after them.
    const chooser = USER_WORDS.has(words[subject] ?? '')
      ? { holder: 'else' as const, end: subject + 1 }
      : phraseAt(words, subject);
    if (chooser.holder !== 'else') return chooser.holder;
    return words.slice(chooser.end).some((next) => YOU_WORDS.has(next) || isBotNoun(next)) ? 'bot' : 'else';
  }
  if (word !== undefined) {
    if (word === 'your' || word === 'you' || word === 'thy' || isBotNoun(word)) return 'bot';
    if (word.endsWith("'s") || USER_WORDS.has(word) || OTHER_PARTIES.has(word)) {
      return word === 'me' ? ownerAfter(words, end) : 'else';
    }
    // "whats ur creators name", "my slack display name": a noun in front owns the topic.
    if (!isBreak(word) && !YOU_WORDS.has(word) && isPlainNoun(word)) return 'else';
  }
  return ownerAfter(words, end);
}

/** "the name *of this bot*", "a typical weekend *for you*". */
function ownerAfter(words: readonly string[], end: number): Holder {
  const next = words[end];
  if (next === 'of' || next === 'for') return phraseAt(words, end + 1).holder;
  return 'none';
}

const DETERMINERS = set('the a an this that these those my our his her their its');

/** A common noun ("creators", "slack", "dog"), not a question word, a verb or a chat word. */
function isPlainNoun(word: string): boolean {
  if (SOFTENERS.has(word) || DETERMINERS.has(word) || /^\d+$/.test(word)) return false;
  const profile = profileWord(word);
  if (!profile.tags.has('Noun') || profile.tags.has('Pronoun')) return false;
  return !['Verb', 'Adjective', 'Expression', 'QuestionWord', 'Determiner', 'Preposition'].some((tag) =>
    profile.tags.has(tag),
  );
}

/** Words that open an exception: "besides", "apart (from)", "other than", "except". */
const EXCEPTIONS = set('besides beside apart aside except excluding outside');

/**
 * Whose a topic is when nothing next to it says so: someone else when the clause names them ("does
 * your dog have a name?", "name ideas for a goldfish"), the bot when it addresses it ("do you have a
 * name?") or names nobody ("hobbies tho??"), the person when only they are there ("what hobbies
 * should I try"). `skip` is the topic's own span.
 */
export function impliedHolder(words: readonly string[], skip: readonly [number, number]): Holder {
  // "any passions besides helping people?": what comes after "besides" is the exception (the bot's
  // work), not whose passions they are.
  const exception = words.findIndex((word, index) => index >= skip[1] && EXCEPTIONS.has(word));
  const considered = exception < 0 ? words : words.slice(0, exception);
  const outside = considered.filter((_, index) => index < skip[0] || index >= skip[1]);
  const namesOther = outside.some((word, index) => {
    const next = outside[index + 1];
    if (OTHER_PARTIES.has(word) || word.endsWith("'s")) return true;
    // "the sun", "a goldfish", "the drinking age", "your dog": a noun phrase that is not the bot.
    if (DETERMINERS.has(word) && next !== undefined) return !isBotNoun(next);
    return word === 'your' && next !== undefined && !isBotNoun(next) && isPlainNoun(next);
  });
  if (namesOther) return 'else';
  if (outside.some((word) => YOU_WORDS.has(word) || isBotNoun(word))) return 'bot';
  if (outside.some((word) => USER_WORDS.has(word))) return 'else';
  return 'bot';
}
