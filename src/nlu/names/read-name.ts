// Finds the name a person gives: after a cue from any language pack ("my name is", "me llamo", "我叫",
// "{name} here"), or on its own when the bot asked for it ("Chinedu Okafor", "kwame"). When a message
// gives more than one, the one the person prefers wins ("Nguyen Thi Mai, but call me Mai"), then one
// given after a correction ("it's Mark... no wait, Marek"), then the first. A family name given apart
// ("first name Aroha, last name Ngata") is added to the given name.

import type { Expectation, NameReading } from '../../conversation/interpretation';
import { isRefusal } from '../acts/refusals';
import type { SmallTalkReading } from '../acts/small-talk';
import { isRequest } from '../english/requests';
import { isCopula, isTenseVerb, readEnglishWord } from '../english/word-knowledge';
import type { ClauseView, Message } from '../message';
import type { Lexicon, NameCueKind } from '../packs/lexicon';
import { TOPIC_KINDS } from '../packs/pack';
import { type PhraseMatch, SKIPPABLE } from '../packs/phrases';
import { editDistance } from '../text/edit-distance';
import type { Token } from '../text/tokens';
import { formatName, isSyllableOf } from './format-name';
import { continuesName, type Evidence, hasCase, judgeFirstWord, startsUpper } from './name-words';

export type NameKind = 'answer' | 'preferred' | 'correction';

export interface NameFound {
  readonly reading: NameReading;
  /** An answer or introduction, a preferred name ("call me Mai"), or a correction ("oops, typo: Kevin"). */
  readonly kind: NameKind;
  /** The clauses the name was read from: they ask nothing. */
  readonly clauses: ReadonlySet<number>;
}

interface Candidate {
  readonly tokens: readonly Token[];
  readonly confident: boolean;
  readonly kind: NameKind | 'family';
  /** Read after a cue (not a bare reply). */
  readonly cue: boolean;
  readonly clause: number;
  /** A bare name in a later clause: only a fuller repeat of the name already given ("sunday. sunday adeyemi"). */
  readonly late?: boolean;
}

/** The sounds people type while they think ("uh", "umm", "erm"), which may sit inside a name. */
const HESITATION_SOUND = /^(?:u+h+|u+m+|u+h+m+|e+r+m*|e+h+m*|h+m+|m{2,})$/;

/** Words a guessed bare name may have after it in its clause ("Hope, from Accra"). */
const MAX_WORDS_AFTER_GUESS = 3;

/** Most words a name may have, not counting particles ("María del Carmen Fernández-Ochoa de la Vega"
 * has four and three particles). */
const MAX_NAME_WORDS = 6;

const CUE_EVIDENCE: Record<NameCueKind, Evidence> = { strong: 'strong', weak: 'weak', preferred: 'strong' };

export function readName(
  message: Message,
  smallTalk: readonly SmallTalkReading[],
  expecting: Expectation,
  lexicon: Lexicon,
): NameFound | null {
  const candidates: Candidate[] = [];
  let corrected = false;
  let refused = false;
  const bareAllowed = expecting === 'name' || expecting === 'confirmation';
  let firstContent = true;

  for (const { view, talk, midCorrection } of withCorrectionsSplit(message, smallTalk, lexicon)) {
    // "Mark, no, Marco": a clause that only says no takes back the name before it.
    if (
      talk?.covered &&
      talk.kinds.includes('no') &&
      !talk.kinds.includes('refusals') &&
      candidates.length > 0
    ) {
      corrected = true;
      continue;
    }
    // "thats none of ur business": a refusal anywhere in the clause.
    const refusal =
      (talk?.kinds.includes('refusals') ?? false) ||
      lexicon.smallTalk.refusals.occursIn(view) ||
      isRefusal(view, lexicon);
    if (refusal) refused = true;
    if (midCorrection) corrected = true;
    const correctionEnd = refusal
      ? null
      : correctionAt(view, midCorrection ? 0 : (talk?.contentStart ?? 0), lexicon);
    if (correctionEnd !== null) corrected = true;
    // "my name is not hru 💀 its mia", "lol my name isnt thats. its dan": a name denied, then corrected.
    if (!refusal && deniesName(view, lexicon)) corrected = true;
    // "why did you call me Need??": a question about something else gives no name.
    const opening = talk?.contentStart ?? 0;
    // "내 이름 기억해?" ("remember my name?"): a question about the person's own name gives none.
    const asksOther =
      view.clause.asked &&
      (lexicon.questions.otherStarts.longestAt(view, opening) > opening ||
        lexicon.questions.aboutSelf.occursIn(view));
    const cueCandidates = asksOther
      ? []
      : readCues(view, message, lexicon, corrected, asksSomething(view, lexicon), bareAllowed);
    candidates.push(...cueCandidates);
    if (cueCandidates.length > 0) firstContent = false;
    if (
      cueCandidates.length > 0 ||
      (talk?.covered && !opensWithNameAddress(view, message, lexicon)) ||
      isNamePointer(view, lexicon)
    )
      continue;
    // "It's Monday", "I'm just browsing": a cue whose words are no name; the clause is no bare name either.
    // "Mei Ling": a name's syllables that read as a cue ("mei", "I" in romanised Hindi) are the name.
    if (hasWeakCue(view, lexicon) && syllablesEnd(view, opening, view.tokens.length, lexicon) === opening) {
      firstContent = false;
      continue;
    }
    // "Name: Ana", "my full name?": a clause that only points at the name; the next clause gives it.
    const previous = message.clauses[view.index - 1];
    const afterPointer = previous !== undefined && isNamePointer(previous, lexicon);
    // "Bu Slack bot ne yapıyor?": a sentence that asks is no bare name ("Ana?", hesitant, may be).
    // "LLM, rules, Bolt SDK?": a list inside a question asks too, past its first item.
    const asksInWords =
      view.clause.asked &&
      (lexicon.questions.interrogatives.occursIn(view) ||
        (!view.clause.opensSentence && !opensOnly(smallTalk[view.index - 1])));
    if (!(bareAllowed || corrected || afterPointer) || (view.clause.asked && !bareAllowed) || asksInWords) {
      firstContent = false;
      continue;
    }
    const start = correctionEnd ?? talk?.contentStart ?? 0;
    // "hiii hw old r u": what follows the greeting asks the bot something; its first word is no name.
    if (TOPIC_KINDS.some((kind) => lexicon.botTopics[kind].longestAt(view, start) > start)) {
      firstContent = false;
      continue;
    }
    // "check my profile": an English order is no name ("Go Min-jae", "Rain Kowalski" are).
    const rest = view.tokens.slice(start);
    const ordered =
      correctionEnd === null &&
      readsEnglish(view) &&
      (!/^\p{Lu}/u.test(rest[0]?.text ?? '') || ORDER_OBJECTS.test(rest[1]?.key ?? '')) &&
      isRequest(rest);
    const bareRead = ordered
      ? null
      : readBare(view, start, message, lexicon, afterPointer ? 'strong' : 'bare');
    // "petrichor is a good word": an English word the sentence goes on to say something about is its subject.
    const after = bareRead ? view.tokens[start + bareRead.tokens.length] : undefined;
    const read =
      bareRead && after && readsEnglish(view) && isCopula(after.key) && !bareRead.clearlyName
        ? null
        : bareRead;
    // "cmds?": one lower-case word asked back is a question in shorthand, unless it is a given name
    // ("ana?", said hesitantly).
    const askedWord = read?.tokens.length === 1 ? (read.tokens[0] as Token) : null;
    if (
      askedWord &&
      view.clause.asked &&
      view.tokens.length === 1 &&
      /^[a-z]+$/.test(askedWord.text) &&
      readEnglishWord(askedWord.key) !== 'person'
    ) {
      firstContent = false;
      continue;
    }
    // "No entendí bien": once the person is known, a new name with no cue must look like one: someone
    // who writes words with capitals ("No") writes a name with one too.
    // "oops, need to run": and an English word typed in lower case is that word.
    // A bare word that would replace a name just given with a cue must look like a new name too:
    // "Nazywam się Krzysztof. Nie dosłyszałem." ("I didn't catch that") is no correction to *Dosłyszałem*.
    // In a script without case, where a capital cannot say so, a new name is one word: "여쭤본 것입니다"
    // ("what I asked") after "죄송합니다" ("sorry") is a sentence.
    const replacesCued = corrected && candidates.some((candidate) => candidate.cue);
    const bare =
      read &&
      ((bareAllowed && !replacesCued) ||
        (looksLikeNewName(read.tokens[0] as Token, message) &&
          (hasCase(read.tokens[0]?.text ?? '') || read.tokens.length === 1)))
        ? read
        : null;
    if (bare && !(refused && !corrected)) {
      // "Akwaaba! Hello there": a word before a greeting may be a greeting in a language the packs lack.
      const greetingFollows = smallTalk
        .slice(view.index + 1)
        .some((later) => later.covered && later.kinds.includes('greetings'));
      candidates.push({
        tokens: bare.tokens,
        confident: bare.confident && !(greetingFollows && bare.tokens.length === 1),
        // "…but I go by my middle name, Alan": the name a preferred-name cue points at is the one to use.
        kind: corrected
          ? 'correction'
          : afterPointer && lexicon.nameCues.preferred.findAll(previous as ClauseView).length > 0
            ? 'preferred'
            : 'answer',
        cue: afterPointer,
        clause: view.index,
        late: !(firstContent || corrected || afterPointer || bare.clearlyName),
      });
    }
    firstContent = false;
  }

  const chosen = choose(candidates);
  if (!chosen) return null;
  const family = candidates.find((candidate) => candidate.kind === 'family');
  const tokens = family && chosen.tokens.length === 1 ? [...chosen.tokens, ...family.tokens] : chosen.tokens;
  const value = formatName(tokens, lexicon, message.caseMode === 'upper');
  if (value === null || tokens.every((token) => message.botKeys.has(token.key))) return null;
  // Every clause that gave a name, taken or not, gives rather than asks ("only my mum calls me Bobby 😅
  // could you call me Rob instead?").
  const clauses = new Set([
    chosen.clause,
    ...(family ? [family.clause] : []),
    ...candidates.filter((candidate) => candidate.cue).map((candidate) => candidate.clause),
  ]);
  return { reading: { value, confident: chosen.confident }, kind: chosen.kind as NameKind, clauses };
}

/** Small talk that only opens a message ("hi", "ummm", "ok"): a name may follow it. */
function opensOnly(talk: SmallTalkReading | undefined): boolean {
  return talk?.covered === true && talk.kinds.every((kind) => OPENING_TALK.has(kind));
}
const OPENING_TALK: ReadonlySet<string> = new Set(['greetings', 'thanks', 'acknowledgements', 'yes', 'no']);

function choose(candidates: readonly Candidate[]): Candidate | undefined {
  const names = candidates.filter((candidate) => candidate.kind !== 'family' && !candidate.late);
  const preferred = names.filter((candidate) => candidate.kind === 'preferred').at(-1);
  if (preferred) return preferred;
  const corrections = names.filter((candidate) => candidate.kind === 'correction');
  // "Perdão, não falo bem inglês. Meu nome é Ricardo. O senhor poderia…": a correction word opening the
  // message corrects nothing said before it; its names are read like answers, the one with a cue first.
  const correction =
    corrections.length === names.length && corrections.length > 1
      ? (corrections.find((candidate) => candidate.cue) ?? corrections[0])
      : corrections.at(-1);
  if (correction) return correction;
  const first = names.find((candidate) => candidate.cue) ?? names[0];
  if (!first) return undefined;
  // "The name is Vasquez. Lupe Vasquez.": a later, fuller form of the same name is the better greeting.
  const keys = new Set(first.tokens.map((token) => token.key));
  const fuller = candidates.find(
    (candidate) =>
      candidate.kind !== 'family' &&
      candidate.clause > first.clause &&
      candidate.tokens.length > first.tokens.length &&
      candidate.tokens.some((token) => keys.has(token.key)),
  );
  return fuller ?? first;
}

/**
 * The clauses, each split where a correction mark comes after something else ("its Katrina no wait
 * Katarina"): the part after the mark is read as a correction.
 */
function withCorrectionsSplit(
  message: Message,
  smallTalk: readonly SmallTalkReading[],
  lexicon: Lexicon,
): { view: ClauseView; talk: SmallTalkReading | undefined; midCorrection: boolean }[] {
  const parts: { view: ClauseView; talk: SmallTalkReading | undefined; midCorrection: boolean }[] = [];
  for (const view of message.clauses) {
    const talk = smallTalk[view.index];
    let from = 0;
    let midCorrection = false;
    for (let at = Math.max(1, talk?.contentStart ?? 0); at < view.tokens.length - 1; at++) {
      const end = lexicon.corrections.longestAt(view, at);
      // Only a mark of more than one word, or one that is no ordinary word ("jk", "typo"), splits a clause.
      const word = view.tokens[at] as Token;
      const languages = view.languages ?? undefined;
      if (
        end === at ||
        (end === at + 1 && (lexicon.isNeverName(word, 'en') || lexicon.isOrdinaryWord(word, languages)))
      )
        continue;
      parts.push({ view: sliceView(view, from, at), talk: from === 0 ? talk : undefined, midCorrection });
      from = at;
      midCorrection = true;
      at = end - 1;
    }
    parts.push({
      view: sliceView(view, from, view.tokens.length),
      talk: from === 0 ? talk : undefined,
      midCorrection,
    });
  }
  return parts;
}

function sliceView(view: ClauseView, start: number, end: number): ClauseView {
  if (start === 0 && end === view.tokens.length) return view;
  return { ...view, tokens: view.tokens.slice(start, end), forms: view.forms.slice(start, end) };
}

/** Where a correction mark ends, when the clause opens with one ("no wait", "oops, typo", "I meant"). */
function correctionAt(view: ClauseView, from: number, lexicon: Lexicon): number | null {
  for (let at = 0; at <= Math.min(from, view.tokens.length - 1); at++) {
    let end = lexicon.corrections.longestAt(view, at);
    if (end === at) continue;
    // Marks may come in a row: "ugh, no, MARCO", "oops typo".
    for (let more = lexicon.corrections.longestAt(view, end); more > end; ) {
      end = more;
      more = lexicon.corrections.longestAt(view, end);
    }
    return end;
  }
  return null;
}

/** "my name is not Hru", "that's not my name": a negation and the word "name" in one clause. */
function deniesName(view: ClauseView, lexicon: Lexicon): boolean {
  return lexicon.refusalParts.negations.occursIn(view) && lexicon.topics.name.occursIn(view);
}

/** Does a cue open the clause, name or no name ("it's Monday")? */
function hasWeakCue(view: ClauseView, lexicon: Lexicon): boolean {
  return (['strong', 'weak'] as const).some((kind) =>
    lexicon.nameCues[kind].matchAt(view, 0).some((match) => match.slot !== null),
  );
}

/** "name", "my full name", "name:": a clause that only points at the name, which follows. */
export function isNamePointer(view: ClauseView, lexicon: Lexicon): boolean {
  // "please call me by my real name, Marisol": a preferred-name cue whose name comes in the next clause.
  if (
    !view.clause.asked &&
    endsWithOwnName(view, lexicon) &&
    lexicon.nameCues.preferred.findAll(view).length > 0
  )
    return true;
  if (view.tokens.length > 3) return false;
  const nameTopics = lexicon.topics.name;
  let at = 0;
  let named = false;
  while (at < view.tokens.length) {
    const topic = nameTopics.longestAt(view, at);
    named ||= topic > at;
    const next = Math.max(topic, lexicon.questions.self.longestAt(view, at));
    if (next === at) return false;
    at = next;
  }
  return named;
}

/** "... my name", "... my real name": the clause ends with the person's own name, as a topic. */
export function endsWithOwnName(view: ClauseView, lexicon: Lexicon): boolean {
  // Trailing fillers say nothing: "my full name instead", "my name please".
  let length = view.tokens.length;
  while (length > 1 && lexicon.fillers.longestAt(view, length - 1) === length) length -= 1;
  for (let at = Math.max(0, length - 3); at < length; at++) {
    if (lexicon.topics.name.longestAt(view, at, length) !== length) continue;
    for (let self = Math.max(0, at - 2); self < at; self++)
      if (lexicon.questions.self.longestAt(view, self) > self) return true;
  }
  return false;
}

/**
 * The clause opens with a question word ("what does my name mean?"): only a preferred name may be read in
 * it. A question mark alone is no question: "ummm its Kaveh?" is a hesitant name.
 */
function asksSomething(view: ClauseView, lexicon: Lexicon): boolean {
  const at = lexicon.fillers.skipFrom(view, 0);
  return lexicon.questions.interrogatives.longestAt(view, at) > at;
}

/** Names after cues in one clause: preferred ones first, then strong, then weak; family names apart. */
function readCues(
  view: ClauseView,
  message: Message,
  lexicon: Lexicon,
  corrected: boolean,
  asked: boolean,
  expectingName: boolean,
): Candidate[] {
  const found: Candidate[] = [];
  const familyMatches = lexicon.familyCues.findAll(view);
  for (const match of familyMatches) {
    const run = match.slot && readCueSlot(view, match, message, lexicon, 'strong');
    if (run)
      found.push({ tokens: run.tokens, confident: true, kind: 'family', cue: true, clause: view.index });
  }
  // "last name Lewandowska" is no cue for a given name ("name {name}" inside it).
  const inFamily = (match: PhraseMatch) =>
    familyMatches.some(
      (family) => family.start <= match.start && match.start < (family.slot?.[0] ?? family.end),
    );
  for (const kind of asked ? (['preferred'] as const) : (['preferred', 'strong', 'weak'] as const)) {
    let any = false;
    for (const match of lexicon.nameCues[kind].findAll(view)) {
      if (!match.slot || inFamily(match) || isNegated(view, match) || isSomeoneElses(view, match, lexicon))
        continue;
      // "before I start: does telling you my name count?": inside a question, only a preferred name.
      if (
        kind !== 'preferred' &&
        view.clause.asked &&
        lexicon.questions.interrogatives.occursIn(view, 0, match.start)
      )
        continue;
      if (
        kind === 'weak' &&
        (isNameNotCue(view, match, message, lexicon) || isParticleInName(view, match, lexicon, message))
      )
        continue;
      const run = readCueSlot(view, match, message, lexicon, CUE_EVIDENCE[kind]);
      // "bin gerade im Büro": once the clause describes the person, a later "im" is no cue.
      if (!run && kind === 'weak') break;
      if (!run) continue;
      // Once the bot knows the person, "I'm X" changes their name only when X is plainly a name, or comes
      // as a correction ("5歳！若いですね" says "young", not a new name).
      const fixesSpelling = deniesLookalike(view, run.tokens);
      if (kind === 'weak' && !expectingName && !corrected && !run.clearlyName && !fixesSpelling) continue;
      // A new name said in passing (no "call me") looks like one: someone who writes words with capitals
      // writes a name with one too ("I'm Priya. so that suggests regex-based name extraction": no
      // *Extraction*).
      if (
        kind !== 'preferred' &&
        !expectingName &&
        !fixesSpelling &&
        !looksLikeNewName(run.tokens[0] as Token, message)
      )
        continue;
      // ... and, in a script without case, is one word: "죄송해요, 제가 물어본 거예요" ("sorry, it's what I
      // asked") renames nobody.
      if (kind === 'weak' && !expectingName && run.tokens.length > 1 && !hasCase(run.tokens[0]?.text ?? ''))
        continue;
      any = true;
      found.push({
        tokens: run.tokens,
        confident: run.confident,
        kind: kind === 'preferred' ? 'preferred' : corrected || fixesSpelling ? 'correction' : 'answer',
        cue: true,
        clause: view.index,
      });
    }
    if (any) break;
  }
  return found;
}

/**
 * "Ben Carter": a one-word cue of another language ("ben" is Turkish for "I am") typed with a capital
 * before another capitalised word, when the cue word is a known given name, is a full name.
 */
function isNameNotCue(view: ClauseView, match: PhraseMatch, message: Message, lexicon: Lexicon): boolean {
  const cue = view.tokens[match.start];
  const next = view.tokens[match.end];
  if (!cue || !next || match.end - match.start !== 1 || message.caseMode !== 'mixed') return false;
  if (!/^\p{Lu}\p{Ll}/u.test(cue.text) || !/^\p{Lu}/u.test(next.text) || !/^[a-z]+$/.test(cue.key))
    return false;
  if (readEnglishWord(cue.key) !== 'person') return false;
  // "Merhaba! Ben Çağla Şahin": another word of the cue's language, one typed as a word rather than a
  // name (lower case, or opening its clause), says it is the cue after all.
  const language = match.phrase.language;
  return !message.clauses.some((other) =>
    other.tokens.some(
      (token, at) =>
        !(other === view && at >= match.start && at < match.end) &&
        (at === 0 || !startsUpper(token.text)) &&
        isWordOfOnly(lexicon.languagesOf([token]), language),
    ),
  );
}

/** A word of the language and not of English ("merhaba", not "hello", which Turkish has too). */
const isWordOfOnly = (languages: ReadonlySet<string>, language: string): boolean =>
  languages.has(language) && !languages.has('en');

/** "Yusuf bin Ahmad": a cue word ("bin", German "am") that is a particle between two parts of a name. */
function isParticleInName(view: ClauseView, match: PhraseMatch, lexicon: Lexicon, message: Message): boolean {
  const cue = view.tokens[match.start];
  const before = view.tokens[match.start - 1];
  return (
    cue !== undefined &&
    before !== undefined &&
    lexicon.particles.has(cue) &&
    message.caseMode === 'mixed' &&
    /^\p{Lu}/u.test(before.text) &&
    !/^\p{Lu}/u.test(cue.text)
  );
}

/**
 * "its mike not mkie", "it's Sara, not Sarah": the name, then "not" and a misspelling of it, fixes how the
 * bot spells it, in whatever case it was typed.
 */
function deniesLookalike(view: ClauseView, name: readonly Token[]): boolean {
  const first = name[0];
  const end = view.tokens.indexOf(name.at(-1) as Token) + 1;
  const denied = view.tokens[end + 1];
  if (!first || !denied || !NEGATION.test(view.tokens[end]?.key ?? '')) return false;
  return first.key.length >= 3 && first.key !== denied.key && editDistance(first.key, denied.key, 2) <= 2;
}

/** The words that negate a cue. A "no" opening the clause ("no my name is Dani") answers what came before. */
const NEGATION =
  /^(?:dont|never|not|no|nicht|nie|pas|jangan|mat|nahi|nobody|noone|nadie|niemand|personne|ninguem|nessuno)$/;

/** "please don't call me Chin", "never call me Bart": the name after a refused cue is not the one to use. */
function isNegated(view: ClauseView, match: PhraseMatch): boolean {
  const from = Math.max(0, match.start - 2);
  return view.tokens
    .slice(from, match.start)
    .some((token, index) => NEGATION.test(token.key) && !(token.key === 'no' && from + index === 0));
}

/** "my dad's name is Bob", "her name is Ana": someone else's name (for a cue that opens with "name"). */
function isSomeoneElses(view: ClauseView, match: PhraseMatch, lexicon: Lexicon): boolean {
  const before = view.tokens[match.start - 1];
  const opensWithName = lexicon.topics.name.longestAt(view, match.start) > match.start;
  if (!before || !opensWithName) return false;
  if (/['’]s$/i.test(before.text) && !/^(?:it|that|what|he|she|here|there)['’]s$/i.test(before.text))
    return true;
  // "I know the name, boss": a name talked about, not given.
  if (/^(?:the|a|that|this|any)$/.test(before.key)) return true;
  const at = match.start - 1;
  return lexicon.questions.others.longestAt(view, at) > at || lexicon.questions.you.longestAt(view, at) > at;
}

interface Run {
  readonly tokens: readonly Token[];
  readonly confident: boolean;
  /** A name no matter where it stands: capitalised on purpose and not an ordinary word. */
  readonly clearlyName: boolean;
  readonly end: number;
}

function readCueSlot(
  view: ClauseView,
  match: PhraseMatch,
  message: Message,
  lexicon: Lexicon,
  evidence: Evidence,
): Run | null {
  if (!match.slot) return null;
  const [slotStart, slotEnd] = match.slot;
  // "call me Butt Face": a name with an insult in it is no name to greet, nor is what follows it.
  if (view.tokens.slice(slotStart, slotEnd).some((token) => lexicon.isRude(token))) return null;
  const language = match.phrase.language;
  if (match.phrase.slotFirst) {
    // "{name} here", "but Bea is fine": the name ends right before the phrase and starts where the clause
    // does or after a filler ("but"), not in the middle of something else ("without the fada is fine").
    for (let start = slotStart; start < slotEnd; start++) {
      const boundary = start === 0 || lexicon.fillers.longestAt(view, start - 1) === start;
      if (!boundary) continue;
      const run = readRun(
        view,
        start,
        slotEnd,
        message,
        lexicon,
        evidence,
        language,
        match.phrase.possessiveSlot,
      );
      if (run && run.end === slotEnd) return run;
    }
    return null;
  }
  let start = slotStart;
  // "i'm dang thu ha": name syllables right after the cue are the name, whatever else "dang" is.
  const syllables = syllablesEnd(view, start, slotEnd, lexicon) > start;
  // "soy la Ana", "eu sou o João": an article of the cue's language between the cue and the name.
  const article = view.tokens[start];
  if (!syllables && article && lexicon.articlesOf(language).has(article) && start + 1 < slotEnd) start += 1;
  // Hesitations between the cue and the name: "it's, um, Kofi", "my name is technically Muhammad". A
  // filler that says how the person is ("so", as in "i'm so excitd") is no hesitation: no name follows.
  // Unless only fillers would be left: in "call me Vale porfa" the Spanish "vale" ("ok") is the name, and
  // "porfa" ("please") a filler after it.
  while (
    !syllables &&
    start + 1 < slotEnd &&
    lexicon.fillers.longestAt(view, start) > start &&
    !onlyFillers(view, lexicon.fillers.longestAt(view, start), slotEnd, lexicon)
  ) {
    if (lexicon.isMood(view.tokens[start] as Token)) return null;
    start += 1;
  }
  const run = readRun(view, start, slotEnd, message, lexicon, evidence, language, false);
  if (!run) return null;
  // A cue closed by a word of its own ("mera naam {name} hai") must be filled exactly.
  return !match.phrase.slotLast && run.end !== slotEnd ? null : run;
}

/** Are the words from `from` to `end` fillers and nothing else ("porfa", "please")? */
function onlyFillers(view: ClauseView, from: number, end: number, lexicon: Lexicon): boolean {
  let at = from;
  while (at < end) {
    const next = lexicon.fillers.longestAt(view, at);
    if (next <= at) return false;
    at = next;
  }
  return true;
}

/** What an order acts on ("check *my* profile"); a family name is none of these. */
const ORDER_OBJECTS = /^(?:my|me|the|your|ur|this|that|it|a|an|out|our)$/;

const readsEnglish = (view: ClauseView): boolean => view.languages === null || view.languages.has('en');

function looksLikeNewName(token: Token, message: Message): boolean {
  if (!/^\p{Ll}/u.test(token.text)) return true;
  if (message.all.tokens.some((other) => /^\p{Lu}\p{Ll}/u.test(other.text))) return false;
  const reading = /^[a-z]+$/.test(token.lower) ? readEnglishWord(token.lower) : 'unknown';
  return reading === 'unknown' || reading === 'person';
}

/** A bare reply: the clause (after small talk) is a name, perhaps followed by a connector ("from Lisbon"). */
function readBare(
  view: ClauseView,
  afterTalk: number,
  message: Message,
  lexicon: Lexicon,
  evidence: Evidence,
): Run | null {
  // "Đặng Văn Long": a word small talk took ("dang!") that opens a run of name syllables is the name's.
  // "Anna van Dijk": a word for addressing someone ("anna", brother, in Tamil) that English knows as a
  // first name opens the name.
  let start = opensWithNameAddress(view, message, lexicon) ? 0 : afterTalk;
  for (let from = 0; from < start; from++)
    if (syllablesEnd(view, from, view.tokens.length, lexicon) > start) {
      start = from;
      break;
    }
  if (start >= view.tokens.length) return null;
  const run = readRun(view, start, view.tokens.length, message, lexicon, evidence, 'en', false);
  if (!run || run.end === view.tokens.length) return run;
  // "label printer in warehouse B is down": a word that is only perhaps a name, with a sentence after it,
  // opens that sentence.
  if (!run.confident && view.tokens.length - run.end > MAX_WORDS_AFTER_GUESS) return null;
  const first = view.tokens[run.end] as Token;
  // "授業で紹介したい" ("I'd like to show you in *class*"): in a script without spaces, a word with a whole
  // sentence written onto it opens that sentence; a name is given with a cue ("佐々木です").
  if (first.joined && view.tokens.length - run.end > MAX_WORDS_AFTER_GUESS) return null;
  // "Facilities said I should say hello": a word with a verb said of it, and more after, is who said it.
  if (view.tokens.length - run.end > 1 && /^[a-z]+$/.test(first.key) && isTenseVerb(first.key)) return null;
  // After a bare name only a connector ("from Accra", "here") or small talk may follow.
  const ordinary = lexicon.isOrdinaryWord(first) || lexicon.isNeverName(first, 'en');
  const padding = [
    lexicon.fillers,
    lexicon.address,
    lexicon.notNamePhrases,
    ...Object.values(lexicon.smallTalk),
  ].some((set) => set.longestAt(view, run.end) > run.end);
  return ordinary || padding ? run : null;
}

/** The longest name that starts at `start`: an optional title, a first word, then more name words. */
function readRun(
  view: ClauseView,
  start: number,
  limit: number,
  message: Message,
  lexicon: Lexicon,
  evidence: Evidence,
  language: string,
  possessive: boolean,
): Run | null {
  const tokens = view.tokens;
  const mixedCase = message.caseMode === 'mixed';
  const take = (at: number): Token => {
    const token = tokens[at] as Token;
    return possessive && at === limit - 1 ? stripPossessive(token) : token;
  };
  let at = start;
  const words: Token[] = [];
  // "Dr. Okoro": a title is kept, but is not a name by itself.
  while (at + 1 < limit && lexicon.titles.has(tokens[at]?.key ?? '')) words.push(take(at++));
  if (at >= limit) return null;
  // "le van hung", "Oh Min-seo", "wei ming": one tradition's name syllables in a row are one name.
  const syllableEnd = syllablesEnd(view, at, limit, lexicon);
  if (syllableEnd > at) {
    for (let next = at; next < syllableEnd; next++) words.push(take(next));
    // "Nguyễn Minh Khôi": a name word the list lacks may still follow.
    const languages = evidence === 'bare' ? message.sentenceLanguages : new Set(['en', language]);
    let end = syllableEnd;
    while (
      end < limit &&
      words.length < MAX_NAME_WORDS &&
      continuesName(take(end), words[words.length - 1] as Token, mixedCase, lexicon, languages)
    )
      words.push(take(end++));
    const foreign = words.filter((token) => isNoEnglishWord(token)).length;
    return {
      tokens: words,
      confident: evidence !== 'bare' || foreign >= 2,
      clearlyName: false,
      end,
    };
  }
  // "nenn mich lieber Jürgen", "call me just Jo": in text typed with capitals, a softener before a
  // capitalised word is no part of the name.
  const following = tokens[at + 1];
  if (
    mixedCase &&
    following &&
    at + 1 < limit &&
    /^\p{Ll}/u.test(tokens[at]?.text ?? '') &&
    /^\p{Lu}/u.test(following.text) &&
    view.forms[at]?.includes(SKIPPABLE)
  )
    at += 1;
  const first = take(at);
  // A word is judged against the cue's language ("ich bin Entwickler": a German job); a bare reply against
  // the language of the rest of the message ("Ravi" alone is no French mood; "kwame asante" no Swahili).
  const languages = evidence === 'bare' ? message.sentenceLanguages : new Set(['en', language]);
  const verdict = judgeFirstWord(
    first,
    {
      evidence,
      language,
      mixedCase,
      opensSentence: at === 0 && view.clause.opensSentence,
      alone: message.clauses.length === 1 && view.tokens.length === 1,
      endsClause: at === view.tokens.length - 1,
      languages,
    },
    lexicon,
  );
  // "I'm Lucky Mokoena": an ordinary word is a name when a family name follows it.
  const next = at + 1 < limit ? take(at + 1) : undefined;
  const withSurname =
    verdict === 'ordinary' &&
    next !== undefined &&
    mixedCase &&
    /^\p{Lu}/u.test(first.text) &&
    /^\p{Lu}/u.test(next.text) &&
    continuesName(next, first, mixedCase, lexicon, languages);
  // "blessing okafor", "Sunday Oyelaran": a reply of two words, the second one no language knows, is a
  // given name and a family name, whatever else the first word is; not sure enough to greet without asking.
  const beforeFamilyName =
    evidence === 'bare' &&
    (verdict === 'no' || verdict === 'ordinary') &&
    next !== undefined &&
    at + 2 === view.tokens.length &&
    /^\p{L}{2,}$/u.test(first.text) &&
    // "hoi, met Femke": a word of another language's ("with") is that word; typed in lower case before
    // a capitalised name, it is no part of it either.
    [...lexicon.languagesOf([first])].every((code) => code === 'en') &&
    !(mixedCase && !startsUpper(first.text) && startsUpper(next.text)) &&
    !lexicon.isNeverName(first, language) &&
    isUnknownWord(next, lexicon);
  if (beforeFamilyName) return { tokens: [first, next], confident: false, clearlyName: false, end: at + 2 };
  if (verdict === 'no' || (verdict === 'ordinary' && !withSurname)) return null;
  words.push(first);
  at += 1;
  const counted = () => words.filter((token) => !lexicon.particles.has(token)).length;
  while (at < limit && counted() < MAX_NAME_WORDS) {
    const token = take(at);
    const previous = words[words.length - 1] as Token;
    if (continuesName(token, previous, mixedCase, lexicon, languages)) {
      words.push(token);
      at += 1;
      continue;
    }
    // "Rahim uh Chowdhury": a hesitation inside a name; "Mehmet Can Öztürk": a capitalised word between
    // two parts of a name is part of it, even if it is also a word ("can").
    const after = at + 1 < limit ? take(at + 1) : undefined;
    const hesitation = HESITATION_SOUND.test(token.key);
    // "I" is capitalised whatever it does: no sign of a name.
    const sandwiched =
      mixedCase &&
      /^\p{Lu}/u.test(token.text) &&
      /^\p{Lu}/u.test(previous.text) &&
      !/^I(?:['’]|$)/.test(token.text);
    // "Nguyễn Văn An": a capitalised word ending the clause after a capitalised name is part of it.
    const smallTalk = Object.values(lexicon.smallTalk).some((set) => set.longestAt(view, at) > at);
    if (sandwiched && !after && !smallTalk) {
      words.push(token);
      at += 1;
      break;
    }
    if (
      after &&
      (hesitation || sandwiched) &&
      continuesName(after, previous, mixedCase, lexicon, languages)
    ) {
      if (sandwiched && !hesitation) words.push(token);
      words.push(after);
      at += 2;
      continue;
    }
    break;
  }
  while (words.length > 1 && lexicon.particles.has(words[words.length - 1] as Token)) {
    words.pop();
    at -= 1;
  }
  const several = words.filter((token) => !lexicon.titles.has(token.key)).length > 1;
  const confident = verdict === 'name' || (several && evidence !== 'bare') || withSurname;
  return {
    tokens: words,
    confident,
    clearlyName: mixedCase && /^\p{Lu}/u.test(first.text) && verdict === 'name',
    end: at,
  };
}

/** A word no pack and no English dictionary knows ("okafor", "oyelaran"): likely a family name. */
function isUnknownWord(token: Token, lexicon: Lexicon): boolean {
  return (
    token.script === 'latin' &&
    /^[a-z]{3,}$/.test(token.key) &&
    readEnglishWord(token.key) === 'unknown' &&
    lexicon.languagesOf([token]).size === 0
  );
}

function stripPossessive(token: Token): Token {
  const text = token.text.replace(/['’]s$/i, '');
  return { ...token, text, lower: token.lower.replace(/['’]s$/i, ''), key: token.key.replace(/s$/, '') };
}

/** Most syllables one name is read from ("Nguyễn Thị Minh Khai"). */
const MAX_SYLLABLES = 4;

/**
 * Where a run of two to four name syllables of one tradition that starts at `start` ends ("Nguyễn Văn
 * An", "ji-hoon park": a hyphenated given name counts when both its halves are syllables), or `start`
 * when there is none. At least one syllable must be no ordinary English word ("do to", "my son" are
 * none), and no syllable comes twice ("ha ha" laughs).
 */
function syllablesEnd(view: ClauseView, start: number, limit: number, lexicon: Lexicon): number {
  let best = start;
  for (const syllables of lexicon.nameSyllables.values()) {
    let end = start;
    let foreign = false;
    while (end < limit && end - start < MAX_SYLLABLES) {
      const token = view.tokens[end] as Token;
      if (!isSyllableOf(token, syllables)) break;
      let repeated = false;
      for (let before = start; before < end && !repeated; before++)
        repeated = view.tokens[before]?.key === token.key;
      if (repeated) break;
      foreign ||= isNoEnglishWord(token);
      end += 1;
    }
    if (end - start >= 2 && foreign && end > best) best = end;
  }
  return best;
}

/** A hyphenated given name ("min-seo"), or a word English has only as a name or not at all ("thi", "wei"). */
function isNoEnglishWord(token: Token): boolean {
  if (token.key.includes('-')) return true;
  const reading = readEnglishWord(token.key);
  return reading === 'unknown' || reading === 'person';
}

/**
 * Does the clause open with a first name that small talk of another language took: a word for addressing
 * someone ("Anna", brother in Tamil), or, as the whole reply, a capitalised word ("Dale", ok in Spanish)?
 */
function opensWithNameAddress(view: ClauseView, message: Message, lexicon: Lexicon): boolean {
  const first = view.tokens[0];
  if (!first || message.botKeys.has(first.key) || !/^[a-z]+$/.test(first.key)) return false;
  if (readEnglishWord(first.key) !== 'person') return false;
  const loneCapitalised =
    message.clauses.length === 1 && view.tokens.length === 1 && /^\p{Lu}\p{Ll}+$/u.test(first.text);
  return loneCapitalised || lexicon.address.longestAt(view, 0) === 1;
}
