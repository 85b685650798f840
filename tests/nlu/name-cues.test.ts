import { describe, expect, it } from '@jest/globals';
import { isCueWord } from '../../src/nlu/name-cues';

describe('cue words typed carelessly', () => {
  it.each([
    ['nmae', 'name'],
    ['naem', 'name'],
    ['anme', 'name'],
    ['nane', 'name'],
    ['nam', 'name'],
    ["nmae's", "name's"],
    ['iz', 'is'],
    ['mah', 'my'],
    ['mt', 'my'],
    ['ppl', 'people'],
    ['cal', 'call'],
    ['frends', 'friends'],
    ['evryone', 'everyone'],
    ['knwon', 'known'],
  ])('%s stands for %s', (typed, cue) => {
    expect(isCueWord(typed, cue)).toBe(true);
  });

  it.each([
    ['same', 'name'],
    ['game', 'name'],
    ['came', 'name'],
    ['nice', 'name'],
    ['mane', 'name'],
    ['in', 'is'],
    ['me', 'my'],
    ['tall', 'call'],
    ['purple', 'people'],
  ])('%s is a word of its own, not %s', (typed, cue) => {
    expect(isCueWord(typed, cue)).toBe(false);
  });
});
