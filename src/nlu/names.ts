// Reads a reply to "what's your name?". Cue phrases come first ("my name is", "I'm", "Ana here",
// "Takeshi's the name"), typed carelessly or not ("my nmae is", "ppl call me"), then labelled parts
// ("first name Aroha, last name Ngata"), then a bare reply ("Chinedu Okafor", "kwame", "ummm Inti?").
// name-run.ts decides which words can be a name.

import type { NameReading } from '../conversation/interpretation';
import { isChatWord } from './chat-words';
import { NAME_STOP_WORDS, PLEASANTRY_PATTERN } from './lexicon';
import { formatName } from './name-case';
import {
  type Cue,
  epithetLength,
  FAMILY_NAME_LABEL,
  GIVEN_NAME_LABEL,
  GLUED_WORDS,
  isCueWord,
  LABEL,
  NAME_CUES,
  TRAILING_CUES,
} from './name-cues';
import { lexicalCore, type Run, readRun } from './name-run';
import {
  type CaseMode,
  caseModeOf,
  lowerCase,
  prepareReply,
  splitClauses,
  startsUpper,
  type Token,
  trimNoise,
} from './name-tokens';
import { isGluedQuestion } from './question-words';
import { profileWord } from './word-class';

/** After a bare name only a connector ("from Accra"), "here" or a pleasantry may follow. */
function endsCleanly(tokens: readonly Token[], end: number): boolean {
  const rest = tokens.slice(end);
  const first = rest[0];
  if (!first) return true;
  if (NAME_STOP_WORDS.has(first.lower)) return true;
  return PLEASANTRY_PATTERN.test(rest.map((token) => token.lower).join(' '));
}

function matchCue(tokens: readonly Token[], at: number) {
  return NAME_CUES.find((cue) => cue.words.every((word, i) => isCueWord(tokens[at + i]?.lower, word)));
}

/** A copy of a token without its possessive "'s" ("Takeshi's the name"). */
function withoutPossessive(token: Token): Token {
  const raw = token.raw.replace(/'s$/i, '');
  return { ...token, raw, lower: lowerCase(raw) };
}

/** Name-first cues: "Takeshi's the name", "Kalinda is my name", "Gaurav speaking", "Ana here". */
function readTrailingCue(clause: readonly Token[], mode: CaseMode): NameReading | null | undefined {
  for (const cue of TRAILING_CUES) {
    const possessive = cue.words[0] === "'s";
    const words = possessive ? cue.words.slice(1) : cue.words;
    const at = clause.length - words.length;
    if (at < 1 || !words.every((word, i) => isCueWord(clause[at + i]?.lower, word))) continue;
    const before = clause[at - 1];
    if (possessive !== /'s$/i.test(before?.raw ?? '')) continue;
    const name =
      possessive && before ? [...clause.slice(0, at - 1), withoutPossessive(before)] : clause.slice(0, at);
    const run = readRun(name, cue.strength === 'strong' ? 'strong' : 'bare', mode);
    if (run && run.end === name.length) return toReading(run);
    if (cue.strength === 'strong') return null;
  }
  return undefined;
}

function toReading(run: Run): NameReading | null {
  const value = formatName(run.words);
  return value ? { value, confident: run.confident } : null;
}

/**
 * The words where the name is, after a cue: past slang for "me" ("its *ya boi* Dre") or an article
 * ("eu sou *a* Beatriz"), and up to a closing word ("mera naam Arjun *hai*"). Null when the cue needs
 * a closing word that is not there ("ko" alone is no Māori cue).
 */
function nameAfterCue(cue: Cue, rest: readonly Token[]): readonly Token[] | null {
  const lower = rest.map((token) => token.lower);
  let start = cue.strength === 'weak' ? epithetLength(lower) : 0;
  if (cue.articles.has(lower[start] ?? '') && rest.length > start + 1) start += 1;
  for (let at = start + 1; at < rest.length; at++) {
    if (cue.closers.some((closer) => closer.every((word, i) => lower[at + i] === word)))
      return rest.slice(start, at);
  }
  return cue.closeRequired ? null : rest.slice(start);
}

/** Cue phrases: strong ones anywhere in a clause, weak ones only where the clause starts. */
function readWithCue(clause: readonly Token[], mode: CaseMode): NameReading | null | undefined {
  let sawCue = false;
  for (let at = 0; at < clause.length; at++) {
    const cue = matchCue(clause, at);
    // "my dad's name is Bob": someone else's name.
    if (cue?.words[0] === 'name' && /'s$|^(?:his|her|their|your)$/i.test(clause[at - 1]?.raw ?? '')) continue;
    // A weak cue must open the clause; "no it's Anna" (a correction) may put a no in front of it.
    const opens =
      at === 0 || (at === 1 && /^(?:no|nope|nah|yes|yeah|yep|sorry|actually)$/.test(clause[0]?.lower ?? ''));
    if (!cue || (cue.strength === 'weak' && !opens)) continue;
    const after = clause.slice(at + cue.words.length);
    const rest = nameAfterCue(cue, after);
    // "it's your favourite intern, Priya": an introduction whose name comes in the next clause.
    if (rest?.length === 0 && after.length > 0) sawCue = true;
    if (!rest || rest.length === 0) continue;
    sawCue = true;
    const run = readRun(rest, cue.strength, mode, cue.self);
    if (run) return toReading(run);
  }
  const trailing = readTrailingCue(clause, mode);
  if (trailing !== undefined) return trailing;
  return sawCue ? null : undefined;
}

/** The words of a short piece of text, for a labelled part of a name. */
function partTokens(text: string): readonly Token[] {
  return trimNoise(splitClauses(text)[0]?.tokens ?? []);
}

/**
 * "first name's Aroha, last name Ngata", "surname: Mensah, first name: Akosua": the labelled parts,
 * given name first (one part alone, "surname Ferreira", is read too).
 */
function readLabelledParts(text: string, mode: CaseMode): NameReading | null {
  const given = GIVEN_NAME_LABEL.exec(text)?.[1];
  const family = FAMILY_NAME_LABEL.exec(text)?.[1];
  const givenRun = given ? readRun(partTokens(given), 'strong', mode) : null;
  const familyRun = family ? readRun(partTokens(family), 'strong', mode) : null;
  if (!givenRun && !familyRun) return null;
  const value = formatName([...(givenRun?.words ?? []), ...(familyRun?.words ?? [])]);
  return value ? { value, confident: true } : null;
}

/**
 * "The name is Vasquez. Lupe Vasquez.", "its ayodele. ayodele okonkwo": a later clause that repeats
 * the name in full is the better greeting.
 */
function fullerRepeat(
  reading: NameReading,
  clauses: readonly NameClause[],
  after: number,
  mode: CaseMode,
): NameReading {
  const known = new Set(reading.value.split(' ').map(lowerCase));
  for (const clause of clauses.slice(after + 1)) {
    const run = readRun(clause.tokens, 'bare', mode);
    if (!run || run.end !== clause.tokens.length || run.words.length <= known.size) continue;
    if (run.words.some((word) => known.has(lowerCase(word)))) return toReading(run) ?? reading;
  }
  return reading;
}

/**
 * "ummm Inti?": a name said hesitantly, with a question mark. Only a capitalised word compromise does
 * not know, or knows as a name, counts ("coffee?" or "sorry?" asks something).
 */
function isHesitantName(tokens: readonly Token[], mode: CaseMode): boolean {
  const run = readRun(tokens, 'bare', mode);
  if (!run || run.end !== tokens.length) return false;
  return tokens.every((token) => {
    const profile = profileWord(lexicalCore(token.raw));
    return profile.personal || (mode === 'mixed' && startsUpper(token.raw) && !profile.known);
  });
}

/** "My name is: Faisal": a strong cue that ends its clause goes on in the next one. */
function withNextIfCueEnds(tokens: readonly Token[], next: NameClause | undefined): readonly Token[] {
  if (!next || next.question) return tokens;
  const endsWithCue = NAME_CUES.some(
    (cue) =>
      cue.strength === 'strong' &&
      cue.words.length <= tokens.length &&
      cue.words.every((word, i) => isCueWord(tokens[tokens.length - cue.words.length + i]?.lower, word)),
  );
  return endsWithCue ? [...tokens, ...next.tokens] : tokens;
}

/** "ya girl Jasmine here", "hey, ur boy Dre": slang for "me" opening a reply that has no cue. */
function withoutEpithet(tokens: readonly Token[]): readonly Token[] {
  const lower = tokens.map((token) => token.lower);
  // At the start, or after greetings and fillers only ("hey ur boy Dre").
  for (let at = 0; at < tokens.length; at++) {
    const length = epithetLength(lower.slice(at));
    if (length > 0) return at + length < tokens.length ? tokens.slice(at + length) : tokens;
    if (!isChatWord(lower[at] ?? '')) break;
  }
  return tokens;
}

interface NameClause {
  /** Without greetings and fillers. */
  readonly tokens: readonly Token[];
  /** Also without stretched short words ("yoo"), for reading a cue after them. */
  readonly cueTokens: readonly Token[];
  readonly question: boolean;
}

/** The reply read as a name, or null when it is not one (a mood, a refusal, a question, a statement). */
export function readName(text: string): NameReading | null {
  const unglued = prepareReply(text).replace(GLUED_WORDS, (_, my, name, call, me) =>
    my ? `${my} ${name}` : `${call} ${me}`,
  );
  if (!/\p{L}/u.test(unglued)) return null;
  const parts = readLabelledParts(unglued, caseModeOf(unglued));
  if (parts) return parts;
  const prepared = unglued.replace(LABEL, 'my name is ');
  const mode = caseModeOf(prepared);
  const clauses: NameClause[] = splitClauses(prepared).map((clause) => ({
    tokens: trimNoise(withoutEpithet(clause.tokens)),
    cueTokens: trimNoise(withoutEpithet(clause.tokens), true),
    question: clause.question,
  }));
  const failedCue = new Set<number>();
  for (const [index, clause] of clauses.entries()) {
    const reading = readWithCue(withNextIfCueEnds(clause.cueTokens, clauses[index + 1]), mode);
    if (reading) return fullerRepeat(reading, clauses, index, mode);
    if (reading === null) failedCue.add(index);
  }
  for (const [index, clause] of clauses.entries()) {
    if (failedCue.has(index) || clause.tokens.length === 0) continue;
    if (clause.question && !isHesitantName(clause.tokens, mode)) continue;
    if (PLEASANTRY_PATTERN.test(clause.tokens.map((token) => token.lower).join(' '))) continue;
    const run = readRun(clause.tokens, 'bare', mode);
    // A lone letter ("x", "k") is a shrug, not a name; initials ("J.P.") are kept. A question typed
    // without spaces ("howoldru", "whatdoyoudoforfun") is not a name either.
    const lone = run?.words.length === 1 && /^\p{L}$/u.test(run.words[0] ?? '');
    const glued = run?.words.length === 1 && isGluedQuestion(lowerCase(run.words[0] ?? ''));
    if (run && !lone && !glued && endsCleanly(clause.tokens, run.end)) return toReading(run);
    // Only the first clause with content may be a bare name: "not telling, Ana" is not an answer.
    return null;
  }
  return null;
}
