// `npm run eval:nlu`: how well the bot understands names, questions and the kinds of message, and how fast.
//
// - Regression sets (tests/fixtures/nlu/*.jsonl): sets the rules were developed against. Scores per
//   category and every miss, so a change shows what it broke.
// - Held-out sets (tests/fixtures/nlu/heldout/*.jsonl): written without sight of the code and never
//   developed against. Scores only, never the items or the misses: reading them would turn them into
//   development data. tests/nlu/corpus.test.ts gates on them.
// More files in the same format can be named (`npm run eval:nlu -- unseen.jsonl`): they are scored like
// held-out sets (scores only), which is how a new unseen set gets its first-sight score.

import { readdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { Interpreter } from '../src/nlu/index';
import {
  accuracy,
  type CorpusItem,
  categoriesIn,
  FIXTURES,
  judgeCorpus,
  loadCorpus,
  type Report,
  type Score,
} from '../tests/nlu/judge';

const WARM_UP_ROUNDS = 3;
const TIMED_ROUNDS = 20;
const MEDIAN_TARGET_MS = 0.1;
const P99_TARGET_MS = 0.5;

const percent = (score: Score): string => `${(accuracy(score) * 100).toFixed(1)}%`.padStart(6);
const ms = (nanoseconds: bigint | number): number => Number(nanoseconds) / 1e6;

interface Corpus {
  readonly name: string;
  readonly items: readonly CorpusItem[];
  readonly heldOut: boolean;
}

function printReport(corpus: Corpus, report: Report): void {
  console.log(
    `\n${corpus.name}${corpus.heldOut ? ' (held out: scores only)' : ''} (${corpus.items.length} items)`,
  );
  for (const category of categoriesIn(report)) {
    const score = report.categories[category] as Score;
    console.log(
      `  ${category.padEnd(18)} ${`${score.correct}/${score.total}`.padStart(9)}  ${percent(score)}`,
    );
  }
  console.log(
    `  ${'overall'.padEnd(18)} ${`${report.overall.correct}/${report.overall.total}`.padStart(9)}  ${percent(report.overall)}`,
  );
  if (corpus.heldOut) return;
  for (const failure of report.failures)
    console.log(
      `    MISS ${failure.id} [${failure.category}] ${JSON.stringify(failure.text)}  expected ${failure.expected}, got ${failure.got}`,
    );
}

function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

const jsonl = (dir: string): string[] =>
  readdirSync(dir)
    .filter((file) => file.endsWith('.jsonl'))
    .sort()
    .map((file) => join(dir, file));

function main(): void {
  const corpora: Corpus[] = [
    ...jsonl(FIXTURES).map((path) => ({
      name: basename(path, '.jsonl'),
      items: loadCorpus(path),
      heldOut: false,
    })),
    ...jsonl(join(FIXTURES, 'heldout')).map((path) => ({
      name: `heldout/${basename(path, '.jsonl')}`,
      items: loadCorpus(path),
      heldOut: true,
    })),
    ...process.argv
      .slice(2)
      .map((path) => ({ name: basename(path), items: loadCorpus(resolve(path)), heldOut: true })),
  ];

  // Start-up: nothing has loaded compromise or the packs yet (judge.ts does not import the nlu module).
  const beforeLoad = process.hrtime.bigint();
  const nlu: typeof import('../src/nlu/index') = require('../src/nlu/index');
  const interpret: Interpreter = nlu.interpreter();
  const built = process.hrtime.bigint();
  const context = { expecting: 'name', botName: 'Quillon' } as const;
  interpret('hi, I am Ana', context);
  const firstCall = process.hrtime.bigint();

  for (const corpus of corpora) printReport(corpus, judgeCorpus(corpus.items, interpret));

  const texts = corpora
    .filter((corpus) => !corpus.heldOut)
    .flatMap(({ items }) => items.map((item) => item.text));
  for (let round = 0; round < WARM_UP_ROUNDS; round++) for (const text of texts) interpret(text, context);
  const timings: number[] = [];
  for (let round = 0; round < TIMED_ROUNDS; round++) {
    for (const text of texts) {
      const start = process.hrtime.bigint();
      interpret(text, context);
      timings.push(ms(process.hrtime.bigint() - start));
    }
  }
  timings.sort((a, b) => a - b);
  const median = quantile(timings, 0.5);
  const p99 = quantile(timings, 0.99);
  const pasteStart = process.hrtime.bigint();
  interpret('my name is Ana and '.repeat(2200), context);
  const paste = ms(process.hrtime.bigint() - pasteStart);

  console.log('\nspeed');
  console.log(
    `  start-up: ${ms(built - beforeLoad).toFixed(0)} ms to load compromise and build the lexicon from the packs, ` +
      `${ms(firstCall - built).toFixed(1)} ms for the first interpret()`,
  );
  console.log(
    `  per message, ${timings.length} interpretations of ${texts.length} texts after ${WARM_UP_ROUNDS} warm-up rounds:`,
  );
  console.log(
    `    median ${median.toFixed(3)} ms (target < ${MEDIAN_TARGET_MS} ms), p99 ${p99.toFixed(3)} ms (target < ${P99_TARGET_MS} ms), ` +
      `max ${(timings[timings.length - 1] ?? Number.NaN).toFixed(3)} ms`,
  );
  console.log(`  a 41,800-character paste: ${paste.toFixed(3)} ms (capped before anything is read)`);
}

main();
