// What language understanding tells the conversation core about one message.
// src/nlu produces it; the core only ever sees this shape, never raw NLP output.

/** What a question is about. `other` is any question that is not about the bot's name, age or hobby. */
export type Intent = 'name' | 'age' | 'hobby' | 'other';

/** Whole-message commands, recognised in every state. */
export type Command = 'help' | 'restart' | 'stop' | 'status' | 'forget';

export interface NameReading {
  /** The name as the bot should write it (capitalised when typed all lower or all upper case). */
  readonly value: string;
  /** False when the reading is a guess worth confirming ("Did you mean *Ana*?"). */
  readonly confident: boolean;
}

export interface Interpretation {
  /** The message as plain text: Slack markup and entities removed, length capped. Kept in transcripts. */
  readonly text: string;
  /** Set only when the whole message is a command ("Restart!"), never for "how do I restart my router?". */
  readonly command: Command | null;
  /** The message read as an answer to "what's your name?"; null when it is not a name. */
  readonly name: NameReading | null;
  /** The questions the message asks, in order; empty when it is not a question ("thanks", "I'm 30", "ok"). */
  readonly intents: readonly Intent[];
  /** A yes/no answer, for confirmations ("yes", "yep", "no thanks"); null otherwise. */
  readonly answer: 'yes' | 'no' | null;
}
