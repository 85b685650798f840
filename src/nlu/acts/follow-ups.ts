// Follow-ups: "tell me more", "why?", "like what?", "why that age?", "what does petrichor mean?". The
// clause asks for more about something already said. Read from start to end, it is follow-up phrases,
// words pointing back ("that", "it"), the words for the bot's topics, the words of the bot's hobby and of
// its last reply, and the padding small talk allows, with at most a few words besides ("why does that
// count as grown-up for a bot?") when it is tied to what was said by a word of it. "why is the sky blue?"
// brings up the sky and nothing the bot said, so it is a question of its own. A question in the hobby's
// words ("just one word from your collection?", "do you enjoy collecting words?") is about the hobby,
// with no follow-up phrase.

import type { ClauseView } from '../message';
import type { Lexicon, Topic } from '../packs/lexicon';
import { TOPIC_KINDS } from '../packs/pack';
import type { PhraseSet } from '../packs/phrases';
import { closeEnough, isSwap } from '../text/edit-distance';
import { perWord } from '../text/memo';

export interface FollowUp {
  /** The topic the clause names ("why that *age*?"), or null when it only points back ("tell me more"). */
  readonly topic: Topic | null;
}

/**
 * Words too common to tie a question to the hobby or the last reply ("them", "with"), and the words of
 * what every reply says after the answer ("You have 2 questions left", "Message me any time"): "did asking
 * how many *left* cost me one?" is about the count, not the answer.
 */
const TOO_COMMON = new Set([
  ...['them', 'they', 'their', 'with', 'from', 'about', 'behind', 'other', 'things'],
  ...['have', 'question', 'questions', 'left', 'more', 'message', 'time', 'start', 'again', 'goodbye'],
]);
/**
 * Words besides a follow-up's own that a clause tied to what was said may carry ("why does that *count
 * as* grown-up?"). More, and it is a question of its own that happens to share a word.
 */
const MAX_OTHER_WORDS = 4;
/** Words of its own a question about the bot's name may carry ("що *означає* Quillon?"). */
const MAX_WORDS_ABOUT_NAME = 2;
/** A word's stem for matching the hobby's words ("collected", "collecting": "collect"). */
const stemOf = (key: string): string => {
  const stem = key.replace(/(?:ing|ed|es|s)$/, '');
  return stem.length >= 3 ? stem : key;
};

/** The stems of a text's own words ("collecting unusual words": collect, unusual, word). */
export interface Stems {
  /** Does the word share its stem with one of the text's ("collection" with "collecting")? */
  has(key: string): boolean;
  /**
   * Is it one of the words the persona names for its hobby ("palabra", "Wort")? One of those ties a
   * question to the hobby as surely as two of the hobby's other words ("unusual" may be anyone's).
   */
  isHobbyWord?(key: string): boolean;
}

/** How surely a word says the hobby: 2 for a word the persona names for it ("Wort"), 1 for another of its words. */
export function hobbyWeight(key: string, hobby: Stems): number {
  return hobby.isHobbyWord?.(key) ? 2 : hobby.has(key) ? 1 : 0;
}

const NUMBER = /^\d+$/;
const NO_STEMS: Stems = { has: () => false };
const stemsByText = new Map<string, Stems>();

/**
 * The stems of the words of a text: the persona's hobby (worked out once per persona) or the bot's last
 * reply (only when a message asks for more, so most messages never split the reply into words).
 */
export function stemsOf(text: string | undefined, lexicon: Lexicon): Stems {
  if (!text) return NO_STEMS;
  const known = stemsByText.get(text);
  if (known) return known;
  // Split into words only when first asked, and only once: a stem list and the numbers.
  let words: { stems: string[]; numbers: Set<string> } | undefined;
  const wordsOf = () => {
    if (!words) {
      // "grown-up" is also "grown" and "up" ("why is that grown up?").
      const keys = lexicon
        .tokenize(text)
        .clauses.flatMap((clause) => clause.tokens)
        .flatMap((token) => (token.key.includes('-') ? [token.key, ...token.key.split('-')] : [token.key]));
      words = {
        stems: [...new Set(keys.filter((key) => key.length >= 4 && !TOO_COMMON.has(key)).map(stemOf))],
        // "You have 1 question left" says how many are left, not the answer: "warum nur noch 1 left?" asks
        // about the count.
        numbers: new Set(
          keys.filter((key, index) => NUMBER.test(key) && !keys[index + 1]?.startsWith('question')),
        ),
      };
    }
    return words;
  };
  const stems: Stems = {
    // "why 5?": a number the text says is one of its words, however short.
    has: (key) =>
      NUMBER.test(key)
        ? wordsOf().numbers.has(key)
        : key.length >= 4 && wordsOf().stems.some((stem) => key.startsWith(stem) || stem === stemOf(key)),
  };
  // Replies change with every message; the persona's hobby does not. Only a few texts are kept.
  if (stemsByText.size > 64) stemsByText.clear();
  stemsByText.set(text, stems);
  return stems;
}

/**
 * The hobby's stems, and its words in other languages ("palabra", "Wort", "単語"): a word of a message ties
 * to one of those when it is the word, or (for words of four letters or more) starts with it ("palabras",
 * "Wörter" from "wort"). Worked out once per persona.
 */
export function hobbyStemsOf(
  hobby: string | undefined,
  words: readonly string[] | undefined,
  lexicon: Lexicon,
): Stems {
  const ownStems = stemsOf(hobby, lexicon);
  if (!words || words.length === 0) return ownStems;
  const known = hobbyStemsByWords.get(words);
  if (known && known.hobby === hobby) return known.stems;
  const keys = [
    ...new Set(
      words.flatMap((word) =>
        lexicon.tokenize(word).clauses.flatMap((clause) => clause.tokens.map((token) => token.key)),
      ),
    ),
  ];
  const short = new Set(keys.filter((key) => [...key].length < 4));
  const long = keys.filter((key) => [...key].length >= 4);
  const slipOf = slipOfAny(long);
  const isHobbyWord = (key: string) =>
    short.has(key) || long.some((word) => key.startsWith(word)) || slipOf(key);
  const stems: Stems = { has: (key) => ownStems.has(key) || isHobbyWord(key), isHobbyWord };
  hobbyStemsByWords.set(words, { hobby, stems });
  return stems;
}

/**
 * Is the word a slip of one of the hobby's words ("wrod", "colection", "colected")? A short word only
 * with two letters swapped ("world" is a word of its own); a long one by one edit, also before its ending
 * ("colected" for "collect…"). Compromise knows too few nouns to say which words are English.
 */
function slipOfAny(words: readonly string[]): (key: string) => boolean {
  const latin = words.filter((word) => /^[a-z]+$/.test(word));
  return perWord((key) => {
    if (!/^[a-z]{4,}$/.test(key)) return false;
    return latin.some((word) => {
      if (word.length < 6) return isSwap(key, word);
      const root = word.slice(0, 7);
      return [root.length - 1, root.length, root.length + 1].some((n) => closeEnough(key.slice(0, n), root));
    });
  }, 2_000);
}

/** Does a compound end in one of the words the persona names for its hobby ("lieblings" + "wort")? */
function endsInHobbyWord(key: string, hobby: Stems): boolean {
  for (let cut = MIN_COMPOUND_PART; cut <= key.length - MIN_COMPOUND_PART; cut++)
    if (hobby.isHobbyWord?.(key.slice(cut))) return true;
  return false;
}

/** The shortest part of a compound worth looking at. */
const MIN_COMPOUND_PART = 3;

const hobbyStemsByWords = new WeakMap<readonly string[], { hobby: string | undefined; stems: Stems }>();

export function readFollowUp(
  view: ClauseView,
  lexicon: Lexicon,
  botKeys: ReadonlySet<string>,
  hobby: Stems,
  lastReply: Stems,
): FollowUp | null {
  const { tokens } = view;
  // Most messages have neither a follow-up phrase nor a word of the hobby: they stop here.
  const asksForMore = lexicon.questions.followUps.occursIn(view);
  // "А що означає Quillon?" ("what does Quillon mean?"): the bot's name asked about, past the first word.
  const botNamedInside = tokens.some((token, index) => index > 0 && botKeys.has(token.key));
  if (
    tokens.length === 0 ||
    (!asksForMore && !botNamedInside && !tokens.some((token) => hobby.has(token.key)))
  )
    return null;
  const padding: readonly PhraseSet[] = [
    lexicon.questions.pointers,
    lexicon.fillers,
    lexicon.address,
    lexicon.questions.interrogatives,
    lexicon.questions.requests,
    lexicon.questions.conjunctions,
    lexicon.smallTalk.acknowledgements,
  ];
  let topic: Topic | null = null;
  let asksMore = false;
  let hobbyWords = 0;
  /** A word of what was said: of the hobby, the bot's name or its last reply. */
  let tied = false;
  let otherWords = 0;
  /** Where the last word of substance stood, so a bot name just after it can be seen to address. */
  let lastOtherAt = -1;
  let at = 0;
  // Longest phrase first at each word: the clause is short, and its phrases rarely overlap.
  while (at < tokens.length) {
    const key = tokens[at]?.key ?? '';
    const more = lexicon.questions.followUps.longestAt(view, at);
    if (more > at) {
      asksMore = true;
      // "your favourite word?": a follow-up in the hobby's own words asks about the hobby.
      // "Lieblingswort": a follow-up word made one with a word the persona names for its hobby.
      if (tokens.slice(at, more).some((token) => hobby.has(token.key) || endsInHobbyWord(token.key, hobby))) {
        topic ??= 'hobby';
        tied = true;
      }
      // "how do u spell ur name": a follow-up that names the bot's topic in its own words asks about it.
      const named = TOPIC_KINDS.find((kind) => lexicon.topics[kind].occursIn(view, at, more));
      if (named && lexicon.questions.you.occursIn(view, at, more)) topic ??= named;
      at = more;
      continue;
    }
    const named = TOPIC_KINDS.find((kind) => lexicon.topics[kind].longestAt(view, at) > at);
    // A topic's word alone ties nothing: "what does *my name* mean?", "how old is the Christ statue?"
    // bring up someone else's.
    if (named) {
      topic ??= named;
      at = lexicon.topics[named].longestAt(view, at); // remembered per word by the phrase set
      continue;
    }
    if (hobby.has(key)) {
      topic ??= 'hobby';
      hobbyWords += hobbyWeight(key, hobby);
      tied = true;
      at += 1;
      continue;
    }
    // "what does *Quillon* mean?", "what does the word Quillon mean?": the bot's name, said inside a
    // question, is the topic, whatever else it names.
    if (botKeys.has(key)) {
      // "Quillon, whats ur favorite food?", "tell me a joke Quillon": the name opening the clause, or
      // closing it right after a word of substance, only addresses the bot.
      const addresses = at === tokens.length - 1 && lastOtherAt === at - 1;
      if (at > 0 && !addresses) {
        topic = 'name';
        tied = true;
      }
      at += 1;
      continue;
    }
    // The longer reading wins: Romanian "te rog" is "please", though "te" is "you".
    const you = lexicon.questions.you.longestAt(view, at);
    const padded = Math.max(...padding.map((set) => set.longestAt(view, at)));
    if (you > at && you >= padded) {
      at = you;
      continue;
    }
    if (padded > at) {
      at = padded;
      continue;
    }
    // Only a word of substance ties a question to the last reply: "your" in "…your team's help channel"
    // made "what's your favourite colour then?" a follow-up to the default answer.
    if (lastReply.has(key)) {
      tied = true;
      at += 1;
      continue;
    }
    otherWords += 1;
    lastOtherAt = at;
    at += 1;
  }
  const plain = otherWords === 0;
  // Words of its own only in a question: "my fav word is BANANA" says something.
  // "wait whats the weirdest word u got": a question word after fillers asks, too.
  const opening = lexicon.fillers.skipFrom(view, 0);
  const asked =
    view.clause.asked ||
    lexicon.questions.requests.occursIn(view) ||
    lexicon.questions.interrogatives.longestAt(view, opening) > opening;
  const tiedEnough = asked && tied && otherWords <= MAX_OTHER_WORDS;
  if (asksMore && (plain || tiedEnough)) return { topic };
  // A short question about the bot's name, in a word or two of any language ("що означає Quillon?").
  // "who made Quillon?" and "is Quillon a bot?" ask something else.
  if (
    botNamedInside &&
    topic === 'name' &&
    asked &&
    otherWords <= MAX_WORDS_ABOUT_NAME &&
    lexicon.questions.otherStarts.longestAt(view, 0) === 0 &&
    !lexicon.questions.aboutBot.occursIn(view)
  )
    return { topic };
  // "just one word from your collection?", "do you actually enjoy collecting words?": asked about the
  // hobby's own words. ("what is your hobby?" is a plain question about the hobby, which the questions
  // reader reads.)
  // One of its words, by chance, among others: "can you help with my *unusual* problem?"; two are not.
  const aboutHobby = hobbyWords > 0 && topic === 'hobby' && asked;
  // Addressed to the bot by "you", by a request ("give me an unusual word") or, in a language that drops
  // the pronoun, by the verb alone ("conosci qualche parola strana?"): two of the hobby's words are enough.
  return aboutHobby && (plain || (hobbyWords >= 2 && tiedEnough)) ? { topic } : null;
}
