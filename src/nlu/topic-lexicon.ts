// The concepts behind the bot's three topics, as word lists over normalised words (see
// question-words.ts). They describe how English talks about a name, an age and a hobby, not any
// corpus: topics.ts decides whether a concept found here is asked about the bot.

import type { Intent } from '../conversation/interpretation';

export type Topic = Exclude<Intent, 'other'>;

const list = (text: string): string[] =>
  text
    .trim()
    .split(/\s*\n\s*|\s*,\s*/)
    .filter(Boolean);
const phrases = (text: string): string[][] => list(text).map((phrase) => phrase.split(' '));
const set = (text: string): ReadonlySet<string> => new Set(text.trim().split(/\s+/));

interface TopicNoun {
  readonly topic: Topic;
  readonly strong: boolean;
  readonly words: readonly string[];
}

const nouns = (topic: Topic, strong: boolean, text: string): TopicNoun[] =>
  phrases(text).map((words) => ({ topic, strong, words }));

/**
 * A day or time off as a habit, not a date: "a typical weekend", "a saturday", "your ideal day off".
 * "how was your weekend" (one past weekend) is not here, so it stays an `other` question.
 */
function habitualDays(): string {
  const habits = ['', 'typical ', 'normal ', 'average ', 'usual ', 'lazy ', 'ideal ', 'perfect '];
  const days = ['weekend', 'saturday', 'sunday', 'day off', 'evening', 'free day', 'day'];
  const article = (phrase: string) => (/^[aeiou]/.test(phrase) ? 'an' : 'a');
  return habits
    .flatMap((habit) => days.map((day) => `${habit}${day}`))
    .filter((phrase) => phrase !== 'day') // "what's a day like" is any day, not a day off
    .flatMap((phrase) => [`${article(phrase)} ${phrase}`, ...(phrase.includes(' ') ? [phrase] : [])])
    .join(', ');
}

/**
 * Nouns for a topic, longest first. A strong noun is the topic even with no owner ("name?", "any
 * hobbies?"); a weak one only with the bot as its owner ("ur jam", "your downtime", "a typical
 * weekend for you", "what's fun for you?").
 */
export const TOPIC_NOUNS: readonly TopicNoun[] = [
  ...nouns('name', true, 'name, names, nickname, nicknames, moniker'),
  ...nouns('name', false, 'handle, nick, alias, username, user name, call sign'),
  ...nouns(
    'age',
    true,
    `age, birthday, birthdays, birth date, birth year, year of birth, date of birth, creation date,
    date of creation, release date, launch date, build date, manufacture date, manufacturing date,
    date of manufacture, year of manufacture, production date`,
  ),
  ...nouns('age', false, 'vintage'),
  ...nouns('hobby', true, 'hobby, hobbies, pastime, pastimes, passions, interests'),
  ...nouns(
    'hobby',
    false,
    `interest, passion, jam, downtime, down time, free time, spare time, leisure, leisure time, idea of fun,
    thing, thing to do, things to do, idea of a good time, idea of a fun time, activities, activity, weekends, evenings, saturdays, sundays, days off,
    off days, fun, fun day, good time, favorite way to relax, favorite way to unwind, ${habitualDays()}`,
  ),
].sort((a, b) => b.words.length - a.words.length);

/** Words that may stand between an owner and its topic noun: "your *real full* name", "ur *fav* pastime". */
export const NOUN_MODIFIERS = set(`
  real full first last actual given proper official current main favorite favorites top biggest other usual
  typical own whole exact true side secret bot robot display user screen little next big many new old
  preferred chosen birth legal middle family short long cool fun greatest special particular chatbot ai
  any some few main top fave personal most great
`);

/** Adjectives that make a topic noun a question of advice: "a *good* hobby", "the *best* name for a cat". */
export const EVALUATIVE = set(`
  good best better great easy easiest cheap cheapest healthy healthiest popular relaxing productive decent
  expensive affordable beginner nice suitable appropriate cute unique funny clever catchy normal common
  minimum min maximum max legal required average
`);

/** Nouns that, right after a topic noun, turn it into a modifier: "name ideas", "age limit", "hobby shop". */
export const COMPOUND_HEADS = set(`
  idea ideas tag tags limit limits gap requirement requirements restriction restrictions generator suggestion
  suggestions change changes group groups range bracket shop store kit kits card cards party parties cake
  gift gifts present presents list lists field fields badge badges day tracker verification check checks
  generators calculator game games club clubs class classes blog
`);

/** Phrases that name the bot itself: "this bot", "the assistant". */
export const BOT_NOUNS = set(`
  bot bots chatbot chatbots assistant assistants robot robots ai quillon
`);

/** Words that refer to the person writing. */
export const USER_WORDS = set('i me my mine myself we us our ours');

/** Words that refer to the bot as "you". */
export const YOU_WORDS = set('you yourself yours your');

/** Copulas and auxiliaries between a question word and its subject ("how old *are* you"). */
export const AUXILIARIES = set(`
  is are am was were be been being do does did have has had will would shall should can could may might must
  gonna going
`);

/** Adverbs and softeners that may sit anywhere in a question frame. */
export const SOFTENERS = set(`
  really actually even exactly first originally initially usually normally typically generally mostly
  just still like kinda kind sort of so very quite pretty too now currently again then though ever also
  right anyway lol haha lmao honestly seriously tho please buddy mate bro dude man friend pal exactly
`);

/** Adjectives of age: how old something is (topics.ts finds whose). */
export const AGE_ADJECTIVES = set('old older oldest young younger youngest ancient aged elderly');

/** "how new are you", "are you brand new": only with "how" or "brand" right before. */
export const AGE_HOW_ADJECTIVES = set('new recent');

/** Stages of life: "are you a kid?", "u a baby bot or what". */
export const LIFE_STAGES = set(`
  baby babies kid kiddo child toddler teen teenager adult grownup newborn infant minor senior youngster
  boomer millennial zoomer
`);

/** Question words asking a time, which make a creation verb about age ("*when* were you made"). */
export const TIME_QUESTIONS = phrases(`
  when, what year, which year, what date, which date, what day, which day, what month, which month,
  since when, how long ago, how long since, how many years ago, what decade, which decade, what time,
  how recently, how long back`);

/** Times that make a yes/no question about being made a question of age ("were you born *this year*?"). */
export const TIME_EXPRESSIONS = set(`
  year years ago recently lately yesterday today week month decade century long while before after since
`);

/** Verbs and phrases of coming into being ("when were you *built*", "when did you *go live*"). */
export const CREATION_VERBS = phrases(`
  born, birthed, made, make, created, create, built, build, manufactured, manufacture, launched, launch,
  released, release, developed, develop, coded, code, programmed, program, designed, design, written, write,
  activated, activate, deployed, deploy, invented, invent, trained, train, assembled, assemble, founded,
  brought into this world, brought into the world, brought online, brought to life, come online,
  came online, go live, went live, come out, came out, come into existence, came into existence,
  come into being, came into being, come to life, came to life, switched on, turned on, booted up,
  first booted, first switched on, first turned on, get made, get created, get built, start existing,
  begin existing, started existing, exist, existed, existing, come about, came about`);

/** "how long have you *been around*": existing, said a few ways. */
export const EXISTENCE_PHRASES = phrases(`
  been around, been alive, been a thing, been existing, been in existence, been running, been online,
  been active, been operating, been live, been in service, been up, existed, exist, lived, been here,
  been going, been working, been in use`);

/** Verbs whose object is named: "what should I *call* you", "how do I *address* you". */
export const NAMING_VERBS = phrases(`
  call, calls, calling, address, addressing, refer to, referring to, name, named, nickname, nicknamed`);

/** Verbs whose subject is named: "what do you *go by*", "what name do you *answer to*". */
export const NAME_BEARING_VERBS = phrases(`
  go by, goes by, answer to, answers to, respond to, responds to, called, named, known as, known by,
  called by, named by, referred to as`);

/**
 * Off duty, every way round: the bot is idle ("when you're bored", "when ur not working" -- "ur" is read
 * as "your", so that spelling is here too), nobody needs it ("when people aren't messaging you"), or
 * it is away from its job ("besides answering questions", "between chats").
 */
function offDuty(): string {
  const combine = (openings: readonly string[], endings: string) =>
    openings.flatMap((opening) => list(endings).map((ending) => `${opening} ${ending}`));
  const botIdle = combine(
    ['when you are', 'when your', 'when you', 'while you are', 'if you are'],
    `bored, free, off, alone, idle, offline, not working, not busy, not chatting, not talking, not helping,
    not answering, not on duty, not on`,
  );
  const nobodyThere = combine(
    [
      'when people are',
      'when users are',
      'when folks are',
      'when humans are',
      'while people are',
      'when people',
    ],
    'not talking, not chatting, not messaging, not texting, not using, not around, away, asleep, offline, busy',
  );
  const awayFromWork = combine(
    ['outside of', 'outside', 'besides', 'other than', 'apart from', 'aside from', 'between', 'in between'],
    `work, working, chatting, helping, answering, talking, chats, conversations, messages, questions,
    your job, tasks`,
  );
  return [...botIdle, ...nobodyThere, ...awayFromWork].join(', ');
}

/**
 * Times and reasons that make an activity a pastime: "what do you do *for fun*", "how do you spend
 * *your evenings*". A specific date ("this weekend") asks for plans, not a hobby, and is not here.
 */
export const LEISURE_CONTEXTS = phrases(`
  for fun, for kicks, for a laugh, for leisure, for enjoyment, for pleasure, anything fun, something fun,
  fun things, fun stuff, to have fun, free time, spare time, free hours, spare hours, free moments,
  spare moments, downtime, down time, leisure time, off duty, off work, off the clock, day off, days off,
  time off, after work, after hours, after your shift, after a shift, after shift, after your shifts,
  after a long day, after your workday, after the workday,
  once work is done, when work is done, when work is over, on weekends, on the weekend, on the weekends,
  at the weekend, at weekends, over the weekend, weekends, on saturdays, on sundays, saturdays, sundays,
  on your days off, in the evenings, evenings, at night, when nobody, when no one, when nobody is,
  to relax, to chill, to unwind, to destress, to de stress, to decompress, to pass the time, to kill time,
  to blow off steam, to recharge, ${offDuty()}`);

/** Verbs of spending time, which take a leisure context ("what do you *do* for fun"). */
export const ACTIVITY_VERBS = phrases(`
  do, doing, spend, spending, get up to, fill, pass, enjoy, enjoying, like, love, prefer, play, playing,
  hang out, keep busy`);

/** Pastime verbs on their own: "how do you *relax*", "what do you do to *unwind*". */
export const PASTIME_VERBS = phrases(`
  relax, unwind, chill, chill out, destress, de stress, decompress, kill time, pass the time, pass time,
  pass your time, spend your time, fill your time, use your time, spend your days, spend your free time,
  spend time, fill the time, while away,
  pass the hours, pass the days, have fun, recharge, entertain yourself, keep yourself busy, keep yourself entertained,
  keep yourself occupied, blow off steam, get up to, interested in, passionate about`);

/** Verbs with the bot as object that ask what it likes: "what *keeps you* busy", "what *floats your* boat". */
export const PASTIME_OBJECT_PHRASES = phrases(`
  keeps you busy, keeps you entertained, keeps you occupied, keeps you amused, keeps you going,
  gets you going, floats your boat, interests you, excites you, makes you happy, brings you joy,
  entertains you, lights you up, makes you tick, gets you excited, rocks your world, tickles your fancy`);

/** Verbs of liking, a hobby question when nothing but "doing" or "most" follows ("what do you enjoy doing?"). */
export const LIKING_VERBS = set('like likes love loves enjoy enjoys prefer prefers');
export const AFTER_LIKING = set(`
  doing to do most the best much usually typically generally really so in your spare free time down
  downtime on weekends weekend
`);

/** "who am I talking to": the person asks who the bot is. */
export const CONVERSING_VERBS = set(`
  talking speaking chatting texting messaging writing dealing conversing typing corresponding addressing
  talk speak chat text message write deal converse address
`);

/**
 * Every single word the concepts above hang on, for typo correction in question-words.ts
 * ("hobbeis", "intrests", "birtday"). Short function words are left out on purpose.
 */
export const TOPIC_VOCABULARY: readonly string[] = [
  ...new Set(
    [
      ...TOPIC_NOUNS.flatMap((noun) => noun.words),
      ...AGE_ADJECTIVES,
      ...CREATION_VERBS.flat(),
      ...EXISTENCE_PHRASES.flat(),
      ...NAMING_VERBS.flat(),
      ...LEISURE_CONTEXTS.flat(),
      ...PASTIME_VERBS.flat(),
      ...CONVERSING_VERBS,
      ...LIFE_STAGES,
    ].filter(
      (word) =>
        word.length >= 3 && !/^(?:the|you|are|off|for|and|not|was|yourself|your|when|what|with)$/.test(word),
    ),
  ),
];

/**
 * The word pairs inside the phrases above ("free time", "spare time", "go by"), first word to the
 * words that follow it, so a message cut off mid-word ("how do u spend ur free tim") can be completed.
 */
export const PHRASE_PAIRS: ReadonlyMap<string, readonly string[]> = (() => {
  const pairs = new Map<string, Set<string>>();
  const phraseLists = [
    TOPIC_NOUNS.map((noun) => noun.words),
    CREATION_VERBS,
    EXISTENCE_PHRASES,
    NAMING_VERBS,
    NAME_BEARING_VERBS,
    LEISURE_CONTEXTS,
    ACTIVITY_VERBS,
    PASTIME_VERBS,
    PASTIME_OBJECT_PHRASES,
  ];
  for (const phrase of phraseLists.flat()) {
    for (let at = 0; at + 1 < phrase.length; at++) {
      const [first = '', second = ''] = [phrase[at], phrase[at + 1]];
      pairs.set(first, (pairs.get(first) ?? new Set()).add(second));
    }
  }
  return new Map([...pairs].map(([first, seconds]) => [first, [...seconds]]));
})();
