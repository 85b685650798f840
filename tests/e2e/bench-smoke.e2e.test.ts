// The benchmark still runs and reports everything the performance issue asks for: a `--quick` run of
// bench/run.ts (the production build that `npm test` has just made) against the real apps. Nothing here
// looks at how fast anything was (figures are the bench's business, never a test's); only that every
// section is there, every app answered every message, and the JSON holds what README's table is made from.

import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, expect, it, jest } from '@jest/globals';
import { baseEnv, REPO_ROOT } from '../helpers/bot-process';

jest.setTimeout(180_000);

const dir = mkdtempSync(join(tmpdir(), 'bench-smoke-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Group {
  readonly variant: string;
  readonly mode: string;
  readonly seededPeople: number;
  readonly errors: number;
  readonly offScript: number;
  readonly cpuMsPerMessage: number;
}

it('prints every section, and every app in every row answered every message', async () => {
  const json = join(dir, 'bench.json');
  const { stdout } = await promisify(execFile)(
    join(REPO_ROOT, 'node_modules', '.bin', 'tsx'),
    ['bench/run.ts', '--quick', '--json', json],
    { cwd: REPO_ROOT, env: baseEnv(), maxBuffer: 16 * 1024 * 1024 },
  );

  for (const section of [
    'Socket Mode  ',
    'HTTP mode  ',
    "Where the bot's time goes, Socket Mode",
    "Where the bot's time goes, HTTP mode",
    'Scale run',
    'Language understanding',
    'Targets (this machine, ratios from this run):',
  ]) {
    expect(stdout).toContain(section);
  }
  expect(stdout).toMatch(/\d+ of 13 targets met\./);

  const report = JSON.parse(readFileSync(json, 'utf8')) as { groups: Group[]; targets: unknown[] };
  const expected = ['bot', 'echo', 'layer-echo', 'layer-slack', 'layer-memory', 'layer-bot'].flatMap(
    (variant) => ['socket', 'http'].map((mode) => `${variant} ${mode}`),
  );
  const measured = report.groups.filter((g) => g.seededPeople === 0).map((g) => `${g.variant} ${g.mode}`);
  expect(measured).toEqual(expect.arrayContaining(expected));
  for (const group of report.groups) {
    expect({
      row: `${group.variant} ${group.mode}`,
      errors: group.errors,
      offScript: group.offScript,
    }).toEqual({
      row: `${group.variant} ${group.mode}`,
      errors: 0,
      offScript: 0,
    });
    expect(group.cpuMsPerMessage).toBeGreaterThan(0);
  }
  expect(report.groups.filter((g) => g.seededPeople > 0)).toHaveLength(2);
  expect(report.targets).toHaveLength(13);
});
