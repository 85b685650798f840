// Reads a V8 CPU profile (`node --cpu-prof`, or `npm run bench -- --cpu-prof`, which writes them under
// artifacts/cpu-prof/) and prints where the time went: the top functions by self time, and self time
// per package or source folder, and the inclusive time of the bot's own entry points.
//   npx tsx bench/profile-summary.ts artifacts/cpu-prof/<file>.cpuprofile [top=30]

import { readFileSync } from 'node:fs';

interface CallFrame {
  readonly functionName: string;
  readonly url: string;
  readonly lineNumber: number;
}

interface ProfileNode {
  readonly id: number;
  readonly callFrame: CallFrame;
  readonly children?: readonly number[];
}

interface CpuProfile {
  readonly nodes: readonly ProfileNode[];
  readonly startTime: number;
  readonly endTime: number;
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

function where(frame: CallFrame): string {
  const url = frame.url.replace(/^file:\/\//, '');
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg?.[1]) return pkg[1];
  const own = /\/(dist|src|bench)\/(.+?)(?:\/[^/]+)?$/.exec(url);
  if (own?.[1] && own[2]) return `${own[1]}/${own[2].split('/')[0]}`;
  if (url.startsWith('node:') || url === '' || !url.includes('/'))
    return url === '' ? '(native/V8)' : 'node:internal';
  return url;
}

function main(): void {
  const [file, topArg] = process.argv.slice(2);
  if (!file) {
    process.stderr.write('usage: tsx bench/profile-summary.ts <file.cpuprofile> [top]\n');
    process.exit(2);
  }
  const top = Number.isInteger(Number(topArg)) ? Number(topArg) : 30;
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);

  const self = new Map<number, number>();
  for (let i = 0; i < profile.samples.length; i += 1) {
    const id = profile.samples[i] as number;
    self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  }
  const totalMs = [...self.values()].reduce((a, b) => a + b, 0);
  const idleMs = [...self.entries()]
    .filter(([id]) => byId.get(id)?.callFrame.functionName === '(idle)')
    .reduce((a, [, ms]) => a + ms, 0);
  const busyMs = totalMs - idleMs;

  const fnSelf = new Map<string, number>();
  const areaSelf = new Map<string, number>();
  const inclusive = new Map<string, number>();
  for (const [id, ms] of self) {
    const node = byId.get(id);
    if (!node) continue;
    const f = node.callFrame;
    if (f.functionName === '(idle)') continue;
    const key = `${f.functionName || '(anonymous)'}  ${where(f)}${f.url ? `:${f.lineNumber + 1}` : ''}`;
    fnSelf.set(key, (fnSelf.get(key) ?? 0) + ms);
    areaSelf.set(where(f), (areaSelf.get(where(f)) ?? 0) + ms);
    // Inclusive time per own function (dist/, src/): each sample counts once per distinct function on its stack.
    const seen = new Set<string>();
    for (let n: number | undefined = id; n !== undefined; n = parent.get(n)) {
      const frame = byId.get(n)?.callFrame;
      if (!frame || frame.url.includes('node_modules') || !/\/(dist|src)\//.test(frame.url)) continue;
      const name = `${frame.functionName || '(anonymous)'}  ${frame.url.replace(/^.*\/(dist|src)\//, '$1/')}:${frame.lineNumber + 1}`;
      if (seen.has(name)) continue;
      seen.add(name);
      inclusive.set(name, (inclusive.get(name) ?? 0) + ms);
    }
  }

  const pct = (ms: number) => `${((ms / busyMs) * 100).toFixed(1).padStart(5)}%`;
  const print = (title: string, map: Map<string, number>, n: number) => {
    process.stdout.write(`\n${title}\n`);
    for (const [name, ms] of [...map.entries()].sort((a, b) => b[1] - a[1]).slice(0, n)) {
      process.stdout.write(`  ${ms.toFixed(1).padStart(9)} ms ${pct(ms)}  ${name}\n`);
    }
  };
  process.stdout.write(
    `${file}\n  ${((profile.endTime - profile.startTime) / 1000).toFixed(0)} ms profiled (the whole process: start-up included), ${busyMs.toFixed(0)} ms not idle.\n` +
      '  Samples are wall-clock: "(program)" is native code and event-loop waiting, and a blocking call (a sync\n' +
      '  write to a full pipe) counts while it waits. Percentages are of the non-idle time.\n',
  );
  print('Self time by package / folder', areaSelf, 25);
  print(`Top ${top} functions by self time`, fnSelf, top);
  print('Inclusive time of the project’s own functions (dist/ or src/)', inclusive, top);
}

main();
