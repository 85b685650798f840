// Which questions a message asks, and which of the bot's topics each is about. A clause asks when it
// ends with a question mark, opens with a question word, has a question particle ("吗", "kya") or a
// request ("tell me", "dime"). Its topic is the bot's when a pack idiom says so ("who are you",
// "cómo te llamas"), or when a topic word ("name", "edad", "趣味") belongs to "you" or the bot; the same
// words about someone else ("your dog's name", "how old is the sun", "my hobby") ask something else.

import type { Intent } from '../../conversation/interpretation';
import { isRefusal } from '../acts/refusals';
import type { SmallTalkReading } from '../acts/small-talk';
import { isRequest } from '../english/requests';
import { isEnglishWord, profileWord, readEnglishWord } from '../english/word-knowledge';
import type { ClauseView, Message } from '../message';
import { endsWithOwnName, isNamePointer } from '../names/read-name';
import type { Lexicon, Topic } from '../packs/lexicon';
import { TOPIC_KINDS } from '../packs/pack';
import type { PhraseSet } from '../packs/phrases';
import type { Token } from '../text/tokens';

export interface QuestionsFound {
  readonly intents: readonly Intent[];
  /** Clauses that ask something. */
  readonly asking: ReadonlySet<number>;
  /** Clauses with another question asked beside the bot's topics, which the answer takes up as well. */
  readonly otherBeside?: ReadonlySet<number>;
  /** Clauses that ask something other than the bot's topics, kept as `other` or not. */
  readonly askingOther: ReadonlySet<number>;
}

/** One question of a clause: its tokens [start, end), and where it began before its fillers were trimmed. */
interface Part {
  readonly view: ClauseView;
  readonly start: number;
  readonly end: number;
  readonly from: number;
}

/** Small talk that may open a question: "ok so what's your name", "thanks! and how old are you". */
const OPENERS = ['greetings', 'thanks', 'acknowledgements'] as const;

export function readQuestions(
  message: Message,
  smallTalk: readonly SmallTalkReading[],
  nameClauses: ReadonlySet<number>,
  lexicon: Lexicon,
  /** Clauses read as something else (help or status asked in passing). */
  skipped: ReadonlySet<number> = new Set(),
): QuestionsFound {
  const intents: Intent[] = [];
  const asking = new Set<number>();
  // The topic the person has talked about so far, which "and you?" asks back.
  let toldTopic: Topic | null = nameClauses.size > 0 || introducesSelf(message, lexicon) ? 'name' : null;
  const marked = questionMarked(message, smallTalk);
  const otherAlone = new Set<number>();
  const askingOther = new Set<number>();
  for (const view of message.clauses) {
    const talk = smallTalk[view.index];
    // "im 29, and u?": an ask-back that small talk covers too ("fine, and you?") asks back what the person
    // just told about themselves, when they told something.
    // "great, Quillon! I'm Doreen": the bot's name alone calls the bot, and asks nothing back.
    // "im kev. hbu, hobbies n stuff?": an ask-back that the rest of its sentence spells out asks that.
    if (
      talk?.covered &&
      toldTopic !== null &&
      view.index > 0 &&
      !view.tokens.every((token) => message.botKeys.has(token.key)) &&
      isAskBack({ view, start: 0, end: view.tokens.length, from: 0 }, lexicon) &&
      !spelledOutNext(message, view.index, lexicon)
    ) {
      intents.push(toldTopic);
      asking.add(view.index);
      continue;
    }
    if (!talk || talk.covered || skipped.has(view.index) || isCutOff(view, message, lexicon)) continue;
    // "it's Hannah Abara now. can you change that?", "it's Siobhán, with the fada on the a — can you use
    // that?": asking to use the name given before is part of giving it.
    const nameBefore = [...nameClauses].some((index) => index < view.index);
    if (nameBefore && lexicon.nameChangeRequests.occursIn(view)) continue;
    // "please call me by my real name, Marisol", "can you use my full name? It's Rebecca Thornton": the
    // clause that points at the name the next one gives is part of giving it.
    const pointsAtName =
      nameClauses.has(view.index + 1) && (isNamePointer(view, lexicon) || endsWithOwnName(view, lexicon));
    const gaveName = nameClauses.has(view.index) || pointsAtName;
    // Whether the part before, in this clause, asked: "ur name and age" asks twice; "i have 3 kids and
    // zero free time" says something, and its second part is no question either.
    let previousAsked: boolean | null = null;
    for (const part of splitOnConjunctions(view, talk.contentStart, lexicon)) {
      const firstPart = previousAsked === null;
      const askedBefore = previousAsked === true;
      previousAsked = false;
      // "5??", "Quillon?!": the bot's answer said back in surprise asks nothing new.
      if (isEcho(part, message.botKeys, lexicon)) continue;
      // "please call me Quinn" gives a name, and "prefer not to give my name" declines to: neither is a
      // request, though both read like one.
      const asked =
        (isAsked(part, marked.has(view.index), lexicon, closesSentence(message, view.index)) &&
          !isUptalk(part, marked.has(view.index), lexicon)) ||
        (!gaveName &&
          !describesNameBefore(part, nameClauses) &&
          readsEnglish(part.view) &&
          isRequest(part.view.tokens.slice(part.start, part.end)) &&
          !isRefusal(view, lexicon));
      // "and you?", "what's yours?": asks back what the person just told about themselves.
      if (toldTopic !== null && isAskBack(part, lexicon)) {
        intents.push(toldTopic);
        asking.add(view.index);
        continue;
      }
      if (gaveName && !asked) continue;
      const topics = botTopics(part, message, lexicon);
      toldTopic = mentionedTopic(part, lexicon) ?? toldTopic;
      // "ok. so your name is Quillon.": the bot's name said back, not asked.
      if (!asked && topics.includes('name') && saysBotName(part, message.botKeys)) continue;
      // "name?", "ur age": a fragment asks; "¡Qué joven!" exclaims, "Five years old." and "me encanta."
      // (said as a full sentence) state, and "just Sam. first name only" says something about the name the
      // person gave.
      // "Dmitri. age, hobby?": a list the sentence's question mark closes asks, name given or not.
      // "name, age, hobby please." and "Name, age and hobby, all three at once.": a sentence that only lists
      // two or more of the bot's topics asks for them, however it ends.
      // Worked out only for a part that names a topic and does not ask already (most parts name none).
      // "hobby!! 🎨🎮📚", "I surrender to your idiom, then. Hobby.": a topic word alone asks, however it
      // ends.
      const fragmentAsks = () =>
        ((part.end - part.start === 1 || (!view.clause.exclaimed && !view.clause.stated)) &&
          (nameClauses.size === 0 || sentenceAsks(message, view.index)) &&
          (firstPart || askedBefore || view.clause.asked) &&
          isFragment(part, lexicon)) ||
        listsTopics(message, view.index, smallTalk, nameClauses, lexicon);
      if (topics.length > 0 && (asked || fragmentAsks())) {
        intents.push(...topics);
        asking.add(view.index);
        previousAsked = true;
      } else if (asked && !gaveName) {
        // "can you call me Tash instead?" gives a name; its question mark asks nothing else.
        intents.push('other');
        asking.add(view.index);
        askingOther.add(view.index);
        previousAsked = true;
        if (marked.has(view.index) && standsAlone(part, message, lexicon)) otherAlone.add(view.index);
      }
    }
  }
  const unique = [...new Set(intents)];
  // Questions about the bot's topics come first. Another question asked with them is answered after them
  // ("how old are you? and what's the wifi password?") when it stands on its own; "how old are you,
  // roughly?" and "any hobbies or is it all work" ask one thing.
  const known = unique.filter((intent) => intent !== 'other');
  if (known.length === 0) return { intents: unique, asking, askingOther };
  return otherAlone.size > 0
    ? { intents: [...known, 'other'], asking, askingOther, otherBeside: otherAlone }
    : { intents: known, asking, askingOther };
}

/**
 * "my name is Zeke, intern extraordinaire": a few words right after the name, with nobody to do anything
 * for, say who the person is; "intern" is no order. ("Ana, tell me a joke" still asks.) The pronouns are
 * English, as only English is read for orders.
 */
function describesNameBefore(part: Part, nameClauses: ReadonlySet<number>): boolean {
  const words = part.view.tokens.slice(part.start, part.end);
  return (
    nameClauses.has(part.view.index - 1) &&
    part.start === 0 &&
    words.length <= 3 &&
    !words.some((token) => /^(?:me|us|you|your|u|ur|yourself)$/.test(token.key))
  );
}

/**
 * A question of its own, asked beside the bot's topics: its own words ask it (a question word or a
 * request, not only the question mark), it has three words or more, and its clause names none of the
 * bot's topics and not the bot ("do bots have names? whats yours" asks the name once).
 */
function standsAlone(part: Part, message: Message, lexicon: Lexicon): boolean {
  const { view, start, end } = part;
  const questions = lexicon.questions;
  if (end - start < 3 || !isAsked(part, false, lexicon)) return false;
  // "if you don't mind me asking?", "what about you?": the way of asking, with nothing of its own to ask.
  // "what does this bot do and how old is it?": a question about using the bot is no other question.
  if (
    questions.requests.covers(view, start, end) ||
    questions.asksBack.covers(view, start, end) ||
    lexicon.smallTalk.helpRequests.covers(view, start, end)
  )
    return false;
  // Only this part's words count: in "how old are you and what's the weather like?" the age is the other
  // part's.
  if (view.tokens.slice(start, end).some((token) => message.botKeys.has(token.key))) return false;
  return !TOPIC_KINDS.some((topic) => lexicon.topics[topic].occursIn(view, start, end));
}

/**
 * Does the sentence this clause is part of only list the bot's topics, two or more of them ("name, age,
 * hobby please")? Politeness and small talk around them ("please", "all three") say nothing else.
 */
function listsTopics(
  message: Message,
  index: number,
  smallTalk: readonly SmallTalkReading[],
  nameClauses: ReadonlySet<number>,
  lexicon: Lexicon,
): boolean {
  const { first, last } = sentenceAround(message, index);
  const named = new Set<Topic>();
  for (let at = first; at <= last; at++) {
    const view = message.clauses[at] as ClauseView;
    if (nameClauses.has(at)) return false;
    if (smallTalk[at]?.covered) continue;
    for (const part of splitOnConjunctions(view, smallTalk[at]?.contentStart ?? 0, lexicon)) {
      if (!isFragment(part, lexicon)) return false;
      for (const topic of TOPIC_KINDS)
        if (lexicon.topics[topic].occursIn(view, part.start, part.end)) named.add(topic);
    }
  }
  return named.size >= 2;
}

/** Is the clause the last of its sentence, the one its closing mark belongs to? */
function closesSentence(message: Message, index: number): boolean {
  const next = message.clauses[index + 1];
  return next === undefined || next.clause.opensSentence;
}

/** Does the sentence this clause is part of end with a question mark? */
function sentenceAsks(message: Message, index: number): boolean {
  return message.clauses[sentenceAround(message, index).last]?.clause.asked === true;
}

/** The first and last clause of the sentence this clause is part of. */
function sentenceAround(message: Message, index: number): { first: number; last: number } {
  let first = index;
  while (first > 0 && !message.clauses[first]?.clause.opensSentence) first--;
  let last = index;
  while (last + 1 < message.clauses.length && !message.clauses[last + 1]?.clause.opensSentence) last++;
  return { first, last };
}

/** "ok so whats ur": the message stops on a word no sentence ends with; it was sent before it was done. */
export function isCutOff(view: ClauseView, message: Message, lexicon: Lexicon): boolean {
  const last = view.tokens[view.tokens.length - 1];
  return (
    view.index === message.clauses.length - 1 &&
    !view.clause.asked &&
    view.tokens.length > 1 &&
    last !== undefined &&
    unfinishedWords(lexicon).has(last.key)
  );
}

/** The words no sentence ends with, as typed (not their spellings: "yr" is also "year"). */
const unfinishedByLexicon = new WeakMap<Lexicon, ReadonlySet<string>>();
function unfinishedWords(lexicon: Lexicon): ReadonlySet<string> {
  let words = unfinishedByLexicon.get(lexicon);
  if (!words) {
    words = lexicon.questions.unfinished.keys();
    unfinishedByLexicon.set(lexicon, words);
  }
  return words;
}

/** "私は田中です。あなたは？": the person says who they are (even when that renames nobody). */
function introducesSelf(message: Message, lexicon: Lexicon): boolean {
  return message.clauses.some((view) =>
    (['strong', 'weak'] as const).some((kind) =>
      lexicon.nameCues[kind].findAll(view).some((match) => match.slot !== null),
    ),
  );
}

/** compromise reads English: "Tschüss, see you" is no order to see. */
const readsEnglish = (view: ClauseView): boolean => view.languages === null || view.languages.has('en');

/** Where a phrase of `set` starting at `at` ends within the part, or `at`. */
const phraseAt = (set: PhraseSet, part: Part, at: number): number => set.longestAt(part.view, at, part.end);

/** "what's your name and how old are you": one part per question. */
function splitOnConjunctions(view: ClauseView, start: number, lexicon: Lexicon): Part[] {
  const parts: Part[] = [];
  let from = start;
  for (let at = start + 1; at < view.tokens.length; at++) {
    const end = lexicon.questions.conjunctions.longestAt(view, at);
    if (end === at) continue;
    if (at > from) parts.push(trimmed(view, from, at, lexicon));
    from = end;
    at = end - 1;
  }
  if (from < view.tokens.length) parts.push(trimmed(view, from, view.tokens.length, lexicon));
  return parts;
}

/** A part without the fillers and small talk that open it ("oh and how old are you"). */
function trimmed(view: ClauseView, start: number, end: number, lexicon: Lexicon): Part {
  let from = start;
  while (from < end) {
    const next = Math.max(
      lexicon.fillers.longestAt(view, from, end),
      lexicon.address.longestAt(view, from, end),
      ...OPENERS.map((kind) => lexicon.smallTalk[kind].longestAt(view, from, end)),
    );
    if (next === from || next >= end) break;
    from = next;
  }
  return { view, start: from, end, from: start };
}

/** "please", "thanks", "lol": small talk a question mark may follow without asking it ("qué tal?" asks). */
const MARKLESS_KINDS: ReadonlySet<string> = new Set(['thanks', 'acknowledgements']);
const carriesNoQuestion = (talk: SmallTalkReading | undefined): boolean =>
  talk?.covered === true && talk.kinds.every((kind) => MARKLESS_KINDS.has(kind));

/**
 * The clauses a question mark belongs to: the last clause of its sentence with something to say. "Soy
 * Tomás, from Buenos Aires, qué tal?" asks with "qué tal" alone, not "from Buenos Aires"; in "tu peux me
 * répondre en français, s'il te plaît ?" the mark is the request's. An earlier clause of the sentence
 * asks in its own words ("what's your name, and how old are you?").
 */
function questionMarked(message: Message, smallTalk: readonly SmallTalkReading[]): Set<number> {
  const marked = new Set<number>();
  const clauses = message.clauses;
  for (const view of clauses) {
    if (!view.clause.asked) continue;
    let next = view.index + 1;
    while (
      next < clauses.length &&
      !clauses[next]?.clause.opensSentence &&
      carriesNoQuestion(smallTalk[next])
    )
      next++;
    if (next >= clauses.length || clauses[next]?.clause.opensSentence) marked.add(view.index);
  }
  return marked;
}

function isAsked(part: Part, marked: boolean, lexicon: Lexicon, endsSentence = true): boolean {
  const { view, start, end } = part;
  if (marked) return true;
  // "everyone does": one word left after the address, with no question mark, asks nothing.
  if (end - start < 2) return false;
  const questions = lexicon.questions;
  // "¡Qué joven!", "how cool!": a question word opening an exclamation asks nothing, though a request does
  // ("I asked about your AGE!"); nor does "What a delightful thing to find here." without one ("what's a
  // good name for a puppy" asks: "what is").
  // "how old are you, if it's not rude to ask a bot!": the mark is the last clause's, not this one's.
  if (view.clause.exclaimed && endsSentence) return questions.requests.occursIn(view, start, end);
  const contracted = /['’]/.test(view.tokens[start]?.text ?? '');
  if (!contracted && phraseAt(questions.exclamations, part, start) > start) return false;
  // "you got it right first time.": "you" opening a sentence that ends with a full stop states.
  if (view.clause.stated && phraseAt(questions.you, part, start) > start)
    return questions.requests.occursIn(view, start, end);
  // A question word opens the part, perhaps after one word the packs do not know and to the bot ("abeg
  // how old are you"; "petrichor is great" says something). "we're besties now" opens with "we are", not
  // with "were", though both read "were" once the apostrophe is gone.
  const pronounContracted = /^(?:we|they|you|i|he|she|it)['’]/i.test(view.tokens[start]?.text ?? '');
  if (!pronounContracted && phraseAt(questions.interrogatives, part, start) > start) return true;
  const first = view.tokens[start] as Token;
  if (
    end - start > 2 &&
    phraseAt(questions.interrogatives, part, start + 1) > start + 1 &&
    !isKnownWord(first, lexicon, view.languages ?? undefined) &&
    questions.you.occursIn(view, start + 1, end)
  )
    return true;
  return questions.particles.occursIn(view, start, end) || asksByRequest(part, lexicon);
}

/** A request in the part ("tell me", "I'd like to know"), but not one a relative pronoun opens: "a bot
 * that tells me its hobby." describes the bot. */
function asksByRequest(part: Part, lexicon: Lexicon): boolean {
  const { view, start, end } = part;
  if (!lexicon.questions.requests.occursIn(view, start, end)) return false;
  for (let at = start; at < end; at++)
    if (
      phraseAt(lexicon.questions.requests, part, at) > at &&
      !/^(?:that|which|who)$/.test(view.tokens[at - 1]?.key ?? '')
    )
      return true;
  return false;
}

/**
 * Uptalk: a statement that only its question mark asks, and that the packs know for one ("I'm new and
 * someone said I should say hello to you?", "I hope that's okay?"). It asks nothing.
 */
function isUptalk(part: Part, marked: boolean, lexicon: Lexicon): boolean {
  return marked && lexicon.questions.uptalk.occursIn(part.view) && !isAsked(part, false, lexicon);
}

/** Does the next clause, in the same sentence, name one of the bot's topics ("hbu, *hobbies* n stuff?")? */
function spelledOutNext(message: Message, index: number, lexicon: Lexicon): boolean {
  const next = message.clauses[index + 1];
  if (!next || next.clause.opensSentence) return false;
  return mentionedTopic({ view: next, start: 0, end: next.tokens.length, from: 0 }, lexicon) !== null;
}

function isAskBack(part: Part, lexicon: Lexicon): boolean {
  let end = part.end;
  // "what's yours again?": trailing fillers and address words carry nothing.
  while (end - 1 > part.start && isPadding(part, end - 1, lexicon)) end -= 1;
  return lexicon.questions.asksBack.covers(part.view, part.start, end);
}

function isPadding(part: Part, at: number, lexicon: Lexicon): boolean {
  return (
    lexicon.fillers.longestAt(part.view, at) === at + 1 || lexicon.address.longestAt(part.view, at) === at + 1
  );
}

interface Span {
  readonly topic: Topic;
  readonly start: number;
  readonly end: number;
}

/** The bot's topics the part names, in order. */
function botTopics(part: Part, message: Message, lexicon: Lexicon): Topic[] {
  const { view, start, end } = part;
  const idioms: Span[] = [];
  const words: Span[] = [];
  // "is there an IT channel name you know?": the channel's name, not the bot's.
  const someoneElses = (span: Span) =>
    span.topic === 'name' &&
    span.start > start &&
    phraseAt(lexicon.topics.name, part, span.start) > span.start &&
    namesSomethingElse(part, span.start - 1, lexicon);
  const add = (spans: Span[], span: Span) => {
    if (!someoneElses(span)) spans.push(span);
  };
  // Idioms may open with what trimming dropped: "and you are?".
  for (let at = part.from; at < end; at++) {
    for (const topic of TOPIC_KINDS) {
      const idiom = phraseAt(lexicon.botTopics[topic], part, at);
      if (at < start) {
        if (idiom > start) add(idioms, { topic, start, end: idiom });
        continue;
      }
      if (idiom > at) add(idioms, { topic, start: at, end: idiom });
      const word = phraseAt(lexicon.topics[topic], part, at);
      if (word > at) add(words, { topic, start: at, end: word });
    }
  }
  const inIdiom = (from: number, to: number) => idioms.some((span) => span.start <= from && to <= span.end);
  // "what does your name mean", "how old do you have to be to vote": about something else; but not what
  // follows "your" + topic ("confirm your name for my records": "name for" is no "a name for my dog").
  const ownedFrom = Math.min(
    end,
    ...words.filter((span) => saysYourBefore(part, span.start, lexicon)).map((span) => span.start),
  );
  for (let at = start; at < end; at++) {
    const markerEnd = phraseAt(lexicon.questions.otherMarkers, part, at);
    if (markerEnd > at && !inIdiom(at, markerEnd) && at < ownedFrom) return [];
  }
  // "where were you born", "why is your name Quillon", "how do i change the bot's name": about something
  // else, unless an idiom at the start says more ("how many years old are you" over "how many").
  // "is it ok if I ask what your hobby is?": a way of asking at the start ("is it ok if I ask" over "is
  // it") is no question of its own.
  const openedOther = phraseAt(lexicon.questions.otherStarts, part, start);
  const otherStart = phraseAt(lexicon.questions.requests, part, start) > openedOther ? start : openedOther;
  const idiomAtStart = Math.max(
    start,
    ...idioms.filter((span) => span.start === start).map((span) => span.end),
  );
  if (otherStart > start && otherStart >= idiomAtStart) return [];
  if (idioms.length > 0) return ordered(idioms);
  if (words.length === 0) return [];
  // "my manager wants to know your name": a topic the bot plainly owns ("your name") is the bot's, whoever
  // else the part mentions.
  const ownedByBot = words.some((span) => saysYourBefore(part, span.start, lexicon));
  if (!ownedByBot && hasOtherOwner(part, words, lexicon)) return [];
  // "do you know what Sarah does for fun?": the "you" of asking is no owner; the topic's comes after it.
  const asking = phraseAt(lexicon.questions.knowFrames, part, start);
  let addressed = false;
  // "what do bots do for fun?": bots in general, asked of one, are asked about it too.
  for (let at = asking; at < end && !addressed; at++)
    addressed =
      message.botKeys.has(view.tokens[at]?.key ?? '') ||
      /^(?:bots|chatbots)$/.test(view.tokens[at]?.key ?? '') ||
      phraseAt(lexicon.questions.you, part, at) > at;
  return addressed || isFragment(part, lexicon) || pointsAtBot(part, message) ? ordered(words) : [];
}

/** "what does this bot do and how old is *it*?": a pointer in a part after one that addressed the bot. */
function pointsAtBot(part: Part, message: Message): boolean {
  const { view } = part;
  // The bot by name, as "bot" or as "you" ("your dog is cute and how old is it?" is about the dog).
  const botBefore = view.tokens
    .slice(0, part.from)
    .some((token) => message.botKeys.has(token.key) || /^(?:bot|chatbot|you|u)$/.test(token.key));
  if (!botBefore) return false;
  for (let at = part.start; at < part.end; at++)
    if (/^(?:it|its)$/.test(view.tokens[at]?.key ?? '')) return true;
  return false;
}

/** Does a "you" word ("your", "ur", "tu") come right before the topic at `at`, perhaps with a word that
 * describes it between ("your *full* name")? */
function saysYourBefore(part: Part, at: number, lexicon: Lexicon): boolean {
  const described = at - 1 > part.start && isDescribing(part.view.tokens[at - 1] as Token);
  for (let from = Math.max(part.start, at - 3); from < at; from++) {
    const end = phraseAt(lexicon.questions.you, part, from);
    if (end === at || (described && end === at - 1 && end > from)) return true;
  }
  return false;
}

/**
 * "is there an IT *channel* name you know?": an English noun right before "name" says whose name it is
 * ("file name", "team name"), unless it is one of the kinds of name the bot has ("nick name", "bot name").
 */
function namesSomethingElse(part: Part, at: number, lexicon: Lexicon): boolean {
  const token = part.view.tokens[at] as Token;
  if (token.script !== 'latin' || !/^[a-z]+$/.test(token.key)) return false;
  if (lexicon.questions.nameKinds.longestAt(part.view, at) > at) return false;
  if (phraseAt(lexicon.questions.you, part, at) > at) return false;
  // A word of another language ("bot ka name"), whatever compromise makes of it, is no English noun.
  const languages = lexicon.languagesOf([token]);
  if (languages.size > 0 && !languages.has('en')) return false;
  const word = profileWord(token.key);
  return word.known && word.nounReading && !NOT_A_NOUN.some((tag) => word.tags.has(tag));
}

const NOT_A_NOUN = [
  'Adjective',
  'Possessive',
  'Pronoun',
  'Determiner',
  'Value',
  'Preposition',
  'QuestionWord',
  // "did ur creators name you?": after a plural, "name" is a verb (a compound says "file name").
  'Plural',
];

/** An English adjective or ordinal ("full", "real", "first"). */
const isDescribing = (token: Token): boolean =>
  token.script === 'latin' &&
  /^[a-z]+$/.test(token.key) &&
  ['Adjective', 'Ordinal'].some((tag) => profileWord(token.key).tags.has(tag));

/** "5??", "Quillon?!": a clause that says the bot's answer back (its age, its name) in surprise. */
export function echoesAnswer(view: ClauseView, botKeys: ReadonlySet<string>, lexicon: Lexicon): boolean {
  return isEcho({ view, start: 0, end: view.tokens.length, from: 0 }, botKeys, lexicon);
}

/**
 * The bot's answer said back: "5??", "5 mi?", "5 years?", "5 साल?", "Quillon?!" (a number or the bot's
 * name, with question particles, fillers, the words for age, and one word more after it), or its name
 * checked back to it: "your name is Quillon?", "o seu nome é Quillon?", "tu t'appelles Quillon ?" (with
 * "you" and the words for name, and one word more, but not first). A question word or a request opening it
 * asks: "how old is Quillon?", "is your name Quillon?". A number with "you" may be a guess at the age
 * ("ur like 2 years old right?"), so it asks too.
 */
function isEcho(part: Part, botKeys: ReadonlySet<string>, lexicon: Lexicon): boolean {
  const { questions, topics } = lexicon;
  const padding = [questions.particles, lexicon.fillers, lexicon.smallTalk.acknowledgements, topics.age];
  const isNumber = (at: number) => /^\p{N}+$/u.test(part.view.tokens[at]?.key ?? '');
  const isBotName = (at: number) => botKeys.has(part.view.tokens[at]?.key ?? '');
  let number = false;
  let botName = false;
  let toBot = false;
  let otherBefore = false;
  let others = 0;
  // "your name *is* Quillon?": a word that may also open a question ("is", "ist") only before the name.
  let questionWord = false;
  for (let at = part.start; at < part.end; at++) {
    if (isNumber(at) || isBotName(at)) {
      number ||= isNumber(at);
      botName ||= isBotName(at);
      continue;
    }
    if (phraseAt(questions.requests, part, at) > at) return false;
    const asks = phraseAt(questions.interrogatives, part, at) > at;
    if (asks && at === part.start) return false;
    const you = asks ? at : Math.max(phraseAt(questions.you, part, at), phraseAt(topics.name, part, at));
    const next = asks ? at : Math.max(...padding.map((set) => phraseAt(set, part, at)));
    if (you > at || next > at) {
      toBot ||= you > at;
      at = Math.max(you, next) - 1;
    } else if (++others > 1 || at === part.start) return false;
    else {
      questionWord = asks;
      otherBefore = !number && !botName;
    }
  }
  if (!toBot) return (number || botName) && !otherBefore;
  return botName && !number && (!questionWord || isBotName(part.end - 1));
}

function ordered(spans: readonly Span[]): Topic[] {
  return [...new Set([...spans].sort((a, b) => a.start - b.start).map((span) => span.topic))];
}

/**
 * Someone else owns the topic: another party in the part ("your dog's name", "cómo se llama tu perro"),
 * a possessive right before the topic ("the bot's creator's name"), or "my" ("my hobby").
 */
function hasOtherOwner(part: Part, words: readonly Span[], lexicon: Lexicon): boolean {
  const { view, start, end } = part;
  const inTopic = (at: number) => words.some((span) => span.start <= at && at < span.end);
  for (let at = start; at < end; at++) {
    if (!inTopic(at) && phraseAt(lexicon.questions.others, part, at) > at) return true;
  }
  return words.some((span) => {
    const before = view.tokens[span.start - 1];
    if (!before || span.start - 1 < start) return false;
    if (phraseAt(lexicon.questions.self, part, span.start - 1) > span.start - 1) return true;
    // "my *full* name": the person's own, with a word that describes it between.
    const described = span.start - 2 >= start && isDescribing(view.tokens[span.start - 1] as Token);
    if (described && phraseAt(lexicon.questions.self, part, span.start - 2) === span.start - 1) return true;
    return (
      /\p{L}['’]s$/u.test(before.text) &&
      !/^(?:it|that|what|he|she|who|how|there|here|where)['’]s$/i.test(before.text)
    );
  });
}

/** "name?", "ur age", "any fun pastimes?": nothing but a topic, its owner, fillers and little words. */
function isFragment(part: Part, lexicon: Lexicon): boolean {
  const sets = [
    ...TOPIC_KINDS.map((topic) => lexicon.topics[topic]),
    ...TOPIC_KINDS.map((topic) => lexicon.botTopics[topic]),
    lexicon.questions.you,
    lexicon.questions.interrogatives,
    lexicon.fillers,
    lexicon.address,
  ];
  for (let at = part.start; at < part.end; ) {
    // "switched on, not born": a fragment that denies something says it; it asks nothing.
    if (phraseAt(lexicon.refusalParts.negations, part, at) > at) return false;
    let next = isLittleWord(part.view, at) ? at + 1 : at;
    for (const set of sets) next = Math.max(next, phraseAt(set, part, at));
    if (next === at) return false;
    at = next;
  }
  return true;
}

/** "my hobby is chess", "sorry, I'm bad with names": the first topic a part mentions, whoever's it is. */
function mentionedTopic(part: Part, lexicon: Lexicon): Topic | null {
  for (let at = part.start; at < part.end; at++)
    for (const topic of TOPIC_KINDS) if (phraseAt(lexicon.topics[topic], part, at) > at) return topic;
  for (let at = part.start; at < part.end; at++)
    if (/^\d{1,3}$/.test(part.view.tokens[at]?.text ?? '')) return 'age';
  return null;
}

/** Words that name someone or something else, never a little word of a question to the bot. */
const NOT_LITTLE =
  /^(?:i|me|im|my|mine|myself|it|its|this|that|these|those|they|them|their|he|his|him|she|her)$/;

/**
 * English articles, determiners and adjectives: "got *a* name?", "any *fun* pastimes?", "*fav* hobby?".
 * Not "I" or "me", nor "it", "this" or "his": they are someone or something else.
 */
function isLittleWord(view: ClauseView, at: number): boolean {
  const token = view.tokens[at] as Token;
  // "I like your name" says something about the person; "which channel? what's *it* called?" asks about
  // the channel, and "his name?" about him.
  if (token.script !== 'latin' || NOT_LITTLE.test(token.key)) return false;
  return (view.forms[at] ?? []).some((form) => {
    if (!/^[a-z]+$/.test(form)) return false;
    const reading = readEnglishWord(form);
    return reading === 'function' || reading === 'description';
  });
}

/** A word some pack or compromise knows. */
/** Known to the packs (of `languages`, when given: "yaar" is no word of an English message). */
function isKnownWord(token: Token, lexicon: Lexicon, languages?: ReadonlySet<string>): boolean {
  return (
    lexicon.isOrdinaryWord(token, languages) ||
    lexicon.isNeverName(token, 'en') ||
    (/^[a-z]+$/.test(token.key) && isEnglishWord(token.key))
  );
}

/** Does the part say the bot's name ("your name is *Quillon*")? */
function saysBotName(part: Part, botKeys: ReadonlySet<string>): boolean {
  for (let at = part.start; at < part.end; at++)
    if (botKeys.has(part.view.tokens[at]?.key ?? '')) return true;
  return false;
}
