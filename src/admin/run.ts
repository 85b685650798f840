// The admin tool from the command line to an exit code: parse, read the settings, open the store, run one
// command, close. Everything that can go wrong ends as one line on stderr and an exit code from EXIT.

import { existsSync } from 'node:fs';
import type { Logger } from '../application/ports';
import { ConfigError } from '../config';
import { openStore } from '../store/open-store';
import { StorageError } from '../store/storage-error';
import { type AdminCommand, helpText, parseArgs } from './args';
import { loadAdminConfig } from './config';
import type { AdminDeps, AdminIo } from './context';
import { AdminError, EXIT, type ExitCode } from './errors';
import { exportAll, listPeople, showPerson } from './read-commands';
import { deletePerson, purge, resetPerson } from './write-commands';

type Env = Readonly<Record<string, string | undefined>>;

/** The store logs warnings meant for the bot ("will be replaced"); the admin reports problems itself. */
const QUIET: Logger = { debug() {}, info() {}, warn() {}, error() {} };

export async function runAdminCli(
  argv: readonly string[],
  env: Env,
  cwd: string,
  io: AdminIo,
  now: () => number = Date.now,
): Promise<ExitCode> {
  const parsed = parseArgs(argv);
  if (parsed.kind === 'help') {
    io.out(helpText(parsed.topic));
    return EXIT.ok;
  }
  if (parsed.kind === 'usage') return fail(io, new AdminError(EXIT.usage, parsed.message));

  let config: ReturnType<typeof loadAdminConfig>;
  try {
    config = loadAdminConfig(env, cwd);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    return fail(io, new AdminError(EXIT.failure, error.problems.join(' ')));
  }
  const location = config.database;
  if (location.kind === 'sqlite' && !existsSync(location.path)) {
    // Opening would create an empty database and report "No conversations stored.": a wrong path must show.
    const problem = `no database file at ${location.path} (DATABASE_URL ${config.databaseUrl}); is this the bot's DATABASE_URL?`;
    return fail(io, new AdminError(EXIT.failure, problem));
  }

  let deps: AdminDeps;
  try {
    const store = await openStore(location, QUIET);
    deps = { store, now, ...config, where: config.databaseUrl };
  } catch (error) {
    return fail(io, error);
  }
  try {
    await runCommand(parsed.run, deps, io);
    return EXIT.ok;
  } catch (error) {
    return fail(io, error);
  } finally {
    await deps.store.close().catch(() => {});
  }
}

/** Runs one parsed command against an open store; throws AdminError or StorageError. */
export async function runCommand(run: AdminCommand, deps: AdminDeps, io: AdminIo): Promise<void> {
  switch (run.command) {
    case 'list':
      return listPeople(deps, io, run.json);
    case 'show':
      return showPerson(deps, io, run.user, run.json);
    case 'export':
      return exportAll(deps, io);
    case 'delete':
      return deletePerson(deps, io, run.user);
    case 'reset':
      return resetPerson(deps, io, run.user);
    case 'purge':
      return purge(deps, io, run);
  }
}

/** One line on stderr, and the exit code that classifies the failure. */
export function fail(io: AdminIo, error: unknown): ExitCode {
  if (error instanceof AdminError) {
    io.err(`admin: ${error.message}\n`);
    return error.exitCode;
  }
  const message = error instanceof StorageError || error instanceof Error ? error.message : String(error);
  io.err(`admin: ${message.replace(/\s*\n\s*/g, ' ')}\n`);
  return EXIT.failure;
}
