// The time to interpret one message: interpret() over the language-understanding corpus
// (tests/fixtures/nlu/*.jsonl, the texts the evaluation judges) plus every line the load sends, timed in
// fresh node processes on the production build, so the one-off cost of loading compromise is cold.

import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { REPO_ROOT } from './apps';
import { allScriptTexts } from './load';
import { max, mean, median, quantile } from './measure';

const CORPUS_DIR = join(REPO_ROOT, 'tests', 'fixtures', 'nlu');

export interface InterpretTiming {
  readonly texts: number;
  readonly corpusTexts: number;
  readonly samples: number;
  readonly medianMs: number;
  readonly p99Ms: number;
  readonly meanMs: number;
  readonly maxMs: number;
  /** Cold, medians over the processes. */
  readonly compromiseLoadMs: number;
  readonly nluLoadMs: number;
  readonly firstCallMs: number;
  readonly processes: number;
}

interface ChildOutput {
  compromiseLoadMs: number;
  nluLoadMs: number;
  firstCallMs: number;
  samples: number[];
}

/** `nluDir`: the compiled src/nlu to time (the one next to the bot's entry point). */
export async function timeInterpret(
  processes: number,
  passes: number,
  nluDir: string,
): Promise<InterpretTiming> {
  const corpus = readCorpus();
  const texts = [...corpus, ...allScriptTexts()];
  const dir = mkdtempSync(join(tmpdir(), 'bench-nlu-'));
  try {
    const file = join(dir, 'texts.json');
    writeFileSync(file, JSON.stringify(texts));
    const runs: ChildOutput[] = [];
    for (let i = 0; i < processes; i += 1) {
      const { stdout } = await promisify(execFile)(
        process.execPath,
        [join(REPO_ROOT, 'bench', 'interpret-timing.js'), file, String(passes), nluDir],
        { cwd: REPO_ROOT, timeout: 120_000, maxBuffer: 64 * 1024 * 1024 },
      );
      runs.push(JSON.parse(stdout) as ChildOutput);
    }
    const samples = runs.flatMap((r) => r.samples);
    return {
      texts: texts.length,
      corpusTexts: corpus.length,
      samples: samples.length,
      medianMs: quantile(samples, 0.5),
      p99Ms: quantile(samples, 0.99),
      meanMs: mean(samples),
      maxMs: max(samples),
      compromiseLoadMs: median(runs.map((r) => r.compromiseLoadMs)),
      nluLoadMs: median(runs.map((r) => r.nluLoadMs)),
      firstCallMs: median(runs.map((r) => r.firstCallMs)),
      processes,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function readCorpus(): string[] {
  if (!existsSync(CORPUS_DIR)) return [];
  const texts: string[] = [];
  for (const name of readdirSync(CORPUS_DIR).sort()) {
    if (!name.endsWith('.jsonl')) continue;
    for (const line of readFileSync(join(CORPUS_DIR, name), 'utf8').split('\n')) {
      if (line.trim() === '') continue;
      try {
        const item = JSON.parse(line) as { text?: unknown };
        if (typeof item.text === 'string') texts.push(item.text);
      } catch {
        // not a corpus line
      }
    }
  }
  return texts;
}
