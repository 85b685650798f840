// Which words can be a name, and how sure the bot can be. A capture is a name only when it is not an
// ordinary word of a language (a mood, a job, a place, small talk): "ich bin Entwickler" is a job,
// "I'm tired" a mood, "main Delhi se hoon" a place. Language packs list those words for every language;
// for English, compromise knows far more of them than a list would.

import { isCalendarWord, profileWord, readEnglishWord } from '../english/word-knowledge';
import type { Lexicon } from '../packs/lexicon';
import type { Token } from '../text/tokens';

/** How a name was introduced: after "my name is" anything name-shaped is a name, after "I'm" it must look like one. */
export type Evidence = 'strong' | 'weak' | 'bare';

/** `ordinary`: an ordinary word (a mood, a job, a place) that is a name only with a family name after it. */
export type WordVerdict = 'name' | 'guess' | 'ordinary' | 'no';

/**
 * A word that could be part of a name: letters with inner hyphens or apostrophes, or initials ("J.P."),
 * at most 30 characters and no letter three times in a row ("xxxxx" is no name).
 */
const NAME_SHAPE =
  /^(?=.{1,30}$)(?!.*(\p{L})\1\1)(?:[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*\.?|(?:\p{L}\.){1,3})$/u;
/** Hangul letters on their own, not syllables: "ㅠㅠ" is a crying face, "ㅋㅋ" laughter. */
const HANGUL_LETTERS_ONLY = /^[\u3131-\u318E]+$/u;
export const isNameShaped = (token: Token): boolean =>
  NAME_SHAPE.test(token.text) && !HANGUL_LETTERS_ONLY.test(token.text);

export const startsUpper = (text: string): boolean => /^\p{Lu}/u.test(text);

/** "forgot", "looking": an English past tense or -ing verb, typed in lower case, that is no known name. */
function isLowerCaseVerbForm(token: Token): boolean {
  if (startsUpper(token.text)) return false;
  const profile = profileWord(token.key);
  return !profile.personal && (profile.tags.has('PastTense') || profile.tags.has('Gerund'));
}
const isAcronym = (text: string): boolean => /^\p{Lu}{2,}$/u.test(text);
export const hasCase = (text: string): boolean => /[\p{Lu}\p{Ll}]/u.test(text);

export interface WordContext {
  readonly evidence: Evidence;
  /** The language of the cue that introduced the name ("es" for "me llamo"). */
  readonly language: string;
  /** The message mixes upper and lower case, so a capital letter was typed on purpose. */
  readonly mixedCase: boolean;
  /** The word opens its sentence, where a capital letter says nothing. */
  readonly opensSentence: boolean;
  /** The word is the whole reply. */
  readonly alone: boolean;
  /** The word ends its clause ("please call me An"). */
  readonly endsClause?: boolean;
  /** The languages the rest of the message is in: the word is judged against their ordinary words. */
  readonly languages: ReadonlySet<string>;
}

/** Can this word start a name here, and how sure is that? */
export function judgeFirstWord(token: Token, context: WordContext, lexicon: Lexicon): WordVerdict {
  if (!isNameShaped(token) || /^\p{N}/u.test(token.text) || isKeyboardMash(token.key)) return 'no';
  // "my name is Stupid Idiot": an insult is never greeted back, whatever cue or capital comes with it.
  if (lexicon.isRude(token)) return 'no';
  // "please call me An", "my name is May": after a strong cue, a capital typed on purpose on the word that
  // ends the clause says "name", whatever else the word is.
  const typedAsName =
    context.evidence === 'strong' &&
    context.endsClause === true &&
    context.mixedCase &&
    startsUpper(token.text) &&
    !context.opensSentence &&
    !lexicon.capitalisesNouns(context.language);
  if (typedAsName) return 'name';
  if (lexicon.isNeverName(token, context.language)) return 'no';
  // "nameは何ですか": a word in another script than the English cue's is judged against every language
  // ("は" is a Japanese particle).
  if (context.language === 'en' && token.script !== 'latin' && lexicon.isOrdinaryWord(token)) return 'no';
  // "LDAP account locked again": in a message typed in both cases, a word in capitals with no cue before
  // it is an acronym, unless it is a first name shouted ("Mark, no, MARCO").
  if (
    context.evidence === 'bare' &&
    context.mixedCase &&
    isAcronym(token.text) &&
    readEnglishWord(token.key) !== 'person'
  )
    return 'no';
  // "call me maybe": after a strong cue anything name-shaped is a name, but a plain common word is a joke.
  if (context.evidence === 'strong' && lexicon.isCommonWord(token, context.language)) return 'no';
  // "…but forgot the details": after an English cue, a lower-case verb in the past or in -ing is no name.
  if (context.evidence === 'strong' && context.language === 'en' && isLowerCaseVerbForm(token)) return 'no';
  // A capital typed on purpose says "name", except in a language that capitalises every noun.
  const capitalised =
    context.mixedCase &&
    startsUpper(token.text) &&
    !context.opensSentence &&
    !lexicon.capitalisesNouns(context.language);
  // A lone word typed in lower case is judged against every language: "nimechoka" alone is Swahili for
  // "I'm tired" ("Ravi", typed with a capital, is judged against the rest of the message: nothing).
  // A lone word typed in lower case is judged against every language ("nimechoka" alone is Swahili for
  // "I'm tired"), unless it is a well-known first name ("sam" is also Czech for "alone").
  const lowerAlone =
    context.alone &&
    context.evidence === 'bare' &&
    !startsUpper(token.text) &&
    !(/^[a-z]+$/.test(token.lower) && readEnglishWord(token.lower) === 'person');
  const ordinary = lexicon.isOrdinaryWord(token, lowerAlone ? undefined : context.languages);
  if (context.evidence !== 'strong' && ordinary) {
    // "I'm Lucky", "im Dev": a mood or a job typed with a capital is likely a name ("I'm Canadian" is
    // not: places and nationalities have capitals anyway).
    return capitalised && context.evidence === 'weak' && !lexicon.isPlace(token) ? 'guess' : 'ordinary';
  }
  if (!hasCase(token.text) || token.script !== 'latin') return 'name';
  if (!/^[a-z'-]+$/.test(token.lower)) return 'name'; // accents: not an English word
  // A reply that is one capitalised word ("Will", "Sage") is typed as a name, whatever else the word is.
  const lone = context.evidence === 'bare' && context.alone && startsUpper(token.text) && context.mixedCase;
  // Days and months: "it's Monday" is the day, "my name is Sunday" a name, "Sunday" alone perhaps one.
  // "ik ben Jan", "I'm June": a month that is a first name, typed with a capital after "I'm", is the name.
  if (/^[a-z]+$/.test(token.lower) && isCalendarWord(token.lower)) {
    if (context.evidence === 'strong') return 'name';
    if (context.evidence === 'weak' && startsUpper(token.text) && readEnglishWord(token.lower) === 'person')
      return 'name';
    return lone ? 'guess' : 'ordinary';
  }
  switch (readEnglishWord(token.lower)) {
    case 'function':
      // "I'm Will, the new guy", "Will Baker": a capital says it is a name here.
      if (lone || (capitalised && context.evidence === 'weak')) return 'guess';
      return startsUpper(token.text) ? 'ordinary' : 'no';
    case 'description':
      // "I'm tired" is a mood; "my name is Sunny" is still a name.
      if (context.evidence === 'strong') return 'name';
      return capitalised || lone ? 'guess' : 'no';
    case 'looks-descriptive':
      return context.evidence === 'strong' || capitalised ? 'name' : 'guess';
    case 'common':
      // "Hope", "Bill": common words that are names too; sure only when typed as one.
      if (context.evidence === 'strong' || capitalised) return 'name';
      return 'guess';
    case 'person':
    case 'unknown':
      return 'name';
  }
}

/** Can this word carry on a name already started ("Amina" + "Bello", "María" + "de los Ángeles")? */
export function continuesName(
  token: Token,
  previous: Token,
  mixedCase: boolean,
  lexicon: Lexicon,
  languages?: ReadonlySet<string>,
): boolean {
  if (lexicon.particles.has(token) && !token.joined) return true;
  if (!isNameShaped(token) || /^\p{N}/u.test(token.text) || lexicon.isRude(token)) return false;
  // Scripts without spaces: the next piece of the same written word ("田中" + "太郎").
  if (token.joined)
    return (
      !hasCase(token.text) && !lexicon.isOrdinaryWord(token, languages) && !lexicon.isNeverName(token, 'en')
    );
  if (previous.script !== token.script && !(hasCase(previous.text) && hasCase(token.text))) return false;
  if (lexicon.particles.has(token)) return true;
  // "Bobby K": a capital letter after a capitalised name is an initial ("k" alone is "ok").
  if (mixedCase && /^\p{Lu}\.?$/u.test(token.text) && token.text[0] !== 'I' && startsUpper(previous.text))
    return true;
  if (lexicon.isNeverName(token, 'en')) return false;
  // In text typed with capitals, a name's words are capitalised ("Amina Bello", not "Amina from"), and a
  // capital says a word is part of the name even when it is also a place or a word ("Ana Lima", "Ana Joy").
  // A name begun in lower case ("im priya ramaswamy, QA lead") goes on as in text typed in one case.
  const begunLower = hasCase(previous.text) && !startsUpper(previous.text) && !startsUpper(token.text);
  // A family name English knows as one ("Sandeep sharma", "Ana smith") goes on even in lower case.
  if (mixedCase && hasCase(token.text) && !begunLower)
    return (
      startsUpper(token.text) ||
      /^\p{Ll}{1,4}['’-]\p{Lu}/u.test(token.text) ||
      (startsUpper(previous.text) && /^[a-z]+$/.test(token.text) && readEnglishWord(token.text) === 'person')
    );
  // Typed all in one case, a place may still be a family name ("ana lima"); a mood or a job is not.
  if (lexicon.isPlace(token)) return true;
  if (lexicon.isOrdinaryWord(token, languages)) return false;
  if (!hasCase(token.text)) return true;
  if (!/^[a-z'-]+$/.test(token.lower)) return true;
  const reading = readEnglishWord(token.lower);
  return reading === 'unknown' || reading === 'person' || reading === 'looks-descriptive';
}

const KEYBOARD_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
const KEYS = new Map(
  KEYBOARD_ROWS.flatMap((keys, row) =>
    Array.from(keys, (letter, column) => [letter, [row, column]] as const),
  ),
);

/**
 * A keyboard mash ("asdfgh", "jkjkjk"): every letter on one row of the keyboard and nearly every step to a
 * neighbouring key, which names do not do ("Tyree" is all on the top row but jumps about).
 */
function isKeyboardMash(key: string): boolean {
  if (key.length < 4) return false;
  const keys = Array.from(key, (letter) => KEYS.get(letter));
  const row = keys[0]?.[0];
  if (keys.some((position) => position === undefined || position[0] !== row)) return false;
  let steps = 0;
  for (let i = 1; i < keys.length; i++)
    if (Math.abs((keys[i]?.[1] ?? 0) - (keys[i - 1]?.[1] ?? 0)) === 1) steps += 1;
  return steps / (keys.length - 1) >= 0.8;
}
