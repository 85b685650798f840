// Every sentence the bot says, in one place. Replies are Slack mrkdwn: anything that came from a person or
// from the persona file goes through `escapeText`/`formatName`, so it cannot ping, link or restyle.
//
// Small talk gets more than one wording: a function returns its variants and the engine picks one that
// was not in the bot's previous reply, so the bot never says the same sentence twice in a row.

import type { HelpTopic, Intent } from './interpretation';
import type { Persona } from './persona';

/** The wordings of one reply part; the engine picks one. */
export type Variants = readonly string[];

/** Escapes Slack's three control characters, so `<!channel>` is shown, never acted on. */
export function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A person's name in bold: escaped, and without mrkdwn characters that would break out of the bold. */
export function formatName(name: string): string {
  const plain = escapeText(name.replace(/[*_~`]/g, '').trim());
  return plain === '' ? 'friend' : `*${plain}*`;
}

const plural = (n: number, one: string, many: string): string => (n === 1 ? `1 ${one}` : `${n} ${many}`);
const questions = (n: number): string => plural(n, 'question', 'questions');
const TOPICS = 'my name, my age or my hobby';
const comma = (name: string | null): string => (name === null ? '' : `, ${formatName(name)}`);

// --- who the bot is ---

/** The first reply to someone new: who the bot is, what it can talk about, that help exists. */
export function introduce(
  persona: Persona,
  maxQuestions: number,
  foreign = false,
  nameAnswered = false,
): string {
  // Someone writing in another language hears at once that the answers come in English.
  const english = foreign ? ' I understand many languages, but I answer in English.' : '';
  // "im dan. whats ur name": the answer that follows gives the name; said twice, it reads like a glitch.
  const who = nameAnswered ? "I'm a small chat bot." : `I'm ${formatName(persona.name)}, a small chat bot.`;
  return `${who}${english} You can ask me up to ${questions(maxQuestions)}: ${TOPICS}. Say *help* any time.`;
}

export function askName(): Variants {
  return ["What's your name?", 'What should I call you?', 'What name should I use for you?'];
}

export function hello(persona: Persona, maxQuestions: number, foreign = false, askedHow = false): string {
  // "hello! how are you?" is answered before the introduction.
  const well = askedHow ? " I'm doing well, thanks for asking." : '';
  return `Hi!${well} ${introduce(persona, maxQuestions, foreign)}`;
}

/** How long what a person said is kept, in words: "30 days", "1 day", "12 hours". */
export function keptFor(retentionMs: number): string {
  const days = Math.round(retentionMs / 86_400_000);
  if (days >= 1) return days === 1 ? '1 day' : `${days} days`;
  const hours = Math.max(1, Math.round(retentionMs / 3_600_000));
  return hours === 1 ? '1 hour' : `${hours} hours`;
}

export function help(persona: Persona, maxQuestions: number, retentionMs: number): string {
  const elsewhere = persona.elsewhere ? `\n${escapeText(persona.elsewhere)}` : '';
  // One short line per thing people ask about, so the one they need is easy to find.
  return (
    `I'm ${formatName(persona.name)}, a small chat bot: ask me up to ${questions(maxQuestions)} about ${TOPICS}.\n` +
    '• Any other question gets a standard answer and counts too; small talk never does.\n' +
    "• I'm no AI model: my answers are written in advance.\n" +
    '• I read many languages but answer in English, and I only chat in direct messages, not in channels.\n' +
    `• ${whatIKeep(retentionMs)}.\n` +
    '• Say *restart* to begin again, *stop*, *status* or *forget me* (deletes everything I keep about you) any time.' +
    elsewhere
  );
}

/**
 * A question about one thing the help says ("do you speak French?", "who can see this?"): that line
 * alone, in two wordings, and where the rest is. Eight lines for a one-line question bury the answer.
 */
export function helpOn(topic: HelpTopic, persona: Persona, retentionMs: number): Variants {
  return helpOnTopics([topic], persona, retentionMs);
}

/**
 * "what are you, and what do you do with what I type?": each thing of the help asked, in the order asked,
 * with the pointer to the rest of the help said once, at the end.
 */
export function helpOnTopics(topics: readonly HelpTopic[], persona: Persona, retentionMs: number): Variants {
  const pointers = ['Say *help* for the rest.', 'The rest is under *help*.'];
  const lines = topics.map((topic, index) =>
    lineOn(topic, persona, retentionMs, index === topics.length - 1 ? pointers : ['', '']),
  );
  return pointers.map((_, variant) =>
    lines
      .map((line) => line[variant]?.trim())
      .filter(Boolean)
      .join(' '),
  );
}

/** One thing of the help, in two wordings, each ending with its pointer (if any) to the rest. */
function lineOn(
  topic: HelpTopic,
  persona: Persona,
  retentionMs: number,
  [rest, restAgain]: readonly string[],
): Variants {
  // The two wordings share no sentence, so asking twice in a row never hears the same one.
  switch (topic) {
    case 'counting':
      return [
        `Only questions use one up, even ones I can't answer; hi, thanks, ok, bye and changing your name never do. ${rest}`,
        `Any question or request counts, whatever it asks. Small talk (hello, thanks, ok, bye) and a new name don't. ${restAgain}`,
      ];
    case 'languages':
      return [
        `I read many languages, but I answer in English only. ${rest}`,
        `I understand many languages, though my answers are in English. ${restAgain}`,
      ];
    case 'channels':
      return [
        `I only chat in direct messages, not in channels, and I only see what you send me here. ${rest}`,
        `Direct messages only: I don't join channels, and I never see your other chats. ${restAgain}`,
      ];
    case 'privacy':
      return [
        `I only see what you send me here. ${whatIKeep(retentionMs)}. Say *forget me* to delete them.`,
        `Only what you write to me here reaches me. Your name and our chats stay for ${keptFor(retentionMs)}, seen only by the people who run me and used to train nothing; say *forget me* to delete them.`,
      ];
    case 'identity': {
      // "is this the IT bot?": someone who asks what the bot is may be looking for something else (said in
      // one wording only, so the two still share no sentence). Both say what it is for ("what's the point
      // of you?").
      const elsewhere = persona.elsewhere ? ` ${escapeText(persona.elsewhere)}` : '';
      return [
        `I'm ${formatName(persona.name)}, a small bot and no AI model: I can tell you ${TOPICS}, with answers written in advance.${elsewhere} ${rest}`,
        `Just a small bot, ${formatName(persona.name)}, with answers written in advance, no AI model: ask me about ${TOPICS}. ${restAgain}`,
      ];
    }
    case 'contact':
      // "are you going to keep DMing me?": the bot only ever answers, which is what the person needs to hear.
      return [
        `I never write first: I only answer your messages, and *stop* ends our chat. ${rest}`,
        `I only reply when you message me; I never start a chat on my own. ${restAgain}`,
      ];
    case 'makers':
      // "who runs you?": the people who installed the bot in this workspace, whoever they are here.
      return [
        `Your workspace's admins installed me and run me: I'm a small open-source Slack app with answers written in advance. ${rest}`,
        `I'm a small open-source app, added to this Slack by the people who look after it; they are the only ones who can see what I keep. ${restAgain}`,
      ];
  }
}

/** The help's line on what the bot keeps, which the one-line answer about privacy says too. */
function whatIKeep(retentionMs: number): string {
  return `I keep your name and our chats for ${keptFor(retentionMs)}, where only the people who run me can see them, and no AI is trained on them`;
}

/** Help asked again straight after: the same facts, said shorter and differently. */
export function helpAgain(persona: Persona, maxQuestions: number, retentionMs: number): string {
  return (
    `In short: I'm a bot, ${formatName(persona.name)}, with answers written in advance, and I can only ` +
    `tell you ${TOPICS} (${questions(maxQuestions)} per conversation). I answer in English, I keep your ` +
    'name and our chats ' +
    `for ${keptFor(retentionMs)}, and *forget me* deletes them; *stop* ends our chat.`
  );
}

// --- the name ---

export function reaskName(misses: number): Variants {
  return misses <= 1
    ? [
        "Sorry, I didn't catch your name. What should I call you?",
        "I didn't catch a name there. What's your name?",
      ]
    : [
        'I still need a name to call you by. Just your name is fine, for example *Ana*, or say *skip*.',
        'Just your name will do, for example *Ana*. Or say *skip* and we can go on without one.',
      ];
}

export function confirmName(candidate: string): Variants {
  return [
    `Did you mean ${formatName(candidate)}? (yes / no)`,
    `Should I call you ${formatName(candidate)}? (yes / no)`,
  ];
}

export function askNameAgain(): Variants {
  return ['Sorry about that! What should I call you?', 'My mistake! What is your name, then?'];
}

export function greet(
  name: string | null,
  persona: Persona,
  maxQuestions: number,
  firstTime: boolean,
  /** More follows in the same reply (answers, help, a goodbye), which says where the person stands. */
  moreFollows = false,
  /** The message was in another language: the introduction says the answers are in English. */
  foreign = false,
  /** The bot's name is answered right after, so the introduction need not say it. */
  nameAnswered = false,
): string {
  // The introduction already said how many questions there are: no need to say it the same way twice.
  const intro = firstTime
    ? ` ${introduce(persona, maxQuestions, foreign, nameAnswered)}`
    : moreFollows
      ? ''
      : ` What would you like to know: ${TOPICS}? You have ${questions(maxQuestions)}.`;
  return name === null
    ? `No problem, we can skip names.${intro}`
    : `Nice to meet you, ${formatName(name)}!${intro}`;
}

export function welcomeBack(name: string | null): Variants {
  return name === null
    ? ['Welcome back! 👋', 'Good to see you again! 👋']
    : [`Welcome back, ${formatName(name)}! 👋`, `Good to see you again, ${formatName(name)}! 👋`];
}

/** "have we met?", "do you remember me?" from someone the bot knows: yes, by name. */
export function remembered(name: string | null): Variants {
  return name === null
    ? ["Yes, we've talked before! 👋", "I remember you: we've talked before! 👋"]
    : [
        `Yes, I remember you, ${formatName(name)}! 👋`,
        `Of course, ${formatName(name)}: we've talked before! 👋`,
      ];
}

/**
 * A new conversation right after the last one ended. It says only that a new chat began: the message that
 * opened it may be a question, a greeting or a complaint ("that wasn't a question!").
 */
export function goingOn(name: string | null): Variants {
  return name === null
    ? ['New chat!', "Here's a fresh chat!"]
    : [`New chat, ${formatName(name)}!`, `Here's a fresh chat, ${formatName(name)}!`];
}

export function renamed(name: string): Variants {
  return [`Sure, I'll call you ${formatName(name)} from now on.`, `Got it, ${formatName(name)} it is!`];
}

/** "do you know the word 'Kummerspeck'?": the persona's thanks, with what was offered in bold. */
export function thanksForOffer(persona: Persona, offered: string): Variants {
  const offer = escapeText(offered.replace(/[*_~`]/g, '').trim());
  return (persona.thanksForOffer ?? []).map((line) => escapeText(line).replaceAll('{offer}', offer));
}

// --- questions ---

export function answer(intent: Intent, persona: Persona): string {
  switch (intent) {
    case 'name':
      return `My name is ${formatName(persona.name)}.`;
    case 'age':
      return `I'm ${plural(persona.age, 'year', 'years')} old.`;
    case 'hobby':
      return `My hobby is ${escapeText(persona.hobby)}.`;
    case 'other':
      return persona.elsewhere
        ? `${escapeText(persona.defaultAnswer)} ${escapeText(persona.elsewhere)}`
        : escapeText(persona.defaultAnswer);
  }
}

/**
 * A topic asked about again, or "tell me more": the persona's next line about it (`toldBefore` is how
 * often the topic was answered in this conversation), then its answer again once those run out.
 */
export function more(intent: Exclude<Intent, 'other'>, persona: Persona, toldBefore: number): string {
  const line = persona.more?.[intent]?.[toldBefore - 1];
  if (line !== undefined) return escapeText(line);
  const again = answer(intent, persona); // "My name is…", "I'm 5…": "I" keeps its capital
  return `As I said, ${again.startsWith('I') ? again : again.charAt(0).toLowerCase() + again.slice(1)}`;
}

/** A question asked before the person has given a name: answered, then back to the name. */
export function answerInPassing(intent: Intent, persona: Persona): string {
  return intent === 'name' ? `I'm ${formatName(persona.name)}!` : answer(intent, persona);
}

/** Where the person stands: how many questions are left. */
export function questionsLeft(left: number): Variants {
  return [
    `You have ${questions(left)} left.`,
    left === 1 ? 'One more question to go.' : `${left} questions to go.`,
    `You can still ask me ${questions(left)}.`,
  ];
}

/** Where the person stands, with what they can ask. */
export function whatToAsk(left: number): Variants {
  return [
    `You have ${questions(left)} left: ${TOPICS}.`,
    `Ask me about ${TOPICS}; ${left === 1 ? 'one question' : `${left} questions`} to go.`,
    `You can still ask me ${questions(left)} about ${TOPICS}.`,
  ];
}

const signOff = (name: string | null): string =>
  name === null ? 'Goodbye! 👋' : `Goodbye, ${formatName(name)}! 👋`;

export function goodbyeAfterLastQuestion(name: string | null, unanswered: number): string {
  const rest = unanswered > 0 ? ', so I have to leave the rest unanswered' : '';
  return `That was your last question${rest}. ${signOff(name)} Message me any time to start again.`;
}

// --- small talk ---

export function greetingBack(name: string | null): Variants {
  return [`Hi again${comma(name)}! 👋`, `Hello${comma(name)}! 👋`, `Hey${comma(name)}!`];
}

/** "how are you?": the bot is well, and says so briefly. */
export function doingWell(name: string | null): Variants {
  return [
    `I'm doing well, thanks for asking${comma(name)}!`,
    `All good here, thanks${comma(name)}! 😊`,
    `Very well, thank you${comma(name)}!`,
  ];
}

export function welcome(): Variants {
  // Nothing that claims it helped: "thanks anyway" thanks a bot that could not.
  return ["You're welcome!", 'No problem!', 'Any time!'];
}

export function acknowledge(): Variants {
  // No grin: "useless. never mind" is an acknowledgement too, and a smile back reads as mockery (round 62).
  return ['👍', 'Alright!', 'Okay.'];
}

export function explain(persona: Persona): Variants {
  return [
    `Sorry for the confusion! I'm ${formatName(persona.name)}, a small chat bot: I can tell you ${TOPICS}, and only questions count.`,
    `Let me explain: I'm a small bot, and all I know about is ${TOPICS}. Only questions use one up.`,
  ];
}

/** "tell me more" before the bot has answered anything: there is nothing to say more about yet. */
export function nothingToFollow(persona: Persona): Variants {
  return [
    `I haven't told you anything yet! I'm ${formatName(persona.name)}, a small chat bot: ask me about ${TOPICS}.`,
    `Nothing to go on yet: ask me about ${TOPICS} first.`,
  ];
}

export function explainNameStep(): Variants {
  return [
    "Sorry, let me explain: I'm a small bot, and I'd like to know what to call you.",
    "No worries! I'd just like to know what to call you before your questions.",
  ];
}

export function noted(): Variants {
  return ['Noted!', 'Good to know!', 'I see!'];
}

/** A statement while the person asks questions ("sorry kid was crying"): heard, and no question used. */
export function onlyTopics(): Variants {
  return [
    `I hear you. Whenever you like, ask me about ${TOPICS}.`,
    `Got it. I'm a small bot, so what I can talk about is ${TOPICS}.`,
  ];
}

export function farewell(name: string | null): string {
  return `${signOff(name)} Message me any time to chat again.`;
}

/** Small talk after the goodbye: a short reply, and the conversation stays closed. */
export function afterGoodbye(
  kind: 'thanks' | 'farewell' | 'acknowledgement' | 'confusion' | 'surprisedFarewell',
): Variants {
  switch (kind) {
    case 'surprisedFarewell':
      return [
        'Yes, that was all 3 questions for this chat. Bye! 👋 Say hi any time to start a new one.',
        'That was the third question, so our chat ended there. See you! 👋',
      ];
    case 'thanks':
      return ["You're welcome! 😊", 'Any time! 😊', 'No problem! 😊'];
    case 'farewell':
      return ['Bye! 👋', 'See you! 👋', 'Take care! 👋'];
    case 'acknowledgement':
      return ['😊', '👍', '😄'];
    case 'confusion':
      return [
        'Our chat has finished: each one has 3 questions. Say hi any time to start a new one.',
        "We're done for now, three questions per chat. Say hi whenever you want to start again.",
      ];
  }
}

// --- session and commands ---

export function sessionExpired(timeoutText: string): string {
  return `Our last conversation timed out after ${timeoutText} without a message, so let's start a new one.`;
}

/** "how many left?" after the goodbye: none in that conversation, and how to start a new one. */
export function statusAfterLastQuestion(knownName: string | null, maxQuestions: number): string {
  const name = knownName === null ? '' : `, ${formatName(knownName)}`;
  return `You've asked all ${questions(maxQuestions)} of that conversation${name}. Say hi and you can ask ${maxQuestions} more.`;
}

/** Status asked before anything else: the conversation starts with every question still to come. */
export function nothingUsedYet(): string {
  return "You haven't used any questions yet.";
}

export function statusAwaitingName(): string {
  return "I'm waiting for your name (or say *skip*).";
}

/** "you tell me! what's my name?" before the person has given one. */
export function nameNotKnownYet(): string {
  return "I don't know your name yet: what should I call you? (Or say *skip*.)";
}

export function statusAnswering(name: string | null, left: number, aboutSelf = true): string {
  // "what do you call me then?": someone who gave no name hears that too, and how to give one. "wait,
  // that counted?" from them asked nothing about a name.
  if (name === null && !aboutSelf) return `You have ${questions(left)} left.`;
  const who =
    name === null
      ? "I don't have a name for you (say *call me* and a name any time), and you"
      : `You're ${formatName(name)}, and you`;
  return `${who} have ${questions(left)} left.`;
}

/** What the bot is and what uses up a question, for a help request given with the name. */
export function howItWorks(): string {
  return "I'm a small bot with answers written in advance, no AI model. Every question uses one, whatever it asks; small talk never does.";
}

/** What uses up a question, said with the status: people ask "does this count?". */
export function whatCounts(): string {
  return 'Every question uses one, whatever it asks; small talk never does.';
}

export function restarted(): string {
  return "Let's start over.";
}

export function stopped(name: string | null): string {
  return `Okay, let's stop here. ${signOff(name)} Message me any time to start again.`;
}

export function nothingToStop(): string {
  return "We weren't talking, so there is nothing to stop. Say hi whenever you like.";
}

/** What is stored about the person, in the words of the forget replies. */
const stored = (knowsName: boolean): string =>
  knowsName ? 'your name and our conversations' : 'our conversations';

export function confirmForget(knowsName: boolean): string {
  return (
    `Should I delete everything I have stored about you: ${stored(knowsName)}? ` +
    'Reply *yes* to delete it; anything else keeps it.'
  );
}

export function forgotten(): string {
  return "Done: I've deleted everything I had stored about you. Say hi any time to start fresh.";
}

export function forgetNeedsYes(knowsName: boolean): string {
  return `I haven't deleted anything: ${stored(knowsName)} are kept. Reply *yes* to delete them, or *no* to keep them.`;
}

export function forgetCancelled(knowsName: boolean): string {
  return `Okay, I've kept everything: ${stored(knowsName)}.`;
}

/** "30 minutes", "2 hours", "1 day": how long the idle timeout was, in the reply that says so. */
export function formatDuration(ms: number): string {
  const units: [number, string][] = [
    [86_400_000, 'day'],
    [3_600_000, 'hour'],
    [60_000, 'minute'],
    [1000, 'second'],
  ];
  for (const [size, unit] of units) {
    if (ms >= size && ms % size === 0) {
      const n = ms / size;
      return `${n} ${unit}${n === 1 ? '' : 's'}`;
    }
  }
  return `${Math.round(ms / 1000)} seconds`;
}
