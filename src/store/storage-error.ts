// One error type for every storage failure, so callers can apologise to the person and log the cause.

export class StorageError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StorageError';
  }
}
