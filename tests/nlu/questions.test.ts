import { describe, expect, it } from '@jest/globals';
import { classifyQuestion, interpret } from '../../src/nlu/index';

describe('questions about the bot', () => {
  it.each([
    // name: direct, typos, text-speak, caps, greetings, indirect
    ['what is your name', 'name'],
    ['wats ur nme', 'name'],
    ['whats ur naem?', 'name'],
    ['WHAT IS YOUR NAME??', 'name'],
    ['good morning, what is your name?', 'name'],
    ['tell me your name', 'name'],
    ['what should I call you', 'name'],
    ['how can I address you?', 'name'],
    ['who am I chatting with?', 'name'],
    ['do you have a nickname?', 'name'],
    ['name pls?', 'name'],
    // age
    ['how old are you', 'age'],
    ['hw old r u', 'age'],
    ['HOW OLD ARE YOU?!', 'age'],
    ['hello! how old are you', 'age'],
    ['what is ur agee', 'age'],
    ['when were you born', 'age'],
    ['when were you built?', 'age'],
    ['when is your birthday 🎂', 'age'],
    ['how long have you been around?', 'age'],
    ['are you really old?', 'age'],
    // hobby
    ['what is your hobby', 'hobby'],
    ['hobyy?', 'hobby'],
    ['any hobbiess?', 'hobby'],
    ['WHAT ARE YOUR HOBBIES', 'hobby'],
    ['hey bot, got any hobbies', 'hobby'],
    ['what do you do for fun', 'hobby'],
    ['what do u do in ur free time', 'hobby'],
    ['how do you spend your weekends?', 'hobby'],
    ['what are your interests?', 'hobby'],
    ['what do you enjoy doing?', 'hobby'],
  ])('%j -> %s', (text, intent) => {
    expect(classifyQuestion(text)).toBe(intent);
  });
});

describe('questions that share words with a topic but are not about the bot', () => {
  it.each([
    'what is my name?',
    'do you know my name?',
    "what's your dog's name?",
    'what is the name of this project?',
    'what should I name my cat?',
    'what do you call a baby kangaroo?',
    'how old is the universe?',
    'how old am I?',
    'what is the age limit for voting?',
    'when was the internet invented?',
    'who created you?',
    'is fishing a good hobby for kids?',
    'what hobby should I try?',
    'can you suggest a hobby for me?',
    "what's your favourite food?",
    'what time is it?',
    'can you help me with excel?',
    'where are you from?',
  ])('%j -> other', (text) => {
    expect(classifyQuestion(text)).toBe('other');
  });
});

describe('messages that ask nothing', () => {
  it.each([
    'thanks!',
    'thank you so much',
    "I'm 30",
    'my hobby is chess',
    'my name is Lucia btw',
    'ok',
    'lol',
    '👍',
    'cool',
    'nice to meet you',
    'hello again',
    'hi Quillon',
    'good morning all',
    'hey there!',
  ])('%j is no question', (text) => {
    expect(interpret(text).intents).toEqual([]);
    expect(classifyQuestion(text)).toBe('none');
  });
});

describe('several questions in one message', () => {
  it.each([
    ["what's your name and how old are you?", ['name', 'age']],
    ['how old are you? and what do you do for fun?', ['age', 'hobby']],
    ['name, age and hobbies?', ['name', 'age', 'hobby']],
    ['what are your hobbies, also what is your name', ['hobby', 'name']],
    ["what's your name and age", ['name', 'age']],
    ['hi! how old are you and how old are you', ['age']],
    ['what is your name and where are you from?', ['name']],
    ['what is my name and how old is the sun?', ['other']],
  ])('%j -> %j', (text, intents) => {
    expect(interpret(text).intents).toEqual(intents);
  });
});
