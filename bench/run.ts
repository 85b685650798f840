// `npm run bench`: the bot (production build) against a bare Bolt echo app, each over its own fresh local
// Slack stand-in, in Socket Mode and HTTP mode, rounds alternating A B B A; then the scale run (the same
// load with 1,000 and 20,000 people already stored); start-up times; the time to interpret one message.
// Prints tables and PASS/MISS per target, and writes artifacts/bench.json. Options: bench/options.ts.
// A script that prints figures, never a timed test: it exits 0 whatever the figures are.

import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { DEFAULT_TEAM_ID } from '../slack-stand-in';
import { REPO_ROOT, type SlackMode } from './apps';
import { type InterpretTiming, timeInterpret } from './interpret';
import { type Conversation, makeConversations } from './load';
import { nowMs } from './measure';
import { type BenchOptions, parseOptions, USAGE, UsageError } from './options';
import { redisServerInstalled } from './redis-server';
import { buildReport, formatReport, writeJson } from './report';
import { type RoundPlan, type RoundResult, type RoundSettings, runRound } from './round';
import { type SeedResult, seedStore } from './seed';
import {
  BOT_SQLITE,
  BOT_SQLITE_BASELINE,
  botOnRedis,
  ECHO,
  LAYER_BOT,
  LAYER_FLOOR,
  LAYER_MEMORY,
  LAYER_SLACK,
  type Variant,
} from './variants';

/** The pair compared in the main table: A = the bot, B = the floor. */
const COMPARED: readonly [Variant, Variant] = [BOT_SQLITE, ECHO];

function log(line: string): void {
  process.stderr.write(`${line}\n`);
}

async function main(): Promise<void> {
  let options: BenchOptions;
  try {
    options = parseOptions(process.argv.slice(2), process.env);
  } catch (error) {
    if (error instanceof UsageError) {
      if (error.message) log(error.message);
      log(USAGE);
      process.exit(error.message ? 2 : 0);
    }
    throw error;
  }
  const botEntry = resolve(REPO_ROOT, options.botEntry);
  if (!existsSync(botEntry)) {
    throw new Error(`${botEntry} is missing: run \`npm run build\` first (npm run bench does).`);
  }
  const started = nowMs();
  const loadAverageAtStart = loadavg()[0] ?? Number.NaN;
  const work = mkdtempSync(join(tmpdir(), 'bench-'));
  process.on('exit', () => rmSync(work, { recursive: true, force: true }));
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      log(`\n${signal}: stopping (the apps are killed on exit)`);
      process.exit(130);
    });
  }

  const settings: RoundSettings = {
    concurrency: options.concurrency,
    replyTimeoutMs: options.replyTimeoutMs,
    roundDeadlineMs: options.roundDeadlineMs,
    readyTimeoutMs: 30_000,
    cpuProf: options.cpuProf,
    botEntry,
    botNodeArgs: options.botNodeArgs,
  };
  const rounds: RoundResult[] = [];
  const seeding: SeedResult[] = [];
  const plans = planMainRounds(options);
  const redisPlans =
    options.redisRounds > 0 && redisServerInstalled() ? planRedisRounds(options, plans.length) : [];
  const redisNote =
    options.redisRounds === 0
      ? 'skipped (--redis-rounds 0)'
      : redisPlans.length === 0
        ? "skipped: Debian's redis-server is not installed (apt-get install -y redis-server)"
        : undefined;

  log(
    `Benchmark: ${options.people} people x 5 messages, ${options.concurrency} at a time; ${plans.length} rounds` +
      `${options.scalePeople.length > 0 ? `, then the scale run (${options.scalePeople.join(', ')} people stored)` : ''}.`,
  );
  log('Timing interpret() ...');
  const interpret: InterpretTiming = await timeInterpret(
    options.quick ? 1 : 3,
    options.quick ? 1 : 5,
    join(dirname(botEntry), 'nlu'),
  );

  const layerPlans = planLayerRounds(options, plans.length + redisPlans.length);

  let done = 0;
  const total =
    plans.length + redisPlans.length + layerPlans.length + options.scalePeople.length * options.scaleRounds;
  const run = async (plan: RoundPlan) => {
    const result = await runRound(plan, settings);
    rounds.push(result);
    done += 1;
    log(
      `[${done}/${total}] ${result.variant} ${result.mode}${plan.seededPeople ? ` (${plan.seededPeople} stored)` : ''}` +
        `${plan.discarded ? ' warm-up' : ''}: ${result.messagesPerSecond.toFixed(1)} msg/s, p99 ${result.latencyMs.p99.toFixed(1)} ms, ` +
        `${result.cpuMsPerMessage.toFixed(3)} CPU ms/msg, ${result.peakRssMiB.toFixed(1)} MiB, ${result.errorCount} errors` +
        `${result.aborted ? ` (aborted: ${result.aborted})` : ''}`,
    );
  };

  for (const plan of plans) await run(plan);
  for (const plan of redisPlans) await run(plan);
  for (const plan of layerPlans) await run(plan);

  if (options.scalePeople.length > 0) {
    const seeds = new Map<number, string>();
    for (const size of options.scalePeople) {
      const file = join(work, `seed-${size}.sqlite`);
      log(`Seeding ${size} people ...`);
      seeding.push(await seedStore(file, size, DEFAULT_TEAM_ID));
      seeds.set(size, file);
    }
    for (const plan of planScaleRounds(options, seeds, plans.length + redisPlans.length + layerPlans.length))
      await run(plan);
  }

  const report = buildReport({
    options,
    rounds,
    interpret,
    seeding,
    durationMs: nowMs() - started,
    loadAverageAtStart,
    redisNote,
  });
  const jsonPath = resolve(REPO_ROOT, options.json);
  writeJson(report, jsonPath);
  process.stdout.write(`\n${formatReport(report)}\nJSON: ${jsonPath}\n`);
}

/** Per mode: a discarded warm-up pair, then `rounds` pairs in A B B A order; both apps of a pair get the same people. */
function planMainRounds(options: BenchOptions): RoundPlan[] {
  const plans: RoundPlan[] = [];
  const warmup = makeConversations('W', options.warmupPeople, 1);
  const [a, b] = COMPARED;
  for (const mode of options.modes) {
    for (let pair = -1; pair < options.rounds; pair += 1) {
      const measured = makeConversations('M', options.people, 100 + Math.max(0, pair));
      const order = pair % 2 === 0 || pair < 0 ? [a, b] : [b, a];
      for (const variant of order) {
        plans.push(plan(variant, mode, plans.length + 1, pair < 0, undefined, 0, warmup, measured));
      }
    }
  }
  return plans;
}

/**
 * Per mode: SQLite with one replica, Redis with one, Redis with two sharing it, in rotating order so drift
 * spreads over all three; the same people in each round.
 */
function planRedisRounds(options: BenchOptions, first: number): RoundPlan[] {
  const variants = [BOT_SQLITE_BASELINE, botOnRedis(1), botOnRedis(2)];
  return planRotation(variants, options.redisRounds, 300, options, first);
}

/**
 * Per mode, the cost breakdown: the echo floor, the bot's Slack layer alone, the bot with its store in
 * memory, the whole bot; rotating order, the same people in each round.
 */
function planLayerRounds(options: BenchOptions, first: number): RoundPlan[] {
  const variants = [LAYER_FLOOR, LAYER_SLACK, LAYER_MEMORY, LAYER_BOT];
  return planRotation(variants, options.layerRounds, 400, options, first);
}

/**
 * Per mode, `rounds` rounds of every variant, forwards then backwards (A B C, C B A, …) so machine drift
 * spreads over all of them; every variant of a round gets the same people (from `seed` + round).
 */
function planRotation(
  variants: readonly Variant[],
  rounds: number,
  seed: number,
  options: BenchOptions,
  first: number,
): RoundPlan[] {
  const plans: RoundPlan[] = [];
  const warmup = makeConversations('W', options.warmupPeople, 1);
  for (const mode of options.modes) {
    for (let round = 0; round < rounds; round += 1) {
      const measured = makeConversations('M', options.people, seed + round);
      const order = round % 2 === 0 ? variants : [...variants].reverse();
      for (const variant of order) {
        plans.push(plan(variant, mode, first + plans.length + 1, false, undefined, 0, warmup, measured));
      }
    }
  }
  return plans;
}

/**
 * The bot in Socket Mode over each seeded store, sizes alternating (1k 20k 20k 1k …). The load's people
 * are new to the bot: the seeded ones never talk.
 */
function planScaleRounds(
  options: BenchOptions,
  seeds: ReadonlyMap<number, string>,
  first: number,
): RoundPlan[] {
  const plans: RoundPlan[] = [];
  const warmup = makeConversations('W', options.warmupPeople, 1);
  const sizes = [...options.scalePeople];
  for (let pair = 0; pair < options.scaleRounds; pair += 1) {
    const measured = makeConversations('M', options.people, 200 + pair);
    const order = pair % 2 === 0 ? sizes : [...sizes].reverse();
    for (const size of order) {
      plans.push(
        plan(BOT_SQLITE, 'socket', first + plans.length + 1, false, seeds.get(size), size, warmup, measured),
      );
    }
  }
  return plans;
}

function plan(
  variant: Variant,
  mode: SlackMode,
  index: number,
  discarded: boolean,
  seedFile: string | undefined,
  seededPeople: number,
  warmup: readonly Conversation[],
  measured: readonly Conversation[],
): RoundPlan {
  return { variant, mode, index, discarded, seedFile, seededPeople, warmup, measured };
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    log(`The benchmark failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(1);
  },
);
