// What a pack phrase stands for, worked out without multiplying out its choices when it need not be: a
// phrase with many choices stands for thousands of texts, and building the lexicon must stay cheap.

import { describe, expect, it } from '@jest/globals';
import { expandPhrase, singleWordExpansions, wordsOfPhrase } from '../../../src/nlu/packs/phrases';

describe('pack phrases', () => {
  it('finds the texts of a phrase that may be one word', () => {
    expect(singleWordExpansions('[oh] hola')).toContain('hola');
    expect(singleWordExpansions('{name} here')).toContain('here');
    expect(singleWordExpansions('(hi|hello there)')).toEqual(['hi', 'hello there']);
  });

  it('does not multiply out a phrase that always has two words or more', () => {
    const phrase =
      '(why|how come) (does|did|do) (it|this|that|you) (say|says|show) [that] (1|2|3|one|two|three) (question|questions) (left|remaining)';
    expect(expandPhrase(phrase)).toHaveLength(2 * 3 * 4 * 3 * 2 * 6 * 2 * 2);
    expect(singleWordExpansions(phrase)).toEqual([]);
  });

  it('lists every word a phrase may use', () => {
    const words = wordsOfPhrase('[can you] (reset|reboot) (the|this) (chat|session)')
      .split(/\s+/)
      .filter(Boolean);
    expect(new Set(words)).toEqual(
      new Set(['can', 'you', 'reset', 'reboot', 'the', 'this', 'chat', 'session']),
    );
  });
});
