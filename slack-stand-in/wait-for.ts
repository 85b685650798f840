// Condition waiting driven by state changes, so tests wait exactly as long as needed instead of sleeping.
interface Waiter {
  check: () => boolean;
}

export class ChangeNotifier {
  private readonly waiters = new Set<Waiter>();
  private readonly closers = new Set<(reason: Error) => void>();

  /** Call after every state change; re-evaluates all pending conditions. */
  notify(): void {
    for (const waiter of [...this.waiters]) waiter.check();
  }

  /**
   * Resolves with `probe()`'s value as soon as it is not `undefined`; rejects after `timeoutMs` with
   * `describeTimeout()` (evaluated then, so it can list what did happen).
   */
  waitFor<T>(probe: () => T | undefined, timeoutMs: number, describeTimeout: () => string): Promise<T> {
    const first = probe();
    if (first !== undefined) return Promise.resolve(first);
    return new Promise<T>((resolve, reject) => {
      const finish = (): void => {
        clearTimeout(timer);
        this.waiters.delete(waiter);
        this.closers.delete(abort);
      };
      const waiter: Waiter = {
        check: () => {
          const value = probe();
          if (value === undefined) return false;
          finish();
          resolve(value);
          return true;
        },
      };
      const abort = (reason: Error): void => {
        finish();
        reject(reason);
      };
      const timer = setTimeout(() => abort(new Error(describeTimeout())), timeoutMs);
      this.waiters.add(waiter);
      this.closers.add(abort);
    });
  }

  /** Rejects every pending wait (used by close(), so a test fails fast instead of hanging). */
  abortAll(reason: string): void {
    for (const abort of [...this.closers]) abort(new Error(reason));
  }
}

/** Resolves after `ms`; rejects nothing. For injected latency only, never for test synchronisation. */
export function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
