// The bot's character. Loaded from PERSONA_FILE by src/persona-file.ts; the core only reads it.

export interface Persona {
  readonly name: string;
  readonly age: number;
  readonly hobby: string;
  /**
   * The hobby's words in the languages people write in ("palabra", "Wort", "単語"), so a question about it
   * in another language ("¿cuál es tu palabra favorita?") is a follow-up on the hobby, as it is in English.
   */
  readonly hobbyWords?: readonly string[];
  /** Said verbatim to any question that is not about the bot's name, age or hobby. */
  readonly defaultAnswer: string;
  /** Where to go for anything else ("For IT support, ask in #it-help."), shown with help and the default answer. */
  readonly elsewhere?: string;
  /**
   * More to tell about each topic, said in turn when the person asks about it again or asks for more
   * ("tell me more", "why?"). Without it, a topic asked again gets its answer again.
   */
  readonly more?: Readonly<Partial<Record<'name' | 'age' | 'hobby', readonly string[]>>>;
  /**
   * Said, one after the other, when someone offers the bot something for its hobby in quotes ("do you know
   * the word 'Kummerspeck'?"); `{offer}` stands for what they offered. Without it, such a message is a
   * question about the hobby like any other.
   */
  readonly thanksForOffer?: readonly string[];
}
