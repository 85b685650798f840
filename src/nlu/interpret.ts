// One message in, one Interpretation out: synchronous and pure once the language packs are loaded. The
// message is read for what the conversation expects (`context`): a name when the bot asked for one, a
// yes or no after "Did you mean...?", questions once the person is greeted.

import type {
  DialogueAct,
  HelpTopic,
  Interpretation,
  NameReading,
  ReadingContext,
} from '../conversation/interpretation';
import {
  type CommandInPassing,
  readClosingCommand,
  readCommand,
  readCommandsInPassing,
  readRestartClause,
  strongestInPassing,
} from './acts/commands';
import { hobbyStemsOf, hobbyWeight, readFollowUp, type Stems, stemsOf } from './acts/follow-ups';
import { isRefusal } from './acts/refusals';
import { readSmallTalk, type SmallTalkReading } from './acts/small-talk';
import { readEnglishWord } from './english/word-knowledge';
import { echoesAnswer, isCutOff, readQuestions } from './intents/questions';
import { type ClauseView, type Message, readMessage } from './message';
import { readName } from './names/read-name';
import { buildLexicon, type EmojiKind, type Lexicon, type QuestionList, type Topic } from './packs/lexicon';
import { loadLanguagePacks } from './packs/load-packs';
import { type SmallTalkKind, TOPIC_KINDS } from './packs/pack';
import type { PhraseSet } from './packs/phrases';
import { cleanSlackText, withoutHtmlTags } from './text/slack-text';
import type { Token } from './text/tokens';

export type Interpreter = (text: string, context: ReadingContext) => Interpretation;

const ACT_OF: Partial<Record<SmallTalkKind, DialogueAct>> = {
  greetings: 'greeting',
  thanks: 'thanks',
  farewells: 'farewell',
  acknowledgements: 'acknowledgement',
  confusion: 'confusion',
  helpRequests: 'help_request',
  refusals: 'refusal',
  compliments: 'acknowledgement',
};

/** The words that say what a question about the bot asks about, checked in this order. */
const HELP_TOPICS: readonly (readonly [HelpTopic, QuestionList])[] = [
  // Before privacy: "will you keep messaging me?" asks whether it writes, not what it keeps.
  ['contact', 'aboutContact'],
  ['counting', 'aboutCounting'],
  ['languages', 'aboutLanguages'],
  ['channels', 'aboutChannels'],
  ['privacy', 'aboutPrivacy'],
  // Before what it is: "who's behind this bot?" names the bot, but asks who runs it.
  ['makers', 'aboutMakers'],
  ['identity', 'aboutIdentity'],
];

/** The things of the help its whole text says too (replies.help); who runs the bot, or contact, it does not. */
const IN_THE_WHOLE_HELP: ReadonlySet<HelpTopic> = new Set([
  'counting',
  'languages',
  'channels',
  'privacy',
  'identity',
]);

/** A question after the bot's answer said back is about it when it is this short ("to dużo jak na bota?"). */
const MAX_ECHO_FOLLOW_UP_WORDS = 6;
/** A question opening with the number the bot gave is about it when it is this short. */
const MAX_NUMBER_FOLLOW_UP_WORDS = 10;

const EMOJI_ACT: Record<Exclude<EmojiKind, 'no'>, DialogueAct> = {
  acknowledgement: 'acknowledgement',
  thanks: 'thanks',
  greeting: 'greeting',
  confusion: 'confusion',
};

/** An interpreter over the given lexicon (by default every pack in src/nlu/languages). */
export function createInterpreter(lexicon: Lexicon = buildLexicon(loadLanguagePacks())): Interpreter {
  return (raw, context) => {
    const text = cleanSlackText(raw);
    const message = readMessage(withoutHtmlTags(text), context.botName, lexicon);
    if (message.emojiOnly) return readEmoji(text, message, context, lexicon);
    // "???", "?!": nothing but question marks is someone wondering what is going on.
    if (message.clauses.length === 0 && text.includes('?'))
      return { text, command: null, name: null, intents: [], acts: ['confusion'], answer: null };
    const smallTalk = message.clauses.map((view) => readSmallTalk(view, lexicon, message.botKeys));
    // "asking that used up a question?? ok fine, never mind. bye": a goodbye at the end wins over status.
    const last = smallTalk.at(-1);
    const saysBye = last?.covered === true && last.kinds.includes('farewells');
    // Help, status or "forget me" said in one sentence: read once, when needed.
    let passingRead: CommandInPassing[] | undefined;
    const inPassingAll = () => {
      passingRead ??= readCommandsInPassing(message, lexicon);
      return passingRead;
    };
    let command = readCommand(message, lexicon) ?? readClosingCommand(message, lexicon);
    // "can we start over? my real name is Kwame": a restart, and the name for the new conversation.
    const restartAt = command === null || command === 'restart' ? readRestartClause(message, lexicon) : null;
    if (restartAt !== null) {
      const named = readName(message, smallTalk, 'name', lexicon);
      if (named?.reading.confident && !named.clauses.has(restartAt))
        return { text, command: 'restart', name: named.reading, intents: [], acts: [], answer: null };
    }
    // "that counted as one of my questions? In that case: forget me": the sentence that asks for something
    // wins over the message that reads as status as a whole.
    if (
      (command === 'status' || command === 'help') &&
      strongestInPassing(inPassingAll())?.command === 'forget'
    )
      command = 'forget';
    // "wait that used up a question?? ok fine. what's your hobby then": help and status change nothing,
    // so a question about the bot in the same message is answered instead (the answer says what is left).
    // "that counted as a question? OK - who runs you?": a question about the bot itself, too, is answered
    // by its line of the help, which says what is left as well.
    const asksHelpTopic = () =>
      message.clauses.some(
        (view) =>
          view.clause.asked &&
          lexicon.questions.aboutBot.occursIn(view) &&
          helpTopicOf(view, lexicon) !== undefined,
      );
    const asksBotToo =
      (command === 'status' || command === 'help') &&
      (readQuestions(message, smallTalk, new Set(), lexicon, new Set()).intents.some((i) => i !== 'other') ||
        (command === 'status' && asksHelpTopic()));
    // Read once, and only when needed: most commands never look for a name.
    let nameRead: ReturnType<typeof readName> | undefined; // undefined: not read yet (null: no name)
    const readNameOnce = () => {
      if (nameRead === undefined)
        nameRead =
          context.expecting === 'nothing' && allSmallTalk(smallTalk)
            ? null
            : readName(message, smallTalk, context.expecting, lexicon);
      return nameRead;
    };
    // "I'm Priya. Quick check first: what counts as a question?": the name the bot asked for comes first.
    const givesNameToo =
      (command === 'status' || command === 'help') &&
      context.expecting === 'name' &&
      readNameOnce()?.reading.confident === true;
    if (command && !(command === 'status' && saysBye) && !asksBotToo && !givesNameToo) {
      // "do greetings count?": help on one thing gets that line of the help, not all of it.
      const topic = command === 'help' ? topicIn(message, lexicon) : undefined;
      if (topic)
        return {
          text,
          command: null,
          name: null,
          intents: [],
          acts: ['help_request'],
          answer: null,
          helpTopic: topic,
        };
      return { text, command, name: null, intents: [], acts: [], answer: null };
    }
    const read = readNameOnce();
    // "Fernweh is so beautiful! tell me more!!": a word the bot has just said is no new name for the person.
    // "call me Helena please" after "Nice to meet you, *Helena Marquardt-Oyelaran*!" still asks for it.
    // After the goodbye too: "Petrichor, I love that word. Thank you so much!" names no one.
    const found =
      read &&
      (context.expecting === 'questions' || context.expecting === 'nothing') &&
      read.kind !== 'preferred' &&
      saidByBot(read.reading.value, context, lexicon)
        ? null
        : read;
    // "wait, I only get 2? how many questions do I have left?": help or status asked in one sentence; that
    // sentence asks nothing else ("you counted me saying your name as a question??" asks no name).
    const inPassing = found || saysBye ? null : strongestInPassing(inPassingAll());
    // "My name is Henrik. Do greetings count against my 3 questions?": the name, and a question about using
    // the bot that asks nothing else.
    const helpWithName =
      found && !saysBye
        ? inPassingAll()
            .filter(({ command, clause }) => command !== 'forget' && !found.clauses.has(clause))
            .map(({ clause }) => clause)
        : [];
    const questions = readQuestions(
      message,
      smallTalk,
      found ? withNameSaidAgain(message, found) : new Set(),
      lexicon,
      new Set(inPassing ? [inPassing.clause] : helpWithName),
    );
    const acts: DialogueAct[] = [];
    const add = (act: DialogueAct) => {
      if (!acts.includes(act)) acts.push(act);
    };
    const drop = (act: DialogueAct) => {
      const at = acts.indexOf(act);
      if (at >= 0) acts.splice(at, 1);
    };
    if (helpWithName.length > 0) add('help_request');
    for (const [index, talk] of smallTalk.entries()) {
      const view = message.clauses[index];
      // "hello???": a greeting asked with emphasis is someone wondering what is going on ("good
      // morning!!" is only cheerful).
      // "how are you doing today??" asks it keenly: a greeting that is a question already is no confusion.
      if (
        talk.covered &&
        view?.clause.emphatic &&
        view.clause.asked &&
        talk.kinds.includes('greetings') &&
        !lexicon.questions.interrogatives.occursIn(view)
      )
        add('confusion');
      // "seriously?", "really??", "that's it?": an acknowledgement or a farewell asked back is someone
      // taken aback.
      // Only the clause that ends the sentence is asked back: "ok, how are you doing today??" is keen.
      const closesSentence = message.clauses[index + 1]?.clause.opensSentence !== false;
      const askedBack =
        talk.covered &&
        view?.clause.asked &&
        closesSentence &&
        talk.kinds.length > 0 &&
        talk.kinds.every((kind) => kind === 'acknowledgements' || kind === 'farewells');
      // "Good day", "good evening": a greeting when it opens a message (or follows a greeting: "hey hey,
      // good evening"), a sign-off when it closes one after something else ("Rather abrupt. Good day.").
      const signsOff =
        index > 0 &&
        index === smallTalk.length - 1 &&
        smallTalk
          .slice(0, index)
          .some((before) => !before.covered || !before.kinds.every((k) => k === 'greetings'));
      let kinds =
        talk.kinds.includes('greetings') && talk.kinds.includes('farewells')
          ? talk.kinds.filter((kind) => kind !== (signsOff ? 'greetings' : 'farewells'))
          : talk.kinds;
      // "Ha, fair enough": laughter in one language, "hä" (huh) in another with its accent left off. One
      // word that is both, said without a question mark, is laughter ("im lost lol" is still lost).
      if (
        view?.tokens.length === 1 &&
        !view.clause.asked &&
        kinds.includes('acknowledgements') &&
        kinds.includes('confusion')
      )
        kinds = kinds.filter((kind) => kind !== 'confusion');
      if (askedBack) add('confusion');
      else
        for (const kind of kinds) {
          const act = ACT_OF[kind];
          if (act) add(act);
        }
      const hasContent = !talk.covered && !questions.asking.has(index) && !found?.clauses.has(index);
      // "ok so whats ur": cut off before it was done, which the person will want to hear.
      if (hasContent && view && isCutOff(view, message, lexicon)) add('confusion');
      // "5??", "Quillon?!": the bot's answer said back in surprise is taken in, like "ok".
      else if (hasContent && view && echoesAnswer(view, message.botKeys, lexicon)) add('acknowledgement');
      else if (hasContent) add(view && isRefusal(view, lexicon) ? 'refusal' : 'statement');
    }
    // "do you speak French?", "can you answer in Spanish?": what a question about the bot asks about.
    let helpTopic: HelpTopic | undefined;
    const topicOf = (view: ClauseView) => helpTopicOf(view, lexicon);
    // "My name is Henrik. Do greetings count against my 3 questions?": the help asked beside the name.
    for (const index of helpWithName) {
      const view = message.clauses[index];
      if (view) helpTopic ??= topicOf(view);
    }
    for (const [index, talk] of smallTalk.entries()) {
      const view = message.clauses[index];
      if (view && talk.kinds.includes('helpRequests')) helpTopic ??= topicOf(view);
      // "why do you need it?": a refusal that asks why is also a question about the bot (what it keeps).
      // Asked with a question word, a question mark is not needed ("why do you need my name").
      if (
        view &&
        (view.clause.asked || lexicon.questions.interrogatives.longestAt(view, 0) > 0) &&
        talk.kinds.includes('refusals') &&
        lexicon.questions.aboutBot.occursIn(view)
      ) {
        add('about_bot');
        helpTopic ??= topicOf(view);
      }
      // "I'm back! Do you remember me?": a greeting that asks whether the bot knows them asks where they
      // stand, which the welcome back answers by name.
      if (
        view?.clause.asked &&
        talk.covered &&
        talk.kinds.includes('greetings') &&
        lexicon.questions.aboutSelf.occursIn(view)
      )
        add('about_self');
    }
    // "are you a bot?", "do you speak Portuguese?": a question about the bot itself, which using it needs.
    const aboutBotClauses = new Set<number>();
    for (const index of questions.asking) {
      const view = message.clauses[index];
      if (
        view &&
        (lexicon.questions.aboutBot.occursIn(view) ||
          guessesWhatBotIs(view, lexicon) ||
          asksWhetherItWrites(view, lexicon))
      ) {
        aboutBotClauses.add(index);
        add('about_bot');
        helpTopic ??= topicOf(view);
      }
      // "do you remember me if I come back next week?" asks what the bot keeps, not what it knows now: the
      // longer reading wins ("do you remember my name?" asks where the person stands).
      if (
        view &&
        lexicon.questions.aboutSelf.occursIn(view) &&
        longestIn(lexicon.questions.aboutBot, view) <= longestIn(lexicon.questions.aboutSelf, view)
      )
        add('about_self');
    }
    // It answers the message, unless the message also asks about the bot; "I'm lost. help" is help, but
    // "help, how do I export a CSV?" asks something else.
    const asksBot = questions.intents.some((intent) => intent !== 'other');
    const overridesOther =
      (inPassing?.command === 'status' && !asksHelpTopic()) || inPassing?.command === 'forget';
    if (inPassing && !asksBot && (overridesOther || questions.intents.length === 0))
      return { text, command: inPassing.command, name: null, intents: [], acts: [], answer: null };
    // "tell me more", "why that age?": more about what the bot said. A topic it names is the question's.
    let intents = questions.intents;
    // "are you a bot? how old are you?": the question about the bot itself gets its line of the help, which
    // counts nothing; only the age is a question that counts.
    if (
      intents.some((intent) => intent !== 'other') &&
      questions.askingOther.size > 0 &&
      [...questions.askingOther].every((index) => aboutBotClauses.has(index))
    )
      intents = intents.filter((intent) => intent !== 'other');
    // "what's the weirdest word you've collected?" asks about the hobby in its own words, before the name
    // or after the goodbye too (there it asks for nothing more: no answer came before it), and beside the
    // name ("Seun. so where do you find these unusual words?").
    // "you collect unusual words but can't name a sourdough starter? tragic. bye" only says goodbye.
    // "wait that's it??" is surprise, asked back, not a goodbye.
    const leaving = smallTalk.some(
      (talk, index) => talk.kinds.includes('farewells') && !message.clauses[index]?.clause.asked,
    );
    if (!leaving && context.expecting !== 'questions' && intents.every((intent) => intent === 'other')) {
      const hobby = hobbyStemsOf(context.botHobby, context.botHobbyWords, lexicon);
      const none = stemsOf(undefined, lexicon);
      const inHobbyWords = message.clauses.some(
        (view) =>
          questions.asking.has(view.index) &&
          readFollowUp(view, lexicon, message.botKeys, hobby, none)?.topic === 'hobby',
      );
      // Asked in the hobby's words, it asks for more than the hobby's name: the favourite find too.
      if (inHobbyWords) {
        intents = ['hobby'];
        add('follow_up');
      }
    }
    // "im Pip! why are you called Quillon?", "call me Bernie. and your favourite word?": more about a
    // topic, asked beside a name.
    const besideName = found !== null && context.expecting === 'name';
    if (context.expecting === 'questions' || besideName) {
      const hobby = hobbyStemsOf(context.botHobby, context.botHobbyWords, lexicon);
      const lastReply = stemsOf(context.lastReply, lexicon);
      for (const view of message.clauses) {
        if (found?.clauses.has(view.index)) continue;
        // "what do you mean?" is confusion, however it ends; "like what?", "for example?", said in nothing but
        // follow-up phrases and fillers, ask for more even though they read as small talk too.
        if (smallTalk[view.index]?.covered && !saysOnlyFollowUp(view, lexicon)) continue;
        // "your name is Quillon?": the answer checked back asks for nothing more.
        if (!questions.asking.has(view.index) && echoesAnswer(view, message.botKeys, lexicon)) continue;
        const followUp = readFollowUp(view, lexicon, message.botKeys, hobby, lastReply);
        if (!followUp) continue;
        add('follow_up');
        // "what a beautiful name! Wherever did it come from?": "it" is what the sentence before named.
        const topic = followUp.topic ?? topicNamedBefore(message, view.index, lexicon, hobby);
        if (topic && intents.every((intent) => intent === 'other')) intents = [topic];
        // "what's your name, and does it mean anything?": more about a topic asked in the same message is
        // no other question beside it. "how old are you, and where does your name come from??": asked
        // in a list, it asks that topic too.
        else if (
          topic &&
          (questions.otherBeside?.has(view.index) ||
            (questions.askingOther.has(view.index) && !intents.includes(topic)))
        )
          intents = [...new Set([...intents.filter((intent) => intent !== 'other'), topic])];
      }
    }
    // "Quillon? betekent die naam iets?", "5 lat? to dużo jak na bota?": the bot's answer said back, then a
    // short question to the bot or on its topics straight after it. Whatever its language, the question is
    // about that answer ("Quillon? what's the weather like?" asks something else).
    if (!found && context.expecting === 'questions' && intents.every((intent) => intent === 'other')) {
      // Said back with a question mark: "ok Quillon. whats ur favourite food?" only addresses the bot.
      const echo = message.clauses.findIndex(
        (view) =>
          view.clause.asked &&
          !questions.asking.has(view.index) &&
          echoesAnswer(view, message.botKeys, lexicon),
      );
      const next = message.clauses[echo + 1];
      if (
        echo >= 0 &&
        next?.clause.opensSentence &&
        questions.asking.has(next.index) &&
        next.tokens.length <= MAX_ECHO_FOLLOW_UP_WORDS &&
        (lexicon.questions.you.occursIn(next) ||
          TOPIC_KINDS.some((topic) => lexicon.topics[topic].occursIn(next)))
      )
        add('follow_up');
      // "5 years since deploy or since first commit?", "5 in bot years or human years?": the number the bot
      // just gave, opening a short question on its topic.
      else if (message.clauses.some((view) => asksAboutNumberGiven(view, context.lastReply, lexicon)))
        add('follow_up');
    }
    // "wait so that's what I asked the first time?? never mind": the question is taken back.
    const lastClause = message.clauses.at(-1);
    const withdrawals = lexicon.questions.withdrawals;
    const withdrawn =
      lastClause !== undefined &&
      (withdrawals.covers(lastClause, 0, lastClause.tokens.length) ||
        (!questions.asking.has(lastClause.index) && withdrawals.occursIn(lastClause)));
    if (withdrawn) {
      intents = [];
      drop('statement');
      add('acknowledgement');
    }
    // "my name? not gonna share that": the person's own topic asked back, then refused, asks nothing.
    if (
      acts.includes('refusal') &&
      intents.length > 0 &&
      intents.every((intent) => intent === 'other') &&
      [...questions.askingOther].every((index) => asksBackOwnTopic(message.clauses[index], lexicon))
    )
      intents = [];
    // "why only name, age and hobby?", "so just name age hobby? thats it?": the topics listed to say they are
    // all the bot knows ask what it can do, which help says; none of them is asked.
    if (intents.length > 0 && asksAboutScope(message, lexicon)) {
      intents = [];
      drop('follow_up');
      add('help_request');
    }
    const nickname = found && found.kind !== 'preferred' ? quotedNickname(text, found.reading.value) : null;
    const name: NameReading | null =
      found?.kind === 'preferred'
        ? { ...found.reading, preferred: true }
        : nickname
          ? { value: nickname, confident: true, preferred: true }
          : (found?.reading ?? null);
    if (
      found &&
      (found.kind !== 'answer' || context.expecting === 'questions' || context.expecting === 'nothing')
    )
      add('name_change');
    // "what does 'small talk never does' mean, what counts as small talk?": every question in it is about
    // that one thing of using the bot, which counts nothing.
    if (
      helpTopic &&
      acts.includes('help_request') &&
      intents.length > 0 &&
      intents.every((intent) => intent === 'other') &&
      [...questions.asking].every((index) => {
        const view = message.clauses[index];
        return view !== undefined && topicOf(view) === helpTopic;
      })
    )
      intents = [];
    const answer = readAnswer(smallTalk);
    let reading: Interpretation = { text, command: null, name, intents, acts, answer };
    // After the goodbye too: "ok bye! oh wait, here's one for your collection: hiraeth".
    const offered =
      context.expecting === 'questions' || context.expecting === 'nothing'
        ? offeredIn(text, message, smallTalk, context, lexicon, () => {
            if (intents.includes('hobby')) return true;
            const hobby = hobbyStemsOf(context.botHobby, context.botHobbyWords, lexicon);
            return message.all.tokens.some((token) => hobby.has(token.key));
          })
        : null;
    // "here's one for your collection: 'defenestration'": the word given to the bot is not the person's name.
    if (offered && name && name.value.toLocaleLowerCase() === offered.toLocaleLowerCase())
      reading = { ...reading, name: null, acts: acts.filter((act) => act !== 'name_change') };
    const asksAboutBot = acts.includes('about_bot') || acts.includes('help_request');
    // "does that mean my conversations with other people too? privacy": the topic in another clause.
    if (acts.includes('about_bot')) helpTopic ??= topicIn(message, lexicon);
    // "what are you exactly, and what do you do with what I type here?": a second thing of the help, asked
    // in a clause of its own.
    // "what can you do? and is this private?": help asked in general beside one thing the whole help says
    // gets all of it. ("what is this. who installed another bot": who runs it is not in the whole help.)
    const generalHelp = smallTalk.some((talk, index) => {
      const view = message.clauses[index];
      return view !== undefined && talk.kinds.includes('helpRequests') && topicOf(view) === undefined;
    });
    if (generalHelp && helpTopic && IN_THE_WHOLE_HELP.has(helpTopic) && acts.includes('help_request'))
      helpTopic = undefined;
    const alsoHelpTopic = helpTopic
      ? message.clauses.map(topicOf).find((topic) => topic !== undefined && topic !== helpTopic)
      : undefined;
    // Only the introduction says so, which comes before the questions.
    const foreign = context.expecting !== 'questions' && readsForeign(message, lexicon, name);
    // "hi! how are you?": a greeting that asks how the bot is gets an answer in kind.
    const asksHowBotIs =
      acts.includes('greeting') && message.clauses.some((view) => lexicon.questions.wellbeing.occursIn(view));
    return {
      ...reading,
      ...(helpTopic && asksAboutBot ? { helpTopic } : {}),
      ...(alsoHelpTopic && asksAboutBot ? { alsoHelpTopic } : {}),
      ...(offered ? { offered } : {}),
      ...(foreign ? { foreign } : {}),
      ...(asksHowBotIs ? { asksHowBotIs } : {}),
    };
  };
}

/**
 * Is the message written in another language, with no English in it? It reads as a sentence in another
 * language (two of its words are), some word is not English ("Mera naam Priya hai"), and none is only
 * English ("hi Ana").
 */
function readsForeign(message: Message, lexicon: Lexicon, name: NameReading | null): boolean {
  // "my name is Ana": a name says nothing of the language it is given in ("ana" is Arabic too).
  const named = new Set(
    name?.value.split(/\s+/).map((word) => lexicon.tokenize(word).clauses[0]?.tokens[0]?.key),
  );
  // A word in another script ("こんにちは") says as much as a sentence.
  const otherScript = message.all.tokens.some(
    (token) => token.script !== 'latin' && token.script !== 'other',
  );
  if (!otherScript && [...message.sentenceLanguages].every((language) => language === 'en')) return false;
  let other = false;
  for (const token of message.all.tokens) {
    if (message.botKeys.has(token.key) || named.has(token.key)) continue;
    const languages = lexicon.languagesOf([token]);
    if (languages.size === 0) continue;
    const english = languages.has('en');
    if (english && languages.size === 1) return false;
    if (!english) other = true;
  }
  return other;
}

/** The most words a phrase of the set covers in the clause (0 when none occurs). */
function longestIn(set: PhraseSet, view: ClauseView): number {
  let longest = 0;
  for (let at = 0; at < view.tokens.length; at++) longest = Math.max(longest, set.longestAt(view, at) - at);
  return longest;
}

/** The one thing of the help a sentence asks about, by its words ("do you speak French?"), if any. */
function helpTopicOf(view: ClauseView, lexicon: Lexicon): HelpTopic | undefined {
  return HELP_TOPICS.find(([, list]) => lexicon.questions[list].occursIn(view))?.[0];
}

/**
 * "a person? a program? an AI?", "¿una persona o un programa?": nothing but guesses at what the bot is, with
 * the little words between them, asks what it is. ("and you?" is no guess: it says "you".)
 */
function guessesWhatBotIs(view: ClauseView, lexicon: Lexicon): boolean {
  const { aboutIdentity, conjunctions, you, interrogatives } = lexicon.questions;
  if (!view.clause.asked || you.occursIn(view) || interrogatives.occursIn(view)) return false;
  let guessed = false;
  for (let at = 0; at < view.tokens.length; ) {
    const kind = aboutIdentity.longestAt(view, at);
    const joined = conjunctions.longestAt(view, at);
    if (kind > at) guessed = true;
    if (kind > at || joined > at) {
      at = Math.max(kind, joined);
      continue;
    }
    // An article ("a", "un", "eine") is a short word.
    if ((view.tokens[at]?.key.length ?? 0) > MAX_ARTICLE_LETTERS) return false;
    at += 1;
  }
  return guessed;
}

const MAX_ARTICLE_LETTERS = 4;

/** "my name?", "my age??": a clause of a word or two that names the person's own topic, asked back. */
function asksBackOwnTopic(view: ClauseView | undefined, lexicon: Lexicon): boolean {
  return (
    view !== undefined &&
    view.tokens.length <= MAX_ASKED_BACK_WORDS &&
    lexicon.questions.self.occursIn(view) &&
    TOPIC_KINDS.some((topic) => lexicon.topics[topic].occursIn(view))
  );
}

const MAX_ASKED_BACK_WORDS = 2;

/**
 * "will you leave me alone or are you going to spam me too?", "do you send messages on your own?": asked of
 * the bot, the words of writing first ask whether it ever does (it never does).
 */
function asksWhetherItWrites(view: ClauseView, lexicon: Lexicon): boolean {
  return lexicon.questions.aboutContact.occursIn(view) && lexicon.questions.you.occursIn(view);
}

/**
 * Does the message list two or more of the bot's topics only to say they are all it knows? The words of
 * a limit ("why only", "that's it") are in the clause of the list or the one right after it, and the list
 * itself asks nothing else ("what's your name and age? is that all?" asks both).
 */
function asksAboutScope(message: Message, lexicon: Lexicon): boolean {
  const { limits, interrogatives } = lexicon.questions;
  const sentences: ClauseView[][] = [];
  for (const view of message.clauses)
    if (view.clause.opensSentence || sentences.length === 0) sentences.push([view]);
    else sentences.at(-1)?.push(view);
  return sentences.some((sentence, index) => {
    const topics = TOPIC_KINDS.filter((topic) =>
      sentence.some((view) => lexicon.topics[topic].occursIn(view)),
    );
    if (topics.length < 2) return false;
    if (sentence.some((view) => limits.occursIn(view))) return true;
    const next = sentences[index + 1];
    return (
      next?.some((view) => limits.occursIn(view)) === true &&
      !sentence.some((view) => interrogatives.occursIn(view))
    );
  });
}

/** The one thing of the help a message asks about, by its words, if any. */
function topicIn(message: Message, lexicon: Lexicon): HelpTopic | undefined {
  for (const view of message.clauses) {
    const topic = helpTopicOf(view, lexicon);
    if (topic) return topic;
  }
  return undefined;
}

function allSmallTalk(smallTalk: readonly SmallTalkReading[]): boolean {
  return smallTalk.every((talk) => talk.covered);
}

/** A clear yes or no opening the message ("yes please", "nope, it's Anna"). */
function readAnswer(smallTalk: readonly SmallTalkReading[]): 'yes' | 'no' | null {
  const first = smallTalk[0];
  if (!first) return null;
  const yes = first.kinds.includes('yes');
  const no = first.kinds.includes('no');
  if (yes === no) return null;
  return yes ? 'yes' : 'no';
}

/** A message of emoji alone: 👍 acknowledges, 🙏 thanks, 👋 greets (or, after a goodbye, waves back). */
function readEmoji(
  text: string,
  message: Message,
  context: ReadingContext,
  lexicon: Lexicon,
): Interpretation {
  const kindOf = (symbol: string): EmojiKind => {
    const base = symbol.replace(/[\uFE0F\u{1F3FB}-\u{1F3FF}]/gu, '');
    return lexicon.emoji.get(base) ?? lexicon.emoji.get(symbol) ?? 'acknowledgement';
  };
  const kinds = new Set(message.emoji.map(kindOf));
  const acts: DialogueAct[] = [];
  let answer: 'yes' | 'no' | null = null;
  for (const kind of kinds) {
    if (kind === 'no') answer = 'no';
    else if (kind === 'greeting' && context.expecting === 'nothing') acts.push('farewell');
    else acts.push(EMOJI_ACT[kind]);
  }
  return { text, command: null, name: null, intents: [], acts, answer };
}

/** "like what?", "tipo o quê?": the clause is follow-up phrases (and fillers) from start to end. */
function saysOnlyFollowUp(view: ClauseView, lexicon: Lexicon): boolean {
  let asks = false;
  for (let at = 0; at < view.tokens.length; ) {
    const more = lexicon.questions.followUps.longestAt(view, at);
    const filler = lexicon.fillers.longestAt(view, at);
    if (more === at && filler === at) return false;
    asks ||= more > at;
    at = Math.max(more, filler);
  }
  return asks;
}

/**
 * One to three words in quotes ('Kummerspeck', "sobremesa", *hygge*, «saudade», „Fernweh“), or one word
 * after a colon that ends its sentence ("here's one from Hindi: jugaad.").
 */
const QUOTED =
  /(?:^|[\s(])(?:'([^'\n]+)'|"([^"\n]+)"|\*([^*\n]+)\*|_([^_\n]+)_|[“”„]([^“”\n]+)[“”]|‘([^’\n]+)’|«\s?([^»\n]+?)\s?»)|:\s+(\p{L}[\p{L}\p{M}'’-]*)(?=\s*(?:[.!?;,]|$))/gu;
const OFFERABLE = /^\p{L}[\p{L}\p{M}'’-]*(?: [\p{L}\p{M}'’-]+){0,2}$/u;

/**
 * "Kennst du das Wort 'Kummerspeck'?", "my fav word is 'discombobulated'": a word the person offers, in
 * quotes, that the bot did not just say and that is not the bot's name.
 */
function offeredIn(
  text: string,
  message: Message,
  smallTalk: readonly SmallTalkReading[],
  context: ReadingContext,
  lexicon: Lexicon,
  aboutHobby: () => boolean,
): string | null {
  // Unquoted, only a word English does not know is offered ("give me one word please" offers nothing).
  // One look with a pattern compiled once: matchAll would copy (and compile) it for every message.
  const named = namedWordPattern(context.botHobbyWords).exec(text);
  const candidates: { readonly word: string; readonly saidToOffer: boolean }[] = [];
  // "here's one for you: hygge", "Spanish has one English lacks: sobremesa. Want it?": a word offered in so
  // many words is a word for the collection, whatever else the message is about.
  const inWords = wordOfferedIn(message, smallTalk, lexicon);
  if (inWords !== null) candidates.push({ word: inWords, saidToOffer: true });
  const groups = [...text.matchAll(QUOTED)];
  // "quel est ton mot préféré ?": a word that asks for more ("favourite", said after the noun) is no gift.
  if (
    named &&
    readEnglishWord((named[1] ?? '').toLowerCase()) === 'unknown' &&
    !asksForMore(named[1], lexicon)
  )
    groups.push(named);
  for (const match of groups) {
    const word = match.slice(1).find((group) => group !== undefined) ?? '';
    candidates.push({ word: word.trim(), saidToOffer: false });
  }
  for (const { word, saidToOffer } of candidates) {
    if (!OFFERABLE.test(word)) continue;
    if (word.toLocaleLowerCase() === context.botName.toLocaleLowerCase()) continue;
    // "lol 'ask a colleague' for a joke": the bot's own words quoted back at it are no gift.
    if (saidByBot(word, context, lexicon) || quotesLastReply(word, context.lastReply)) continue;
    // "Anyway: name, age and hobby": the bot's own topics, listed, are no word for its collection. (A word
    // offered in so many words is one English does not know, which no English topic word is; "àsìkò",
    // Yoruba for "time", is a word of the Yoruba hobby phrases and still a gift.)
    const tokens = lexicon.tokenize(word).clauses.flatMap((clause) => clause.tokens);
    const only = tokens.length === 1 ? tokens[0]?.key : undefined;
    const topicWord =
      only !== undefined && TOPIC_KINDS.some((topic) => lexicon.topics[topic].keys().has(only));
    if (topicWord && !saidToOffer) continue;
    // "a word for your collection: shitbag": an insult or a swear word is not thanked for.
    if (tokens.some((token) => lexicon.isRude(token))) continue;
    return saidToOffer || aboutHobby() ? word : null;
  }
  return null;
}

/**
 * The word a clause with an offer ("here's one for you", "want it?", "add … to your collection") gives: a
 * word English does not know, alone after the offer, just before it, or in the clause before or after.
 */
function wordOfferedIn(
  message: Message,
  smallTalk: readonly SmallTalkReading[],
  lexicon: Lexicon,
): string | null {
  const offers = lexicon.questions.offers;
  for (const view of message.clauses) {
    if (!offers.occursIn(view)) continue;
    // Where the offer phrases start and end: "add rizz to ur collection" offers the word just before one.
    let start = view.tokens.length;
    let end = 0;
    for (let at = 0; at < view.tokens.length; at++) {
      const phraseEnd = offers.longestAt(view, at);
      if (phraseEnd > at) start = Math.min(start, at);
      end = Math.max(end, phraseEnd);
    }
    const rest = view.tokens.slice(end);
    const before = view.tokens.slice(start - 1, start);
    // A clause of small talk next to it is no word: "… for your collection anyway. さようなら".
    const wordsOf = (next: ClauseView | undefined) =>
      next && !smallTalk[next.index]?.covered ? next.tokens : undefined;
    const around = [
      rest,
      before,
      wordsOf(message.clauses[view.index + 1]),
      wordsOf(message.clauses[view.index - 1]),
    ];
    for (const tokens of around) {
      const only = tokens?.length === 1 ? tokens[0] : undefined;
      if (only && isTeachable(only, lexicon)) return only.text;
    }
  }
  return null;
}

/** Is `word` one of the words of a follow-up ("préféré", "favorito")? */
function asksForMore(word: string | undefined, lexicon: Lexicon): boolean {
  const keys = lexicon.questions.followUps.keys();
  return lexicon
    .tokenize(word ?? '')
    .clauses.some((clause) => clause.tokens.some((token) => keys.has(token.key)));
}

/**
 * A word someone could be teaching: one English does not know ("how about Tuesday?" offers nothing; "how
 * about àsìkò?", Yoruba in English, and "sonder" do). The offers are said in English.
 */
function isTeachable(token: Token, lexicon: Lexicon): boolean {
  if (!OFFERABLE.test(token.text) || token.text.length < 3) return false;
  return readEnglishWord(token.key) === 'unknown' && !lexicon.languagesOf([token]).has('en');
}

/**
 * "you know the word saudade?", "kennst du das Wort Fernweh?": one word after a word the persona names for
 * its hobby ("word", "Wort"), ending the sentence, is offered too, and so is "the Japanese word 木漏れ日
 * (komorebi)?", its reading in brackets. One pattern per persona.
 */
function namedWordPattern(hobbyWords: readonly string[] | undefined): RegExp {
  const words = hobbyWords ?? NO_WORDS;
  let pattern = namedWordPatterns.get(words);
  if (!pattern) {
    const alternatives = words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
    pattern = alternatives
      ? new RegExp(
          `(?:^|\\s)(?:${alternatives})\\s+(\\p{L}[\\p{L}\\p{M}'’-]*)(?=\\s*(?:\\([^)\\n]*\\))?\\s*(?:[.!?;,]|$))`,
          'iu',
        )
      : /$^/u;
    namedWordPatterns.set(words, pattern);
  }
  return pattern;
}

const namedWordPatterns = new WeakMap<readonly string[], RegExp>();
const NO_WORDS: readonly string[] = [];

/** The last of the bot's topics a clause before this one names, for a pointer ("it") to stand for. */
function topicNamedBefore(message: Message, index: number, lexicon: Lexicon, hobby: Stems): Topic | null {
  const pointsBack = lexicon.questions.pointers.occursIn(message.clauses[index] as ClauseView);
  for (let before = index - 1; pointsBack && before >= 0; before--) {
    const view = message.clauses[before] as ClauseView;
    const topic = TOPIC_KINDS.find((kind) => lexicon.topics[kind].occursIn(view));
    if (topic) return topic;
    // "collecting words is fun. what's the strangest one you have?": the hobby in its own words, said
    // as surely as a follow-up ties it (two of its words, or one the persona names for it).
    if (view.tokens.reduce((sum, token) => sum + hobbyWeight(token.key, hobby), 0) >= 2) return 'hobby';
  }
  return null;
}

/** A question opening with a number of the bot's last reply, about one of its topics, and short. */
function asksAboutNumberGiven(view: ClauseView, lastReply: string | undefined, lexicon: Lexicon): boolean {
  const first = view.tokens[0]?.key ?? '';
  if (!view.clause.asked || !/^\d+$/.test(first) || view.tokens.length > MAX_NUMBER_FOLLOW_UP_WORDS)
    return false;
  if (!quotesLastReply(first, lastReply)) return false;
  // "5 years since…" says back the answer's own words ("I'm 5 years old").
  const saidBack = view.tokens[1] && quotesLastReply(`${first} ${view.tokens[1].lower}`, lastReply);
  return saidBack || TOPIC_KINDS.some((topic) => lexicon.topics[topic].occursIn(view));
}

/**
 * "Guadalupe 'Lupita' Hernández", "Robert “Bob” Smith": a word of the name in quotes, after its first, is
 * what the person goes by.
 */
function quotedNickname(text: string, name: string): string | null {
  const words = name.split(/\s+/).slice(1);
  for (const match of text.matchAll(QUOTED_WORD)) {
    const word = match[1] ?? '';
    if (words.some((part) => part.toLocaleLowerCase() === word.toLocaleLowerCase())) return word;
  }
  return null;
}

const QUOTED_WORD = /(?<=^|\s)["'“‘«]([\p{L}\p{M}-]+)["'”’»](?=\s|$)/gu;

/** Do these words stand, in this order, in the bot's last reply? */
function quotesLastReply(quoted: string, lastReply: string | undefined): boolean {
  const words = quoted.toLocaleLowerCase().split(/\s+/);
  const reply = lastReply?.toLocaleLowerCase().split(/[^\p{L}\p{M}\p{N}'’-]+/u) ?? [];
  return reply.some((_, at) => words.every((word, offset) => reply[at + offset] === word));
}

/**
 * The clauses that give the name, and any other that says it again without asking ("sab mujhe Pinky
 * bolte hai, toh Pinky hi bolo please": "so just say Pinky, please" asks nothing more).
 */
function withNameSaidAgain(
  message: Message,
  found: { clauses: ReadonlySet<number>; reading: NameReading },
): ReadonlySet<number> {
  const nameKeys = found.reading.value.toLocaleLowerCase().split(/\s+/);
  const again = message.clauses.filter(
    (view) =>
      !view.clause.asked &&
      !found.clauses.has(view.index) &&
      nameKeys.every((key) => view.tokens.some((token) => token.lower === key)),
  );
  if (again.length === 0) return found.clauses;
  return new Set([...found.clauses, ...again.map((view) => view.index)]);
}

/**
 * Is every word of the name one the bot's last reply used ("*Fernweh*: a longing for places…")? Written
 * with other accents, it is a correction of what the bot said ("Siobhán" after "You're *Siobhan*").
 */
function saidByBot(name: string, context: ReadingContext, lexicon: Lexicon): boolean {
  const replyWords = stemsOf(context.lastReply, lexicon);
  const nameWords = lexicon.tokenize(name).clauses.flatMap((clause) => clause.tokens);
  if (nameWords.length === 0 || !nameWords.every((token) => replyWords.has(token.key))) return false;
  const reply = context.lastReply?.toLocaleLowerCase() ?? '';
  return nameWords.every((token) => token.key === token.lower || reply.includes(token.lower));
}
