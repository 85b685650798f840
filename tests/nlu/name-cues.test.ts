import { describe, expect, it } from '@jest/globals';
import { epithetLength, isCueWord, NAME_CUES } from '../../src/nlu/name-cues';

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

describe('slang for "me" after a cue', () => {
  it.each([
    ['ya boi dre', 2],
    ['ur girl keisha', 2],
    ['your favourite intern priya', 3],
    ['your friendly neighbourhood dev', 4],
    ['your turn', 0],
    ['ana', 0],
  ])('%j opens with %i words of it', (text, length) => {
    expect(epithetLength(text.split(' '))).toBe(length);
  });
});

describe('the cue table', () => {
  it('has the English, Indian English and other-language cues, longest first', () => {
    const phrases = NAME_CUES.map((cue) => cue.words.join(' '));
    for (const phrase of ['my name is', 'myself', 'this side', 'me llamo', 'mera naam', 'ko', 'שמי'])
      expect(phrases).toContain(phrase);
    const lengths = NAME_CUES.map((cue) => cue.words.length);
    expect(lengths).toEqual([...lengths].sort((a, b) => b - a));
  });

  it('knows which cues need a closing word', () => {
    const ko = NAME_CUES.find((cue) => cue.words.join(' ') === 'ko');
    expect(ko?.closeRequired).toBe(true);
    expect(ko?.closers.map((closer) => closer.join(' '))).toContain('tōku ingoa');
  });
});
