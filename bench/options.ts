// The bench's settings: flags (`--people 200`), or the same names as BENCH_* environment variables
// (BENCH_PEOPLE=200). `--quick` is a short smoke run.

import type { SlackMode } from './apps';

export interface BenchOptions {
  /** Simulated people per measured round (each holds one five-message conversation). */
  readonly people: number;
  /** People talking at the same time (closed loop). */
  readonly concurrency: number;
  /** Measured rounds per app and mode (order A B B A …), after one discarded warm-up pair. */
  readonly rounds: number;
  /** Conversations held in each process before measuring (JIT, caches, connections). */
  readonly warmupPeople: number;
  readonly modes: readonly SlackMode[];
  /** People already in the store for the scale run (bot only, Socket Mode); empty skips it. */
  readonly scalePeople: readonly number[];
  /** Rounds per store size in the scale run. */
  readonly scaleRounds: number;
  /** Rounds of SQLite x1 / Redis x1 / Redis x2 per mode; 0 skips them (they need Debian's redis-server). */
  readonly redisRounds: number;
  /** Rounds of the cost breakdown (floor, Slack layer, bot without SQLite, bot) per mode; 0 skips it. */
  readonly layerRounds: number;
  readonly replyTimeoutMs: number;
  /** A round stops starting conversations after this long. */
  readonly roundDeadlineMs: number;
  /** Run the apps with `node --cpu-prof`, profiles written under artifacts/cpu-prof/. */
  readonly cpuProf: boolean;
  /** The bot's entry point (default dist/index.js): another build, e.g. a candidate fix, can be measured. */
  readonly botEntry: string;
  /** Extra node flags for the bot, e.g. "--max-old-space-size=128", to measure a runtime setting. */
  readonly botNodeArgs: readonly string[];
  readonly json: string;
  readonly quick: boolean;
}

const DEFAULTS: BenchOptions = {
  people: 200,
  concurrency: 20,
  rounds: 4,
  warmupPeople: 100,
  modes: ['socket', 'http'],
  scalePeople: [1000, 20_000],
  scaleRounds: 2,
  redisRounds: 2,
  layerRounds: 2,
  replyTimeoutMs: 10_000,
  roundDeadlineMs: 180_000,
  cpuProf: false,
  botEntry: 'dist/index.js',
  botNodeArgs: [],
  json: 'artifacts/bench.json',
  quick: false,
};

const QUICK: Partial<BenchOptions> = {
  people: 20,
  concurrency: 5,
  rounds: 1,
  warmupPeople: 5,
  scalePeople: [200, 1000],
  scaleRounds: 1,
  redisRounds: 1,
  layerRounds: 1,
  roundDeadlineMs: 60_000,
};

export const USAGE = `npm run bench -- [options]   (each also as an environment variable, e.g. BENCH_PEOPLE=500)
  --people N          people per measured round, one conversation each        (default ${DEFAULTS.people})
  --concurrency C     people talking at once                                   (default ${DEFAULTS.concurrency})
  --rounds R          measured rounds per app and mode, order A B B A          (default ${DEFAULTS.rounds})
  --warmup-people W   conversations per process before measuring              (default ${DEFAULTS.warmupPeople})
  --modes LIST        socket,http                                              (default socket,http)
  --scale-people LIST people already stored for the scale run; 0 or none skips (default 1000,20000)
  --scale-rounds R    rounds per store size                                    (default ${DEFAULTS.scaleRounds})
  --redis-rounds R    rounds of SQLite x1 / Redis x1 / Redis x2 per mode; 0 skips (default ${DEFAULTS.redisRounds})
  --layer-rounds R    rounds of the cost breakdown (echo, the bot's Slack layer alone, the bot
                      with its store in memory, the bot) per mode; 0 skips     (default ${DEFAULTS.layerRounds})
  --reply-timeout MS  a reply missing after this long is an error              (default ${DEFAULTS.replyTimeoutMs})
  --cpu-prof          run the apps under node --cpu-prof (artifacts/cpu-prof/; read with bench/profile-summary.ts)
  --bot-entry PATH    the bot's compiled entry point, to measure another build (default dist/index.js)
  --bot-node-args "…" node flags for the bot, e.g. "--max-old-space-size=128"
  --json PATH         where the JSON report goes                               (default ${DEFAULTS.json})
  --quick             a short smoke run`;

export function parseOptions(argv: readonly string[], env: NodeJS.ProcessEnv): BenchOptions {
  const raw = new Map<string, string>();
  for (const [name, value] of Object.entries(env)) {
    if (name.startsWith('BENCH_') && value !== undefined) {
      raw.set(name.slice('BENCH_'.length).toLowerCase().replace(/_/g, '-'), value);
    }
  }
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] as string;
    if (arg === '--help' || arg === '-h') throw new UsageError('');
    if (!arg.startsWith('--')) throw new UsageError(`Unexpected argument "${arg}".`);
    const eq = arg.indexOf('=');
    const name = eq < 0 ? arg.slice(2) : arg.slice(2, eq);
    const inline = eq < 0 ? undefined : arg.slice(eq + 1);
    if (name === 'quick' || name === 'cpu-prof') {
      raw.set(name, inline ?? 'true');
      continue;
    }
    const value = inline ?? argv[i + 1];
    if (value === undefined) throw new UsageError(`--${name} needs a value.`);
    if (inline === undefined) i += 1;
    raw.set(name, value);
  }

  const quick = flag(raw.get('quick'));
  const base = { ...DEFAULTS, ...(quick ? QUICK : {}) };
  const known = new Set([
    'people',
    'concurrency',
    'rounds',
    'warmup-people',
    'modes',
    'scale-people',
    'scale-rounds',
    'redis-rounds',
    'layer-rounds',
    'reply-timeout',
    'round-deadline',
    'cpu-prof',
    'bot-entry',
    'bot-node-args',
    'json',
    'quick',
  ]);
  for (const name of raw.keys()) if (!known.has(name)) throw new UsageError(`Unknown option --${name}.`);

  const int = (name: string, fallback: number, min: number) => {
    const value = raw.get(name);
    if (value === undefined) return fallback;
    const n = Number(value);
    if (!Number.isInteger(n) || n < min) throw new UsageError(`--${name} must be a whole number >= ${min}.`);
    return n;
  };
  const modes = (raw.get('modes') ?? base.modes.join(','))
    .split(',')
    .map((m) => m.trim())
    .filter((m) => m !== '');
  for (const mode of modes) {
    if (mode !== 'socket' && mode !== 'http') throw new UsageError(`--modes takes socket and/or http.`);
  }
  const scaleRaw = raw.get('scale-people');
  const scalePeople =
    scaleRaw === undefined
      ? base.scalePeople
      : scaleRaw
          .split(',')
          .map((n) => Number(n.trim()))
          .filter((n) => n > 0);
  if (scalePeople.some((n) => !Number.isInteger(n)))
    throw new UsageError('--scale-people takes whole numbers.');

  return {
    people: int('people', base.people, 1),
    concurrency: int('concurrency', base.concurrency, 1),
    rounds: int('rounds', base.rounds, 1),
    warmupPeople: int('warmup-people', base.warmupPeople, 0),
    modes: modes as SlackMode[],
    scalePeople,
    scaleRounds: int('scale-rounds', base.scaleRounds, 1),
    redisRounds: int('redis-rounds', base.redisRounds, 0),
    layerRounds: int('layer-rounds', base.layerRounds, 0),
    replyTimeoutMs: int('reply-timeout', base.replyTimeoutMs, 100),
    roundDeadlineMs: int('round-deadline', base.roundDeadlineMs, 1000),
    cpuProf: flag(raw.get('cpu-prof')),
    botEntry: raw.get('bot-entry') ?? base.botEntry,
    botNodeArgs: (raw.get('bot-node-args') ?? '').split(/\s+/).filter((a) => a !== ''),
    json: raw.get('json') ?? base.json,
    quick,
  };
}

function flag(value: string | undefined): boolean {
  return value !== undefined && value !== 'false' && value !== '0';
}

export class UsageError extends Error {}
