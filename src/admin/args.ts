// The admin tool's command line, parsed without side effects, and the help text for every command.
// `parseArgs` never throws: a mistake comes back as `{ kind: 'usage' }` with a one-line message.

import { DEFAULT_RETENTION_DAYS, DEFAULT_SESSION_TIMEOUT, parseDuration } from '../config';

export const COMMANDS = ['list', 'show', 'export', 'delete', 'reset', 'purge'] as const;
export type CommandName = (typeof COMMANDS)[number];

/** Who a command is about: a Slack user in any workspace (`teamId` null), or one person exactly. */
export interface UserRef {
  readonly teamId: string | null;
  readonly userId: string;
}

export type AdminCommand =
  | { readonly command: 'list'; readonly json: boolean }
  | { readonly command: 'show'; readonly user: UserRef; readonly json: boolean }
  | { readonly command: 'export' }
  | { readonly command: 'delete'; readonly user: UserRef }
  | { readonly command: 'reset'; readonly user: UserRef }
  | {
      readonly command: 'purge';
      readonly olderThanMs: number;
      readonly olderThan: string;
      readonly dryRun: boolean;
    };

export type ParsedArgs =
  | { readonly kind: 'help'; readonly topic: CommandName | null }
  | { readonly kind: 'usage'; readonly message: string }
  | { readonly kind: 'run'; readonly run: AdminCommand };

const INVOKE = 'npm run admin --';
const SEE_HELP = `"${INVOKE} --help" lists them`;

const isCommand = (word: string | undefined): word is CommandName =>
  (COMMANDS as readonly string[]).includes(word ?? '');

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const [first, ...rest] = argv;
  const wantsHelp = argv.some((a) => a === '--help' || a === '-h');
  if (first === undefined) {
    return usage(`no command given: use one of ${COMMANDS.join(', ')} (${SEE_HELP})`);
  }
  if (first === 'help' || first === '--help' || first === '-h') {
    const topic = rest.find((a) => !a.startsWith('-'));
    if (topic === undefined) return { kind: 'help', topic: null };
    return isCommand(topic) ? { kind: 'help', topic } : usage(unknownCommand(topic));
  }
  if (!isCommand(first)) return usage(unknownCommand(first));
  if (wantsHelp) return { kind: 'help', topic: first };
  return parseCommand(first, rest);
}

function parseCommand(command: CommandName, args: readonly string[]): ParsedArgs {
  const positional: string[] = [];
  const flags = new Set<string>();
  let olderThan: string | undefined;
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] ?? '';
    if (!arg.startsWith('-') || arg === '-') {
      positional.push(arg);
    } else if (command === 'purge' && (arg === '--older-than' || arg.startsWith('--older-than='))) {
      olderThan = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : args[++i];
      if (olderThan === undefined) return usage(`purge: --older-than needs a duration, such as 30d`);
    } else if (OPTIONS[command].includes(arg)) {
      flags.add(arg);
    } else {
      const known = OPTIONS[command].length > 0 ? ` (it takes ${OPTIONS[command].join(', ')})` : '';
      return usage(`${command}: unknown option ${arg}${known}; "${INVOKE} help ${command}" explains it`);
    }
  }
  const json = flags.has('--json');

  if (command === 'list' || command === 'export' || command === 'purge') {
    if (positional.length > 0) return usage(`${command}: unexpected argument "${positional[0]}"`);
    if (command === 'list') return run({ command, json });
    if (command === 'export') return run({ command });
    if (olderThan === undefined) return usage('purge: --older-than <duration> is required, such as 30d');
    const problems: string[] = [];
    const olderThanMs = parseDuration('--older-than', olderThan, problems);
    if (problems.length > 0) return usage(`purge: ${problems.join(' ')}`);
    return run({ command, olderThanMs, olderThan, dryRun: flags.has('--dry-run') });
  }

  const [raw, extra] = positional;
  if (raw === undefined) return usage(`${command}: which user? Example: ${INVOKE} ${command} U012AB3CD`);
  if (extra !== undefined) return usage(`${command}: unexpected argument "${extra}" (one user at a time)`);
  const user = parseUserRef(raw);
  if (typeof user === 'string') return usage(`${command}: ${user}`);
  return command === 'show' ? run({ command, user, json }) : run({ command, user });
}

const OPTIONS: Record<CommandName, readonly string[]> = {
  list: ['--json'],
  show: ['--json'],
  export: [],
  delete: [],
  reset: [],
  purge: ['--older-than', '--dry-run'],
};

const SLACK_USER = /^[UW][A-Z0-9]+$/;
const SLACK_TEAM = /^[TE][A-Z0-9]+$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** Playground visitors are stored under this team (src/playground/identity.ts). */
const PLAYGROUND_TEAM = 'playground';

/**
 * `U012AB3CD`, `T012AB3CD:U012AB3CD`, `playground:<uuid>` or a bare playground `<uuid>`. Slack ids are
 * upper-cased and uuids lower-cased, as they are stored. Returns the reference, or what is wrong with it.
 */
export function parseUserRef(raw: string): UserRef | string {
  const parts = raw.trim().split(':');
  const problem = `"${raw}" is not a user id: give a Slack user id (U012AB3CD), T012AB3CD:U012AB3CD, or playground:<uuid>`;
  if (parts.length > 2) return problem;
  const [teamPart, userPart] = parts.length === 2 ? parts : [null, parts[0]];
  const user = userPart ?? '';
  const team =
    teamPart === null ? null : teamPart.toLowerCase() === PLAYGROUND_TEAM ? PLAYGROUND_TEAM : teamPart;
  if (UUID.test(user.toLowerCase()) && (team === null || team === PLAYGROUND_TEAM)) {
    return { teamId: team, userId: user.toLowerCase() };
  }
  if (!SLACK_USER.test(user.toUpperCase())) return problem;
  if (team !== null && !SLACK_TEAM.test(team.toUpperCase())) return problem;
  return { teamId: team === null ? null : team.toUpperCase(), userId: user.toUpperCase() };
}

export function formatUserRef(ref: UserRef): string {
  return ref.teamId === null ? ref.userId : `${ref.teamId}:${ref.userId}`;
}

const run = (command: AdminCommand): ParsedArgs => ({ kind: 'run', run: command });
const usage = (message: string): ParsedArgs => ({ kind: 'usage', message });
const unknownCommand = (word: string) => `unknown command "${word}": use one of ${COMMANDS.join(', ')}`;

// --- help ---

const USER_HELP = `<user> is a Slack user id (U012AB3CD), searched in every workspace stored; T012AB3CD:U012AB3CD
names one person when the same id is stored under several workspaces; playground:<uuid> (or the bare
<uuid>) is a visitor of the local playground.`;

export const EXIT_CODE_HELP = `Exit codes:
  0  success (also: reset of someone with no open session, purge with nothing to remove)
  1  failure: storage error, unreadable record, bad DATABASE_URL/SESSION_TIMEOUT/RETENTION_DAYS,
     no database file at DATABASE_URL
  2  bad usage: unknown command or option, missing or invalid argument, or a user id stored under
     several workspaces (give T…:U…)
  3  user not found: nothing is stored for that user`;

const GENERAL_HELP = `Usage: ${INVOKE} <command> [arguments]

Looks after the conversations the bot keeps in DATABASE_URL (default sqlite://./data/bot.sqlite).
Safe while the bot is running: every change is a revision-checked write, redone if the bot wrote first.

Commands:
  list [--json]                        everyone stored: name, state, sessions, last activity (newest first)
  show <user> [--json]                 one person: state, then every session with its transcript
  export                               every stored record as JSON Lines on stdout (a backup)
  delete <user>                        deletes everything stored about the person
  reset <user>                         ends the person's open session; their next message starts anew
  purge --older-than <duration> [--dry-run]
                                       removes finished sessions, and people, inactive for <duration>
  help [<command>]                     this text, or one command in detail (also: <command> --help)

${USER_HELP}
Durations take a unit: 90s, 30m, 24h, 7d.

Settings (environment or .env), as the bot reads them:
  DATABASE_URL      the store (default sqlite://./data/bot.sqlite)
  SESSION_TIMEOUT   an open session idle longer than this shows as expired (default ${DEFAULT_SESSION_TIMEOUT})
  RETENTION_DAYS    the time-to-live of the records the admin rewrites (default ${DEFAULT_RETENTION_DAYS})
No Slack tokens are needed.

${EXIT_CODE_HELP}

Examples:
  ${INVOKE} list
  ${INVOKE} show U012AB3CD
  npm run admin --silent -- export > backup.jsonl
  ${INVOKE} purge --older-than 30d --dry-run`;

const COMMAND_HELP: Record<CommandName, string> = {
  list: `Usage: ${INVOKE} list [--json]

One line per person: workspace (team), user, name, state, stored sessions and last activity (UTC),
newest activity first. States: awaiting name, confirming name, answering (N left), confirming forget,
expired (open, but idle longer than SESSION_TIMEOUT), closed (no open session), unreadable (a corrupt
record: "delete" removes it). An empty store prints "No conversations stored.".
  --json   a JSON array instead, one object per person, for scripts.

Example:
  ${INVOKE} list --json`,
  show: `Usage: ${INVOKE} show <user> [--json]

Who the person is and where their conversation stands, then every stored session, oldest first (the
open one last): id, start and end, outcome, and the transcript, one turn per line:
  <time>  person|bot  <text>  [what the bot understood]
  --json   the same as one JSON object.

${USER_HELP}

Example:
  ${INVOKE} show T012AB3CD:U012AB3CD`,
  export: `Usage: ${INVOKE} export

Writes every stored person as one JSON object per line on stdout:
  {"team_id":"T…","user_id":"U…","record":{…}}
The record is stored data as is: the conversation, its transcripts and the ledger of Slack deliveries.
An unreadable record is written as {"team_id","user_id","record":null,"unreadable":true}. Nothing else
goes to stdout (the summary goes to stderr); use npm's --silent so npm adds nothing either.

Example:
  npm run admin --silent -- export > backup.jsonl`,
  delete: `Usage: ${INVOKE} delete <user>

Deletes everything stored about the person: their conversation, transcripts and delivery ledger, as
"forget me" does. Their next message starts as a stranger's. Also removes an unreadable record.

${USER_HELP}

Example:
  ${INVOKE} delete U012AB3CD`,
  reset: `Usage: ${INVOKE} reset <user>

Ends the person's open session (outcome "reset", or "expired" if it had already been idle longer than
SESSION_TIMEOUT). The transcript is kept; the next message starts a new session, and a person whose
name is known is welcomed back. Nothing to do (exit 0) when no session is open.

${USER_HELP}

Example:
  ${INVOKE} reset U012AB3CD`,
  purge: `Usage: ${INVOKE} purge --older-than <duration> [--dry-run]

Removes finished sessions that ended more than <duration> ago, and deletes people with no open session
whose last activity is more than <duration> ago. Prints what it removed. Unreadable records are left
alone (see "delete").
  --older-than <duration>   required, with a unit: 90s, 30m, 24h, 7d (a bare number is refused)
  --dry-run                 print what would be removed, change nothing

Example:
  ${INVOKE} purge --older-than 90d`,
};

export function helpText(topic: CommandName | null): string {
  const body = topic === null ? GENERAL_HELP : `${COMMAND_HELP[topic]}\n\n${EXIT_CODE_HELP}`;
  return `${body}\n`;
}
