// What language understanding tells the conversation core about one message, and what the core tells
// language understanding about the moment the message arrives in. src/nlu produces the first from the
// second; the core only ever sees these shapes, never raw NLP output.

/** What a question is about. `other` is any question or request that is not about the bot's name, age or hobby. */
export type Intent = 'name' | 'age' | 'hobby' | 'other';

/** Whole-message commands, recognised in every state ("restart", "can I start over?"). */
export type Command = 'help' | 'restart' | 'stop' | 'status' | 'forget';

/**
 * The kinds of message that are not questions. None of them ever uses up a question.
 * - `help_request`: a question about using the bot ("what can you do?", "how does this work?").
 * - `about_bot`: a question about what the bot is or which languages it speaks ("are you a bot?", "do you
 *   speak Portuguese?"). It comes with the intent `other`, and is answered as a question about using the bot.
 * - `about_self`: a question about where the person stands, their own name as the bot knows it ("what's my
 *   name?", "do you know who I am?"). It comes with the intent `other`, and is answered with their status.
 * - `name_change`: the person asks to be called something else ("please call me Mai", "oops, typo: Kevin").
 * - `refusal`: the person declines to give a name ("I'd rather not say").
 * - `statement`: anything said rather than asked ("I'm a designer", "it's raining").
 * - `follow_up`: asks for more about the bot's last answer and brings up nothing new ("tell me more",
 *   "why?", "like what?"). It comes with the intent of the topic when the message names one, and is a
 *   question: it counts.
 */
export type DialogueAct =
  | 'greeting'
  | 'thanks'
  | 'farewell'
  | 'acknowledgement'
  | 'confusion'
  | 'help_request'
  | 'about_bot'
  | 'about_self'
  | 'name_change'
  | 'refusal'
  | 'statement'
  | 'follow_up';

export interface NameReading {
  /** The name as the bot should write it (capitalised when typed all lower or all upper case). */
  readonly value: string;
  /** False when the reading is a guess worth confirming ("Did you mean *Ana*?"). */
  readonly confident: boolean;
  /** Asked for in so many words ("please just call me Helena"): it wins over a longer name already known. */
  readonly preferred?: boolean;
}

/** What a question about the bot asks about: the one line of the help that answers it. */
export type HelpTopic = 'counting' | 'languages' | 'privacy' | 'channels' | 'identity' | 'makers' | 'contact';

export interface Interpretation {
  /** The message as plain text: Slack markup and entities removed, length capped. Kept in transcripts. */
  readonly text: string;
  /** Set only when the whole message is a command ("Restart!"), never for "how do I restart my router?". */
  readonly command: Command | null;
  /** The person's name, when the message gives one: an answer, an introduction or a change of name. */
  readonly name: NameReading | null;
  /** The questions the message asks, in order; empty when it asks nothing ("thanks", "I'm 30", "ok"). */
  readonly intents: readonly Intent[];
  /** What else the message does, in order ("thanks! and how old are you?" thanks, then asks). */
  readonly acts: readonly DialogueAct[];
  /** A clear yes or no ("yes", "sí", "nope"); "ok" and "sure" are acknowledgements, not a yes. */
  readonly answer: 'yes' | 'no' | null;
  /** With `about_bot`: what the question asks about, when its words say ("do you speak French?"). */
  readonly helpTopic?: HelpTopic;
  /** Another thing of the help asked in the same message ("what are you, and what do you keep?"). */
  readonly alsoHelpTopic?: HelpTopic;
  /**
   * Something the person offers in quotes in a message about the bot's hobby ("do you know the word
   * 'Kummerspeck'?"): a gift to talk about, which the persona may thank them for.
   */
  readonly offered?: string;
  /**
   * The message is written in another language, with no English in it ("Bonjour ! C'est quoi ?"): the
   * bot's first reply says it answers in English.
   */
  readonly foreign?: boolean;
  /** A greeting that asks how the bot is ("hi, how are you?", "¿qué tal?"): the reply says, in passing. */
  readonly asksHowBotIs?: boolean;
}

/** What the bot is waiting for when a message arrives; it decides how a short reply is read. */
export type Expectation =
  /** The bot asked for the person's name (or no conversation is open yet): "kwame" is a name. */
  | 'name'
  /** The bot asked a yes/no question ("Did you mean *Ana*?", "delete everything?"). */
  | 'confirmation'
  /** The person is asking questions: a bare word is not a name, but "call me Mai" changes it. */
  | 'questions'
  /** The conversation has just ended: thanks and farewells are small talk, nothing is a name. */
  | 'nothing';

export interface ReadingContext {
  readonly expecting: Expectation;
  /** The persona's name: "how old is Quillon?" asks the bot, "hi Quillon" gives no name. */
  readonly botName: string;
  /** The persona's hobby: a follow-up in its words ("your favourite unusual word?") asks about the hobby. */
  readonly botHobby?: string;
  /** The hobby's words in other languages ("palabra", "Wort"): they tie a follow-up to the hobby too. */
  readonly botHobbyWords?: readonly string[] | undefined;
  /** What the bot said last: a follow-up may use its words ("what does petrichor mean?"). */
  readonly lastReply?: string | undefined;
}
