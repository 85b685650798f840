// Words typed without the space between them: "howold", "oldare", "whatsyourname", "urname". Phones
// and hurried thumbs drop spaces as often as letters. A word compromise does not know is split when
// every piece is a word the question frames use; a real word ("nameless", "household") is never split,
// and a name in a question ("Oldham") stays whole because its pieces do not all come from that list.

/** Fewest pieces win; a whole question glued together ("whatdoyoudoforfun") has six. */
const MAX_PIECES = 6;
const MIN_GLUED_LENGTH = 4;

/**
 * `word` cut into pieces that are all in `pieces`, or null. The split with the fewest pieces wins
 * ("whatsyour" is "whats your", not "what s your"); one-letter pieces are only the text-speak "u"/"r".
 */
export function splitGlued(word: string, pieces: ReadonlySet<string>): string[] | null {
  if (word.length < MIN_GLUED_LENGTH || !/^\p{L}+$/u.test(word)) return null;
  // best[i]: the shortest split of word.slice(0, i), as a list of pieces.
  const best: Array<string[] | null> = [[]];
  for (let end = 1; end <= word.length; end++) {
    best[end] = null;
    for (let start = Math.max(0, end - 12); start < end; start++) {
      const before = best[start];
      const piece = word.slice(start, end);
      if (!before || !pieces.has(piece)) continue;
      if (piece.length === 1 && piece !== 'u' && piece !== 'r') continue;
      const candidate = [...before, piece];
      const current = best[end];
      if (!current || candidate.length < current.length) best[end] = candidate;
    }
  }
  const split = best[word.length];
  return split && split.length >= 2 && split.length <= MAX_PIECES ? split : null;
}
