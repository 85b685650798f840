// Language packs are data: every pack in src/nlu/languages loads and validates, bad packs are refused with
// the problem named, and the phrase syntax packs are written in means what it says.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { buildLexicon } from '../../../src/nlu/packs/lexicon';
import { loadLanguagePacks } from '../../../src/nlu/packs/load-packs';
import { LanguagePackError, parseLanguagePack } from '../../../src/nlu/packs/pack';
import { compilePhrase, PhraseSet } from '../../../src/nlu/packs/phrases';
import { createTokenizer } from '../../../src/nlu/text/tokens';

const REQUIRED = 'en es pt fr de it nl pl ru uk tr ar he fa hi ur id ms tl vi th zh ja ko sw'.split(' ');

describe('the language packs', () => {
  const packs = loadLanguagePacks();

  it('are all valid, one file per language named by its code', () => {
    expect(packs.length).toBeGreaterThanOrEqual(20);
    for (const pack of packs) expect(pack.language).not.toBe('');
  });

  it.each(REQUIRED)('include %s', (code) => {
    expect(packs.map((pack) => pack.code)).toContain(code);
  });

  // How long this takes is start-up time, which `npm run bench` reports; a timed assert here would flake.
  it('build one lexicon with every language', () => {
    const lexicon = buildLexicon(packs);
    expect(lexicon.languages).toEqual(packs.map((pack) => pack.code));
  });
});

describe('a bad pack', () => {
  it.each<[string, unknown, RegExp]>([
    ['not an object', [], /must be a JSON object/],
    ['no code', { language: 'X' }, /"code" must be a language code/],
    ['an unknown field', { language: 'X', code: 'xx', greetings: [] }, /"greetings" is not a known field/],
    [
      'a list that is not strings',
      { language: 'X', code: 'xx', smallTalk: { thanks: [1] } },
      /smallTalk\.thanks" must be a list/,
    ],
    [
      'a name cue without its slot',
      { language: 'X', code: 'xx', names: { strong: ['my name is'] } },
      /needs exactly one \{name\}/,
    ],
    [
      'a command frame without its slot',
      { language: 'X', code: 'xx', commandFrames: ['can i'] },
      /has no \{command\}/,
    ],
  ])('is refused when it has %s, with the problem named', (_what, data, problem) => {
    expect(() => parseLanguagePack(data, 'xx.json')).toThrow(problem);
  });

  it('stops start-up with the file named', () => {
    const dir = mkdtempSync(join(tmpdir(), 'packs-'));
    try {
      writeFileSync(join(dir, 'xx.json'), '{ "language": "X", ');
      expect(() => loadLanguagePacks(dir)).toThrow(LanguagePackError);
      expect(() => loadLanguagePacks(dir)).toThrow(/xx\.json is invalid:\n {2}- it is not valid JSON/);
      writeFileSync(join(dir, 'xx.json'), '{ "language": "X", "code": "yy" }');
      expect(() => loadLanguagePacks(dir)).toThrow(/must match its file name/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('phrases', () => {
  const { tokenize } = createTokenizer({ titles: new Set(), suffixes: [] });
  const words = (text: string) => tokenize(text).clauses.flatMap((clause) => clause.tokens);
  const set = (...patterns: string[]) =>
    new PhraseSet(
      patterns.map((pattern) => compilePhrase(pattern, 'xx', words)).filter((phrase) => phrase !== null),
    );
  const match = (phrases: PhraseSet, text: string) => {
    const tokens = words(text);
    const view = { tokens, forms: tokens.map((token) => [token.key]), languages: null };
    const textOf = (start: number, end: number) =>
      tokens
        .slice(start, end)
        .map((token) => token.text)
        .join(' ');
    const slotted = phrases.findAll(view)[0];
    if (slotted)
      return { words: textOf(slotted.start, slotted.end), slot: slotted.slot && textOf(...slotted.slot) };
    for (let at = 0; at < tokens.length; at++) {
      const end = phrases.longestAt(view, at);
      if (end > at) return { words: textOf(at, end), slot: null };
    }
    return undefined;
  };

  it('[optional] words and (alternatives), nested, without multiplying them out', () => {
    const phrases = set('[you can] call me {name}', '(how|what) (old|age [group]) (are|r) (you|u)');
    expect(match(phrases, 'you can call me Jo')).toEqual({ words: 'you can call me', slot: 'Jo' });
    expect(match(phrases, 'call me Jo')).toEqual({ words: 'call me', slot: 'Jo' });
    expect(match(phrases, 'what age group r u')).toEqual({ words: 'what age group r u', slot: null });
    expect(phrases.size).toBe(2);
  });

  it('a slot before the words, between them, or closed by a word', () => {
    expect(match(set('{name} here'), 'Ana here')).toMatchObject({ slot: 'Ana' });
    expect(match(set('mera naam {name} hai'), 'mera naam Arjun Rao hai')).toMatchObject({
      slot: 'Arjun Rao',
    });
    expect(match(set("{name}'s the name"), "Takeshi's the name")).toMatchObject({ words: 'the name' });
    expect(match(set("{name}'s the name"), 'Takeshi the name')).toBeUndefined();
  });

  it('matches on keys: case, accents and apostrophes do not matter', () => {
    expect(match(set('¿cómo te llamas?'), 'COMO TE LLAMAS')).toBeDefined();
    expect(match(set("c'est quoi"), 'cest quoi')).toBeDefined();
  });
});
