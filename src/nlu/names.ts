// Reads a reply to "what's your name?". Cue phrases come first ("my name is", "I'm", "Ana here"),
// then a bare reply ("Chinedu Okafor", "kwame"). Whether a word can be a name is decided by its
// shape and by compromise: unknown words are likely names, function words and descriptions
// ("fine", "tired", "studying", "from Canada") are not. No list of given names is involved.

import type { NameReading } from '../conversation/interpretation';
import {
  MOOD_WORDS,
  NAME_PARTICLES,
  NAME_STOP_WORDS,
  NON_NAME_WORDS,
  PLEASANTRY_PATTERN,
  TITLES,
} from './lexicon';
import { formatName } from './name-case';
import { type CueStrength, LABEL, NAME_CUES } from './name-cues';
import {
  type CaseMode,
  caseModeOf,
  INITIALS,
  isAllCaps,
  isCaseless,
  lowerCase,
  NAME_SHAPE,
  prepareReply,
  splitClauses,
  startsUpper,
  type Token,
  trimNoise,
} from './name-tokens';
import { isCommonWord, isDescriptive, isFunctionWord, profileWord } from './word-class';

type Position = CueStrength | 'bare';

/** How many words a name may have ("María de los Ángeles Vega" has five). */
const MAX_NAME_WORDS = 6;

/** Strips a title's period and a single-letter apostrophe prefix ("O'", "D'") before asking compromise. */
function lexicalCore(raw: string): string {
  return raw.replace(/\.$/, '').replace(/^\p{L}'(?=\p{L}{2})/u, '');
}

type FirstWord = 'name' | 'guess' | null;

/**
 * Can this word start a name here? `evidence` means the person capitalised it deliberately
 * (mid-sentence, in a message that is not all one case), which outweighs it being a common word.
 */
function readFirstWord(token: Token, position: Position, evidence: boolean): FirstWord {
  const word = token.raw.replace(/\.$/, '');
  if (!NAME_SHAPE.test(token.raw) || NON_NAME_WORDS.has(token.lower) || TITLES.has(lowerCase(word)))
    return null;
  if (isCaseless(word) || INITIALS.test(token.raw)) return 'name';
  if (MOOD_WORDS.has(lowerCase(word)) && !(position === 'strong' && evidence)) return null;
  const profile = profileWord(lexicalCore(word));
  if (isFunctionWord(profile)) return null;
  // "it's Sunday" is the day; "my name is Sunday" or a bare "Sunday" may well be a name.
  if (profile.tags.has('Date') && !profile.tags.has('Month') && !profile.personal) {
    return position === 'strong' ? 'name' : position === 'bare' ? 'guess' : null;
  }
  if (position === 'weak' && !evidence && isDescriptive(profile)) return null;
  if (position === 'bare' && !evidence && isDescriptive(profile) && !profile.tags.has('Adjective')) {
    // "Blessing" typed on its own is a name; "studying" or "exhausted" is not.
    return startsUpper(word) && profile.tags.has('Gerund') ? 'guess' : null;
  }
  if (position === 'strong') return 'name';
  if (isCommonWord(profile) && !evidence) return 'guess';
  if (position === 'bare' && profile.tags.has('Place') && !profile.personal) return 'guess';
  if (position === 'bare' && !evidence && isDescriptive(profile)) return 'guess';
  return 'name';
}

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
  if (!insideName && (NON_NAME_WORDS.has(token.lower) || NAME_STOP_WORDS.has(token.lower))) return false;
  if (capitalised) {
    // In normally typed text the name's words are capitalised; "al-Masri" starts with a particle.
    const [head = '', tail = ''] = token.raw.split('-');
    return startsUpper(token.raw) || (NAME_PARTICLES.has(head.toLowerCase()) && startsUpper(tail));
  }
  if (MOOD_WORDS.has(token.lower)) return false;
  const profile = profileWord(lexicalCore(token.raw));
  if (isFunctionWord(profile)) return false;
  if (!profile.known || profile.personal || profile.tags.has('ProperNoun')) return true;
  // A common noun ends a lower-case name only as its last word ("ludwig van der berg").
  return last && profile.tags.has('Noun') && !isDescriptive(profile) && !profile.tags.has('Date');
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
    !profileWord(token.raw).known
  );
}

interface Run {
  readonly words: readonly string[];
  readonly confident: boolean;
  /** Index of the first token after the name. */
  readonly end: number;
}

/** Reads a name from the start of `tokens`: an optional title, a first word, then more name words. */
function readRun(tokens: readonly Token[], position: Position, mode: CaseMode): Run | null {
  let index = 0;
  const words: string[] = [];
  const first = tokens[0];
  if (first && TITLES.has(lowerCase(first.raw.replace(/\.$/, ''))) && tokens.length > 1) {
    words.push(first.raw);
    index = 1;
  }
  const head = tokens[index];
  if (!head) return null;
  const evidence = mode === 'mixed' && startsUpper(head.raw) && !head.sentenceStart && !isAllCaps(head.raw);
  const reading = readFirstWord(head, words.length > 0 ? 'strong' : position, evidence);
  if (!reading) return null;
  words.push(head.raw);
  index += 1;
  const capitalised =
    mode === 'mixed' && startsUpper(head.raw) && !(isAllCaps(head.raw) && head.raw.length > 1);
  while (index < tokens.length && words.length < MAX_NAME_WORDS) {
    let next = index;
    while (next < tokens.length - 1 && isParticle(tokens[next], capitalised)) next += 1;
    const token = tokens[next];
    if (!token || !continuesName(token, capitalised, next === tokens.length - 1, tokens[next + 1])) break;
    for (let i = index; i <= next; i++) words.push(tokens[i]?.raw ?? '');
    index = next + 1;
  }
  const single = words.filter((word) => !TITLES.has(lowerCase(word.replace(/\.$/, '')))).length === 1;
  return { words, confident: reading === 'name' || !single, end: index };
}

/** After a bare name only a connector ("from Accra"), "here" or a pleasantry may follow. */
function endsCleanly(tokens: readonly Token[], end: number): boolean {
  const rest = tokens.slice(end);
  const first = rest[0];
  if (!first) return true;
  if (NAME_STOP_WORDS.has(first.lower)) return true;
  return PLEASANTRY_PATTERN.test(rest.map((token) => token.lower).join(' '));
}

function matchCue(tokens: readonly Token[], at: number) {
  return NAME_CUES.find((cue) => cue.words.every((word, i) => tokens[at + i]?.lower === word));
}

function toReading(run: Run): NameReading | null {
  const value = formatName(run.words);
  return value ? { value, confident: run.confident } : null;
}

/** Cue phrases: strong ones anywhere in a clause, weak ones only where the clause starts. */
function readWithCue(clause: readonly Token[], mode: CaseMode): NameReading | null | undefined {
  let sawCue = false;
  for (let at = 0; at < clause.length; at++) {
    const cue = matchCue(clause, at);
    // A weak cue must open the clause; "no it's Anna" (a correction) may put a no in front of it.
    const opens =
      at === 0 || (at === 1 && /^(?:no|nope|nah|yes|yeah|yep|sorry|actually)$/.test(clause[0]?.lower ?? ''));
    if (!cue || (cue.strength === 'weak' && !opens)) continue;
    const rest = clause.slice(at + cue.words.length);
    if (rest.length === 0) continue;
    sawCue = true;
    const run = readRun(rest, cue.strength, mode);
    if (run) return toReading(run);
  }
  // "Ana here": the name, then "here".
  const last = clause[clause.length - 1];
  if (clause.length > 1 && last?.lower === 'here') {
    const run = readRun(clause.slice(0, -1), 'bare', mode);
    if (run && run.end === clause.length - 1) return toReading(run);
  }
  return sawCue ? null : undefined;
}

/** The reply read as a name, or null when it is not one (a mood, a refusal, a question, a statement). */
export function readName(text: string): NameReading | null {
  const prepared = prepareReply(text).replace(LABEL, 'my name is ');
  if (!/\p{L}/u.test(prepared)) return null;
  const mode = caseModeOf(prepared);
  const clauses = splitClauses(prepared).map((clause) => ({ ...clause, tokens: trimNoise(clause.tokens) }));
  const failedCue = new Set<number>();
  for (const [index, clause] of clauses.entries()) {
    const reading = readWithCue(clause.tokens, mode);
    if (reading) return reading;
    if (reading === null) failedCue.add(index);
  }
  for (const [index, clause] of clauses.entries()) {
    if (clause.question || failedCue.has(index) || clause.tokens.length === 0) continue;
    if (PLEASANTRY_PATTERN.test(clause.tokens.map((token) => token.lower).join(' '))) continue;
    const run = readRun(clause.tokens, 'bare', mode);
    // A lone letter ("x", "k") is a shrug, not a name; initials ("J.P.") are kept.
    const lone = run?.words.length === 1 && /^\p{L}$/u.test(run.words[0] ?? '');
    if (run && !lone && endsCleanly(clause.tokens, run.end)) return toReading(run);
    // Only the first clause with content may be a bare name: "not telling, Ana" is not an answer.
    return null;
  }
  return null;
}
