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

/**
 * The vocabulary word `word` is most plausibly a typo of, or null. People rarely mistype the first
 * letter, so candidates must share it (a swap of the first two letters, "hwo", still counts).
 */
export function closestWord(word: string, vocabulary: readonly string[]): string | null {
  if (word.length < 3) return null;
  let best: string | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const target of vocabulary) {
    const sameStart = target[0] === word[0] || (target[0] === word[1] && target[1] === word[0]);
    if (!sameStart) continue;
    const max = allowedEdits(word, target);
    // Same skeleton ("hobie" for "hobby") counts as half an edit: closer than any real slip.
    const distance = skeleton(word) === skeleton(target) ? 0.5 : editDistance(word, target, max);
    if (distance <= max && distance < bestDistance) {
      best = target;
      bestDistance = distance;
    }
  }
  return best;
}
