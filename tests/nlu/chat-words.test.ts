import { describe, expect, it } from '@jest/globals';
import { isChatWord, isGreeting, isKeyboardMash } from '../../src/nlu/chat-words';

describe('chat words, however stretched', () => {
  it.each([
    'hey',
    'heyyy',
    'heyy',
    'hiiii',
    'ummmm',
    'uhh',
    'hmmmm',
    'lol',
    'lolol',
    'lololol',
    'hahahah',
    'ahaha',
    'jajaja',
    'lmaooo',
    'bruh',
    'bruhhh',
    'wut',
    'ngl',
    'tbh',
    'yh',
    'welp',
    'oof',
    'sooo',
    'wyd',
  ])('%s is a chat word', (word) => {
    expect(isChatWord(word)).toBe(true);
  });

  it.each(['yaa', 'yoo', 'lee', 'jojo', 'lulu', 'ama', 'kofi', 'nana', 'ayo', 'bo'])(
    '%s may be a name: not a chat word on its own',
    (word) => {
      expect(isChatWord(word)).toBe(false);
    },
  );

  it.each(['yaa', 'yoo'])('%s is a stretched chat word where a cue follows (loose)', (word) => {
    expect(isChatWord(word, true)).toBe(true);
  });

  it.each([
    ['heyyy', true],
    ['morning', true],
    ['hiya', true],
    ['lol', false],
    ['ok', false],
  ])('%s is a greeting: %s', (word, greeting) => {
    expect(isGreeting(word)).toBe(greeting);
  });
});

describe('keyboard mashes', () => {
  it.each(['asdf', 'asdfgh', 'qwerty', 'jkjkjk', 'sdfsdf', 'zxcvb'])('%s is a mash', (word) => {
    expect(isKeyboardMash(word)).toBe(true);
  });

  it.each(['tyree', 'pete', 'asha', 'ruth', 'dfg', 'kwame'])('%s is not', (word) => {
    expect(isKeyboardMash(word)).toBe(false);
  });
});
