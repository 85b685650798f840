// Scripted Web API failures and latency, so tests can reproduce rate limits, outages and slow replies on demand.

/** HTTP 429 with `Retry-After`, an HTTP 5xx, an HTTP 200 `ok:false` error, or a late (but normal) answer. */
export type Fault =
  | { status: 429; retryAfterSeconds: number }
  | { status: 500 | 502 | 503 }
  | { error: string }
  | { delayMs: number };

/** Matches every method in failNext/setLatency. */
export const ANY_METHOD = '*';

export class FaultPlan {
  private readonly queued = new Map<string, Fault[]>();
  private readonly latency = new Map<string, number>();

  failNext(method: string, fault: Fault, times = 1): void {
    const queue = this.queued.get(method) ?? [];
    for (let i = 0; i < times; i += 1) queue.push(fault);
    this.queued.set(method, queue);
  }

  setLatency(method: string, ms: number): void {
    if (ms <= 0) this.latency.delete(method);
    else this.latency.set(method, ms);
  }

  /** The next scripted fault for this call, consumed; a method-specific fault wins over a wildcard one. */
  take(method: string): Fault | undefined {
    for (const key of [method, ANY_METHOD]) {
      const queue = this.queued.get(key);
      const fault = queue?.shift();
      if (fault !== undefined) return fault;
    }
    return undefined;
  }

  latencyFor(method: string): number {
    return this.latency.get(method) ?? this.latency.get(ANY_METHOD) ?? 0;
  }

  clear(): void {
    this.queued.clear();
    this.latency.clear();
  }
}
