// Phrases as language packs write them, compiled into patterns over token keys and matched against a
// clause.
//
// Syntax (one string per phrase): words separated by spaces; "[you can]" is optional; "(when|what year)"
// are alternatives, and may nest; "{name}" or "{command}" is a slot, the part of the message the phrase is
// about ("my name is {name}", "{name} here", "mera naam {name} hai", "can i {command}"). "{name}'s the
// name" expects the word before "the" to end in "'s" ("Takeshi's the name").
// Alternatives are kept as a small tree, not multiplied out, so a phrase with many choices stays cheap.

import type { Token } from '../text/tokens';

export type SlotKind = 'name' | 'command';

type Element =
  | { readonly type: 'word'; readonly key: string }
  | { readonly type: 'choice'; readonly options: readonly (readonly Element[])[]; readonly optional: boolean }
  | { readonly type: 'slot'; readonly kind: SlotKind };

export interface Phrase {
  readonly elements: readonly Element[];
  readonly slot: SlotKind | null;
  /** The phrase opens with its slot ("{name} here"). */
  readonly slotFirst: boolean;
  /** The phrase ends with its slot ("my name is {name}"), so the slot runs to the end of the clause. */
  readonly slotLast: boolean;
  /** "{name}'s the name": the word before the phrase ends in "'s". */
  readonly possessiveSlot: boolean;
  /** The language pack the phrase comes from ("es"). */
  readonly language: string;
  /** The phrase as the pack wrote it. */
  readonly text: string;
}

export interface PhraseMatch {
  readonly phrase: Phrase;
  /** The first and one-past-last token the phrase's own words cover. */
  readonly start: number;
  readonly end: number;
  /** The tokens in the slot, as [start, end), or null for a phrase without one. */
  readonly slot: readonly [number, number] | null;
}

const NO_ENDS: number[] = [];

/**
 * What the matchers work out about one word's forms, kept on the forms themselves: the same word is asked
 * about by many readers in one message, and the maps it is looked up in are too big to ask over and over.
 */
interface WordMemo {
  /** The forms as one string, to remember the automatons' moves by. */
  id?: string;
  /** The phrase sets the word opens a phrase of: 1 at the set's id. */
  opened?: Uint8Array;
  /** Where each automaton starts on the word, by automaton id. */
  starts?: (ReachedStates | null)[];
}
const MEMO = Symbol('word memo');
type MemoForms = readonly string[] & { [MEMO]?: WordMemo };

function memoOf(forms: MemoForms): WordMemo {
  let memo = forms[MEMO];
  if (!memo) {
    memo = {};
    // Not enumerable: the forms stay a plain list to everything else.
    Object.defineProperty(forms, MEMO, { value: memo, enumerable: false });
  }
  return memo;
}

/** One string for a word's forms, to remember the automaton's moves by; joined once per word. */
function idOf(keys: MemoForms): string {
  if (keys.length === 1) return keys[0] as string;
  const memo = memoOf(keys);
  memo.id ??= keys.join('\u0001');
  return memo.id;
}

/** The form of a token that may be skipped inside a phrase ("even" in "who even are you"). */
export const SKIPPABLE = '\u0000';

/** Longest run of tokens a slot may take when a word of the phrase closes it ("mera naam {name} hai"). */
const MAX_SLOT_TOKENS = 6;

export type TokenizeWords = (text: string) => readonly Token[];

/** Splits "a (b|c [d]) e" into its top-level parts: words, groups and slots. */
function parse(text: string, words: TokenizeWords, state: { possessive: boolean }): Element[] {
  const elements: Element[] = [];
  let at = 0;
  let plain = '';
  const flush = () => {
    for (const token of words(plain)) elements.push({ type: 'word', key: token.key });
    plain = '';
  };
  while (at < text.length) {
    const char = text[at] as string;
    if (char === '(' || char === '[') {
      flush();
      const close = matching(text, at);
      const inner = text.slice(at + 1, close);
      const options = splitTopLevel(inner).map((option) => parse(option, words, state));
      elements.push({ type: 'choice', options, optional: char === '[' });
      at = close + 1;
      continue;
    }
    if (text.startsWith('{name}', at) || text.startsWith('{command}', at)) {
      flush();
      const kind: SlotKind = text.startsWith('{name}', at) ? 'name' : 'command';
      elements.push({ type: 'slot', kind });
      at += kind === 'name' ? 6 : 9;
      if (/^['’]s\b/.test(text.slice(at))) {
        state.possessive = true;
        at += 2;
      }
      continue;
    }
    plain += char;
    at += 1;
  }
  flush();
  return elements;
}

function matching(text: string, open: number): number {
  let depth = 0;
  for (let at = open; at < text.length; at++) {
    if (text[at] === '(' || text[at] === '[') depth += 1;
    if (text[at] === ')' || text[at] === ']') depth -= 1;
    if (depth === 0) return at;
  }
  return text.length;
}

function splitTopLevel(inner: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of inner) {
    if (char === '(' || char === '[') depth += 1;
    if (char === ')' || char === ']') depth -= 1;
    if (char === '|' && depth === 0) {
      parts.push(current);
      current = '';
    } else current += char;
  }
  parts.push(current);
  return parts;
}

/** Compiles one phrase, tokenizing its words exactly as messages are tokenized. Null when it has no words. */
export function compilePhrase(text: string, language: string, words: TokenizeWords): Phrase | null {
  const state = { possessive: false };
  const elements = parse(text, words, state);
  if (!hasWord(elements)) return null;
  const slotIndex = elements.findIndex((element) => element.type === 'slot');
  const slot = elements.find((element) => element.type === 'slot');
  return {
    elements,
    slot: slot?.type === 'slot' ? slot.kind : null,
    slotFirst: slotIndex === 0,
    slotLast: slotIndex >= 0 && slotIndex === elements.length - 1,
    possessiveSlot: state.possessive,
    language,
    text,
  };
}

const hasWord = (elements: readonly Element[]): boolean =>
  elements.some(
    (element) => element.type === 'word' || (element.type === 'choice' && element.options.some(hasWord)),
  );

/** The keys a sequence can start with (null when it can be empty). */
function firstKeys(elements: readonly Element[]): Set<string | null> {
  const keys = new Set<string | null>();
  for (const element of elements) {
    if (element.type === 'word') {
      keys.add(element.key);
      return keys;
    }
    if (element.type === 'slot') return keys;
    let empty = element.optional;
    for (const option of element.options) {
      const inner = firstKeys(option);
      for (const key of inner) if (key !== null) keys.add(key);
      if (inner.has(null) || option.length === 0) empty = true;
    }
    if (!empty) return keys;
  }
  keys.add(null);
  return keys;
}

function collectKeys(elements: readonly Element[], into: Set<string>): void {
  for (const element of elements) {
    if (element.type === 'word') into.add(element.key);
    if (element.type === 'choice') for (const option of element.options) collectKeys(option, into);
  }
}

/**
 * The fewest words any text of the compiled phrase has, slots aside: "[oh] hola" one, "(buenos|buenas)
 * (días|tardes)" two. A phrase that always has two words or more need not be multiplied out to find its
 * single words: one with many choices stands for very many texts ("(why|how come) (does|did) …").
 */
export function fewestWords(phrase: Phrase): number {
  const fewest = (elements: readonly Element[]): number =>
    elements.reduce((count, element) => {
      if (element.type === 'word') return count + 1;
      if (element.type === 'slot' || element.optional) return count;
      return count + Math.min(...element.options.map(fewest));
    }, 0);
  return fewest(phrase.elements);
}

/** Every key the compiled phrase may match, in any of its choices. */
export function keysOfPhrase(phrase: Phrase): Set<string> {
  const keys = new Set<string>();
  collectKeys(phrase.elements, keys);
  return keys;
}

/** Plain phrases (no slot) as every text they stand for. */
export function expandPhrase(pattern: string): string[] {
  const group = /\[([^[\]()]*)\]|\(([^()[\]]*)\)/.exec(pattern);
  if (!group) return [pattern.replace(/\s+/g, ' ').trim()];
  const before = pattern.slice(0, group.index);
  const after = pattern.slice(group.index + group[0].length);
  const choices = group[1] !== undefined ? [group[1], ''] : (group[2] ?? '').split('|');
  return choices.flatMap((choice) => expandPhrase(`${before} ${choice} ${after}`));
}

/**
 * A run of tokens to match phrases on (a clause, or a whole message), with the keys each token may stand
 * for and the languages whose phrases count here: the languages the message is written in.
 */
export interface Words {
  readonly tokens: readonly Token[];
  /** The keys each token may stand for: its own, its spelling's word, the word it is a typo of. */
  readonly forms: readonly (readonly string[])[];
  /** The languages whose phrases count here; null: every language. */
  readonly languages: ReadonlySet<string> | null;
}

type Matcher = Words;

/**
 * Every way `elements` match from token `at`: the end positions reached, with the slot taken on the way.
 * Sequences are short, so plain backtracking is cheap.
 */
function matchSequence(
  elements: readonly Element[],
  index: number,
  at: number,
  m: Matcher,
  slot: readonly [number, number] | null,
  out: { end: number; slot: readonly [number, number] | null }[],
): void {
  if (index === elements.length) {
    out.push({ end: at, slot });
    return;
  }
  const element = elements[index] as Element;
  if (element.type === 'word') {
    const forms = m.forms[at];
    if (forms?.includes(element.key)) matchSequence(elements, index + 1, at + 1, m, slot, out);
    else if (index > 0 && forms?.includes(SKIPPABLE)) matchSequence(elements, index, at + 1, m, slot, out);
    return;
  }
  if (element.type === 'choice') {
    if (element.optional) matchSequence(elements, index + 1, at, m, slot, out);
    for (const option of element.options) {
      const inner: { end: number; slot: readonly [number, number] | null }[] = [];
      matchSequence(option, 0, at, m, slot, inner);
      for (const result of inner) matchSequence(elements, index + 1, result.end, m, result.slot, out);
    }
    return;
  }
  // The slot: to the end of the clause when the phrase ends with it, else up to what closes it.
  if (index === elements.length - 1) {
    if (at < m.tokens.length) out.push({ end: at, slot: [at, m.tokens.length] });
    return;
  }
  // "use {name} [please]": when every word after the slot may be left out, one of them closes the slot
  // only where it is said; otherwise the slot runs to the end of the clause ("use Tim Jones").
  const closersOptional = elements
    .slice(index + 1)
    .every((element) => element.type === 'choice' && element.optional);
  for (let end = at + 1; end <= Math.min(m.tokens.length - 1, at + MAX_SLOT_TOKENS); end++) {
    const reached: { end: number; slot: readonly [number, number] | null }[] = [];
    matchSequence(elements, index + 1, end, m, [at, end], reached);
    const closed = closersOptional ? reached.filter((result) => result.end > end) : reached;
    if (closed.length > 0) {
      out.push(...closed);
      return; // the nearest closing word closes the slot
    }
  }
  if (closersOptional && at < m.tokens.length)
    out.push({ end: m.tokens.length, slot: [at, m.tokens.length] });
}

/** Does a phrase of one of `phraseLanguages` count in a message in `languages` (null: any language)? */
function counts(phraseLanguages: readonly string[], languages: ReadonlySet<string> | null): boolean {
  if (languages === null) return true;
  for (const language of phraseLanguages) if (languages.has(language)) return true;
  return false;
}

/** A set of automaton states reached, with the moves out of it worked out so far. */
interface ReachedStates {
  readonly active: readonly number[];
  /** States kept over a skipped softener: they may go on, but not end a phrase here. */
  readonly carried: readonly number[];
  /** The languages of the phrases that end here (none: no phrase ends here). */
  readonly accepting: readonly string[];
  readonly next: Map<string, ReachedStates | null>;
}

/** How many sets of states an automaton remembers before it starts afresh. */
const MAX_REACHED_STATES = 20_000;

/**
 * The phrases of a set without a slot, as one automaton over token keys (a Thompson NFA): finding the
 * longest phrase at a position walks the message once, whatever the number of phrases and alternatives.
 */
let nextAutomatonId = 0;

class Automaton {
  private readonly id = nextAutomatonId++;
  // Tens of thousands of phrases make hundreds of thousands of states, so the automaton is stored flat:
  // while it is built, as lists of edges; then as typed arrays indexed by state (a Map per state would
  // cost hundreds of megabytes).
  private stateCount = 0;
  private readonly wordEdges: number[] = []; // from, key id, to; ...
  private readonly emptyEdges: number[] = []; // from, to; ...
  private readonly keyIds = new Map<string, number>();
  /** The language of the phrase each state ends, if it ends one. */
  private readonly accepting: (string | null)[] = [];
  /** States inside a phrase, where a softener may be skipped ("who *even* are you"). */
  private readonly inside: boolean[] = [];
  /** Word moves of state s: keys moveKeys[moveStart[s] .. moveStart[s + 1]), to moveTargets[...]. */
  private moveStart = new Int32Array(0);
  private moveKeys = new Int32Array(0);
  private moveTargets = new Int32Array(0);
  /** The states reached from s without reading a word, s included: closure[closureStart[s] .. [s + 1]). */
  private closureStart = new Int32Array(0);
  private closure = new Int32Array(0);
  /** The first moves of every phrase, in one map: most words start no phrase, and are dismissed at once. */
  private readonly firstMoves = new Map<string, number[]>();

  constructor(phrases: readonly Phrase[]) {
    const entries: number[] = [];
    for (const phrase of phrases) {
      const entry = this.state(false);
      entries.push(entry);
      const end = this.sequence(phrase.elements, entry, true);
      this.accepting[end] = phrase.language;
    }
    this.compact();
    const first = new Map<string, Set<number>>();
    const keyNames = [...this.keyIds.keys()];
    for (const entry of entries) {
      for (const state of this.closureOf(entry)) {
        for (
          let move = this.moveStart[state] as number;
          move < (this.moveStart[state + 1] as number);
          move++
        ) {
          const key = keyNames[this.moveKeys[move] as number] as string;
          const reached = first.get(key) ?? new Set<number>();
          for (const next of this.closureOf(this.moveTargets[move] as number)) reached.add(next);
          first.set(key, reached);
        }
      }
    }
    for (const [key, reached] of first) this.firstMoves.set(key, [...reached]);
  }

  /** Every key the automaton moves on. */
  keys(): IterableIterator<string> {
    return this.keyIds.keys();
  }

  private state(inside: boolean): number {
    this.accepting.push(null);
    this.inside.push(inside);
    return this.stateCount++;
  }

  /** Builds `elements` from state `from`; returns the state reached at the end. */
  private sequence(elements: readonly Element[], from: number, first: boolean): number {
    let current = from;
    elements.forEach((element, index) => {
      const opening = first && index === 0;
      if (element.type === 'word') {
        const next = this.state(true);
        let id = this.keyIds.get(element.key);
        if (id === undefined) {
          id = this.keyIds.size;
          this.keyIds.set(element.key, id);
        }
        this.wordEdges.push(current, id, next);
        current = next;
      } else if (element.type === 'choice') {
        const end = this.state(!opening);
        if (element.optional) this.emptyEdges.push(current, end);
        for (const option of element.options)
          this.emptyEdges.push(this.sequence(option, current, opening), end);
        current = end;
      }
    });
    return current;
  }

  /** From lists of edges to arrays indexed by state. */
  private compact(): void {
    const count = this.stateCount;
    const edges = this.wordEdges;
    this.moveStart = new Int32Array(count + 1);
    for (let i = 0; i < edges.length; i += 3) (this.moveStart[(edges[i] as number) + 1] as number)++;
    for (let s = 0; s < count; s++)
      this.moveStart[s + 1] = (this.moveStart[s + 1] as number) + (this.moveStart[s] as number);
    const fill = this.moveStart.slice(0, count);
    this.moveKeys = new Int32Array(edges.length / 3);
    this.moveTargets = new Int32Array(edges.length / 3);
    for (let i = 0; i < edges.length; i += 3) {
      const at = (fill[edges[i] as number] as number)++;
      this.moveKeys[at] = edges[i + 1] as number;
      this.moveTargets[at] = edges[i + 2] as number;
    }
    const links = new Map<number, number[]>();
    for (let i = 0; i < this.emptyEdges.length; i += 2) {
      const from = this.emptyEdges[i] as number;
      const list = links.get(from) ?? [];
      list.push(this.emptyEdges[i + 1] as number);
      links.set(from, list);
    }
    const closures: number[] = [];
    this.closureStart = new Int32Array(count + 1);
    for (let state = 0; state < count; state++) {
      this.closureStart[state] = closures.length;
      if (!links.has(state)) {
        closures.push(state);
        continue;
      }
      const seen = new Set<number>([state]);
      const stack = [state];
      while (stack.length > 0)
        for (const next of links.get(stack.pop() as number) ?? [])
          if (!seen.has(next)) {
            seen.add(next);
            stack.push(next);
          }
      closures.push(...seen);
    }
    this.closureStart[count] = closures.length;
    this.closure = Int32Array.from(closures);
    this.wordEdges.length = 0;
    this.emptyEdges.length = 0;
  }

  private closureOf(state: number): Int32Array {
    return this.closure.subarray(this.closureStart[state], this.closureStart[state + 1]);
  }

  /**
   * Where the phrases starting at `at` end, in order (empty when none does). Phrases of every language
   * share the automaton; a phrase counts only in a message written in its language.
   */
  endsAt(words: Words, at: number): number[] {
    const { forms, languages } = words;
    let state = this.startFor(forms[at]);
    if (state === null) return NO_ENDS;
    let ends: number[] = NO_ENDS;
    for (let position = at + 1; state !== null; position++) {
      if (state.accepting.length > 0 && counts(state.accepting, languages)) {
        if (ends === NO_ENDS) ends = [];
        ends.push(position);
      }
      const keys = forms[position];
      if (!keys) break;
      state = this.step(state, keys);
    }
    return ends;
  }

  // The automaton is run as a deterministic one, built as it is used: each set of states reached is made
  // once and its moves remembered, so a message costs a few map look-ups per word.
  private readonly interned = new Map<string, ReachedStates>();
  private readonly starts = new Map<string, ReachedStates | null>();

  private startFor(keys: MemoForms | undefined): ReachedStates | null {
    if (!keys) return null;
    const memo = memoOf(keys);
    memo.starts ??= [];
    let start = memo.starts[this.id];
    if (start === undefined) {
      start = this.startOf(keys);
      memo.starts[this.id] = start;
    }
    return start;
  }

  private startOf(keys: readonly string[]): ReachedStates | null {
    const id = idOf(keys);
    let start = this.starts.get(id);
    if (start !== undefined) return start;
    let any = false;
    for (const key of keys) if (this.firstMoves.has(key)) any = true;
    if (!any) return null;
    const active = new Set<number>();
    for (const key of keys) for (const state of this.firstMoves.get(key) ?? []) active.add(state);
    start = this.intern([...active], []);
    this.starts.set(id, start);
    return start;
  }

  private step(from: ReachedStates, keys: readonly string[]): ReachedStates | null {
    const id = idOf(keys);
    const known = from.next.get(id);
    if (known !== undefined) return known;
    const active = new Set<number>();
    const carried: number[] = [];
    const skippable = keys.includes(SKIPPABLE);
    const ids: number[] = [];
    for (const key of keys) {
      const id = this.keyIds.get(key);
      if (id !== undefined) ids.push(id);
    }
    for (const state of [...from.active, ...from.carried]) {
      if (ids.length > 0)
        for (let move = this.moveStart[state] as number; move < (this.moveStart[state + 1] as number); move++)
          if (ids.includes(this.moveKeys[move] as number))
            for (const reached of this.closureOf(this.moveTargets[move] as number)) active.add(reached);
      // A softener may be skipped inside a phrase, but a phrase cannot end on it.
      if (skippable && this.inside[state]) carried.push(state);
    }
    const next = active.size === 0 && carried.length === 0 ? null : this.intern([...active], carried);
    if (this.interned.size > MAX_REACHED_STATES) {
      // Unbounded input must not grow memory without end: start remembering afresh.
      this.interned.clear();
      this.starts.clear();
    } else from.next.set(id, next);
    return next;
  }

  private intern(active: number[], carried: number[]): ReachedStates {
    active.sort((a, b) => a - b);
    carried.sort((a, b) => a - b);
    const id = `${active.join(',')}|${carried.join(',')}`;
    let state = this.interned.get(id);
    if (!state) {
      const accepting = new Set<string>();
      for (const s of active) {
        const language = this.accepting[s];
        if (language) accepting.add(language);
      }
      state = { active, carried, accepting: [...accepting], next: new Map() };
      this.interned.set(id, state);
    }
    return state;
  }
}

/**
 * Where each set's phrases end, per start, kept on the run of words itself: the readers ask the same
 * question many times, and an array indexed by set is the cheapest place to remember the answer.
 */
const ENDS = Symbol('phrase ends');
type CachedWords = Words & { [ENDS]?: (readonly number[] | undefined)[][] };
let nextSetId = 0;

function cacheOf(words: CachedWords): (readonly number[] | undefined)[][] {
  let cache = words[ENDS];
  if (!cache) {
    cache = [];
    // Not enumerable: a run of words copied with a spread ({ ...view, tokens: part }) starts afresh.
    Object.defineProperty(words, ENDS, { value: cache, enumerable: false });
  }
  return cache;
}

/**
 * The sets each key opens a phrase of, by set id. A word's forms are looked up here once per message
 * (openedBy), not once per set asked: there are hundreds of sets, and most words open none of them.
 */
const setsOpenedByKey = new Map<string, number[]>();

function recordOpeners(keys: Iterable<string>, setId: number): void {
  for (const key of keys) {
    const ids = setsOpenedByKey.get(key) ?? [];
    ids.push(setId);
    setsOpenedByKey.set(key, ids);
  }
}

/** Shared by every word that opens no set (most words). */
let opensNone = new Uint8Array(0);

/**
 * Which sets a word (its forms) opens a phrase of: 1 at the set's id. Kept on the forms, which the lexicon
 * makes one list per word (`internForms`), so this is worked out once per word.
 */
function openedBy(forms: MemoForms): Uint8Array {
  const memo = memoOf(forms);
  // A set made after the word was first asked about has an id past the end: ask again.
  if (memo.opened && memo.opened.length >= nextSetId) return memo.opened;
  if (forms.every((key) => !setsOpenedByKey.has(key))) {
    if (opensNone.length < nextSetId) opensNone = new Uint8Array(nextSetId);
    memo.opened = opensNone;
  } else {
    memo.opened = new Uint8Array(nextSetId);
    for (const key of forms) for (const id of setsOpenedByKey.get(key) ?? []) memo.opened[id] = 1;
  }
  return memo.opened;
}

/** Phrases indexed by the key they start with, so a clause is only checked against phrases that can match. */
export class PhraseSet {
  /** Where phrases end, per run of words and start: the readers ask the same question many times. */
  private readonly id = nextSetId++;
  /** The id under which words that open a phrase with a slot are recorded in setsOpenedByKey. */
  private readonly slottedId = nextSetId++;
  private readonly byFirstKey = new Map<string, Phrase[]>();
  /** Phrases that open with their slot ("{name} here"), indexed by their first word. */
  private readonly bySlotNext = new Map<string, Phrase[]>();
  /** The phrases without a slot, of every language, in one automaton. */
  private readonly automaton: Automaton;
  /** The phrases with a slot; those without live on only in the automaton, which takes far less memory. */
  private readonly slotted: readonly Phrase[];
  readonly size: number;

  constructor(phrases: readonly Phrase[]) {
    const unique = new Map<string, Phrase>();
    for (const phrase of phrases)
      if (!unique.has(`${phrase.language}:${phrase.text}`))
        unique.set(`${phrase.language}:${phrase.text}`, phrase);
    const all = [...unique.values()];
    this.size = all.length;
    this.automaton = new Automaton(all.filter((phrase) => phrase.slot === null));
    this.slotted = all.filter((phrase) => phrase.slot !== null);
    // Every key a phrase without a slot can start with: a word that starts none is dismissed at once.
    const openers = new Set<string>();
    for (const phrase of all)
      if (phrase.slot === null)
        for (const key of firstKeys(phrase.elements)) if (key !== null) openers.add(key);
    recordOpeners(openers, this.id);
    const slottedOpeners = new Set<string>();
    for (const phrase of this.slotted) {
      const index = phrase.slotFirst ? this.bySlotNext : this.byFirstKey;
      const starts = firstKeys(phrase.slotFirst ? phrase.elements.slice(1) : phrase.elements);
      for (const key of starts) {
        if (key === null) continue;
        const list = index.get(key) ?? [];
        list.push(phrase);
        index.set(key, list);
        slottedOpeners.add(key);
      }
    }
    recordOpeners(slottedOpeners, this.slottedId);
  }

  /** Every key the phrases are made of. */
  keys(): Set<string> {
    const keys = new Set<string>(this.automaton.keys());
    for (const phrase of this.slotted) collectKeys(phrase.elements, keys);
    return keys;
  }

  /** Phrases with a slot that match with their first word at `at`, longest first. */
  matchAt(words: Words, at: number): PhraseMatch[] {
    const { tokens, forms, languages } = words;
    const here = forms[at];
    if (!here || openedBy(here)[this.slottedId] !== 1) return [];
    const matches: PhraseMatch[] = [];
    const seen = new Set<Phrase>();
    const counts = (phrase: Phrase) => languages === null || languages.has(phrase.language);
    for (const form of forms[at] ?? []) {
      for (const phrase of this.byFirstKey.get(form) ?? []) {
        if (seen.has(phrase) || !counts(phrase)) continue;
        seen.add(phrase);
        const results: { end: number; slot: readonly [number, number] | null }[] = [];
        matchSequence(phrase.elements, 0, at, words, null, results);
        const best = results.reduce<(typeof results)[number] | undefined>(
          (longest, result) => (longest === undefined || result.end > longest.end ? result : longest),
          undefined,
        );
        if (best) matches.push({ phrase, start: at, end: best.end, slot: best.slot });
      }
      for (const phrase of this.bySlotNext.get(form) ?? []) {
        if (seen.has(phrase) || at === 0 || !counts(phrase)) continue;
        seen.add(phrase);
        const results: { end: number; slot: readonly [number, number] | null }[] = [];
        matchSequence(phrase.elements.slice(1), 0, at, words, null, results);
        const best = results.reduce<number>((longest, result) => Math.max(longest, result.end), -1);
        if (best < 0) continue;
        if (phrase.possessiveSlot && !/['’]s$/i.test(tokens[at - 1]?.text ?? '')) continue;
        matches.push({ phrase, start: at, end: best, slot: [Math.max(0, at - MAX_SLOT_TOKENS), at] });
      }
    }
    return matches.sort((a, b) => b.end - b.start - (a.end - a.start));
  }

  /** Every match of a phrase with a slot, in order of where it starts. */
  findAll(words: Words): PhraseMatch[] {
    const all: PhraseMatch[] = [];
    for (let at = 0; at < words.tokens.length; at++) all.push(...this.matchAt(words, at));
    return all;
  }

  /** Where the phrases without a slot that start at `at` end, in order. */
  endsAt(words: Words, at: number): readonly number[] {
    const keys = words.forms[at];
    if (!keys) return NO_ENDS;
    if (openedBy(keys)[this.id] !== 1) return NO_ENDS;
    const cache = cacheOf(words as CachedWords);
    let known = cache[this.id];
    if (!known) {
      known = [];
      cache[this.id] = known;
    }
    let ends = known[at];
    if (!ends) {
      ends = this.automaton.endsAt(words, at);
      known[at] = ends;
    }
    return ends;
  }

  /** The end of the longest phrase without a slot that starts at `at` and ends by `limit`, or `at`. */
  longestAt(words: Words, at: number, limit = words.tokens.length): number {
    const ends = this.endsAt(words, at);
    for (let i = ends.length - 1; i >= 0; i--) if ((ends[i] as number) <= limit) return ends[i] as number;
    return at;
  }

  /** Is there a phrase anywhere in [start, end)? */
  occursIn(words: Words, start = 0, end = words.tokens.length): boolean {
    for (let at = start; at < end; at++) if (this.longestAt(words, at, end) > at) return true;
    return false;
  }

  /** Where a run of this set's phrases, back to back from `at`, ends ("um so what…": past "um so"). */
  skipFrom(words: Words, at: number): number {
    for (let next = this.longestAt(words, at); next > at; next = this.longestAt(words, at)) at = next;
    return at;
  }

  /** Does the run [start, end) read as phrases of this set, back to back? */
  covers(words: Words, start: number, end: number): boolean {
    let at = start;
    while (at < end) {
      const next = this.longestAt(words, at, end);
      if (next === at) return false;
      at = next;
    }
    return true;
  }
}
