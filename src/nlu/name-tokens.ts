// Splits a reply into sentences, clauses and word tokens for name reading, keeping what a
// name needs (case, hyphens, apostrophes, a title's period) and dropping what it does not
// (emoji, asides like "(she/her)", markdown, greetings around the name).

import { ADDRESS_WORDS, isChatWord, isGreeting } from './chat-words';
import { asciiPunctuation, stripEmoji } from './clean-text';
import { FILLER_WORDS, GREETING_WORDS, NON_NAME_WORDS, TITLES } from './lexicon';
import { GLUED_CUE, NAME_SUFFIX } from './name-cues-world';

export type CaseMode = 'lower' | 'upper' | 'mixed';

export interface Token {
  /** As typed, without surrounding punctuation (a title keeps its period). */
  readonly raw: string;
  readonly lower: string;
  /** First word of its sentence, where a capital letter says nothing. */
  readonly sentenceStart: boolean;
}

export interface Clause {
  readonly tokens: readonly Token[];
  readonly question: boolean;
}

/**
 * A word that could be part of a name: letters with inner hyphens or apostrophes, or initials. At most 30
 * characters and no letter three times in a row, so "xxxxxxxx…" (a paste) or "zzz" is not a name.
 */
export const NAME_SHAPE =
  /^(?=.{1,30}$)(?!.*(\p{L})\1\1)(?:[\p{L}\p{M}]+(?:['-][\p{L}\p{M}]+)*\.?|(?:\p{Lu}\.){2,3})$/u;
/** Initials such as "J.P." are a name on their own. */
export const INITIALS = /^(?:\p{Lu}\.){1,3}$/u;
export const isCaseless = (word: string): boolean => !/[\p{Lu}\p{Ll}]/u.test(word);
export const startsUpper = (word: string): boolean => /^\p{Lu}/u.test(word);
export const isAllCaps = (word: string): boolean => /\p{Lu}/u.test(word) && !/\p{Ll}/u.test(word);
export const lowerCase = (word: string): string => word.replace(/İ/g, 'i').toLowerCase();

export function caseModeOf(text: string): CaseMode {
  const upper = /\p{Lu}/u.test(text);
  const lower = /\p{Ll}/u.test(text);
  if (upper && !lower) return 'upper';
  return upper ? 'mixed' : 'lower';
}

/**
 * The text without emoji, asides like "(she/her)" and markdown, ready to split. People use an emoji,
 * or a spaced slash or bar ("Bilal Qureshi / Sales Ops"), as a full stop: each ends a clause.
 */
export function prepareReply(text: string): string {
  return asciiPunctuation(stripEmoji(text, ' , '))
    .replace(/\([^)]*\)?|\[[^\]]*\]?|\{[^}]*\}?/g, ',')
    .replace(/\b(?:she|he|they|xe|ze)\s*\/\s*(?:her|him|them|hers|his|theirs|xem|zir)s?\b/gi, ',')
    .replace(/\s+[/|]+\s+|\|/g, ' , ')
    .replace(/[*_~`"<>@#\\]/g, ' ')
    .replace(GLUED_CUE, '$1 ')
    .replace(/ {2,}/g, ' ')
    .trim();
}

function toToken(piece: string, sentenceStart: boolean): Token | null {
  let raw = piece.replace(/^[^\p{L}\p{M}\p{N}]+/u, '').replace(/[^\p{L}\p{M}\p{N}.]+$/u, '');
  const withoutDot = raw.replace(/\.+$/, '');
  // A period stays only on a title or an initial ("Dr.", "J."); elsewhere it ends the word.
  if (!TITLES.has(lowerCase(withoutDot)) && !/^\p{L}$/u.test(withoutDot) && !INITIALS.test(raw))
    raw = withoutDot;
  raw = raw.replace(NAME_SUFFIX, '');
  return raw ? { raw, lower: lowerCase(raw), sentenceStart } : null;
}

/** Particles after which Dutch names shorten "het" to "'t" ("van 't Hek", "op 't Veld"). */
const ELIDED_BEFORE = new Set([
  'van',
  'op',
  'in',
  'aan',
  'uit',
  'ter',
  'ten',
  'onder',
  'over',
  'voor',
  'bij',
]);

/** An abbreviated title whose period ends no sentence ("Dr.", "Engr.", "Jr."). */
const ABBREVIATION = /\b(dr|mr|mrs|ms|mx|prof|rev|fr|sr|jr|st|capt|engr|atty|arch|sgt|lt|col|maj|cpl)\./gi;

/** Sentences split on . ! ? ; and line breaks (not on "Dr." or "J."), then clauses on commas and dashes. */
export function splitClauses(text: string): Clause[] {
  const protectedText = text
    .replace(ABBREVIATION, '$1\uE000')
    .replace(/(?<=^|\s|\.)(\p{Lu})\.(?=\s*\p{Lu}|\s*$|\s*[,!?])/gu, '$1\uE000');
  const clauses: Clause[] = [];
  for (const match of protectedText.matchAll(/[^.!?;\n]+([.!?;\n]*)/g)) {
    const question = (match[1] ?? '').includes('?');
    const sentence = match[0].replace(/[.!?;\n]+$/, '').replace(/\uE000/g, '.');
    let first = true;
    for (const part of sentence.split(/\s*,\s*|\s+[-–—]+\s+|\s*:\s+(?=\S)/)) {
      const tokens: Token[] = [];
      for (const piece of part.split(/\s+/)) {
        // Dutch "'t" (het) inside a name keeps its apostrophe: "Ruud van 't Hek".
        const elided = /^'[ts]$/i.test(piece) && ELIDED_BEFORE.has(tokens[tokens.length - 1]?.lower ?? '');
        const token = elided
          ? { raw: piece.toLowerCase(), lower: piece.toLowerCase(), sentenceStart: false }
          : toToken(piece, first && tokens.length === 0);
        if (token) tokens.push(token);
      }
      if (tokens.length > 0) {
        clauses.push({ tokens, question });
        first = false;
      }
    }
  }
  return clauses;
}

/** Two-word openers that are noise: "good morning", "good q", "great question". */
function noisePairLength(first: string, second: string | undefined): number {
  if (!second) return 0;
  if (/^(?:good|gud)$/.test(first) && /^(?:morning|afternoon|evening|day|night|q|question|one)$/.test(second))
    return 2;
  if (/^(?:great|fair|nice|ok|okay)$/.test(first) && /^(?:q|question)$/.test(second)) return 2;
  // Two-word greetings in other languages: "kia ora", "salam alaikum", "buenos días", "guten tag".
  if (
    /^(?:kia|salam|salaam|assalamu|buenos|buenas|guten|bom|boa|bonne|buon|buona|dobar|dobry|dzień|hyvää)$/.test(
      first,
    ) &&
    /^(?:ora|alaikum|aleikum|alaykum|días|dias|tardes|noches|tag|morgen|abend|dia|tarde|noite|journée|soirée|giorno|sera|dan|den|dobry|päivää|huomenta)$/.test(
      second,
    )
  )
    return 2;
  return 0;
}

/**
 * "Oh Min-seo", "Go Eun-bi": a short capitalised word right before a capitalised hyphenated given
 * name is a (Korean) family name, not an interjection.
 */
export function isFamilyNameBefore(token: Token, next: Token | undefined): boolean {
  return /^\p{Lu}\p{Ll}{1,2}$/u.test(token.raw) && /^\p{Lu}\p{Ll}+-\p{L}+$/u.test(next?.raw ?? '');
}

/**
 * Drops leading and trailing greetings, fillers and slang: "heyyy it's ...", "good q im ...",
 * "hey bot. ...", "... lol". `loose` also drops stretched short words that may be names ("yoo"),
 * for use where a cue follows them.
 */
export function trimNoise(tokens: readonly Token[], loose = false): readonly Token[] {
  let start = 0;
  let end = tokens.length;
  const isNoise = (token: Token | undefined) =>
    token !== undefined &&
    (isChatWord(token.lower, loose) || GREETING_WORDS.has(token.lower) || FILLER_WORDS.has(token.lower));
  // "hi there", "hey bot", "good morning sir": the address goes with the greeting, unless it is a
  // title before a name ("hi Sir Alex").
  const isAddress = (at: number) =>
    ADDRESS_WORDS.has(tokens[at]?.lower ?? '') &&
    !(
      TITLES.has(tokens[at]?.lower ?? '') &&
      startsUpper(tokens[at + 1]?.raw ?? '') &&
      !NON_NAME_WORDS.has(tokens[at + 1]?.lower ?? '')
    );
  while (start < end) {
    const token = tokens[start];
    if (!token) break;
    const pair = noisePairLength(token.lower, tokens[start + 1]?.lower);
    const greeting = pair > 0 || isGreeting(token.lower);
    if (pair > 0) start += pair;
    else if (isNoise(token) && !isFamilyNameBefore(token, tokens[start + 1])) start += 1;
    else break;
    if (greeting) while (start < end && isAddress(start)) start += 1;
  }
  while (end > start && isNoise(tokens[end - 1])) end -= 1;
  return tokens.slice(start, end);
}
