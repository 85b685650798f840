import { describe, expect, it } from '@jest/globals';
import { extractName, interpret } from '../../src/nlu/index';

const nameOf = (text: string) => interpret(text).name;

describe('names after cue phrases', () => {
  it.each([
    ['my name is Adaora', 'Adaora'],
    ["My name's Bartek", 'Bartek'],
    ['name is Oskar', 'Oskar'],
    ["name's Tendai", 'Tendai'],
    ["the name's Lowell", 'Lowell'],
    ["I'm Catalina", 'Catalina'],
    ['I’m Catalina', 'Catalina'],
    ['im Teodor', 'Teodor'],
    ['Im Teodor', 'Teodor'],
    ['I am Shanthi Raman', 'Shanthi Raman'],
    ['call me Beni', 'Beni'],
    ['you can call me Marisol', 'Marisol'],
    ["it's Fenna", 'Fenna'],
    ['its Fenna', 'Fenna'],
    ['this is Gunnar Olsen', 'Gunnar Olsen'],
    ['Pania here', 'Pania'],
    ['they call me Tiny', 'Tiny'],
    ['everyone calls me Bibi', 'Bibi'],
    ['I go by Ren', 'Ren'],
    ['people know me as Chukwudi', 'Chukwudi'],
    ['Name: Irena Vasić', 'Irena Vasić'],
    ['me llamo Gonzalo', 'Gonzalo'],
  ])('%j -> %s', (text, name) => {
    expect(extractName(text)).toBe(name);
  });
});

describe('greetings, emoji, punctuation and extra details around a name', () => {
  it.each([
    ['hey there! I am Ilari', 'Ilari'],
    ['Hi, Sakshi here 👋', 'Sakshi'],
    ['Kanoa, nice to meet you!', 'Kanoa'],
    ['good afternoon! Rukmini', 'Rukmini'],
    ['Mirela :)', 'Mirela'],
    ['Jonah!!!', 'Jonah'],
    ['*Ilsa*', 'Ilsa'],
    ["I'm Tarek from Amman", 'Tarek'],
    ["I'm Yael, I work on payments", 'Yael'],
    ['Rohan (he/him)', 'Rohan'],
    ['Sorry, long day. My name is Keahi.', 'Keahi'],
    ['Hi. I am Liesel. How are you?', 'Liesel'],
  ])('%j -> %s', (text, name) => {
    expect(extractName(text)).toBe(name);
  });
});

describe('names from many traditions', () => {
  it.each([
    ['Olusegun Adebayo-Smith', 'Olusegun Adebayo-Smith'],
    ['Chinedu Okafor', 'Chinedu Okafor'],
    ['Priya', 'Priya'],
    ['Nguyễn Văn An', 'Nguyễn Văn An'],
    ['Zeynep Çelik', 'Zeynep Çelik'],
    ['Ludwig van der Berg', 'Ludwig van der Berg'],
    ['Inés de la Rosa', 'Inés de la Rosa'],
    ['Yusuf bin Ahmad', 'Yusuf bin Ahmad'],
    ['Layla al-Rashid', 'Layla al-Rashid'],
    ["Aoife O'Connor", "Aoife O'Connor"],
    ['Jean-Luc', 'Jean-Luc'],
    ['Søren Ågård', 'Søren Ågård'],
    ['陈伟', '陈伟'],
    ['Сергей', 'Сергей'],
    ['محمد', 'محمد'],
    ["I'm Сергей Павлов", 'Сергей Павлов'],
    ['call me 민서', '민서'],
    ['我叫李明', '李明'],
  ])('%j -> %s', (text, name) => {
    expect(extractName(text)).toBe(name);
  });
});

describe('capitalisation: as the person would write it', () => {
  it.each([
    ['kwame', 'Kwame'],
    ['KWAME', 'Kwame'],
    ['ANA LIMA', 'Ana Lima'],
    ['im ana lima', 'Ana Lima'],
    ['ludwig van der berg', 'Ludwig van der Berg'],
    ["siobhan o'reilly", "Siobhan O'Reilly"],
    ['tariq al-amin', 'Tariq al-Amin'],
    ['McKenzie', 'McKenzie'],
    ['I am DeShawn', 'DeShawn'],
    ['émilie', 'Émilie'],
    ['ÇAĞLA', 'Çağla'],
    ['ÉLODIE MARTIN', 'Élodie Martin'],
  ])('%j -> %s', (text, name) => {
    expect(extractName(text)).toBe(name);
  });
});

describe('names that are also ordinary words', () => {
  it.each([
    ['Will', 'Will'],
    ['Grace', 'Grace'],
    ['Hope', 'Hope'],
    ['June', 'June'],
    ['River', 'River'],
    ["I'm Summer", 'Summer'],
    ['my name is Precious', 'Precious'],
    ['call me Blessing', 'Blessing'],
    ['i am patience', 'Patience'],
    ['Honesty here', 'Honesty'],
  ])('%j -> %s', (text, name) => {
    expect(extractName(text)).toBe(name);
  });
});

describe('titles', () => {
  it.each([
    ['Dr. Halima Yusuf', 'Dr. Halima Yusuf'],
    ["I'm Prof Eriksen", 'Prof Eriksen'],
    ['mr. obi', 'Mr. Obi'],
    ['this is Ms Rahimi', 'Ms Rahimi'],
  ])('%j -> %s', (text, name) => {
    expect(extractName(text)).toBe(name);
  });
});

describe('replies that are not names', () => {
  it.each([
    // moods
    "I'm good",
    'im tired',
    "I'm doing alright",
    'i am so sleepy',
    'Fine, thanks',
    "I'm happy",
    // refusals
    'not telling',
    "I'd rather not say",
    "that's none of your business",
    "I don't want to share my name",
    'skip',
    // questions back
    "what's your name?",
    'who wants to know?',
    'why do you ask?',
    'and you?',
    // statements
    'I am a developer',
    "I'm from Brazil",
    "I'm 25",
    'im 41 years old',
    "I'm working on a report",
    "I'm in Toronto",
    "it's snowing",
    'this is my second week here',
    "I'm Brazilian",
    // single words and emoji
    'ok',
    'yes',
    'hello',
    'lol',
    'hmm',
    '🙂',
    ':smile:',
    '...',
    '?',
    'x',
  ])('%j is not a name', (text) => {
    expect(nameOf(text)).toBeNull();
  });
});

describe('confidence', () => {
  it.each([
    ['Kwame', true],
    ['kwame', true],
    ['Ana Lima', true],
    ['my name is hope', true],
    ["I'm Gift", true],
    ['hope', false],
    ['HOPE', false],
    ['im patience', false],
    ['storm', false],
  ])('%j is confident: %s', (text, confident) => {
    expect(nameOf(text)?.confident).toBe(confident);
  });
});

describe('a safe greeting name', () => {
  it.each([
    ['my name is &lt;Ana&gt;', 'Ana'],
    ['I am `Ana`', 'Ana'],
    ['call me ~Ana~', 'Ana'],
    ['my name is @Ana', 'Ana'],
    ['my name is _Ana_', 'Ana'],
    ['Ana\nLima', 'Ana'],
    ["I'm Ana I'm Ana I'm Ana", 'Ana'],
  ])('%j reads as %s, without markup characters', (text, name) => {
    const value = nameOf(text)?.value ?? '';
    expect(value).toBe(name);
    expect(value).not.toMatch(/[<>&*_~`@\n]/);
  });

  it('is capped at 60 characters', () => {
    const value = nameOf(`my name is ${'Abcdefghij '.repeat(20)}`)?.value ?? '';
    expect(value.length).toBeGreaterThan(0);
    expect(value.length).toBeLessThanOrEqual(60);
  });
});
