// Splitting a message into clauses and words, in every script, and the keys words are matched on.

import { describe, expect, it } from '@jest/globals';
import { closeEnough, editDistance, isSwap } from '../../../src/nlu/text/edit-distance';
import { createTokenizer, keyOf } from '../../../src/nlu/text/tokens';

const { tokenize } = createTokenizer({ titles: new Set(['dr', 'prof']), suffixes: ['입니다', '예요'] });
const clauses = (text: string) =>
  tokenize(text).clauses.map((clause) => clause.tokens.map((token) => token.text).join(' '));

describe('clauses', () => {
  it.each([
    ["hi. I'm Ana... what's up?? ok", ['hi', "I'm Ana", "what's up", 'ok']],
    ['Dr. Okoro here', ['Dr. Okoro here']],
    ["I'm J.P. from sales", ["I'm J.P. from sales"]],
    ['Rohan (he/him), payments', ['Rohan', 'he him', 'payments']],
    ["I'm Park Ji-woo (Ji-woo is fine)", ["I'm Park Ji-woo", 'Ji-woo is fine']],
    ['in a meeting 🙃 anyway hi', ['in a meeting', 'anyway hi']],
    ['Bilal Qureshi / Sales Ops', ['Bilal Qureshi', 'Sales Ops']],
    ['name: Irena', ['name', 'Irena']],
    ['Quick ones: how old are you?', ['Quick ones', 'how old are you']],
    ['10:30 works', ['10 30 works']],
    // A danda (Hindi, Nepali, Punjabi) and Ethiopic marks (Amharic) end sentences and clauses.
    ['म सीता हुँ। धन्यवाद', ['म सीता हुँ', 'धन्यवाद']],
    ['እኔ ዳዊት ነኝ፣ አንተስ፧', ['እኔ ዳዊት ነኝ', 'አንተስ']],
    // A title in capitals before a word in lower case is an acronym that ends its sentence.
    ["I'll ask PROF. bye", ["I'll ask PROF", 'bye']],
    ['PROF. Weber', ['PROF. Weber']],
  ])('%j -> %j', (text, expected) => {
    expect(clauses(text)).toEqual(expected);
  });

  it('knows a question from a statement, and emphasis', () => {
    const [hello, name] = tokenize('hello??? my name is Ana.').clauses;
    expect(hello).toMatchObject({ asked: true, emphatic: true });
    expect(name).toMatchObject({ asked: false, emphatic: false });
  });

  it('reports a message of emoji alone, with its emoji', () => {
    expect(tokenize('👍🏽 :tada:')).toMatchObject({ emojiOnly: true, emoji: ['👍🏽', ':tada:'] });
  });
});

describe('words in every script', () => {
  it.each([
    ['我叫李明', ['我', '叫', '李', '明']],
    ['私の名前は田中太郎です', ['私', 'の', '名前', 'は', '田中', '太郎', 'です']],
    ['ผมชื่อสมชายครับ', ['ผม', 'ชื่อ', 'สมชาย', 'ครับ']],
    ['제 이름은 민준입니다', ['제', '이름은', '민준', '입니다']],
    ['мене звати Тарас', ['мене', 'звати', 'Тарас']],
    ['اسمي محمد', ['اسمي', 'محمد']],
    ["Marie-Claire O'Brien", ['Marie-Claire', "O'Brien"]],
  ])('%j -> %j', (text, expected) => {
    expect(tokenize(text).clauses.flatMap((clause) => clause.tokens.map((token) => token.text))).toEqual(
      expected,
    );
  });

  it('marks the pieces of a word written without spaces as joined, to write the name back as typed', () => {
    expect(tokenize('我叫李明').clauses[0]?.tokens.map((token) => token.joined)).toEqual([
      false,
      true,
      true,
      true,
    ]);
  });
});

describe('matching keys forgive what people skip', () => {
  it.each([
    ['Qué', 'que'],
    ["I'm", 'im'],
    ['heißt', 'heisst'],
    ['adın', 'adin'],
    ['İlkay', 'ilkay'],
    ['Łódź', 'lodz'],
    ['Привет', 'привет'],
    ['नमस्ते', 'नमस्ते'],
    ['สวัสดี', 'สวัสดี'],
  ])('%s -> %s', (word, key) => {
    expect(keyOf(word)).toBe(key);
  });
});

describe('typos', () => {
  it('measures edits, swaps included', () => {
    expect(editDistance('nmae', 'name', 2)).toBe(1);
    expect(editDistance('hobbies', 'hobbeis', 2)).toBe(1);
    expect(editDistance('hobby', 'age', 1)).toBe(2);
  });

  it('takes a slip for the word only when it keeps the first letter (or swaps the first two)', () => {
    expect(closeEnough('nmae', 'name')).toBe(true);
    expect(closeEnough('hwo', 'how')).toBe(true);
    expect(closeEnough('hobbby', 'hobby')).toBe(true);
    expect(closeEnough('same', 'name')).toBe(false);
  });

  it('tells two letters swapped from a letter added or changed', () => {
    expect(isSwap('wrod', 'word')).toBe(true);
    expect(isSwap('world', 'word')).toBe(false);
    expect(isSwap('wore', 'word')).toBe(false);
  });
});
