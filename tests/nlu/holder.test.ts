import { describe, expect, it } from '@jest/globals';
import { impliedHolder, ownerOfNoun, phraseAt, phraseBefore } from '../../src/nlu/holder';

const words = (text: string) => text.split(' ');

describe('whose topic noun it is', () => {
  it.each([
    ['what is your real name', 'name', 'bot'],
    ['what is the bots name', 'name', 'bot'],
    ["what is this chatbot's age", 'age', 'bot'],
    ['what is the name of this bot', 'name', 'bot'],
    ['what is my name', 'name', 'else'],
    ["what is your dog's name", 'name', 'else'],
    ['what is your creators name', 'name', 'else'],
    ['what is the name of this channel', 'name', 'else'],
    ['what name do you go by', 'name', 'bot'],
    ['what age do kids start school', 'age', 'else'],
    ['any hobbies', 'hobbies', 'none'],
  ])('%j: the %s belongs to %s', (text, noun, holder) => {
    const list = words(text);
    const at = list.indexOf(noun);
    expect(ownerOfNoun(list, at, at + 1)).toBe(holder);
  });
});

describe('who a noun phrase is', () => {
  it.each([
    ['you', 'bot'],
    ['this chatbot', 'bot'],
    ['the bot lol', 'bot'],
    ["this bot's developer", 'else'],
    ['your creator', 'else'],
    ['the sun', 'else'],
    ['a bot', 'else'],
    ['i', 'else'],
    ['the bot i am talking to', 'bot'],
  ])('%j is %s', (text, holder) => {
    expect(phraseAt(words(text), 0).holder).toBe(holder);
  });

  it.each([
    ['are you like 5 years', 'bot'],
    ['what does your boss', 'else'],
    ['what does a bot like you', 'bot'],
    ['what should a bot be', 'else'],
    ['how', 'none'],
  ])('the subject at the end of %j is %s', (text, holder) => {
    const list = words(text);
    expect(phraseBefore(list, list.length)).toBe(holder);
  });
});

describe('whose a topic is when nothing next to it says so', () => {
  it.each([
    ['hobbies though', 'bot'],
    ['do you have a name', 'bot'],
    ['does your dog have a name', 'else'],
    ['what hobbies should i try', 'else'],
    ['name ideas for a goldfish', 'else'],
  ])('%j -> %s', (text, holder) => {
    const list = words(text);
    const at = list.findIndex((word) => /^(?:name|hobbies)$/.test(word));
    expect(impliedHolder(list, [at, at + 1])).toBe(holder);
  });
});
