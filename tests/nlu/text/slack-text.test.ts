import { describe, expect, it } from '@jest/globals';
import { cleanSlackText, interpreter } from '../../../src/nlu/index';
import { asciiPunctuation } from '../../../src/nlu/text/emoji';

const interpret = (text: string) => interpreter()(text, { expecting: 'name', botName: 'Quillon' });

// Slack markup and entities removed before anything is read, and every message capped cheaply.

describe('typed HTML', () => {
  it('is no part of a name', () => {
    expect(interpret("I'm &lt;b&gt;Mallory&lt;/b&gt; &lt;script&gt;x&lt;/script&gt;").name?.value).toBe(
      'Mallory',
    );
    expect(interpret('my name is &lt;Ana&gt;').name?.value).toBe('Ana');
  });
});

describe('cleanSlackText', () => {
  it.each([
    ['user mention', '<@U012AB3CD> what is your name?', 'what is your name?'],
    ['user mention with label', '<@U012AB3CD|sam> hi', 'hi'],
    ['channel', 'is <#C024BE7LR|general> busy?', 'is #general busy?'],
    ['special mentions', '<!channel> <!here> <!everyone> hello', 'hello'],
    ['user group', '<!subteam^SAZ94GDB8|@devs> ping', 'ping'],
    ['date with fallback', 'see you <!date^1392734382^{date_short}|Feb 18>', 'see you Feb 18'],
    ['link with label', 'read <https://example.com/a?b=1|the docs>', 'read the docs'],
    ['bare link', 'read <https://example.com>', 'read https://example.com'],
    ['mail link', 'write to <mailto:ana@example.com|ana@example.com>', 'write to ana@example.com'],
    ['entities', 'Tom &amp; Jerry &lt;3 &gt;_&lt;', 'Tom & Jerry <3 >_<'],
    ['entity that looks like markup stays text', '&lt;@U123&gt;', '<@U123>'],
    ['curly quotes', '“I’m Ana”', '"I\'m Ana"'],
    ['spaces and tabs', '  I am\t\tAna  ', 'I am Ana'],
    ['decomposed accents become NFC', 'Ine\u0301s', 'Inés'],
    ['zero-width characters', 'A\u200Bna', 'Ana'],
    ['text-direction overrides', '\u202EAna\u202C', 'Ana'],
    ['control characters', 'A\u0007na\u0000', 'Ana'],
    ['typed HTML stays text', "I'm &lt;b&gt;Mallory&lt;/b&gt;", "I'm <b>Mallory</b>"],
  ])('%s', (_label, input, expected) => {
    expect(cleanSlackText(input)).toBe(expected);
  });

  it('keeps emoji in the text, for the transcript', () => {
    expect(cleanSlackText('hi :wave: 👋')).toBe('hi :wave: 👋');
  });

  it('caps a 40,000-character paste at 500 characters', () => {
    const text = cleanSlackText('x'.repeat(40_000));
    expect(text.length).toBe(500);
    expect(interpret('My name is Ana. '.repeat(2500)).text.length).toBeLessThanOrEqual(500);
  });

  it('does not split an emoji when capping', () => {
    const text = cleanSlackText(`${'a'.repeat(499)}😀😀`);
    expect(text).toBe('a'.repeat(499));
  });

  it.each([
    ['lone high surrogate', 'Ana\uD83D'],
    ['lone low surrogate', '\uDE00Ana'],
    ['surrogates around a name', '\uDC00I am Ana\uD800'],
  ])('drops a %s without crashing', (_label, input) => {
    expect(() => interpret(input)).not.toThrow();
    expect(interpret(input).text).toBe(input.replace(/[\uD800-\uDFFF]/g, '').trim());
    expect(interpret(input).name?.value).toBe('Ana');
  });

  it.each([[''], ['   '], ['<@U1>'], ['\n\n']])('an empty message %j reads as nothing', (input) => {
    expect(interpret(input)).toEqual({
      text: '',
      command: null,
      name: null,
      intents: [],
      acts: [],
      answer: null,
    });
  });
});

describe('asciiPunctuation', () => {
  it.each([
    ['はじめまして、田中です', 'はじめまして, 田中です'],
    ['大家好，我叫李娜。', '大家好, 我叫李娜. '],
    ['مرحبا، أنا يوسف؟', 'مرحبا, أنا يوسف? '],
  ])('%j -> %j', (text, expected) => {
    expect(asciiPunctuation(text)).toBe(expected);
  });
});
