import { describe, expect, it } from '@jest/globals';
import { perWord } from '../../../src/nlu/text/memo';

describe('per-word caches', () => {
  it('works a word out once', () => {
    let calls = 0;
    const length = perWord((word) => {
      calls += 1;
      return word.length;
    });
    expect([length('name'), length('name'), length('hobby')]).toEqual([4, 4, 5]);
    expect(calls).toBe(2);
  });

  it('keeps falsy results too', () => {
    let calls = 0;
    const never = perWord(() => {
      calls += 1;
      return null;
    });
    never('x');
    never('x');
    expect(calls).toBe(1);
  });

  it('forgets the oldest word when full', () => {
    const seen: string[] = [];
    const echo = perWord((word) => {
      seen.push(word);
      return word;
    }, 2);
    for (const word of ['a', 'b', 'c', 'a']) echo(word);
    expect(seen).toEqual(['a', 'b', 'c', 'a']);
  });
});
