// Typo tolerance: how far apart two spellings are. People rarely mistype a word's first letter, so a
// typo keeps it (or swaps the first two letters: "hwo" for "how").

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

/** Doubled letters made single: "hobbby" and "hobby" have the same skeleton. */
const skeleton = (word: string): string => word.replace(/(.)\1+/g, '$1');

/** Is `typed` plausibly a slip of `word`: one edit away, starting the same, or the same but for doubled letters? */
export function closeEnough(typed: string, word: string): boolean {
  if (skeleton(typed) === skeleton(word)) return true;
  const sameStart = typed[0] === word[0] || (typed[0] === word[1] && typed[1] === word[0]);
  return sameStart && editDistance(typed, word, 1) <= 1;
}

/** Two adjacent letters swapped: "odl" and "old", "wrod" and "word". */
export function isSwap(typed: string, word: string): boolean {
  for (let i = 0; i + 1 < word.length; i++)
    if (typed === word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2)) return true;
  return false;
}

/** Each letter's neighbours on a QWERTY keyboard, where a finger slips to. */
const QWERTY_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
const neighbours = new Map<string, string>();
for (const [row, keys] of QWERTY_ROWS.entries())
  for (const [column, key] of [...keys].entries()) {
    // Rows are offset by about half a key: above, the same column and the next; below, the one before
    // and the same.
    const above = QWERTY_ROWS[row - 1] ?? '';
    const below = QWERTY_ROWS[row + 1] ?? '';
    const near = [
      keys[column - 1],
      keys[column + 1],
      above[column],
      above[column + 1],
      below[column - 1],
      below[column],
    ];
    neighbours.set(key, near.filter((letter) => letter !== undefined).join(''));
  }

/** One letter, past the first, hit on the key beside it: "olf" for "old", "yiu" for "you". */
export function isKeySlip(typed: string, word: string): boolean {
  if (typed.length !== word.length || typed[0] !== word[0]) return false;
  let slips = 0;
  for (let i = 1; i < word.length; i++) {
    if (typed[i] === word[i]) continue;
    if (!neighbours.get(word[i] as string)?.includes(typed[i] as string)) return false;
    slips += 1;
  }
  return slips === 1;
}
