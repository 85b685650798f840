// Runs tasks one at a time per key, in arrival order; different keys run concurrently.
// Bolt runs listeners concurrently, so without this two quick messages from one person would race their
// load -> step -> save cycles and one update would be lost.

export interface KeyedQueue {
  run<T>(key: string, task: () => Promise<T>): Promise<T>;
  /** Tasks queued or running. */
  readonly pending: number;
  /** Resolves when no task is queued or running. */
  idle(): Promise<void>;
}

export function createKeyedQueue(): KeyedQueue {
  const tails = new Map<string, Promise<void>>();
  let pending = 0;
  let idleWaiters: (() => void)[] = [];

  const settle = () => {
    pending -= 1;
    if (pending === 0) {
      for (const wake of idleWaiters) wake();
      idleWaiters = [];
    }
  };

  return {
    run(key, task) {
      pending += 1;
      const previous = tails.get(key) ?? Promise.resolve();
      const result = previous.then(task);
      const tail = result.then(
        () => undefined,
        () => undefined,
      );
      tails.set(key, tail);
      void tail.then(() => {
        if (tails.get(key) === tail) tails.delete(key);
        settle();
      });
      return result;
    },
    get pending() {
      return pending;
    },
    idle() {
      return pending === 0 ? Promise.resolve() : new Promise((resolve) => idleWaiters.push(resolve));
    },
  };
}
