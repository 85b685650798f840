// `npm run check:language -- <code>...`: validates every language pack, then judges the examples of the
// languages named (tests/fixtures/languages/<code>.jsonl) and prints each miss. With no code, all of them.
// For whoever adds or edits a language pack: the same examples run in `npm test`.

import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createInterpreter } from '../src/nlu/index';
import { buildLexicon } from '../src/nlu/packs/lexicon';
import { loadLanguagePacks } from '../src/nlu/packs/load-packs';
import { accuracy, categoriesIn, judgeCorpus, LANGUAGE_EXAMPLES, loadCorpus } from '../tests/nlu/judge';

const started = process.hrtime.bigint();
const packs = loadLanguagePacks();
const interpret = createInterpreter(buildLexicon(packs));
const loadMs = Number(process.hrtime.bigint() - started) / 1e6;
console.log(
  `${packs.length} language packs valid (${packs.map((pack) => pack.code).join(', ')}); loaded in ${loadMs.toFixed(0)} ms`,
);

const codes =
  process.argv.length > 2
    ? process.argv.slice(2)
    : readdirSync(LANGUAGE_EXAMPLES)
        .filter((file) => file.endsWith('.jsonl'))
        .map((file) => file.replace(/\.jsonl$/, ''));
let failed = false;
for (const code of codes) {
  const file = join(LANGUAGE_EXAMPLES, `${code}.jsonl`);
  if (!existsSync(file)) {
    console.log(`\n${code}: no examples at ${file}`);
    failed = true;
    continue;
  }
  const report = judgeCorpus(loadCorpus(file), interpret);
  const percent = (100 * accuracy(report.overall)).toFixed(1);
  console.log(`\n${code}: ${report.overall.correct}/${report.overall.total} (${percent}%)`);
  for (const category of categoriesIn(report)) {
    const score = report.categories[category];
    if (score) console.log(`  ${category.padEnd(18)} ${score.correct}/${score.total}`);
  }
  for (const failure of report.failures)
    console.log(
      `  MISS ${failure.id} ${JSON.stringify(failure.text)}: expected ${failure.expected}, got ${failure.got}`,
    );
  if (report.failures.length > 0) failed = true;
}
process.exit(failed ? 1 : 0);
