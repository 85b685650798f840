// The phrasings of the three topics, as patterns over normalised words (see question-words.ts).
// A pattern names whose topic it is: "your name", "how old are you", "what do you do for fun".

import type { Intent } from '../conversation/interpretation';

export type Topic = Exclude<Intent, 'other'>;

export const NAME_PATTERNS: readonly RegExp[] = [
  /\byour (?:(?:real|full|first|last|actual|given|proper|official|bot|robot|own|whole|current|nick|display|user|screen|good) )?(?:name|names|nickname)\b/,
  /\b(?:are|were) you (?:(?:also|usually|mostly|best) )?known as\b|\bname (?:that )?you (?:were|are|go|have|use)\b/,
  /\bwhat is you name\b/,
  /\b(?:bot|bots|bot's|assistant's|robot's) name\b/,
  /\bname of (?:the|this) (?:bot|assistant|robot|ai)\b(?!'s)/,
  /\bwhat (?:are|were|is) you (?:called|named)\b/,
  /\b(?:what|how) (?:do|does|did|should|shall|can|could|would|will|may|might|must) (?:i|we|people|they|others|folks|everyone|everybody|humans|users|one|your \w+|most people) (?:\w+ )?(?:call|address|name|refer to) you\b/,
  /\b(?:what|how) (?:to|should i|do i) (?:call|address) you\b/,
  /\bwhat (?:do|did|would|should) you (?:call|name) yourself\b/,
  /\bwhat do you go by\b/,
  /\b(?:what|which) name\b.*\byou\b/,
  /\bwho (?:am i|are we|i am) (?:talking|speaking|chatting|texting|messaging|writing|dealing) (?:to|with)\b/,
  /^who (?:is this|is that|is there|is speaking|is talking|is typing|is writing|is texting|are you|are you exactly|might you be|the heck are you|is on the other end)\b/,
  /\b(?:do|did) you (?:have|got) (?:a|any) (?:name|nickname)\b/,
  /\b(?:ask|know|learn|tell me|wonder|wondering|curious) who you are\b/,
  /\bname (?:\w+ ){0,4}(?:call|address|refer to|know) you(?: by| as)?\b/,
  /\b(?:call|address) you (?:by|as)\b/,
  /\b(?:you|have|got) (?:have |got )?(?:a|any) (?:name|nickname)\b(?! for)/,
];

export const AGE_PATTERNS: readonly RegExp[] = [
  // "how old do you think I am" asks the person's age, not the bot's.
  /\bhow (?:old|ancient|aged|young) (?:\w+ )?(?:you|the bot|this bot|the assistant|this assistant)\b(?! (?:think|guess|reckon|say|bet|imagine|suppose))/,
  /\byour (?:(?:real|actual|exact|current|true) )?(?:age|birthday|birth date|date of birth|year of birth|birth year|creation date|release date|launch date|build date|date of creation|age in years)\b/,
  /\bwhat (?:age|year|age group) (?:are|were) you\b/,
  /\b(?:when|what year|which year|what date|which date|what day|which day|how long ago|what month|which month) (?:were|was|did|are|have) you (?:(?:first|originally|initially|actually|even|exactly|really) )?(?:born|made|created|built|launched|released|developed|invented|written|programmed|coded|activated|deployed|birthed|designed|switched on|turned on|come online|come out|come into being|come into existence|come to life|go live|get made|get created|get built|brought online)\b/,
  /\bhow (?:long|many years) (?:have|has) you (?:been (?:alive|around|existing|in existence|a thing|active|online|running|operating|live|in service)|existed|lived)\b/,
  /\bhow many years (?:old )?(?:are|have) you\b/,
  /\bsince when (?:have|do|did|are|were) you\b/,
  /\bwhen (?:did|were|was) (?:\w+ ){1,2}(?:make|made|create|created|build|built|launch|launched|release|released|develop|developed|program|programmed|code|coded) you\b/,
  /\b(?:are )?you (?:(?:very|really|so|that|pretty|too|quite|an|a|still|getting|kind of|kinda) )*(?:old|young|older|younger|ancient|baby|kid|adult|teenager|newborn|elderly)\b/,
  /\bis (?:the|this) (?:bot|assistant) (?:old|young)\b/,
  /\b(?:bot's|bots) age\b|\bage of (?:the|this) (?:bot|assistant)\b(?!'s)/,
];

/** Times and reasons that make "what do you do ..." a question about a hobby. */
export const LEISURE =
  /\b(?:for fun|for a hobby|as a hobby|for leisure|for enjoyment|in (?:your|the) (?:free|spare|down|off|leisure|own) time|in your downtime|free time|spare time|downtime|on (?:the )?weekends?|over the weekends?|at (?:the )?weekends?|on (?:your )?days? off|after work|after hours|(?:in your )?off hours|outside (?:of )?(?:work|hours)|when (?:you are|you re|youre) (?:bored|free|not (?:working|busy|chatting|talking|helping|answering)|off|relaxing)|to (?:relax|chill|unwind|have fun|pass the time|destress|de stress|kill time|blow off steam)|in the evenings?)\b/;

export const HOBBY_PATTERNS: readonly RegExp[] = [
  /\byour (?:(?:favorite|main|current|top|biggest|real|other|usual|own|fun|leisure) )*(?:hobby|hobbies|pastime|pastimes|interests|passion|passions|activities|activity|leisure activities|thing to do|things to do|way to relax|way to unwind|way to have fun)\b/,
  /\b(?:do|did|does) you (?:have|got|do|pursue|enjoy) (?:(?:any|a|some|many|other|particular|special|favorite|fun) )*(?:hobby|hobbies|pastime|pastimes|interests|passion|passions)\b/,
  /(?:^|\byou )(?:have|got|has) (?:any|a|some) (?:hobby|hobbies|pastimes|interests|passions)\b/,
  /^(?:any|some|other) (?:(?:fun|cool|good) )?(?:hobby|hobbies|pastimes|interests)\b/,
  /\b(?:hobby|hobbies|pastime|pastimes|interests|passions)\b.*\byou (?:have|do|enjoy|like|love|got|pursue|practice|practise)\b/,
  /\bwhat (?:are|were) you (?:into|interested in|passionate about)\b|\bwhat interests you\b/,
  /\bhow (?:do|does|would|will) you (?:spend|pass|fill|use|enjoy) (?:your|the) (?:(?:free|spare|down|off|leisure) )?(?:time|weekends?|days? off|evenings|downtime)\b/,
  /\bhow (?:do|would) you (?:relax|unwind|chill|have fun|destress|pass the time|kill time)\b/,
  /\bwhat (?:do|does|would) you (?:(?:really|usually|normally|mostly|most) )?(?:enjoy|like|love|prefer)(?: to do| doing| most| the most)*$/,
  /\bwhat (?:(?:kind|kinds|sort|sorts|type|types) of )?(?:things|stuff|activities) (?:do|does|would) you (?:(?:really|usually|normally|most) )?(?:enjoy|like|love|get up to)\b/,
  /\bwhat (?:do|does) you (?:(?:usually|normally|typically) )?get up to\b/,
  /\bwhat (?:keeps|gets) you (?:entertained|busy|occupied|amused|going)\b/,
  /\byour idea of (?:fun|a good time|relaxing)\b|\bfun (?:stuff|things|activities)\b.*\byou\b/,
];

/** A clause that is only the topic, as in "name?", "and your age?", "hobbies?". */
export const FRAGMENTS: ReadonlyArray<readonly [Topic, RegExp]> = [
  [
    'name',
    /^(?:(?:and|also|plus|what about|how about|your|a|the) )*(?:name|nickname)(?: (?:again|then|please|bot))*$/,
  ],
  ['name', /^(?:(?:and|so) )?(?:who )?(?:are you|you are)$/],
  [
    'age',
    /^(?:(?:and|also|plus|what about|how about|your|the) )*(?:age|how old|birthday)(?: (?:exactly|now|then|though|again|really|actually|please|bot))*$/,
  ],
  [
    'hobby',
    /^(?:(?:and|also|plus|what about|how about|your|a|any|favorite|fun) )*(?:hobby|hobbies|pastime|pastimes|interests|passions)(?: (?:please|then|again|bot))*$/,
  ],
];

/** Topic words for the fallback below; "call", "fun", "created" or "exist" alone say too little. */
export const TOPIC_WORDS: ReadonlyArray<readonly [Topic, RegExp]> = [
  ['name', /\b(?:name|names|named|nickname)\b/],
  [
    'age',
    /\b(?:old|older|oldest|young|younger|age|aged|born|birthday|birth|ancient|been around|been alive)\b/,
  ],
  [
    'hobby',
    /\b(?:hobby|hobbies|pastime|pastimes|interests|entertained|leisure|free time|spare time|downtime|unwind|relax)\b/,
  ],
];

export const ADDRESSEE = /\b(?:you|your|yourself)\b/;
/**
 * Someone or something else the topic may belong to: the person ("my", "I"), another owner ("your
 * dog", "X's", "the pyramids", "of a"), a maker ("made by"), "name" used as a verb ("name three"),
 * or advice for the person ("can you recommend a hobby?").
 * "why", "where" and "who" questions ask about something other than the name, age or hobby itself.
 */
export const SOMEONE_ELSE = new RegExp(
  [
    /\b(?:i|me|my|mine|we|us|our)\b/,
    /\b\w+'s\b/,
    /\bof (?:the|this|that|a|an|his|her|their|its)\b/,
    /\bthe (?!bot\b|assistant\b)\w+/,
    /\byour (?!(?:name|names|nickname|age|birthday|hobby|hobbies|interests|pastimes?|free|spare|own|real|actual|first|full|favorite)\b)\w+/,
    /\b(?:created|made|built|developed|named|called) by\b/,
    /\bname (?:a|an|the|some|any|all|every|one|two|three|four|five|few|several|his|her|their|this|that|these|those|\d+)\b/,
    /^(?:why|where|who|whose)\b/,
    /\b(?:recommend|suggest|advise|should i|good for)\b/,
    // "at what age can you vote?": a generic "you", not the bot.
    /\bat what age\b|\b(?:can|could|should|must|may) you (?!be\b|tell\b|share\b|say\b)\w+/,
  ]
    .map((pattern) => pattern.source)
    .join('|'),
);
