// Each language pack's own examples (tests/fixtures/languages/<code>.jsonl, written with the pack): names
// in that language's cues, what is not a name, questions, and small talk. Adding a language is adding a
// pack and its examples; this test picks both up.

import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { interpreter } from '../../src/nlu/index';
import { accuracy, judgeCorpus, LANGUAGE_EXAMPLES, loadCorpus } from './judge';

/** Examples are written with the pack, so nearly all must pass; a few may wait for an engine change. */
const TARGET = 0.95;

const codes = readdirSync(LANGUAGE_EXAMPLES)
  .filter((file) => file.endsWith('.jsonl'))
  .map((file) => file.replace(/\.jsonl$/, ''));

describe.each(codes)('the %s examples', (code) => {
  const report = judgeCorpus(loadCorpus(join(LANGUAGE_EXAMPLES, `${code}.jsonl`)), interpreter());

  it(`are understood at least ${TARGET * 100}%`, () => {
    const misses = report.failures.map(
      (f) => `${f.id} ${JSON.stringify(f.text)}: expected ${f.expected}, got ${f.got}`,
    );
    if (accuracy(report.overall) < TARGET)
      throw new Error(`${report.overall.correct}/${report.overall.total}:\n${misses.join('\n')}`);
    expect(accuracy(report.overall)).toBeGreaterThanOrEqual(TARGET);
  });
});

it('every pack has examples', () => {
  const packs = readdirSync(join(__dirname, '..', '..', 'src', 'nlu', 'languages')).map((file) =>
    file.replace(/\.json$/, ''),
  );
  expect(packs.filter((code) => code !== 'en' && !codes.includes(code))).toEqual([]);
});
