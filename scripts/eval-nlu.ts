// `npm run eval:nlu`: how well the bot understands names and questions, and how fast.
// Judges tests/fixtures/nlu/dev.jsonl (the shared development corpus), holdout.jsonl (our own
// sentences, written apart from dev), blind-1-4.jsonl and the fresh-*.jsonl sets by the rules in
// tests/fixtures/nlu/README.md, prints accuracy per category and every failure, then the start-up
// cost and the time per message.
// More corpora can be given as arguments (`npm run eval:nlu -- other.jsonl`).
// Exits 1 when an accuracy target is missed; speed is reported, not enforced (it depends on the machine).

import { basename, join, resolve } from 'node:path';
import type * as Nlu from '../src/nlu/index';
import {
  accuracy,
  CATEGORIES,
  CORPORA,
  type CorpusItem,
  FIXTURES,
  judgeCorpus,
  loadCorpus,
  type Report,
  type Score,
} from '../tests/nlu/judge';

const OVERALL_TARGET = 0.98;
const CATEGORY_TARGET = 0.95;
const MEDIAN_TARGET_MS = 0.5;
const P99_TARGET_MS = 5;
const WARM_UP_ROUNDS = 3;
const TIMED_ROUNDS = 20;

const percent = (score: Score): string => `${(accuracy(score) * 100).toFixed(1)}%`.padStart(6);
const ms = (nanoseconds: bigint | number): number => Number(nanoseconds) / 1e6;

function meetsTargets(report: Report): boolean {
  return (
    accuracy(report.overall) >= OVERALL_TARGET &&
    CATEGORIES.every((category) => accuracy(report.categories[category]) >= CATEGORY_TARGET)
  );
}

function printReport(name: string, items: readonly CorpusItem[], report: Report): void {
  console.log(`\n${name} (${items.length} items)`);
  for (const category of CATEGORIES) {
    const score = report.categories[category];
    const flag = accuracy(score) >= CATEGORY_TARGET ? '' : `  below ${CATEGORY_TARGET * 100}%`;
    console.log(
      `  ${category.padEnd(14)} ${`${score.correct}/${score.total}`.padStart(9)}  ${percent(score)}${flag}`,
    );
  }
  const overall = report.overall;
  console.log(
    `  ${'overall'.padEnd(14)} ${`${overall.correct}/${overall.total}`.padStart(9)}  ${percent(overall)}`,
  );
  console.log(
    `  targets (overall >= ${OVERALL_TARGET * 100}%, every category >= ${CATEGORY_TARGET * 100}%): ${meetsTargets(report) ? 'met' : 'MISSED'}`,
  );
  if (report.failures.length === 0) {
    console.log('  failures: none');
    return;
  }
  console.log(`  failures (${report.failures.length}):`);
  for (const failure of report.failures) {
    console.log(
      `    ${failure.id} [${failure.category}] ${JSON.stringify(failure.text)}  expected ${failure.expected}, got ${failure.got}`,
    );
  }
}

function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

function main(): void {
  // Extra corpora in the same format can be named on the command line: npm run eval:nlu -- unseen.jsonl
  const extra = process.argv
    .slice(2)
    .map((path) => ({ name: basename(path), items: loadCorpus(resolve(path)) }));
  const corpora = [
    ...CORPORA.map((name) => ({ name, items: loadCorpus(join(FIXTURES, `${name}.jsonl`)) })),
    ...extra,
  ];

  // Start-up: nothing has loaded compromise yet (judge.ts does not import the nlu module).
  const beforeLoad = process.hrtime.bigint();
  // A plain require, timed, so the start-up cost includes reading compromise's lexicon.
  const nlu: typeof Nlu = require('../src/nlu/index');
  const loaded = process.hrtime.bigint();
  nlu.interpret('hi, I am Ana');
  const firstCall = process.hrtime.bigint();

  let allMet = true;
  for (const { name, items } of corpora) {
    const report = judgeCorpus(items, nlu);
    printReport(name, items, report);
    allMet &&= meetsTargets(report);
  }

  const texts = corpora.flatMap(({ items }) => items.map((item) => item.text));
  for (let round = 0; round < WARM_UP_ROUNDS; round++) for (const text of texts) nlu.interpret(text);
  const timings: number[] = [];
  for (let round = 0; round < TIMED_ROUNDS; round++) {
    for (const text of texts) {
      const start = process.hrtime.bigint();
      nlu.interpret(text);
      timings.push(ms(process.hrtime.bigint() - start));
    }
  }
  timings.sort((a, b) => a - b);
  const median = quantile(timings, 0.5);
  const p99 = quantile(timings, 0.99);
  const pasteStart = process.hrtime.bigint();
  nlu.interpret('my name is Ana and '.repeat(2200));
  const paste = ms(process.hrtime.bigint() - pasteStart);

  console.log('\nspeed');
  console.log(
    `  start-up: ${ms(loaded - beforeLoad).toFixed(1)} ms to load the nlu module and compromise, ` +
      `${ms(firstCall - loaded).toFixed(1)} ms for the first interpret() (${ms(firstCall - beforeLoad).toFixed(1)} ms in all)`,
  );
  console.log(
    `  per message, ${timings.length} interpretations of ${texts.length} corpus texts after ${WARM_UP_ROUNDS} warm-up rounds:`,
  );
  console.log(
    `    median ${median.toFixed(3)} ms (target < ${MEDIAN_TARGET_MS} ms: ${median < MEDIAN_TARGET_MS ? 'met' : 'MISSED'}), ` +
      `p99 ${p99.toFixed(3)} ms (target < ${P99_TARGET_MS} ms: ${p99 < P99_TARGET_MS ? 'met' : 'MISSED'}), ` +
      `max ${(timings[timings.length - 1] ?? Number.NaN).toFixed(3)} ms`,
  );
  console.log(`  a 41,800-character paste: ${paste.toFixed(3)} ms (capped before compromise runs)`);

  if (!allMet) process.exitCode = 1;
}

main();
