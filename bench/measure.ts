// What the bench reads off a process and how it summarises samples. CPU time and peak memory come from
// /proc/<pid> of the node process itself (the apps are started as `node …`, never through npm, so no
// wrapper process is measured instead of the app).

import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

let ticksPerSecond: number | undefined;

/** Clock ticks per second for /proc/<pid>/stat (almost always 100). */
function clockTicks(): number {
  if (ticksPerSecond === undefined) {
    try {
      ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
    } catch {
      ticksPerSecond = 100;
    }
  }
  return ticksPerSecond;
}

/** User + system CPU milliseconds the process has used so far (all its threads), or NaN if it is gone. */
export function processCpuMs(pid: number): number {
  // The command name (field 2) may contain spaces and parentheses: fields are counted after the last ')'.
  return threadCpuMs(`/proc/${pid}/stat`);
}

/** CPU milliseconds of the process's main thread (the JavaScript event loop), or NaN if it is gone. */
export function mainThreadCpuMs(pid: number): number {
  return threadCpuMs(`/proc/${pid}/task/${pid}/stat`);
}

function threadCpuMs(path: string): number {
  try {
    const stat = readFileSync(path, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / clockTicks();
  } catch {
    return Number.NaN;
  }
}

/** A field of /proc/<pid>/status in KiB (VmHWM: peak resident set; VmRSS: current), or NaN. */
export function processMemoryKiB(pid: number, field: 'VmHWM' | 'VmRSS'): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = new RegExp(`^${field}:\\s+(\\d+)\\s+kB`, 'm').exec(status);
    return match?.[1] ? Number(match[1]) : Number.NaN;
  } catch {
    return Number.NaN;
  }
}

/** CPU milliseconds used by this (the bench's) process so far. */
export function ownCpuMs(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

/** The q-quantile (0..1) of `values` by nearest rank; NaN for no values. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank] as number;
}

/** Median of the finite values; NaN when there are none. */
export function median(values: readonly number[]): number {
  const finite = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (finite.length === 0) return Number.NaN;
  const mid = Math.floor(finite.length / 2);
  return finite.length % 2 === 1
    ? (finite[mid] as number)
    : ((finite[mid - 1] as number) + (finite[mid] as number)) / 2;
}

export function max(values: readonly number[]): number {
  // A loop, not Math.max(...values): the interpret timing has over 100,000 samples, past the stack's limit.
  let largest = Number.NaN;
  for (const v of values) if (Number.isFinite(v) && (Number.isNaN(largest) || v > largest)) largest = v;
  return largest;
}

export function mean(values: readonly number[]): number {
  const finite = values.filter((v) => Number.isFinite(v));
  return finite.length === 0 ? Number.NaN : finite.reduce((a, b) => a + b, 0) / finite.length;
}

/** High-resolution monotonic milliseconds. */
export function nowMs(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}
