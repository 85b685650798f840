// Typo tolerance for the few words that decide an intent ("wats ur nme", "hobyy", "hwo old").
// Only words compromise does not know are corrected, so real words ("same", "game", "bored")
// are never bent into intent words.

/** Optimal string alignment distance (Levenshtein plus adjacent transpositions), capped at `max + 1`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let beforePrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, (beforePrevious[j - 2] ?? 0) + 1);
      }
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    beforePrevious = previous;
    previous = current;
  }
  return previous[b.length] ?? max + 1;
}

/** How far a typo may stray: one edit for short words, two from seven letters on. */
function allowedEdits(word: string, target: string): number {
  return Math.min(word.length, target.length) >= 6 ? 2 : 1;
}

/**
 * A word's spelling skeleton: doubled letters single, and an "-ie"/"-ey" ending as "-y", so spellings
 * that sound alike compare equal ("hobie", "hobbie" and "hobby"; "pasttimes" and "pastimes").
 */
export function skeleton(word: string): string {
  return word
    .replace(/(\p{L})\1+/gu, '$1')
    .replace(/(?:ie|ey)(s?)$/, 'y$1')
    .replace(/ys$/, 'ies');
}

interface Candidate {
  readonly word: string;
  readonly skeleton: string;
  /** Position in the vocabulary: among equally close words the earlier one wins. */
  readonly order: number;
}

/** A vocabulary prepared once: each word's skeleton, grouped by the letter it starts with. */
const prepared = new WeakMap<readonly string[], ReadonlyMap<string, readonly Candidate[]>>();

function byFirstLetter(vocabulary: readonly string[]): ReadonlyMap<string, readonly Candidate[]> {
  const known = prepared.get(vocabulary);
  if (known) return known;
  const index = new Map<string, Candidate[]>();
  for (const [order, word] of vocabulary.entries()) {
    const first = word[0] ?? '';
    const group = index.get(first) ?? [];
    group.push({ word, skeleton: skeleton(word), order });
    index.set(first, group);
  }
  prepared.set(vocabulary, index);
  return index;
}

/**
 * The vocabulary word `word` is most plausibly a typo of, or null. People rarely mistype the first
 * letter, so candidates must share it (a swap of the first two letters, "hwo", still counts).
 */
export function closestWord(word: string, vocabulary: readonly string[]): string | null {
  if (word.length < 3) return null;
  const index = byFirstLetter(vocabulary);
  const own = skeleton(word);
  let best: Candidate | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  const consider = (target: Candidate): void => {
    const max = allowedEdits(word, target.word);
    // Same skeleton ("hobie" for "hobby") counts as half an edit: closer than any real slip.
    const distance = own === target.skeleton ? 0.5 : editDistance(word, target.word, max);
    if (distance > max) return;
    if (distance < bestDistance || (distance === bestDistance && best && target.order < best.order)) {
      best = target;
      bestDistance = distance;
    }
  };
  for (const target of index.get(word[0] ?? '') ?? []) consider(target);
  // The first two letters swapped ("hwo" for "how").
  if (word[1] !== word[0])
    for (const target of index.get(word[1] ?? '') ?? []) if (target.word[1] === word[0]) consider(target);
  return (best as Candidate | null)?.word ?? null;
}
