// Small helpers the topic finders share: phrases over normalised words, and what a finder reports.

import { AUXILIARIES, SOFTENERS, type Topic } from './topic-lexicon';

export type Words = readonly string[];

export interface Found {
  readonly topic: Topic;
  /** Where the concept starts, so the first one asked wins. */
  readonly at: number;
}

/** Does `phrase` occur at words[at]? */
export function startsAt(words: Words, at: number, phrase: readonly string[]): boolean {
  return phrase.every((word, offset) => words[at + offset] === word);
}

type Phrases = ReadonlyArray<readonly string[]>;

/** Each phrase list indexed once by its first word, so a word that starts no phrase costs one lookup. */
const indexes = new WeakMap<Phrases, ReadonlyMap<string, Phrases>>();

/** The phrases of `phrases` that start with `word`, in their order in the list. */
function phrasesStartingWith(phrases: Phrases, word: string | undefined): Phrases {
  let index = indexes.get(phrases);
  if (!index) {
    const built = new Map<string, Array<readonly string[]>>();
    for (const phrase of phrases) {
      const first = phrase[0] ?? '';
      built.set(first, [...(built.get(first) ?? []), phrase]);
    }
    index = built;
    indexes.set(phrases, index);
  }
  return index.get(word ?? '') ?? [];
}

/** Every occurrence of any of `phrases`, longest first at each position: [start, end) pairs. */
export function occurrences(words: Words, phrases: Phrases): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  for (let at = 0; at < words.length; at++) {
    let longest = 0;
    for (const phrase of phrasesStartingWith(phrases, words[at]))
      if (phrase.length > longest && startsAt(words, at, phrase)) longest = phrase.length;
    if (longest > 0) found.push([at, at + longest]);
  }
  return found;
}

/** Skips auxiliaries and softeners from `index` on ("how old *are really* you"). */
export function skipFrame(words: Words, index: number): number {
  let next = index;
  while (AUXILIARIES.has(words[next] ?? '') || SOFTENERS.has(words[next] ?? '')) next += 1;
  return next;
}
