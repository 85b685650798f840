// Reads a reply to "what's your name?". Labelled parts come first ("first name Aroha, last name
// Ngata"), then a correction ("it's Mark... jk it's Marek"), then cue phrases ("my name is", "I'm",
// "Ana here", "Takeshi's the name"), typed carelessly or not ("my nmae is", "ppl call me"), anywhere a
// new statement starts ("... crazy morning but yeah i'm Rizalyn"), then a bare reply ("Chinedu Okafor",
// "kwame", "ummm Inti?", "idk why u need it but fine, Sandile"). name-run.ts decides which words can
// be a name.

import type { NameReading } from '../conversation/interpretation';
import { isChatWord, isGreeting } from './chat-words';
import {
  CONCESSION_PATTERN,
  CORRECTION_MARK,
  HESITATIONS,
  LEAD_INS,
  NAME_STOP_WORDS,
  PLEASANTRY_PATTERN,
  REFUSAL_PATTERN,
  TRAILING_HEDGE,
} from './lexicon';
import { formatName } from './name-case';
import {
  type Cue,
  cuesClosedBy,
  cuesOpenedBy,
  epithetLength,
  FAMILY_NAME_LABEL,
  GIVEN_NAME_LABEL,
  GLUED_WORDS,
  isCueWord,
  LABEL,
  TRAILING_CUES,
} from './name-cues';
import { lexicalCore, type Run, readRun } from './name-run';
import {
  type CaseMode,
  type Clause,
  caseModeOf,
  lowerCase,
  prepareReply,
  splitClauses,
  startsUpper,
  type Token,
  trimNoise,
} from './name-tokens';
import { isGluedQuestion } from './question-words';
import { foreignTopic } from './question-world';
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
  const first = tokens[at];
  if (!first) return undefined;
  return cuesOpenedBy(first.lower).find((cue) =>
    cue.words.every((word, i) => i === 0 || isCueWord(tokens[at + i]?.lower, word)),
  );
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
  // "it's, um, Kofi", "my name is technically Muhammad": hesitations before the name.
  let start = 0;
  while (start < rest.length - 1 && HESITATIONS.has(lower[start] ?? '')) start += 1;
  if (cue.strength === 'weak') start += epithetLength(lower.slice(start));
  if (cue.articles.has(lower[start] ?? '') && rest.length > start + 1) start += 1;
  for (let at = start + 1; at < rest.length; at++) {
    if (cue.closers.some((closer) => closer.every((word, i) => lower[at + i] === word)))
      return rest.slice(start, at);
  }
  if (start >= rest.length) return [];
  return cue.closeRequired ? null : rest.slice(start);
}

/** Does a new statement start after this word, inside a run-on clause ("but yeah *i'm* Rizalyn")? */
function leadsIn(token: Token | undefined): boolean {
  return token === undefined || LEAD_INS.has(token.lower) || isChatWord(token.lower);
}

/** "pls dont call me Chin", "never call me Bart": a cue said to be refused. */
function isNegated(clause: readonly Token[], at: number): boolean {
  return [clause[at - 1], clause[at - 2]].some((token) => /^(?:don'?t|never|not)$/.test(token?.lower ?? ''));
}

/**
 * Cue phrases: strong ones anywhere in a clause, weak ones where the clause starts or a new statement
 * starts inside it ("... crazy morning but yeah i'm Rizalyn", "Brother it's Segun").
 */
function readWithCue(clause: readonly Token[], mode: CaseMode): NameReading | null | undefined {
  let sawCue = false;
  for (let at = 0; at < clause.length; at++) {
    const cue = matchCue(clause, at);
    if (!cue) continue;
    // "my dad's name is Bob": someone else's name.
    if (cue.words[0] === 'name' && /'s$|^(?:his|her|their|your)$/i.test(clause[at - 1]?.raw ?? '')) continue;
    // "Chinonso, but pls dont call me chin": the name after a refused cue is not the one to use.
    if (isNegated(clause, at)) continue;
    // A weak cue opening the clause (after a "no", for a correction: "no it's Anna") decides it; one
    // later in the clause only counts when a name follows it.
    const opens =
      cue.strength === 'strong' ||
      at === 0 ||
      (at === 1 && /^(?:no|nope|nah|yes|yeah|yep|sorry|actually)$/.test(clause[0]?.lower ?? ''));
    if (!opens && !leadsIn(clause[at - 1])) continue;
    const after = clause.slice(at + cue.words.length);
    const rest = nameAfterCue(cue, after);
    // "it's your favourite intern, Priya": an introduction whose name comes in the next clause.
    if (opens && rest?.length === 0 && after.length > 0) sawCue = true;
    if (!rest || rest.length === 0) continue;
    if (opens) sawCue = true;
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

/**
 * "My name is: Faisal", "I'm... Agnieszka", "it's, um, Kofi": a cue that ends its clause (perhaps
 * with a hesitation after it) goes on in the next clause with content.
 */
function withNextIfCueEnds(tokens: readonly Token[], next: NameClause | undefined): readonly Token[] {
  if (!next || next.question) return tokens;
  let end = tokens.length;
  while (end > 0 && HESITATIONS.has(tokens[end - 1]?.lower ?? '')) end -= 1;
  const last = tokens[end - 1];
  const endsWithCue =
    last !== undefined &&
    cuesClosedBy(last.lower).some((cue) => {
      const start = end - cue.words.length;
      return (
        start >= 0 &&
        cue.words.every((word, i) => isCueWord(tokens[start + i]?.lower, word)) &&
        (cue.strength === 'strong' || start === 0 || leadsIn(tokens[start - 1]))
      );
    });
  return endsWithCue ? [...tokens.slice(0, end), ...next.tokens] : tokens;
}

/** "oh my name.", "full name?": a clause that only points at the name, which the next clause gives. */
function isNamePointer(clause: NameClause): boolean {
  const words = clause.tokens.map((token) => token.lower).join(' ');
  return /^(?:my |the )?(?:(?:full|real|first|legal|given) )?name$/.test(words);
}

/** "Sorry what was the q? oh my name. Ruxandra": the clause after a pointer, read as after "my name is". */
function readAfterPointer(next: NameClause | undefined, mode: CaseMode): NameReading | undefined {
  if (!next || next.question) return undefined;
  const run = readRun(next.tokens, 'strong', mode);
  return run && endsCleanly(next.tokens, run.end) ? (toReading(run) ?? undefined) : undefined;
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
  /** Without greetings, fillers and a trailing hedge ("I guess"). */
  readonly tokens: readonly Token[];
  /** Also without stretched short words ("yoo"), for reading a cue after them. */
  readonly cueTokens: readonly Token[];
  /** Every word, lower-case, fillers included ("no thanks"). */
  readonly said: string;
  readonly question: boolean;
}

/** "umm Arjun I guess", "Moana I suppose": the name without the hedge after it. */
function withoutHedge(tokens: readonly Token[]): readonly Token[] {
  for (const length of [2, 1]) {
    const tail = tokens.slice(-length).map((token) => token.lower);
    if (tokens.length > length && TRAILING_HEDGE.test(tail.join(' ')))
      return trimNoise(tokens.slice(0, -length));
  }
  return tokens;
}

function toNameClause(clause: Clause): NameClause {
  const tokens = trimNoise(withoutEpithet(clause.tokens));
  // "greetings from cairo!", "hello from the Lagos office": a greeting, whatever place it names.
  const greetingFrom = isGreeting(clause.tokens[0]?.lower ?? '') && tokens[0]?.lower === 'from';
  return {
    tokens: greetingFrom ? [] : withoutHedge(tokens),
    cueTokens: greetingFrom ? [] : trimNoise(withoutEpithet(clause.tokens), true),
    said: clause.tokens.map((token) => token.lower).join(' '),
    question: clause.question,
  };
}

/** The index of the next clause after `index` that has words left once greetings and fillers are gone. */
function nextWithContent(clauses: readonly NameClause[], index: number): number {
  return clauses.findIndex((clause, at) => at > index && clause.cueTokens.length > 0);
}

/**
 * Is the word starting a later clause clearly a name, not just a word ("..., but fine, Sandile")?
 * Capitalised where the person uses capitals, and a word compromise does not know or knows as a name.
 */
function isClearName(run: Run, tokens: readonly Token[], mode: CaseMode): boolean {
  const first = tokens.find((token) => token.raw === run.words.find((word) => !/\.$/.test(word)));
  if (!first || !run.confident) return false;
  if (mode === 'mixed' && !startsUpper(first.raw)) return false;
  const profile = profileWord(lexicalCore(first.raw));
  return !profile.known || profile.personal;
}

/** Did an earlier clause refuse the name, without giving in just before this one? */
function refusedBefore(clauses: readonly NameClause[], index: number): boolean {
  const before = clauses.slice(0, index).map((clause) => clause.said);
  return REFUSAL_PATTERN.test(before.join(' , ')) && !CONCESSION_PATTERN.test(before.at(-1) ?? '');
}

/**
 * A reply without a cue: the first clause with content, if it is a name ("Chinedu Okafor", "kwame",
 * "ummm Inti?"). A later clause counts only when it is clearly a name and the clauses before it are an
 * aside, not a refusal ("idk why u need it but fine, Sandile", "greetings from cairo! Nourhan"), or
 * when the first clause was only a guess ("ugh monday. anyway. hi. Svetlana").
 */
function readBare(clauses: readonly NameClause[], failedCue: ReadonlySet<number>, mode: CaseMode) {
  let guess: NameReading | null = null;
  let first = true;
  for (const [index, clause] of clauses.entries()) {
    const { tokens } = clause;
    if (failedCue.has(index) || tokens.length === 0 || isNamePointer(clause)) continue;
    if (clause.question && !isHesitantName(tokens, mode)) continue;
    if (PLEASANTRY_PATTERN.test(tokens.map((token) => token.lower).join(' '))) continue;
    const run = readRun(tokens, 'bare', mode);
    // A lone letter ("x", "k") is a shrug, not a name; initials ("J.P.") are kept. A question typed
    // without spaces ("howoldru", "whatdoyoudoforfun") is not a name either.
    const lone = run?.words.length === 1 && /^\p{L}$/u.test(run.words[0] ?? '');
    const glued = run?.words.length === 1 && isGluedQuestion(lowerCase(run.words[0] ?? ''));
    // "qual teu nome", "ano pangalan mo": a question in another language, not a name.
    const clean =
      run && !lone && !glued && endsCleanly(tokens, run.end) && foreignTopic(clause.said) === null
        ? run
        : null;
    if (first) {
      first = false;
      const reading = clean && !refusedBefore(clauses, index) ? toReading(clean) : null;
      if (reading?.confident) return fullerRepeat(reading, clauses, index, mode);
      guess = reading;
      continue;
    }
    if (clean?.end === tokens.length && isClearName(clean, tokens, mode) && !refusedBefore(clauses, index)) {
      const reading = toReading(clean);
      if (reading) return fullerRepeat(reading, clauses, index, mode);
    }
  }
  return guess;
}

/** The reply (prepared) read as a name: cue phrases first, then a bare name. */
function readPrepared(prepared: string): NameReading | null {
  const mode = caseModeOf(prepared);
  const clauses = splitClauses(prepared).map(toNameClause);
  const failedCue = new Set<number>();
  for (const [index, clause] of clauses.entries()) {
    const nextIndex = nextWithContent(clauses, index);
    const next = clauses[nextIndex];
    if (isNamePointer(clause)) {
      const reading = readAfterPointer(next, mode);
      if (reading) return fullerRepeat(reading, clauses, nextIndex, mode);
      continue;
    }
    const tokens = withNextIfCueEnds(clause.cueTokens, next);
    const reading = readWithCue(tokens, mode);
    if (reading) return fullerRepeat(reading, clauses, index, mode);
    if (reading === null) failedCue.add(index);
    // "it's... complicated": the clause the cue went on into failed with it.
    if (reading === null && tokens !== clause.cueTokens) failedCue.add(nextIndex);
  }
  return readBare(clauses, failedCue, mode);
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
  // "it's Mark... jk it's Marek": a name after a correction is the real one.
  for (const mark of prepared.matchAll(CORRECTION_MARK)) {
    const corrected = readPrepared(prepared.slice(mark.index + mark[0].length));
    if (corrected) return corrected;
  }
  return readPrepared(prepared);
}
