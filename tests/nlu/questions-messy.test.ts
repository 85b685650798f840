// Messy questions: words cut off at the end, text-speak for "what do you", exceptions ("besides
// helping people"), a statement that still asks, a question tag ("or nah"), and the same three
// questions in other languages. Written for the tests, not taken from a corpus.

import { describe, expect, it } from '@jest/globals';
import { classifyQuestion } from '../../src/nlu/index';
import { foreignTopic } from '../../src/nlu/question-world';

describe('a last word cut off', () => {
  it.each([
    ['what do u do in ur free ti', 'hobby'],
    ['how do you fill your spare tim', 'hobby'],
  ])('%j -> %s', (text, intent) => {
    expect(classifyQuestion(text)).toBe(intent);
  });

  it('completes only the last word of a phrase', () => {
    expect(classifyQuestion('is tim free on monday')).toBe('other');
  });
});

describe('text-speak, exceptions and statements that ask', () => {
  it.each([
    ['whachu like doing on sundays', 'hobby'],
    ['whachu called', 'name'],
    ['wat yr did they make u', 'age'],
    ['any hobbies other than answering questions?', 'hobby'],
    ['got any passions apart from work?', 'hobby'],
    ['what do u get up to after ur shift', 'hobby'],
    ['sorry, I missed your name', 'name'],
    ["I didn't catch your name earlier", 'name'],
    ['you got any hobbies or nah', 'hobby'],
    ['u got a name or what', 'name'],
  ])('%j -> %s', (text, intent) => {
    expect(classifyQuestion(text)).toBe(intent);
  });

  it.each([
    ['my parents forgot it lol', ['other', 'none']],
    ['I love your name', ['other', 'none']],
    ['how do i rename the bot in the admin settings', ['other']],
    ['can I set a nickname for the bot?', ['other']],
    ['does your boss have hobbies besides golf?', ['other']],
  ])('%j is not a question about the bot (%j)', (text, accepted) => {
    expect(accepted).toContain(classifyQuestion(text));
  });
});

describe('the three questions in other languages', () => {
  it.each([
    ['¿Cómo te llamas?', 'name'],
    ['hey bot, qual é o teu nome', 'name'],
    ['wie ist dein Name?', 'name'],
    ['aapka naam kya hai', 'name'],
    ['siapa nama kamu?', 'name'],
    ['quel âge as-tu ?', 'age'],
    ['quanti anni hai?', 'age'],
    ['kaç yaşındasın?', 'age'],
    ['сколько тебе лет?', 'age'],
    ['was machst du in deiner Freizeit?', 'hobby'],
    ['jakie masz hobby?', 'hobby'],
    ['anong libangan mo?', 'hobby'],
  ])('%j -> %s', (text, intent) => {
    expect(classifyQuestion(text)).toBe(intent);
  });

  it.each([
    'como se llama tu perro?',
    'mera naam Arjun hai',
    'ich bin Jonas',
    'hola, me ayudas con un reporte?',
  ])('%j asks none of them', (text) => {
    expect(foreignTopic(text)).toBeNull();
  });
});
