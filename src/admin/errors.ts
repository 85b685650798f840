// Exit codes scripts can rely on, and the error that carries one. Documented in `--help` (see args.ts).

export const EXIT = {
  ok: 0,
  /** Storage error, unreadable record, bad configuration, anything unexpected. */
  failure: 1,
  /** Unknown command or option, missing or invalid argument, a user id that matches several people. */
  usage: 2,
  /** No conversation is stored for that user. */
  notFound: 3,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** A failure with a one-line message for stderr and the exit code that classifies it. */
export class AdminError extends Error {
  readonly exitCode: ExitCode;

  constructor(exitCode: ExitCode, message: string) {
    super(message);
    this.name = 'AdminError';
    this.exitCode = exitCode;
  }
}
