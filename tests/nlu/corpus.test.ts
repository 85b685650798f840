// The whole development corpus, our own held-out corpus and the later unseen sets, judged by the
// README's rules, so a regression in any category fails CI. `npm run eval:nlu` prints the same figures with the failures.

import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { classifyQuestion, extractName } from '../../src/nlu/index';
import { accuracy, CATEGORIES, CORPORA, FIXTURES, judgeCorpus, loadCorpus, normaliseName } from './judge';

describe.each(CORPORA)('the %s corpus', (corpus) => {
  const report = judgeCorpus(loadCorpus(join(FIXTURES, `${corpus}.jsonl`)), {
    extractName,
    classifyQuestion,
  });
  const failures = report.failures.map(
    (f) => `${f.id} ${JSON.stringify(f.text)}: expected ${f.expected}, got ${f.got}`,
  );

  it('is understood at least 98% overall', () => {
    const overall = accuracy(report.overall);
    // Name the misses, so a failing run says what regressed.
    if (overall < 0.98) throw new Error(`overall ${(overall * 100).toFixed(1)}%:\n${failures.join('\n')}`);
    expect(overall).toBeGreaterThanOrEqual(0.98);
  });

  it.each(CATEGORIES)('is understood at least 95% in %s', (category) => {
    expect(accuracy(report.categories[category])).toBeGreaterThanOrEqual(0.95);
  });
});

describe('the judging rules', () => {
  it.each([
    ['Dr. Okoye', 'dr okoye'],
    ['  Mateo!  ', 'mateo'],
    ['D’Souza', "d'souza"],
    ['İpek Aydın', 'ipek aydin'],
    ['🙂 Ana', 'ana'],
    ['Ine\u0301s', 'inés'],
  ])('normalises %j as %j', (name, normalised) => {
    expect(normaliseName(name)).toBe(normalised);
  });

  it('keeps diacritics apart', () => {
    expect(normaliseName('Inés')).not.toBe(normaliseName('Ines'));
  });
});
