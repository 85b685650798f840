// The shape of a language pack (src/nlu/languages/<code>.json), and its validation. A pack is data only:
// the words and phrases of one language for each thing the bot needs to recognise. Adding a language is
// adding a pack (and its examples under tests/fixtures/languages/); no code changes.
// Every field but `language` and `code` is optional; phrases use the syntax described in phrases.ts.

export const SMALL_TALK_KINDS = [
  'greetings',
  'thanks',
  'farewells',
  'acknowledgements',
  'confusion',
  'helpRequests',
  'refusals',
  /** Said about the bot's name or hobby ("what a lovely name"): heard, and never a question. */
  'compliments',
  'yes',
  'no',
] as const;
export type SmallTalkKind = (typeof SMALL_TALK_KINDS)[number];

export const COMMAND_KINDS = ['help', 'restart', 'stop', 'status', 'forget'] as const;
export const TOPIC_KINDS = ['name', 'age', 'hobby'] as const;
export const NAME_CUE_KINDS = ['strong', 'weak', 'preferred'] as const;
export const QUESTION_LISTS = [
  'interrogatives',
  'particles',
  'requests',
  'you',
  'self',
  'others',
  'otherStarts',
  'otherMarkers',
  'conjunctions',
  'asksBack',
  'unfinished',
  /** Questions about the bot itself that are about using it: what it is, its languages, what it remembers. */
  'aboutBot',
  /**
   * What a question about the bot asks about, by its words: languages ("do you speak French?"), privacy
   * ("who can see this?"), channels ("can I add you to #team?"), what it is ("are you ChatGPT?"), who
   * runs it ("who made you?"), whether it writes first ("will you ping me?"), what counts as a question ("what counts as small talk?"). The answer is
   * then that one line of the help, not all of it.
   */
  'aboutCounting',
  'aboutLanguages',
  'aboutPrivacy',
  'aboutChannels',
  'aboutIdentity',
  'aboutMakers',
  /** Whether the bot will write on its own ("are you going to keep DMing me?"): it never starts a chat. */
  'aboutContact',
  /** Questions about where the person stands: their own name as the bot knows it ("what's my name?"). */
  'aboutSelf',
  /** Asking how the bot is ("how are you?", "¿qué tal?"): a greeting the reply answers in kind. */
  'wellbeing',
  /**
   * Statements that a question mark does not make a question: what someone told the person to do
   * ("someone said I should say hello to you?"), hoping it is all right ("I hope that's okay?").
   */
  'uptalk',
  /** Asking for more about what was just said ("tell me more", "why?", "like what?", "your favourite one?"). */
  'followUps',
  /**
   * Offering the bot a word for its collection ("here's one for you", "want it?", "for your collection"):
   * one word English does not know, next to it, is the word offered ("here's one for you: hygge").
   */
  'offers',
  /** Words that point back at what was just said ("that", "it", "this one"): a follow-up may use them. */
  'pointers',
  /** Openings of an exclamation ("what a", "how lovely"): without a question mark, they ask nothing. */
  'exclamations',
  /** "never mind", "forget it": closing a message, they take back what it asked. */
  'withdrawals',
  /**
   * "do you know", "any idea": asking the bot about something, whose owner comes after ("do you know what
   * Sarah does for fun?" asks about Sarah's; "do you know your own age?" still asks the bot's).
   */
  'knowFrames',
  /**
   * Saying the bot's topics are all it knows ("why only", "is that all", "that's it"): beside a list of them
   * ("why only name, age and hobby?", "so just name age hobby? thats it?"), a question about what the bot
   * can do, which help answers.
   */
  'limits',
  /**
   * Kinds of name the bot has ("nick name", "bot name", "code name"): said before "name", it is still the
   * bot's. Other English nouns there name something else's ("the IT channel name").
   */
  'nameKinds',
] as const;
/** "rude": insults and swear words, never a name and never a word for the bot's collection. */
export const NOT_NAME_KINDS = ['moods', 'professions', 'places', 'words', 'rude'] as const;
export const REFUSAL_PARTS = ['negations', 'tell', 'wontTell'] as const;
/** Commands said in a sentence of one's own: an action and what it acts on, in any order. */
export const COMMAND_PARTS = [
  'forgetActions',
  'forgetObjects',
  'restartActions',
  'restartObjects',
  'statusActions',
  'statusObjects',
] as const;
export const EMOJI_KINDS = ['acknowledgement', 'thanks', 'greeting', 'confusion', 'no'] as const;

type Lists<K extends string> = Partial<Record<K, readonly string[]>>;

export interface LanguagePack {
  /** The language's English name, for messages ("Spanish"). */
  readonly language: string;
  /** Its code ("es"), the pack's file name. */
  readonly code: string;
  /** Small talk: what people say that is not a question (the bot never counts or default-answers it). */
  readonly smallTalk?: Lists<SmallTalkKind>;
  /** Words that carry nothing and may open or close any clause ("um", "well", "pues"). */
  readonly fillers?: readonly string[];
  /** Words that may sit inside a phrase without changing it ("who *even* are you", "what do you *really* do"). */
  readonly softeners?: readonly string[];
  /** Ways to address the bot or everyone after a greeting ("bot", "there", "amigo"). */
  readonly address?: readonly string[];
  /** Whole-message commands. */
  readonly commands?: Lists<(typeof COMMAND_KINDS)[number]>;
  /** Natural wordings around a command: "can i {command}", "{command} please". */
  readonly commandFrames?: readonly string[];
  readonly names?: Lists<(typeof NAME_CUE_KINDS)[number]> & {
    /** Cues for a family name given apart ("last name {name}", "apellido {name}"), added after the given name. */
    readonly family?: readonly string[];
    /** Words after which a later name replaces an earlier one ("no wait", "oops", "I meant"). */
    readonly corrections?: readonly string[];
    /** Asking the bot to use a name just given ("it's Hannah Abara now. *can you change that?*"). */
    readonly changeRequests?: readonly string[];
    /** Articles between a cue and the name ("soy *la* Ana"). */
    readonly articles?: readonly string[];
    /** Titles kept with a name ("Dr."). */
    readonly titles?: readonly string[];
    /** Lower-case words inside names ("de", "van", "bin"). */
    readonly particles?: readonly string[];
    /**
     * The syllables names of this tradition are built from ("nguyen", "thi", "hoa"; "wei", "ming"; "park",
     * "min", "seo"), typed without accents: two to four of them in a row are one name, even where one is
     * also a word ("long", "an", "oh").
     */
    readonly syllables?: readonly string[];
  };
  readonly questions?: Lists<(typeof QUESTION_LISTS)[number]> & {
    /** Words and phrases for each topic; they ask about the bot only when "you"/"your" or the bot is the owner. */
    readonly topics?: Lists<(typeof TOPIC_KINDS)[number]>;
    /** Whole idioms that ask the bot by themselves ("who are you", "cómo te llamas", "adın ne"). */
    readonly botTopics?: Lists<(typeof TOPIC_KINDS)[number]>;
  };
  /** Ordinary words that are never a name after "I am" (a mood, a job, a place, a common word). */
  readonly notNames?: Lists<(typeof NOT_NAME_KINDS)[number]>;
  /** How people spell a word in a hurry: the word, then its spellings ("you": ["u", "ya"]). */
  readonly spellings?: Readonly<Record<string, readonly string[]>>;
  /** Endings written onto a word that are words of their own ("입니다" in "민준입니다"). */
  readonly suffixes?: readonly string[];
  /**
   * A refusal in the person's own words ("I don't give my name to bots", "meinen Namen sag ich lieber
   * nicht"): a clause with a negation and a verb of telling, or one word that is both ("söylemem").
   */
  readonly refusalParts?: Lists<(typeof REFUSAL_PARTS)[number]>;
  /**
   * "could you wipe whatever you stored about me", "let's reset this whole chat": a command's action and
   * what it acts on, anywhere in a short message that asks no other question.
   */
  readonly commandParts?: Lists<(typeof COMMAND_PARTS)[number]>;
  /** Emoji that say something on their own. */
  readonly emoji?: Lists<(typeof EMOJI_KINDS)[number]>;
  /** The language writes every noun with a capital (German): a capital is no sign of a name. */
  readonly capitalisedNouns?: boolean;
}

export class LanguagePackError extends Error {
  constructor(file: string, problems: readonly string[]) {
    super(`Language pack ${file} is invalid:\n  - ${problems.join('\n  - ')}`);
    this.name = 'LanguagePackError';
  }
}

const isStringList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string' && item.trim() !== '');

function checkLists(
  value: unknown,
  path: string,
  allowed: readonly string[],
  problems: string[],
  nested: Readonly<Record<string, readonly string[]>> = {},
): void {
  if (value === undefined) return;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    problems.push(`"${path}" must be an object`);
    return;
  }
  for (const [key, item] of Object.entries(value)) {
    const inner = nested[key];
    if (inner) checkLists(item, `${path}.${key}`, inner, problems);
    else if (!allowed.includes(key))
      problems.push(`"${path}.${key}" is not a known field (${allowed.join(', ')})`);
    else if (!isStringList(item)) problems.push(`"${path}.${key}" must be a list of non-empty strings`);
  }
}

const TOP_LEVEL = [
  'language',
  'code',
  'smallTalk',
  'fillers',
  'softeners',
  'address',
  'commands',
  'commandFrames',
  'names',
  'questions',
  'notNames',
  'spellings',
  'suffixes',
  'refusalParts',
  'commandParts',
  'emoji',
  'capitalisedNouns',
];

/** The pack, checked field by field; every problem is reported at once with the file named. */
export function parseLanguagePack(data: unknown, file: string): LanguagePack {
  const problems: string[] = [];
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new LanguagePackError(file, ['it must be a JSON object']);
  }
  const pack = data as Record<string, unknown>;
  for (const key of Object.keys(pack))
    if (!TOP_LEVEL.includes(key)) problems.push(`"${key}" is not a known field`);
  if (typeof pack.language !== 'string' || pack.language === '') problems.push('"language" must be a name');
  if (typeof pack.code !== 'string' || !/^[a-z]{2,3}(?:-[a-z0-9]+)?$/.test(pack.code))
    problems.push('"code" must be a language code such as "es" or "hi-latn"');
  for (const key of ['fillers', 'softeners', 'address', 'commandFrames', 'suffixes'] as const) {
    if (pack[key] !== undefined && !isStringList(pack[key]))
      problems.push(`"${key}" must be a list of strings`);
  }
  checkLists(pack.smallTalk, 'smallTalk', SMALL_TALK_KINDS, problems);
  checkLists(pack.commands, 'commands', COMMAND_KINDS, problems);
  checkLists(
    pack.names,
    'names',
    [
      ...NAME_CUE_KINDS,
      'family',
      'corrections',
      'changeRequests',
      'articles',
      'titles',
      'particles',
      'syllables',
    ],
    problems,
  );
  checkLists(pack.questions, 'questions', QUESTION_LISTS, problems, {
    topics: TOPIC_KINDS,
    botTopics: TOPIC_KINDS,
  });
  checkLists(pack.notNames, 'notNames', NOT_NAME_KINDS, problems);
  checkLists(pack.refusalParts, 'refusalParts', REFUSAL_PARTS, problems);
  checkLists(pack.commandParts, 'commandParts', COMMAND_PARTS, problems);
  checkLists(pack.emoji, 'emoji', EMOJI_KINDS, problems);
  if (pack.capitalisedNouns !== undefined && typeof pack.capitalisedNouns !== 'boolean')
    problems.push('"capitalisedNouns" must be true or false');
  if (pack.spellings !== undefined) {
    const spellings = pack.spellings;
    if (typeof spellings !== 'object' || spellings === null || Array.isArray(spellings))
      problems.push('"spellings" must be an object of word: [spellings]');
    else
      for (const [word, list] of Object.entries(spellings))
        if (!isStringList(list)) problems.push(`"spellings.${word}" must be a list of strings`);
  }
  for (const frame of (pack.commandFrames as string[] | undefined) ?? [])
    if (!frame.includes('{command}')) problems.push(`command frame "${frame}" has no {command}`);
  const names = (pack.names ?? {}) as Record<string, unknown>;
  for (const kind of [...NAME_CUE_KINDS, 'family'])
    for (const cue of (names[kind] as string[] | undefined) ?? [])
      if ((cue.match(/\{name\}/g) ?? []).length !== 1)
        problems.push(`name cue "${cue}" needs exactly one {name}`);
  if (problems.length > 0) throw new LanguagePackError(file, problems);
  return pack as unknown as LanguagePack;
}
