import { describe, expect, it } from '@jest/globals';
import { interpret } from '../../src/nlu/index';

describe('interpret', () => {
  it.each([
    ["hi, I'm Ana", { command: null, name: { value: 'Ana', confident: true }, intents: [], answer: null }],
    ["what's your name?", { command: null, name: null, intents: ['name'], answer: null }],
    ['Restart!', { command: 'restart', name: null, intents: [], answer: null }],
    ['yes', { command: null, name: null, intents: [], answer: 'yes' }],
    [
      "my name is Ana, what's yours?",
      { command: null, name: { value: 'Ana', confident: true }, intents: ['name'] },
    ],
  ])('%j', (text, expected) => {
    expect(interpret(text)).toMatchObject(expected);
  });

  it('cleans Slack markup before reading the message', () => {
    expect(interpret('<@U0BOT> my name is <mailto:x@y.z|Ana>')).toMatchObject({
      text: 'my name is Ana',
      name: { value: 'Ana' },
    });
  });

  it('is pure: the same message always reads the same', () => {
    const first = interpret('im kwame, how old are you?');
    expect(interpret('im kwame, how old are you?')).toEqual(first);
    expect(first).toMatchObject({ name: { value: 'Kwame' }, intents: ['age'] });
  });

  it('handles a 40,000-character paste', () => {
    const result = interpret(`${'blah '.repeat(8000)}`);
    expect(result.text.length).toBeLessThanOrEqual(500);
  });
});
