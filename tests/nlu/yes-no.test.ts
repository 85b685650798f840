import { describe, expect, it } from '@jest/globals';
import { interpret } from '../../src/nlu/index';

describe('yes/no answers', () => {
  it.each([
    ['yes', 'yes'],
    ['Yep!', 'yes'],
    ['yeah', 'yes'],
    ['sure', 'yes'],
    ['Correct', 'yes'],
    ["that's right", 'yes'],
    ['y', 'yes'],
    ['👍', 'yes'],
    [':+1:', 'yes'],
    ['yes please', 'yes'],
    ["yes, that's me", 'yes'],
    ['absolutely', 'yes'],
    ['no', 'no'],
    ['Nope.', 'no'],
    ['nah', 'no'],
    ['wrong', 'no'],
    ['n', 'no'],
    ['not quite', 'no'],
    ['👎', 'no'],
    ["no, it's Anna", 'no'],
    ['no thanks', 'no'],
  ])('%j answers %s', (text, answer) => {
    expect(interpret(text).answer).toBe(answer);
  });

  it.each(['hello', 'I am Ana', 'what is your name?', 'no problem', 'no idea', 'maybe', 'why?'])(
    '%j is no answer',
    (text) => {
      expect(interpret(text).answer).toBeNull();
    },
  );

  it('a correction carries both the no and the name', () => {
    expect(interpret("no, it's Anna")).toMatchObject({ answer: 'no', name: { value: 'Anna' } });
  });
});
