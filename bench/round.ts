// One round: a fresh Slack stand-in, the variant's processes started against it, warm-up conversations,
// then the measured conversations with CPU and peak memory read off the processes. Everything started
// here is stopped and closed in `finally`, whatever happened.

import { join } from 'node:path';
import { type FakeSlack, startFakeSlack } from '../slack-stand-in';
import { freePort } from '../slack-stand-in/free-port';
import { type AppProcess, REPO_ROOT, type SlackMode, startApp } from './apps';
import {
  type Conversation,
  type ErrorKind,
  httpTransport,
  MESSAGES_PER_CONVERSATION,
  runConversations,
  socketTransport,
  type Transport,
  watchReplies,
} from './load';
import { max, nowMs, ownCpuMs, quantile } from './measure';
import type { Variant } from './variants';

export interface RoundPlan {
  readonly variant: Variant;
  readonly mode: SlackMode;
  /** Position in the run, for the report. */
  readonly index: number;
  /** A warm-up round: run and shown, but left out of the medians. */
  readonly discarded: boolean;
  readonly seedFile: string | undefined;
  readonly seededPeople: number;
  readonly warmup: readonly Conversation[];
  readonly measured: readonly Conversation[];
}

export interface RoundSettings {
  readonly concurrency: number;
  readonly replyTimeoutMs: number;
  readonly roundDeadlineMs: number;
  readonly readyTimeoutMs: number;
  readonly cpuProf: boolean;
  /** The bot's entry script, absolute. */
  readonly botEntry: string;
  readonly botNodeArgs: readonly string[];
}

export interface RoundResult {
  readonly variant: string;
  readonly app: string;
  readonly replicas: number;
  readonly mode: SlackMode;
  readonly index: number;
  readonly discarded: boolean;
  readonly seededPeople: number;
  /** Spawn -> ready log line, ms (the first replica). */
  readonly startupMs: number;
  readonly messages: number;
  readonly replies: number;
  readonly wallMs: number;
  readonly messagesPerSecond: number;
  readonly latencyMs: {
    readonly p50: number;
    readonly p95: number;
    readonly p99: number;
    readonly max: number;
  };
  /** Event -> ack (Socket Mode) or HTTP response (HTTP mode, which answers after processing), p99 and max. */
  readonly ackMs: { readonly p99: number; readonly max: number };
  readonly cpuMsPerMessage: number;
  /** The event-loop thread's share of it (the rest: libuv pool, where SQLite runs; GC; compiler). */
  readonly mainThreadCpuMsPerMessage: number;
  /** Peak resident set of the app process (largest replica), MiB. */
  readonly peakRssMiB: number;
  readonly errors: Partial<Record<ErrorKind, number>>;
  readonly errorCount: number;
  readonly offScript: number;
  readonly offScriptSamples: readonly string[];
  /** Log lines at warn or above. */
  readonly warnings: number;
  /** CPU used by the bench process itself (stand-in + load) while measuring, % of one core. */
  readonly benchCpuPercent: number;
  readonly aborted: string | undefined;
}

const MiB = 1024;

export async function runRound(plan: RoundPlan, settings: RoundSettings): Promise<RoundResult> {
  const { variant, mode } = plan;
  const fake = await startFakeSlack();
  const prepared = await variant.prepare({ seedFile: plan.seedFile }).catch(async (error: unknown) => {
    await fake.close();
    throw error;
  });
  const apps: AppProcess[] = [];
  try {
    const urls: string[] = [];
    for (let replica = 0; replica < variant.replicas; replica += 1) {
      const port = mode === 'http' ? await freePort() : 0;
      if (mode === 'http') urls.push(`http://127.0.0.1:${port}/slack/events`);
      apps.push(
        await startApp({
          kind: variant.app,
          cwd: prepared.cwd,
          readyTimeoutMs: settings.readyTimeoutMs,
          nodeArgs: [
            ...(variant.app === 'bot' ? settings.botNodeArgs : []),
            ...(settings.cpuProf ? cpuProfArgs(plan, replica) : []),
          ],
          ...(variant.script
            ? { script: variant.script }
            : variant.app === 'bot'
              ? { script: settings.botEntry }
              : {}),
          env: { ...slackEnv(fake, mode, port), ...prepared.env },
        }),
      );
    }
    if (mode === 'socket') await fake.waitForSocketConnections(variant.replicas, settings.readyTimeoutMs);

    const watcher = watchReplies(fake);
    const transport: Transport =
      mode === 'socket'
        ? socketTransport(fake, settings.replyTimeoutMs)
        : httpTransport(fake, urls, settings.replyTimeoutMs);
    const expect = variant.replies ?? (variant.app === 'echo' ? 'echo' : 'bot');
    const load = (conversations: readonly Conversation[]) =>
      runConversations({
        transport,
        watcher,
        conversations,
        concurrency: settings.concurrency,
        replyTimeoutMs: settings.replyTimeoutMs,
        expect,
        maxErrors: Math.max(20, Math.ceil(conversations.length * MESSAGES_PER_CONVERSATION * 0.05)),
        deadlineMs: settings.roundDeadlineMs,
      });

    if (plan.warmup.length > 0) await load(plan.warmup);

    const cpuBefore = sum(apps.map((a) => a.cpuMs()));
    const mainBefore = sum(apps.map((a) => a.mainThreadCpuMs()));
    const benchBefore = ownCpuMs();
    const started = nowMs();
    const stats = await load(plan.measured);
    const elapsed = nowMs() - started;
    const cpuAfter = sum(apps.map((a) => a.cpuMs()));
    const mainAfter = sum(apps.map((a) => a.mainThreadCpuMs()));
    const benchCpu = ownCpuMs() - benchBefore;
    const peakRssKiB = max(apps.map((a) => a.peakRssKiB()));

    return {
      variant: variant.id,
      app: variant.app,
      replicas: variant.replicas,
      mode,
      index: plan.index,
      discarded: plan.discarded,
      seededPeople: plan.seededPeople,
      startupMs: apps[0]?.startupMs ?? Number.NaN,
      messages: stats.messages,
      replies: stats.replies,
      wallMs: stats.wallMs,
      messagesPerSecond: stats.replies / (stats.wallMs / 1000),
      latencyMs: {
        p50: quantile(stats.latenciesMs, 0.5),
        p95: quantile(stats.latenciesMs, 0.95),
        p99: quantile(stats.latenciesMs, 0.99),
        max: max(stats.latenciesMs),
      },
      ackMs: { p99: quantile(stats.ackMs, 0.99), max: max(stats.ackMs) },
      cpuMsPerMessage: (cpuAfter - cpuBefore) / Math.max(1, stats.messages),
      mainThreadCpuMsPerMessage: (mainAfter - mainBefore) / Math.max(1, stats.messages),
      peakRssMiB: peakRssKiB / MiB,
      errors: stats.errors,
      errorCount: stats.errorCount,
      offScript: stats.offScript,
      offScriptSamples: stats.offScriptSamples,
      warnings: sum(apps.map((a) => a.warnings())),
      benchCpuPercent: (benchCpu / elapsed) * 100,
      aborted: stats.aborted,
    };
  } catch (error) {
    const tails = apps.map((a) => `--- ${a.kind} (pid ${a.pid}) last output ---\n${a.tail()}`).join('\n');
    throw new Error(`${(error as Error).message}${tails ? `\n${tails}` : ''}`, { cause: error });
  } finally {
    await Promise.all(apps.map((a) => a.stop()));
    await fake.close();
    await prepared.cleanup();
  }
}

function slackEnv(fake: FakeSlack, mode: SlackMode, port: number): Record<string, string> {
  return mode === 'socket'
    ? {
        SLACK_MODE: 'socket',
        SLACK_BOT_TOKEN: fake.botToken,
        SLACK_APP_TOKEN: fake.appToken,
        SLACK_API_URL: fake.apiUrl,
        PORT: '0',
      }
    : {
        SLACK_MODE: 'http',
        SLACK_BOT_TOKEN: fake.botToken,
        SLACK_SIGNING_SECRET: fake.signingSecret,
        SLACK_API_URL: fake.apiUrl,
        PORT: String(port),
      };
}

function cpuProfArgs(plan: RoundPlan, replica: number): string[] {
  const name = `${plan.variant.id}-${plan.mode}-${plan.seededPeople}-r${plan.index}-${replica}.cpuprofile`;
  return [
    '--cpu-prof',
    `--cpu-prof-dir=${join(REPO_ROOT, 'artifacts', 'cpu-prof')}`,
    `--cpu-prof-name=${name}`,
  ];
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
