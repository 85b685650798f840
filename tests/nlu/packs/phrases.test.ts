// What a pack phrase stands for, worked out on its compiled form: a phrase with many choices stands for
// thousands of texts, and building the lexicon must not multiply them out to find its single words.

import { describe, expect, it } from '@jest/globals';
import { compilePhrase, expandPhrase, fewestWords, keysOfPhrase } from '../../../src/nlu/packs/phrases';
import { createTokenizer } from '../../../src/nlu/text/tokens';

const { words } = createTokenizer({ titles: new Set(), suffixes: [] });
const compiled = (text: string) => {
  const phrase = compilePhrase(text, 'en', words);
  if (!phrase) throw new Error(`no words in ${text}`);
  return phrase;
};

describe('pack phrases', () => {
  it('knows the fewest words any text of a phrase has, slots aside', () => {
    expect(fewestWords(compiled('[oh] hola'))).toBe(1);
    expect(fewestWords(compiled('{name} here'))).toBe(1);
    expect(fewestWords(compiled('(hi|hello there)'))).toBe(1);
    expect(fewestWords(compiled('(buenos|buenas) (días|tardes)'))).toBe(2);
  });

  it('tells a phrase of many choices has two words or more without multiplying it out', () => {
    const phrase =
      '(why|how come) (does|did|do) (it|this|that|you) (say|says|show) [that] (1|2|3|one|two|three) (question|questions) (left|remaining)';
    expect(expandPhrase(phrase)).toHaveLength(2 * 3 * 4 * 3 * 2 * 6 * 2 * 2);
    expect(fewestWords(compiled(phrase))).toBe(7);
  });

  it('lists every word a phrase may use', () => {
    expect(keysOfPhrase(compiled('[can you] (reset|reboot) (the|this) (chat|session)'))).toEqual(
      new Set(['can', 'you', 'reset', 'reboot', 'the', 'this', 'chat', 'session']),
    );
  });
});
