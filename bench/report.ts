// Turns round results into the figures the issue asks for: medians per app and mode over the measured
// rounds, bot/echo ratios, the scale run's 20k/1k ratios, a PASS/MISS line per target, and the JSON file.

import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname } from 'node:path';
import type { SlackMode } from './apps';
import type { InterpretTiming } from './interpret';
import { median } from './measure';
import type { BenchOptions } from './options';
import type { RoundResult } from './round';
import type { SeedResult } from './seed';

export interface GroupSummary {
  readonly variant: string;
  readonly mode: SlackMode;
  readonly seededPeople: number;
  readonly rounds: number;
  readonly messagesPerSecond: number;
  readonly p50Ms: number;
  readonly p95Ms: number;
  readonly p99Ms: number;
  readonly maxMs: number;
  readonly ackP99Ms: number;
  readonly cpuMsPerMessage: number;
  readonly mainThreadCpuMsPerMessage: number;
  readonly peakRssMiB: number;
  /** Summed over the measured rounds. */
  readonly errors: number;
  readonly offScript: number;
  readonly warnings: number;
  readonly startupMs: number;
  readonly benchCpuPercent: number;
}

export interface Target {
  readonly name: string;
  readonly value: string;
  readonly limit: string;
  readonly pass: boolean;
}

export interface BenchReport {
  readonly generatedAt: string;
  readonly machine: {
    readonly node: string;
    readonly cpus: number;
    readonly cpuModel: string;
    /** 1-minute load average when the bench started and when it ended: other work on the machine skews figures. */
    readonly loadAverage: { readonly start: number; readonly end: number };
  };
  readonly options: BenchOptions;
  readonly groups: GroupSummary[];
  readonly targets: Target[];
  readonly interpret: InterpretTiming | undefined;
  readonly seeding: SeedResult[];
  readonly rounds: RoundResult[];
  readonly durationMs: number;
  /** Why the Redis rows are missing, when they are. */
  readonly redisNote: string | undefined;
}

// Targets from the issue.
const MAX_CPU_RATIO = 1.3;
const MIN_THROUGHPUT_RATIO = 0.75;
const MAX_P99_RATIO = 1.5;
const MAX_EXTRA_RSS_MIB = 40;
const MAX_SCALE_GROWTH = 1.1;

export function summarise(rounds: readonly RoundResult[]): GroupSummary[] {
  const groups = new Map<string, RoundResult[]>();
  for (const round of rounds) {
    if (round.discarded) continue;
    const key = `${round.variant}|${round.mode}|${round.seededPeople}`;
    groups.set(key, [...(groups.get(key) ?? []), round]);
  }
  return [...groups.values()].map((list) => {
    const first = list[0] as RoundResult;
    const med = (f: (r: RoundResult) => number) => median(list.map(f));
    const total = (f: (r: RoundResult) => number) => list.reduce((a, r) => a + f(r), 0);
    return {
      variant: first.variant,
      mode: first.mode,
      seededPeople: first.seededPeople,
      rounds: list.length,
      messagesPerSecond: med((r) => r.messagesPerSecond),
      p50Ms: med((r) => r.latencyMs.p50),
      p95Ms: med((r) => r.latencyMs.p95),
      p99Ms: med((r) => r.latencyMs.p99),
      maxMs: Math.max(...list.map((r) => r.latencyMs.max)),
      ackP99Ms: med((r) => r.ackMs.p99),
      cpuMsPerMessage: med((r) => r.cpuMsPerMessage),
      mainThreadCpuMsPerMessage: med((r) => r.mainThreadCpuMsPerMessage),
      peakRssMiB: med((r) => r.peakRssMiB),
      errors: total((r) => r.errorCount),
      offScript: total((r) => r.offScript),
      warnings: total((r) => r.warnings),
      startupMs: med((r) => r.startupMs),
      benchCpuPercent: med((r) => r.benchCpuPercent),
    };
  });
}

function find(groups: readonly GroupSummary[], variant: string, mode: SlackMode, seeded: number) {
  return groups.find((g) => g.variant === variant && g.mode === mode && g.seededPeople === seeded);
}

export function judge(groups: readonly GroupSummary[], options: BenchOptions): Target[] {
  const targets: Target[] = [];
  for (const mode of options.modes) {
    const bot = find(groups, 'bot', mode, 0);
    const echo = find(groups, 'echo', mode, 0);
    if (!bot || !echo) continue;
    const m = modeName(mode);
    const cpu = bot.cpuMsPerMessage / echo.cpuMsPerMessage;
    const tput = bot.messagesPerSecond / echo.messagesPerSecond;
    const p99 = bot.p99Ms / echo.p99Ms;
    const extra = bot.peakRssMiB - echo.peakRssMiB;
    targets.push(
      {
        name: `${m}: CPU per message, bot/echo`,
        value: ratio(cpu),
        limit: `<= ${MAX_CPU_RATIO}x`,
        pass: cpu <= MAX_CPU_RATIO,
      },
      {
        name: `${m}: throughput, bot/echo`,
        value: ratio(tput),
        limit: `>= ${MIN_THROUGHPUT_RATIO}x`,
        pass: tput >= MIN_THROUGHPUT_RATIO,
      },
      {
        name: `${m}: p99 latency at concurrency ${options.concurrency}, bot/echo`,
        value: ratio(p99),
        limit: `<= ${MAX_P99_RATIO}x`,
        pass: p99 <= MAX_P99_RATIO,
      },
      {
        name: `${m}: peak RSS, bot - echo`,
        value: `${signed(extra)} MiB`,
        limit: `<= +${MAX_EXTRA_RSS_MIB} MiB`,
        pass: extra <= MAX_EXTRA_RSS_MIB,
      },
      {
        name: `${m}: errors (bot, echo)`,
        value: `${bot.errors}, ${echo.errors}`,
        limit: '0',
        pass: bot.errors === 0,
      },
    );
  }
  const sizes = [...new Set(groups.filter((g) => g.seededPeople > 0).map((g) => g.seededPeople))].sort(
    (a, b) => a - b,
  );
  if (sizes.length >= 2) {
    const small = find(groups, 'bot', 'socket', sizes[0] as number);
    const large = find(groups, 'bot', 'socket', sizes[sizes.length - 1] as number);
    if (small && large) {
      const label = `${people(large.seededPeople)}/${people(small.seededPeople)} stored`;
      const cpu = large.cpuMsPerMessage / small.cpuMsPerMessage;
      const rss = large.peakRssMiB / small.peakRssMiB;
      targets.push(
        {
          name: `Scale: CPU per message, ${label}`,
          value: ratio(cpu),
          limit: `<= ${MAX_SCALE_GROWTH}x`,
          pass: cpu <= MAX_SCALE_GROWTH,
        },
        {
          name: `Scale: peak RSS, ${label}`,
          value: ratio(rss),
          limit: `<= ${MAX_SCALE_GROWTH}x`,
          pass: rss <= MAX_SCALE_GROWTH,
        },
        {
          name: 'Scale: errors',
          value: String(large.errors + small.errors),
          limit: '0',
          pass: large.errors + small.errors === 0,
        },
      );
    }
  }
  return targets;
}

export function buildReport(input: {
  options: BenchOptions;
  rounds: RoundResult[];
  interpret: InterpretTiming | undefined;
  seeding: SeedResult[];
  durationMs: number;
  loadAverageAtStart: number;
  redisNote: string | undefined;
}): BenchReport {
  const groups = summarise(input.rounds);
  return {
    generatedAt: new Date().toISOString(),
    machine: {
      node: process.version,
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? 'unknown',
      loadAverage: { start: input.loadAverageAtStart, end: loadavg()[0] ?? Number.NaN },
    },
    options: input.options,
    groups,
    targets: judge(groups, input.options),
    interpret: input.interpret,
    seeding: input.seeding,
    rounds: input.rounds,
    durationMs: input.durationMs,
    redisNote: input.redisNote,
  };
}

export function writeJson(report: BenchReport, path: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(report, null, 2)}\n`);
}

// --- text ---

export function formatReport(report: BenchReport): string {
  const { options } = report;
  const out: string[] = [];
  out.push(
    `Benchmark: the bot against a bare Bolt echo app, same stand-in, same run (${report.generatedAt})`,
    `Machine: ${report.machine.cpus} x ${report.machine.cpuModel}, node ${report.machine.node}; load average ${fixed(report.machine.loadAverage.start, 2)} at start, ${fixed(report.machine.loadAverage.end, 2)} at end`,
    `Load: ${options.people} people x 5 messages (hello, name, 3 questions), ${options.concurrency} at a time, closed loop;`,
    `      ${options.rounds} measured round(s) per app and mode in A B B A order after a discarded warm-up pair;`,
    `      ${options.warmupPeople} warm-up conversations in each process first. Figures are medians over rounds.`,
    ...(options.botEntry === 'dist/index.js'
      ? []
      : [`Bot entry point: ${options.botEntry} (not the default build)`]),
    ...(options.botNodeArgs.length === 0 ? [] : [`Bot node flags: ${options.botNodeArgs.join(' ')}`]),
    '',
  );
  for (const mode of options.modes) {
    const bot = find(report.groups, 'bot', mode, 0);
    const echo = find(report.groups, 'echo', mode, 0);
    if (!bot || !echo) continue;
    out.push(...modeTable(mode, bot, echo, options.concurrency), '');
  }
  const scale = report.groups
    .filter((g) => g.variant === 'bot' && g.seededPeople > 0)
    .sort((a, b) => a.seededPeople - b.seededPeople);
  out.push(...redisTables(report), '');
  if (options.layerRounds > 0) out.push(...layerTables(report), '');
  if (scale.length > 0) out.push(...scaleTable(scale, report.seeding, options), '');
  if (report.interpret) out.push(...interpretLines(report.interpret), '');
  out.push(...roundsTable(report.rounds), '');
  out.push('Targets (this machine, ratios from this run):');
  for (const t of report.targets) {
    out.push(
      `  ${t.pass ? 'PASS' : 'MISS'}  ${t.name.padEnd(52)} ${t.value.padStart(10)}   (target ${t.limit})`,
    );
  }
  const missed = report.targets.filter((t) => !t.pass).length;
  out.push(
    `  ${report.targets.length - missed} of ${report.targets.length} targets met.`,
    '',
    `Finished in ${(report.durationMs / 1000).toFixed(0)} s.`,
  );
  return out.join('\n');
}

function modeTable(mode: SlackMode, bot: GroupSummary, echo: GroupSummary, concurrency: number): string[] {
  const rows: [string, number, number, number, 'ratio' | 'diff' | 'none'][] = [
    ['messages per second', bot.messagesPerSecond, echo.messagesPerSecond, 1, 'ratio'],
    ['reply latency p50 (ms)', bot.p50Ms, echo.p50Ms, 2, 'ratio'],
    ['reply latency p95 (ms)', bot.p95Ms, echo.p95Ms, 2, 'ratio'],
    [`reply latency p99 (ms), ${concurrency} at once`, bot.p99Ms, echo.p99Ms, 2, 'ratio'],
    ['reply latency max (ms)', bot.maxMs, echo.maxMs, 1, 'ratio'],
    [mode === 'socket' ? 'ack p99 (ms)' : 'HTTP response p99 (ms)', bot.ackP99Ms, echo.ackP99Ms, 2, 'ratio'],
    ['CPU ms per message', bot.cpuMsPerMessage, echo.cpuMsPerMessage, 3, 'ratio'],
    [
      '  of which the event-loop thread',
      bot.mainThreadCpuMsPerMessage,
      echo.mainThreadCpuMsPerMessage,
      3,
      'ratio',
    ],
    ['peak RSS (MiB)', bot.peakRssMiB, echo.peakRssMiB, 1, 'diff'],
    ['errors (all measured rounds)', bot.errors, echo.errors, 0, 'none'],
    ['start-up to ready (ms)', bot.startupMs, echo.startupMs, 0, 'ratio'],
  ];
  const lines = [`${modeName(mode).padEnd(42)} ${'bot'.padStart(10)} ${'echo'.padStart(10)}   bot/echo`];
  for (const [label, b, e, digits, kind] of rows) {
    const compare = kind === 'ratio' ? ratio(b / e) : kind === 'diff' ? `${signed(b - e)} MiB` : '';
    lines.push(
      `  ${label.padEnd(40)} ${fixed(b, digits).padStart(10)} ${fixed(e, digits).padStart(10)}   ${compare}`,
    );
  }
  if (bot.offScript > 0)
    lines.push(`  (bot replies off the script: ${bot.offScript}; see the JSON for samples)`);
  lines.push(
    `  (bench process, stand-in + load: ${fixed(bot.benchCpuPercent, 0)}% / ${fixed(echo.benchCpuPercent, 0)}% of a core; bot log warnings: ${bot.warnings})`,
  );
  return lines;
}

/** SQLite x1 against Redis x1, and Redis x1 against two replicas sharing Redis, per mode. */
function redisTables(report: BenchReport): string[] {
  if (report.redisNote) return [`Replicas and Redis: ${report.redisNote}`];
  const lines: string[] = [];
  for (const mode of report.options.modes) {
    const sqlite = find(report.groups, 'bot-sqlite', mode, 0);
    const one = find(report.groups, 'bot-redis-1', mode, 0);
    const two = find(report.groups, 'bot-redis-2', mode, 0);
    if (!sqlite || !one || !two) continue;
    lines.push(
      `Replicas and Redis, ${modeName(mode)} (${report.options.redisRounds} round(s) each, rotating order; CPU summed over replicas)`,
      `  ${''.padEnd(30)} ${'SQLite x1'.padStart(10)} ${'Redis x1'.padStart(10)} ${'Redis x2'.padStart(10)}   Redis/SQLite  x2/x1`,
    );
    const rows: [string, (g: GroupSummary) => number, number][] = [
      ['messages per second', (g) => g.messagesPerSecond, 1],
      ['reply latency p50 (ms)', (g) => g.p50Ms, 2],
      ['reply latency p99 (ms)', (g) => g.p99Ms, 2],
      ['CPU ms per message', (g) => g.cpuMsPerMessage, 3],
      ['errors', (g) => g.errors, 0],
    ];
    for (const [label, f, digits] of rows) {
      const cells = [sqlite, one, two].map((g) => fixed(f(g), digits).padStart(10)).join(' ');
      const ratios =
        label === 'errors' ? '' : `${ratio(f(one) / f(sqlite)).padStart(12)}  ${ratio(f(two) / f(one))}`;
      lines.push(`  ${label.padEnd(30)} ${cells}   ${ratios}`);
    }
    lines.push('');
  }
  return lines.length > 0 ? lines.slice(0, -1) : ['Replicas and Redis: no rounds'];
}

/** Where the time per message goes: each row adds one layer of the bot to the echo floor. */
function layerTables(report: BenchReport): string[] {
  const layers: [string, string][] = [
    ['layer-echo', 'echo (bare Bolt): the floor'],
    ['layer-slack', "+ the bot's Slack layer (logs, metrics, replies)"],
    ['layer-memory', '+ understanding and the conversation'],
    ['layer-bot', '+ SQLite: the bot as deployed'],
  ];
  const lines: string[] = [];
  for (const mode of report.options.modes) {
    const groups = layers.map(([id]) => find(report.groups, id, mode, 0));
    if (groups.some((g) => g === undefined)) continue;
    const rows = groups as GroupSummary[];
    const floor = rows[0] as GroupSummary;
    lines.push(
      `Where the bot's time goes, ${modeName(mode)} (${report.options.layerRounds} round(s) each, rotating order; bench/layer-app.js)`,
      `  ${''.padEnd(50)} ${'CPU ms/msg'.padStart(10)} ${'added'.padStart(7)} ${'vs echo'.padStart(8)} ${'event loop'.padStart(10)} ${'msg/s'.padStart(7)} ${'p99 ms'.padStart(7)}`,
    );
    rows.forEach((g, i) => {
      const previous = i === 0 ? undefined : rows[i - 1];
      const added = previous ? `+${fixed(g.cpuMsPerMessage - previous.cpuMsPerMessage, 3)}` : '';
      lines.push(
        `  ${(layers[i] as [string, string])[1].padEnd(50)} ${fixed(g.cpuMsPerMessage, 3).padStart(10)} ${added.padStart(7)} ` +
          `${ratio(g.cpuMsPerMessage / floor.cpuMsPerMessage).padStart(8)} ${fixed(g.mainThreadCpuMsPerMessage, 3).padStart(10)} ` +
          `${fixed(g.messagesPerSecond, 0).padStart(7)} ${fixed(g.p99Ms, 1).padStart(7)}`,
      );
    });
    const errors = rows.reduce((a, g) => a + g.errors, 0);
    if (errors > 0) lines.push(`  errors in these rounds: ${errors}`);
    lines.push('');
  }
  return lines.length > 0 ? lines.slice(0, -1) : ["Where the bot's time goes: no rounds"];
}

function scaleTable(
  groups: readonly GroupSummary[],
  seeding: readonly SeedResult[],
  options: BenchOptions,
): string[] {
  const head = groups.map((g) => `${people(g.seededPeople)} stored`.padStart(14)).join(' ');
  const lines = [
    `Scale run: the bot, Socket Mode, the same load (${options.people} new people) with a store already holding`,
    `  ${groups.map((g) => people(g.seededPeople)).join(' / ')} people (seeded through the store's API); ${options.scaleRounds} round(s) each, medians`,
    `  ${''.padEnd(40)} ${head}   ${groups.length >= 2 ? 'last/first' : ''}`,
  ];
  const first = groups[0] as GroupSummary;
  const last = groups[groups.length - 1] as GroupSummary;
  const rows: [string, (g: GroupSummary) => number, number][] = [
    ['CPU ms per message', (g) => g.cpuMsPerMessage, 3],
    ['  of which the event-loop thread', (g) => g.mainThreadCpuMsPerMessage, 3],
    ['peak RSS (MiB)', (g) => g.peakRssMiB, 1],
    ['reply latency p50 (ms)', (g) => g.p50Ms, 2],
    ['reply latency p99 (ms)', (g) => g.p99Ms, 2],
    ['messages per second', (g) => g.messagesPerSecond, 1],
    ['start-up to ready (ms)', (g) => g.startupMs, 0],
    ['errors', (g) => g.errors, 0],
  ];
  for (const [label, f, digits] of rows) {
    const cells = groups.map((g) => fixed(f(g), digits).padStart(14)).join(' ');
    const r = groups.length >= 2 && label !== 'errors' ? ratio(f(last) / f(first)) : '';
    lines.push(`  ${label.padEnd(40)} ${cells}   ${r}`);
  }
  for (const s of seeding) {
    lines.push(
      `  seeding ${people(s.people)} people: ${fixed(s.ms / 1000, 1)} s, ${fixed(s.meanRecordBytes / 1024, 1)} KiB per stored person`,
    );
  }
  return lines;
}

function interpretLines(t: InterpretTiming): string[] {
  return [
    'Language understanding (interpret(), production build, fresh node processes):',
    `  per message: median ${fixed(t.medianMs, 3)} ms, p99 ${fixed(t.p99Ms, 3)} ms, mean ${fixed(t.meanMs, 3)} ms, max ${fixed(t.maxMs, 2)} ms`,
    `    over ${t.texts} texts (${t.corpusTexts} from the evaluation corpus, the rest the load's lines), ${t.samples} timings`,
    `  one-off: loading compromise ${fixed(t.compromiseLoadMs, 0)} ms, the rest of src/nlu ${fixed(t.nluLoadMs, 0)} ms, first interpret() ${fixed(t.firstCallMs, 1)} ms (medians of ${t.processes} cold processes)`,
  ];
}

function roundsTable(rounds: readonly RoundResult[]): string[] {
  const lines = [
    'Rounds (in run order; * = warm-up, not in the medians):',
    `  ${'#'.padStart(3)} ${'app'.padEnd(6)} ${'mode'.padEnd(6)} ${'stored'.padStart(7)} ${'msg/s'.padStart(8)} ${'p50'.padStart(7)} ${'p99'.padStart(7)} ${'cpu/msg'.padStart(8)} ${'RSS MiB'.padStart(8)} ${'start'.padStart(6)} ${'errors'.padStart(6)}`,
  ];
  for (const r of rounds) {
    lines.push(
      `  ${`${r.index}${r.discarded ? '*' : ''}`.padStart(3)} ${r.variant.padEnd(6)} ${r.mode.padEnd(6)} ${String(r.seededPeople).padStart(7)} ${fixed(r.messagesPerSecond, 1).padStart(8)} ${fixed(r.latencyMs.p50, 2).padStart(7)} ${fixed(r.latencyMs.p99, 2).padStart(7)} ${fixed(r.cpuMsPerMessage, 3).padStart(8)} ${fixed(r.peakRssMiB, 1).padStart(8)} ${fixed(r.startupMs, 0).padStart(6)} ${String(r.errorCount).padStart(6)}${r.aborted ? `  aborted: ${r.aborted}` : ''}`,
    );
  }
  return lines;
}

function modeName(mode: SlackMode): string {
  return mode === 'socket' ? 'Socket Mode' : 'HTTP mode  ';
}

function fixed(n: number, digits: number): string {
  return Number.isFinite(n) ? n.toFixed(digits) : 'n/a';
}

function ratio(n: number): string {
  return Number.isFinite(n) ? `${n.toFixed(2)}x` : 'n/a';
}

function signed(n: number): string {
  return Number.isFinite(n) ? `${n >= 0 ? '+' : ''}${n.toFixed(1)}` : 'n/a';
}

function people(n: number): string {
  return n >= 1000 && n % 1000 === 0 ? `${n / 1000}k` : String(n);
}
