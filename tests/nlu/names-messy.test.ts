// Messy name replies: the name buried late in a chatty message, said hesitantly, after an aside,
// corrected, with a refused nickname, with a filler inside it, labelled with a department, or as a
// lower-case Vietnamese name. The sentences here are written for the tests, not taken from a corpus.

import { describe, expect, it } from '@jest/globals';
import { extractName, interpret } from '../../src/nlu/index';

const nameOf = (text: string) => interpret(text).name;

describe('a name late in a run-on reply', () => {
  it.each([
    ["ahh hi!! sorry, the train was packed this morning and i had no signal but ok i'm Oluchi", 'Oluchi'],
    ['long week already, three launches and a fire drill, anyway this is Bartosz from QA', 'Bartosz'],
    ['my laptop died twice today 🙃 so yeah I am Rangi', 'Rangi'],
    ['first day here, everything is new, and hey, I’m Soraya', 'Soraya'],
  ])('%j -> %s', (text, name) => {
    expect(extractName(text)).toBe(name);
  });

  it.each(['long day, and I am so tired', "lol it's raining and im bored", 'so this is weird but ok'])(
    '%j is still no name',
    (text) => {
      expect(nameOf(text)).toBeNull();
    },
  );
});

describe('a name said with hesitation', () => {
  it.each([
    ['I am... Leocadia', 'Leocadia'],
    ["it's, uh, Themba", 'Themba'],
    ['my name is, um, Yolanda', 'Yolanda'],
    ['Its erm Radovan', 'Radovan'],
    ['hmm Pilar I think', 'Pilar'],
    ['uhh Obiora i guess?', 'Obiora'],
    ['my name is actually Svenja', 'Svenja'],
  ])('%j -> %s', (text, name) => {
    expect(extractName(text)).toBe(name);
  });

  it.each(["I'm... not sure", "it's... complicated", 'I am ... tired', "it's, like, whatever"])(
    '%j is no name',
    (text) => {
      expect(nameOf(text)).toBeNull();
    },
  );
});

describe('a bare name after an aside', () => {
  it.each([
    ['no idea why a bot wants it but sure, Ayodele', 'Ayodele'],
    ['hello from lisbon! Joaquim', 'Joaquim'],
    ['sorry, my cat walked on the keyboard 😸 Henrietta', 'Henrietta'],
    ['oh right, forgot to answer — Mirembe', 'Mirembe'],
    ['Mate, it’s Callum', 'Callum'],
    ['Sis it’s Nana Ama', 'Nana Ama'],
    ['ugh tuesday. anyway. Oksana, payroll', 'Oksana'],
  ])('%j -> %s', (text, name) => {
    expect(extractName(text)).toBe(name);
  });

  it.each([
    'not telling, Ana',
    "I'd rather not say. Kevin",
    'nah, Ana',
    'no thanks, Kofi',
    'hello from the Nairobi team!',
    "I'm good, just swamped",
    'thanks, Lagos office says hi',
  ])('%j is no name', (text) => {
    expect(nameOf(text)).toBeNull();
  });

  it('reads a name after giving in', () => {
    expect(extractName('not telling... ok fine, Sandile')).toBe('Sandile');
  });
});

describe('a name pointed at, then given', () => {
  it('reads the clause after "my name."', () => {
    expect(extractName('huh? oh, my name. Dagny')).toBe('Dagny');
  });

  it.each(['my name?', 'my name. why', 'oh, my name.'])('%j is no name', (text) => {
    expect(nameOf(text)).toBeNull();
  });
});

describe('corrections', () => {
  it.each([
    ["it's Tom... jk it's Tomasz", 'Tomasz'],
    ["im Lena, wait no, it's Elena", 'Elena'],
    ['Katherine oops typo, Kathryn', 'Kathryn'],
    ['my name is Batman lol jk my name is Emeka', 'Emeka'],
  ])('%j -> %s', (text, name) => {
    expect(extractName(text)).toBe(name);
  });

  it.each([
    ["I'm Ana, i mean if you need it", 'Ana'],
    ['my name is Batman jk', 'Batman'],
  ])('%j keeps %s when nothing follows the mark', (text, name) => {
    expect(extractName(text)).toBe(name);
  });
});

describe('a refused nickname', () => {
  it.each([
    ['Montserrat, but please never call me Montse', 'Montserrat'],
    ['Alexandra — just dont call me Alex', 'Alexandra'],
    ["pls don't call me Bob, call me Robert", 'Robert'],
  ])('%j -> %s', (text, name) => {
    expect(extractName(text)).toBe(name);
  });
});

describe('a filler inside a name', () => {
  it.each([
    ['Kemal uh Yilmaz', 'Kemal Yilmaz'],
    ['this is Nkechi um Obi from legal', 'Nkechi Obi'],
    ['my name is Piotr err Zielinski', 'Piotr Zielinski'],
  ])('%j -> %s', (text, name) => {
    expect(extractName(text)).toBe(name);
  });
});

describe('labels, slashes and bars', () => {
  it.each([
    ['Name: Farida Haidari / Procurement', 'Farida Haidari'],
    ['Name - Sunil Rao | Infra', 'Sunil Rao'],
    ['Takumi Sato / Osaka office', 'Takumi Sato'],
  ])('%j -> %s', (text, name) => {
    expect(extractName(text)).toBe(name);
  });
});

describe('professional titles before a name', () => {
  it.each([
    ['Engr. Ifeanyi Eze', 'Engr. Ifeanyi Eze'],
    ['I am Atty. Maricel Reyes, legal', 'Atty. Maricel Reyes'],
    ['Sgt. Dana Brooks here', 'Sgt. Dana Brooks'],
  ])('%j -> %s', (text, name) => {
    expect(extractName(text)).toBe(name);
  });
});

describe('a surname first, then the full name', () => {
  it.each([
    ['Achterberg. Femke Achterberg', 'Femke Achterberg'],
    ['Mwangi... Wairimu Mwangi', 'Wairimu Mwangi'],
  ])('%j -> %s', (text, name) => {
    expect(extractName(text)).toBe(name);
  });
});

describe('Vietnamese names typed in lower case', () => {
  it.each([
    ['pham van long', 'Pham Van Long'],
    ["i'm truong thi an from saigon", 'Truong Thi An'],
    ['name: dinh bao ngoc', 'Dinh Bao Ngoc'],
    ['hi, vu thanh ha here', 'Vu Thanh Ha'],
  ])('%j -> %s', (text, name) => {
    expect(extractName(text)).toBe(name);
  });

  it.each(['do it later pls', 'do u have time', 'do what now'])('%j is no name', (text) => {
    expect(nameOf(text)).toBeNull();
  });
});

describe('more cue phrases in other languages', () => {
  it.each([
    ['Hallo, hier ist Mareike', 'Mareike'],
    ['moi! mä oon Aleksi', 'Aleksi'],
    ['ismi Karim Nasser', 'Karim Nasser'],
  ])('%j -> %s', (text, name) => {
    expect(extractName(text)).toBe(name);
  });
});

describe('an -ly adverb is a word, not a surname', () => {
  it("reads 'its saturday finally' as no name", () => {
    expect(nameOf('its saturday finally')).toBeNull();
  });

  it('keeps an -ly surname', () => {
    expect(extractName('ciara connolly')).toBe('Ciara Connolly');
  });
});
