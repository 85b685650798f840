import { describe, expect, it } from '@jest/globals';
import { splitGlued } from '../../src/nlu/glued-words';

const PIECES = new Set([
  'how',
  'old',
  'are',
  'you',
  'r',
  'u',
  'whats',
  'what',
  'your',
  'ur',
  'name',
  'is',
  'do',
  'for',
  'fun',
]);

describe('words typed without spaces', () => {
  it.each([
    ['howold', ['how', 'old']],
    ['oldare', ['old', 'are']],
    ['howoldru', ['how', 'old', 'r', 'u']],
    ['whatsyourname', ['whats', 'your', 'name']],
    ['urname', ['ur', 'name']],
  ])('%s -> %j', (word, pieces) => {
    expect(splitGlued(word, PIECES)).toEqual(pieces);
  });

  it.each(['howl', 'household', 'oldham', 'xyzzy', 'how', 'ru'])('%s is left whole', (word) => {
    expect(splitGlued(word, PIECES)).toBeNull();
  });
});
