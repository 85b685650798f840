import { describe, expect, it } from '@jest/globals';
import { interpret } from '../../src/nlu/index';

describe('commands', () => {
  it.each([
    ['help', 'help'],
    ['Help!', 'help'],
    ['help me please', 'help'],
    ['HELP 🙏', 'help'],
    ['restart', 'restart'],
    ['Restart!', 'restart'],
    ['start over', 'restart'],
    ['Start again please', 'restart'],
    ['reset', 'restart'],
    ['stop', 'stop'],
    ['bye', 'stop'],
    ['Goodbye :wave:', 'stop'],
    ['quit', 'stop'],
    ['cancel.', 'stop'],
    ['exit', 'stop'],
    ['status', 'status'],
    ['Status?', 'status'],
    ['forget me', 'forget'],
    ['Forget me please', 'forget'],
    ['delete my data', 'forget'],
  ])('%j is the command %s', (text, command) => {
    expect(interpret(text).command).toBe(command);
  });

  it.each([
    'how do I restart my router?',
    'what can you do?',
    'can you help?',
    'help me with my code',
    'please stop talking about that',
    'what is my status in the team?',
    "don't forget me",
    'I will restart later',
    'bye the way, I am Ana',
  ])('%j is not a command', (text) => {
    expect(interpret(text).command).toBeNull();
  });

  it('a command is not read as a name, a question or an answer', () => {
    expect(interpret('Stop')).toMatchObject({ command: 'stop', name: null, intents: [], answer: null });
  });
});
