// Reads one name from the start of a run of words: an optional title, a first word that can start
// a name here, then more name words and particles ("Amina Bello", "María de los Ángeles Vega").
// Whether a word can be a name is decided by its shape and by compromise: unknown words are likely
// names, function words and descriptions ("fine", "tired", "studying") are not. No name list is used.

import { isChatWord } from './chat-words';
import { editDistance } from './fuzzy';
import {
  ADJECTIVE_NAMES,
  HESITATION_SOUNDS,
  HYPHEN_PARTICLES,
  MOOD_SPELLINGS,
  MOOD_WORDS,
  NAME_PARTICLES,
  NAME_STOP_WORDS,
  NON_NAME_WORDS,
  TITLES,
  VIETNAMESE_FAMILY_NAMES,
} from './lexicon';
import { CUE_WORDS, type CueStrength } from './name-cues';
import {
  type CaseMode,
  INITIALS,
  isAllCaps,
  isCaseless,
  isFamilyNameBefore,
  lowerCase,
  NAME_SHAPE,
  startsUpper,
  type Token,
} from './name-tokens';
import { isCommonWord, isDescriptive, isFunctionWord, profileWord, type WordProfile } from './word-class';

export type Position = CueStrength | 'bare';

/** How many words a name may have ("María de los Ángeles Vega" has five). */
const MAX_NAME_WORDS = 6;

/**
 * Strips a title's period and a single-letter apostrophe prefix ("O'", "D'") before asking compromise,
 * and lower-cases a shouted word: "AMA" typed in capitals is the name Ama, not an acronym.
 */
export function lexicalCore(raw: string): string {
  const core = raw.replace(/\.$/, '').replace(/^\p{L}'(?=\p{L}{2})/u, '');
  return isAllCaps(core) && core.length > 1 ? lowerCase(core) : core;
}

type FirstWord = 'name' | 'guess' | null;

/**
 * Can this word start a name here? `evidence` means the person capitalised it deliberately
 * (mid-sentence, in a message that is not all one case), which outweighs it being a common word.
 */
function readFirstWord(
  token: Token,
  position: Position,
  evidence: boolean,
  selfCue: boolean,
  surnameFollows: boolean,
): FirstWord {
  const word = token.raw.replace(/\.$/, '');
  if (!NAME_SHAPE.test(token.raw) || NON_NAME_WORDS.has(token.lower) || TITLES.has(lowerCase(word)))
    return null;
  if (isCaseless(word) || INITIALS.test(token.raw)) return 'name';
  if (isChatWord(token.lower)) return null;
  if (isMood(lowerCase(word), position, evidence)) return null;
  const profile = profileWord(lexicalCore(word));
  if (isFunctionWord(profile)) return null;
  // "it's Sunday" is the day; "my name is Sunday", "I'm Sunday Adekunle" or a bare "Sunday" may well
  // be a name, but days in the plural ("ugh, mondays") are a complaint.
  if (profile.tags.has('Date') && !profile.tags.has('Month') && !profile.personal) {
    if (position === 'strong' || (position === 'weak' && surnameFollows)) return 'name';
    return position === 'bare' && !profile.tags.has('Plural') ? 'guess' : null;
  }
  // "im tired" is a mood; "im sage" (also a noun) or "i am precious" (also a name) is a guess to
  // confirm. Only after "I'm": "it's sunny" is the weather.
  if (position === 'weak' && !evidence && isDescriptive(profile)) {
    const alsoNamed =
      ADJECTIVE_NAMES.has(lowerCase(word)) || (profile.nounReading && profile.tags.has('Adjective'));
    return alsoNamed && selfCue ? 'guess' : null;
  }
  // "i am teacher", "im student": a role, said without its article, not a name.
  if (position === 'weak' && selfCue && !evidence && isRoleNoun(lowerCase(word), profile)) return null;
  if (position === 'bare' && !evidence && isDescriptive(profile) && !profile.tags.has('Adjective')) {
    // "Blessing" typed on its own is a name; "studying" or "exhausted" is not.
    return startsUpper(word) && profile.tags.has('Gerund') ? 'guess' : null;
  }
  if (position === 'strong') return 'name';
  if (isCommonWord(profile) && !evidence) return 'guess';
  if (position === 'bare' && profile.tags.has('Place') && !profile.personal) return 'guess';
  if (position === 'bare' && !evidence && isDescriptive(profile)) return 'guess';
  // A lone lower-case word nobody capitalised and compromise does not know ("pizza", "bleh", "kwame")
  // may be a name or anything else: a guess to confirm. Capitalised ("Kwame"), it is a name.
  if (position === 'bare' && !evidence && token.raw === token.lower && !profile.known && !profile.personal)
    return 'guess';
  return 'name';
}

/** "im tired", "im gud", "im exausted": a mood, unless the person capitalised it after a strong cue. */
function isMood(lower: string, position: Position, evidence: boolean): boolean {
  if (position === 'strong' && evidence) return false;
  if (MOOD_WORDS.has(lower) || MOOD_SPELLINGS.has(lower)) return true;
  // One slip from a longer mood word ("exausted", "stresed"), typed in lower case.
  if (evidence || lower.length < 6 || profileWord(lower).known) return false;
  return LONG_MOODS.some((mood) => mood[0] === lower[0] && editDistance(lower, mood, 1) <= 1);
}

const LONG_MOODS = [...MOOD_WORDS].filter((mood) => mood.length >= 6 && /^\p{Ll}+$/u.test(mood));

/**
 * Does the word after a first word look like a family name, so the pair is a full name ("I'm Sunday
 * Adekunle")? A capitalised word compromise does not know, or in lower-case text any unknown word.
 */
function isSurnameLike(token: Token | undefined, mode: CaseMode): boolean {
  if (
    !token ||
    !NAME_SHAPE.test(token.raw) ||
    NON_NAME_WORDS.has(token.lower) ||
    NAME_STOP_WORDS.has(token.lower)
  )
    return false;
  if (mode === 'mixed' && !startsUpper(token.raw)) return false;
  const profile = profileWord(lexicalCore(token.raw));
  return !profile.known || profile.personal;
}

/** A noun for what someone does or is: compromise's Actor tag ("teacher", "developer") or an agent ending. */
function isRoleNoun(lower: string, profile: WordProfile): boolean {
  if (!profile.known || profile.personal) return false;
  return profile.tags.has('Actor') || (profile.tags.has('Noun') && /(?:ent|ist|ian|ant)$/.test(lower));
}

/** A particle elided onto the name it belongs to: "d'Almeida", "dell'Acqua", "l'Estrange". */
const ELIDED_PARTICLE = /^\p{Ll}{1,4}'\p{Lu}/u;

/** Can this word carry on a name already started ("Amina" + "Bello")? */
function continuesName(token: Token, capitalised: boolean, last: boolean, next: Token | undefined): boolean {
  if (!NAME_SHAPE.test(token.raw) || token.raw.endsWith('.') || TITLES.has(token.lower)) return false;
  if (isCaseless(token.raw)) return true;
  // Inside a capitalised name a short word like "An", "Do" or "So" is a name ("Nguyễn Văn An"),
  // as long as the name ends there or goes on with another name word ("How Are You" is no name).
  const nextIsName = startsUpper(next?.raw ?? '') && !NON_NAME_WORDS.has(next?.lower ?? '');
  const insideName =
    capitalised &&
    startsUpper(token.raw) &&
    token.raw.length <= 3 &&
    /^\p{L}+$/u.test(token.raw) &&
    token.lower !== 'i' &&
    (last || nextIsName);
  // "me llamo José Luis y *soy* de México": a cue word inside the run has begun a new clause.
  const ends =
    NON_NAME_WORDS.has(token.lower) || NAME_STOP_WORDS.has(token.lower) || CUE_WORDS.has(token.lower);
  if (!insideName && ends) return false;
  if (capitalised) {
    // In normally typed text the name's words are capitalised; "al-Masri" starts with a particle.
    const [head = '', tail = ''] = token.raw.split('-');
    return (
      startsUpper(token.raw) ||
      (HYPHEN_PARTICLES.has(head.toLowerCase()) && startsUpper(tail)) ||
      ELIDED_PARTICLE.test(token.raw)
    );
  }
  if (MOOD_WORDS.has(token.lower) || isChatWord(token.lower)) return false;
  const profile = profileWord(lexicalCore(token.raw));
  if (isFunctionWord(profile)) return false;
  if (!profile.known || profile.personal || profile.tags.has('ProperNoun')) return true;
  // A common noun ends a lower-case name only as its last word ("ludwig van der berg", "ji-woo park").
  return last && profile.nounReading && !isDescriptive(profile) && !profile.tags.has('Date');
}

/**
 * A lower-case link inside a name: a known particle ("van", "bin", "ul"), or in a capitalised name
 * any short word English does not use ("Kamau wa Njoroge").
 */
function isParticle(token: Token | undefined, capitalised: boolean): boolean {
  if (!token) return false;
  if (NAME_PARTICLES.has(token.lower)) return true;
  return (
    capitalised &&
    token.raw === token.lower &&
    token.raw.length <= 3 &&
    !NON_NAME_WORDS.has(token.lower) &&
    !NAME_STOP_WORDS.has(token.lower) &&
    !CUE_WORDS.has(token.lower) &&
    !profileWord(token.raw).known
  );
}

const withCapital = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

/** A word without its diacritics ("Nguyễn" -> "nguyen", "Đặng" -> "dang"). */
function folded(lower: string): string {
  return lower.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd');
}

/** A syllable of a Vietnamese name: one short word, not a word that ends or frames a name. */
function isVietnameseSyllable(token: Token | undefined): boolean {
  if (!token || !/^\p{L}{1,7}$/u.test(token.raw)) return false;
  if (NAME_STOP_WORDS.has(token.lower) || CUE_WORDS.has(token.lower)) return false;
  // "An" is a common given name ("Võ Hoài An") as well as the English article.
  return token.lower === 'an' || !NON_NAME_WORDS.has(token.lower);
}

/**
 * "le van hung", "bui thanh long", "vo hoai an": a Vietnamese name typed in lower case, a family name
 * then two or three syllables, some of which look like English words ("long", "van", "an"). Returns
 * how many words it has, or 0. Capitalised ("Lê Văn Hùng") such names are read like any other.
 */
function vietnameseNameLength(tokens: readonly Token[]): number {
  const [family] = tokens;
  if (!family || family.raw !== family.lower || !VIETNAMESE_FAMILY_NAMES.has(folded(family.lower))) return 0;
  let length = 1;
  while (length < 4 && tokens[length]?.raw === tokens[length]?.lower && isVietnameseSyllable(tokens[length]))
    length += 1;
  return length >= 3 ? length : 0;
}

export interface Run {
  readonly words: readonly string[];
  readonly confident: boolean;
  /** Index of the first token after the name. */
  readonly end: number;
}

/** Reads a name from the start of `tokens`: an optional title, a first word, then more name words. */
export function readRun(
  tokens: readonly Token[],
  position: Position,
  mode: CaseMode,
  selfCue = false,
): Run | null {
  let index = 0;
  const words: string[] = [];
  const first = tokens[0];
  if (first && TITLES.has(lowerCase(first.raw.replace(/\.$/, ''))) && tokens.length > 1) {
    words.push(first.raw);
    index = 1;
  }
  const head = tokens[index];
  if (!head) return null;
  const vietnamese = vietnameseNameLength(tokens.slice(index));
  if (vietnamese > 0) {
    // Each syllable capitalised ("Le Van Hung"): "van" here is no Dutch particle.
    for (const token of tokens.slice(index, index + vietnamese)) words.push(withCapital(token.raw));
    return { words, confident: true, end: index + vietnamese };
  }
  const evidence = mode === 'mixed' && startsUpper(head.raw) && !head.sentenceStart && !isAllCaps(head.raw);
  const reading = isFamilyNameBefore(head, tokens[index + 1])
    ? 'name'
    : readFirstWord(
        head,
        words.length > 0 ? 'strong' : position,
        evidence,
        selfCue,
        isSurnameLike(tokens[index + 1], mode),
      );
  if (!reading) return null;
  words.push(head.raw);
  index += 1;
  const capitalised =
    mode === 'mixed' && startsUpper(head.raw) && !(isAllCaps(head.raw) && head.raw.length > 1);
  while (index < tokens.length && words.length < MAX_NAME_WORDS) {
    // "Rahim uh Chowdhury": a hesitation inside the name is left out of it.
    const from = HESITATION_SOUNDS.has(tokens[index]?.lower ?? '') ? index + 1 : index;
    let next = from;
    while (next < tokens.length - 1 && isParticle(tokens[next], capitalised)) next += 1;
    const token = tokens[next];
    if (!token || !continuesName(token, capitalised, next === tokens.length - 1, tokens[next + 1])) break;
    for (let i = from; i <= next; i++) words.push(tokens[i]?.raw ?? '');
    index = next + 1;
  }
  const single = words.filter((word) => !TITLES.has(lowerCase(word.replace(/\.$/, '')))).length === 1;
  return { words, confident: reading === 'name' || !single, end: index };
}
