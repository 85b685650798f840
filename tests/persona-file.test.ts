// The persona file: a team's own character for the bot, checked at start-up with the problem named.

import { describe, expect, it } from '@jest/globals';
import { loadPersonaFile, parsePersona } from '../src/persona-file';

const base = {
  name: 'Pip',
  age: 3,
  hobby: 'baking bread',
  defaultAnswer: 'I only know about me.',
};

describe('the persona file', () => {
  it('the shipped persona.json loads, with more to say about each topic', () => {
    const persona = loadPersonaFile('persona.json', process.cwd());
    expect(persona.name).toBe('Quillon');
    expect(persona.more?.hobby?.length).toBeGreaterThan(0);
  });

  it('takes the optional lines to tell when someone asks for more', () => {
    const persona = parsePersona({ ...base, more: { hobby: [' Sourdough, mostly. '] } }, 'p.json');
    expect(persona.more).toEqual({ hobby: ['Sourdough, mostly.'] });
  });

  it.each<[string, unknown, RegExp]>([
    ['a list instead of an object', ['x'], /"more" must be an object/],
    [
      'an unknown topic',
      { weather: ['sunny'] },
      /"more" may only have the topics name, age, hobby, not "weather"/,
    ],
    ['a line that is not text', { age: [3] }, /"more\.age" must be a list of non-empty strings/],
    ['an empty line', { name: [' '] }, /"more\.name" must be a list of non-empty strings/],
  ])('names the problem with `more`: %s', (_, more, problem) => {
    expect(() => parsePersona({ ...base, more }, 'p.json')).toThrow(problem);
  });

  it("takes the hobby's words in other languages, trimmed, and names a bad list", () => {
    const persona = parsePersona({ ...base, hobbyWords: [' Brot ', 'pan'] }, 'p.json');
    expect(persona.hobbyWords).toEqual(['Brot', 'pan']);
    expect(() => parsePersona({ ...base, hobbyWords: 'pan' }, 'p.json')).toThrow(
      /"hobbyWords" must be a list/,
    );
    expect(() => parsePersona({ ...base, hobbyWords: ['pan', ''] }, 'p.json')).toThrow(
      /"hobbyWords" must be a list of non-empty strings/,
    );
  });

  it('takes the thanks for a word offered for the hobby, each with {offer}, and names a bad list', () => {
    const persona = parsePersona({ ...base, thanksForOffer: [' *{offer}*, yum! '] }, 'p.json');
    expect(persona.thanksForOffer).toEqual(['*{offer}*, yum!']);
    expect(() => parsePersona({ ...base, thanksForOffer: ['Thanks!'] }, 'p.json')).toThrow(
      /"thanksForOffer" must be a list .* each with \{offer\} in it/,
    );
  });

  it('reports every problem at once, with the file named', () => {
    expect(() => parsePersona({ name: '', age: -1, more: 5 }, 'team.json')).toThrow(
      /^Invalid persona file team\.json: "name" must .*"hobby" must .*"age" must .*"more" must/,
    );
  });
});
