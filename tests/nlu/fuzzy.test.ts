import { describe, expect, it } from '@jest/globals';
import { closestWord, editDistance, skeleton } from '../../src/nlu/fuzzy';

describe('fuzzy matching of intent words', () => {
  it.each([
    ['name', 'name', 0],
    ['nme', 'name', 1],
    ['nmae', 'name', 1],
    ['hobyy', 'hobby', 1],
    ['hobbies', 'hobby', 3],
    ['kitten', 'sitting', 3],
  ])('distance(%s, %s) = %i', (a, b, distance) => {
    expect(editDistance(a, b, 3)).toBe(distance);
  });

  it.each([
    ['nmae', 'name'],
    ['hwo', 'how'],
    ['hobyy', 'hobby'],
    ['birthdya', 'birthday'],
    ['olde', 'old'],
  ])('%s is read as %s', (word, expected) => {
    expect(closestWord(word, ['name', 'how', 'hobby', 'birthday', 'old', 'age'])).toBe(expected);
  });

  it.each(['game', 'xyz', 'ag', 'zzzzzz'])('%s matches nothing', (word) => {
    expect(closestWord(word, ['name', 'how', 'hobby', 'age'])).toBeNull();
  });

  it('prefers the earlier of two equally close words', () => {
    expect(closestWord('olx', ['old', 'olf'])).toBe('old');
    expect(closestWord('olx', ['olf', 'old'])).toBe('olf');
  });

  it('finds a same-sounding spelling however long', () => {
    expect(closestWord('hobbbbbbie', ['hobby'])).toBe('hobby');
  });
});

describe('spelling skeletons', () => {
  it.each([
    ['hobie', 'hobby'],
    ['hobbie', 'hobby'],
    ['pasttimes', 'pastimes'],
    ['hobbeys', 'hobbies'],
  ])('%s sounds like %s', (a, b) => {
    expect(skeleton(a)).toBe(skeleton(b));
  });

  it('lets a same-sounding spelling win', () => {
    expect(closestWord('hobie', ['hobby', 'hobbies'])).toBe('hobby');
  });
});
