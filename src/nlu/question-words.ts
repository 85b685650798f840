// Normalises how people type questions: text-speak ("wat r ur hobbies"), contractions ("what's")
// and typos of the few words an intent hangs on ("nme", "hobyy", "hwo"). The result is plain
// lower-case words that the intent patterns in questions.ts can read.

import { closestWord } from './fuzzy';
import { splitGlued } from './glued-words';
import { perWord } from './memo';
import { PHRASE_PAIRS, TOPIC_VOCABULARY } from './topic-lexicon';
import { profileWord } from './word-class';

/** Spellings that stand for other words, as `typed=meant` ("_" for a space: "whats=what_is"). */
const REWRITES: ReadonlyMap<string, string> = new Map(
  `
  u=you ya=you yah=you ye=you yu=you yous=you ur=your thy=your yer=your thou=you yr=your yor=your urs=yours
  youre=you_are you're=you_are you've=you_have you'd=you_would you'll=you_will r=are ru=are_you
  whats=what_is what's=what_is wats=what_is wat's=what_is whatz=what_is wuts=what_is what're=what_are
  whatre=what_are wat=what wut=what wht=what whut=what wot=what wha=what whts=what_is wts=what_is
  whatcha=what_are_you watcha=what_are_you wachu=what_do_you whachu=what_do_you wotchu=what_do_you
  whatchoo=what_do_you whatchu=what_do_you watchu=what_do_you
  whaddya=what_do_you whadya=what_do_you whaddaya=what_do_you wadya=what_do_you wyd=what_are_you_doing
  who's=who_is whos=who_is who're=who_are how's=how_is hows=how_is hw=how when's=when_is whens=when_is
  wen=when whn=when wer=were wr=were where's=where_is wheres=where_is i'm=i_am im=i_am i've=i_have
  i'd=i_would it's=it_is that's=that_is thats=that_is don't=do_not dont=do_not doesn't=does_not
  doesnt=does_not didn't=did_not didnt=did_not can't=can_not cant=can_not won't=will_not isn't=is_not
  aren't=are_not arent=are_not isnt=is_not wasnt=was_not werent=were_not havent=have_not hasnt=has_not
  name's=name_is shud=should shld=should shd=should cud=could wud=would wld=would
  cal=call bday=birthday b-day=birthday bdy=birthday birthdate=birth_date dob=date_of_birth
  fav=favorite fave=favorite favourite=favorite favourites=favorites favs=favorites pls=please plz=please
  plss=please 4=for 2=to n=and &=and +=and gonna=going_to wanna=want_to gotta=got_to hbu=how_about_you
  wbu=what_about_you luv=love lyk=like ppl=people abt=about bout=about cuz=because coz=because tho=though
  da=the teh=the hobbys=hobbies hobbie=hobby colour=color wkend=weekend wknd=weekend wkends=weekends
  yrs=years smth=something sth=something rn=right_now atm=at_the_moment bc=because dis=this dat=that
  dem=them w=with urself=yourself yurself=yourself uself=yourself yaself=yourself ursel=yourself
`
    .trim()
    .split(/\s+/)
    .map((pair) => {
      const [typed = '', meant = ''] = pair.split('=');
      return [typed, meant.replace(/_/g, ' ')] as const;
    }),
);

/**
 * The words intents hang on: a typo of one of these is corrected to it. Function words are here too,
 * so "shoud" or "taling" reach the question frames, and every single-word cue of the topic lexicon.
 */
const INTENT_VOCABULARY = [
  ...'what how when who whom your you yourself are were should could would talking speaking chatting address refer call called'.split(
    ' ',
  ),
  ...TOPIC_VOCABULARY,
];
const VOCABULARY_SET = new Set(INTENT_VOCABULARY);

/** Common short words that must never be "corrected" even if compromise does not list them. */
const KEEP = new Set([
  'bot',
  'lol',
  'hey',
  'heya',
  'yo',
  'hi',
  'ok',
  'okay',
  'the',
  'and',
  'also',
  'too',
  'new',
  'now',
]);

/** Short words that frame a question, which glued text is split into ("howold" -> "how old"). */
const GLUE_PIECES: ReadonlySet<string> = new Set([
  ...REWRITES.keys(),
  ...INTENT_VOCABULARY,
  ...'is am do does did can may will tell me my i the to of for in on up old age name names hobby hobbies'.split(
    ' ',
  ),
]);

/** A word questions are made of ("what", "do", "will", "name"), which a person's name may also be. */
export function isFrameWord(word: string): boolean {
  return GLUE_PIECES.has(word) || VOCABULARY_SET.has(word);
}

/**
 * Frame words a two-letter word may be with its last letter dropped ("ol", "ar"). Topic nouns are left
 * out: "ag" is as likely agriculture as "age".
 */
const CLIPPED_TARGETS = ['old', 'are', 'how', 'who', 'you'];

/** A -s plural of a vocabulary word, spelled as the vocabulary spells it ("hobby" -> "hobbies"). */
function pluralOf(word: string): string {
  const plural = /[^aeiou]y$/.test(word) ? `${word.slice(0, -1)}ies` : `${word}s`;
  return VOCABULARY_SET.has(plural) ? plural : word;
}

/** The intent word a typed word is a typo of, or the word itself (worked out once per word). */
const correct = perWord((word: string): string => {
  if (VOCABULARY_SET.has(word) || KEEP.has(word) || /\d/.test(word.slice(0, -1))) return word;
  // A two-letter word nobody uses is a three-letter one with its last letter dropped: "how ol are
  // you", "hwo old ar u". Only words compromise does not know ("of", "or", "an" stay).
  if (word.length === 2) {
    if (profileWord(word).known) return word;
    return CLIPPED_TARGETS.find((target) => target.startsWith(word)) ?? word;
  }
  if (word.length < 3) return word;
  // A dropped g ("talkin", "chillin", "doin") is no typo: the word is the -ing form. compromise
  // knows some of these spellings ("doin") as gerunds already, so this comes before the check below.
  const gerund = profileWord(`${word}g`);
  if (word.endsWith('in') && gerund.known && gerund.tags.has('Gerund')) {
    const own = profileWord(word);
    if (!own.known || own.tags.has('Gerund')) return `${word}g`;
  }
  // Only unknown words are typos: "same" or "game" are real words, never "name".
  if (profileWord(word).known) return word;
  const typo = word.replace(/3$/, 'e');
  const closest = closestWord(typo, INTENT_VOCABULARY);
  if (closest) return closest;
  // A misspelt plural is a misspelt word plus "s": "hobys" is "hoby" + s, "hobbies". A real word plus
  // "s" ("kinds", which compromise happens not to list) is a plural, not a typo.
  const singular = typo.slice(0, -1);
  if (!typo.endsWith('s') || typo.length < 5 || profileWord(singular).known) return word;
  const stem = closestWord(singular, INTENT_VOCABULARY);
  return stem ? pluralOf(stem) : word;
});

/**
 * Glued words split into question words, as long as one piece is a word of the vocabulary itself
 * ("how", "old", "name"): "Darya" is "da r ya" in text-speak pieces, but a name.
 */
function gluedPieces(word: string): string[] | null {
  const pieces = splitGlued(word, GLUE_PIECES);
  return pieces?.some((piece) => piece.length >= 3 && VOCABULARY_SET.has(piece)) ? pieces : null;
}

/** A whole question typed without spaces: three or more question words ("howoldru", "whatsyourname"). */
export const isGluedQuestion = perWord((word: string): boolean => (gluedPieces(word)?.length ?? 0) >= 3);

/** The pieces a word typed without spaces stands for, or the word itself. */
const unglue = perWord((piece: string): readonly string[] => {
  if (GLUE_PIECES.has(piece) || piece.length < 4 || profileWord(piece).known) return [piece];
  return gluedPieces(piece) ?? [piece];
});

/**
 * "old's", "name's", "nobody's chatting": 's after these words is "is", elsewhere it is a possessive
 * ("bot's name"). Pronouns that own nothing here (nobody, someone, she) take "is" too.
 */
const CONTRACTED_IS =
  /^(?:old|name|age|hobby|how|who|what|when|where|there|here|that|it|this|he|she|nobody|noone|someone|somebody|everyone|everybody|anyone|anybody|one)'s$/;

/**
 * The last word of a message cut off mid-word, completed when the word before it starts a phrase of
 * the topics: "free tim" -> "free time", "spare tim" -> "spare time". One or two letters may be missing.
 */
function completeLastWord(words: string[]): string[] {
  const last = words[words.length - 1] ?? '';
  if (last.length < 2 || words.length < 2 || VOCABULARY_SET.has(last) || GLUE_PIECES.has(last)) return words;
  const followers = PHRASE_PAIRS.get(words[words.length - 2] ?? '') ?? [];
  if (followers.includes(last)) return words;
  const completions = followers.filter(
    (word) => word.startsWith(last) && word.length - last.length >= 1 && word.length - last.length <= 2,
  );
  return completions.length === 1 ? [...words.slice(0, -1), completions[0] ?? last] : words;
}

/** One sentence as normalised words. */
export function normaliseWords(sentence: string): string[] {
  const words: string[] = [];
  const pieces = sentence
    .toLowerCase()
    .replace(/[^\p{L}\p{N}'&+\s-]+/gu, ' ')
    .replace(/(?<!\p{L})['-]|['-](?!\p{L})/gu, ' ')
    .split(/\s+/)
    .filter(Boolean)
    .flatMap(unglue);
  for (const [index, piece] of pieces.entries()) {
    // "yo" opening a message is a greeting; elsewhere it is "your" ("whats yo name").
    if (piece === 'yo') {
      if (index > 0) words.push('your');
      continue;
    }
    // "yr" is "year" after a number or a word that counts years ("birth yr", "this yr"), else "your".
    const previous = pieces[index - 1] ?? '';
    if (
      piece === 'yr' &&
      /^(?:\d+|birth|this|last|next|which|what|a|per|one|each|every)$/.test(
        REWRITES.get(previous) ?? previous,
      )
    ) {
      words.push('year');
      continue;
    }
    const rewrite = REWRITES.get(piece) ?? REWRITES.get(piece.replace(/'/g, ''));
    if (rewrite) words.push(...rewrite.split(' '));
    else if (CONTRACTED_IS.test(piece)) words.push(correct(piece.slice(0, -2)), 'is');
    else words.push(correct(piece));
  }
  return completeLastWord(words);
}
