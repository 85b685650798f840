// Bounded caches for pure functions of one word. The same few thousand words come up in message
// after message ("im", "name", "your", "hey"), so a word's reading (its compromise profile, its typo
// correction, whether it is a chat word or a cue word) is worked out once and kept. Only single words
// are cached, never whole messages, so every new message is still read in full.

/** How many words each cache keeps; the oldest entry is dropped first when it is full. */
export const WORD_CACHE_LIMIT = 20_000;

/** `read`, remembered per word for at most `limit` words (the oldest are forgotten first). */
export function perWord<T>(read: (word: string) => T, limit = WORD_CACHE_LIMIT): (word: string) => T {
  const cache = new Map<string, T>();
  return (word: string): T => {
    const cached = cache.get(word);
    if (cached !== undefined || cache.has(word)) return cached as T;
    const value = read(word);
    if (cache.size >= limit) {
      const oldest = cache.keys().next();
      if (!oldest.done) cache.delete(oldest.value);
    }
    cache.set(word, value);
    return value;
  };
}
