// The whole command line in-process (runAdminCli, as main.ts calls it): help, usage errors, settings and
// storage problems, each with its exit code and one line on stderr.

import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { helpText } from '../../src/admin/args';
import { type AdminFixture, converse, createAdminFixture } from './admin-fixture';

let f: AdminFixture;

beforeEach(async () => {
  f = await createAdminFixture();
});

afterEach(async () => {
  await f.close();
});

describe('help', () => {
  it.each([[['--help']], [['-h']], [['help']]])(
    '%j prints the overview on stdout and exits 0',
    async (argv) => {
      expect(await f.admin(argv)).toEqual({ code: 0, stdout: helpText(null), stderr: '' });
    },
  );

  it.each([[['help', 'reset']], [['reset', '--help']], [['reset', 'U0456', '-h']]])(
    '%j explains one command',
    async (argv) => {
      expect(await f.admin(argv)).toEqual({ code: 0, stdout: helpText('reset'), stderr: '' });
    },
  );

  it('needs no database and no valid settings', async () => {
    const env = { DATABASE_URL: 'sqlite:///nowhere/at/all.sqlite', SESSION_TIMEOUT: 'soon' };
    expect((await f.admin(['--help'], env)).code).toBe(0);
    expect(existsSync('/nowhere/at/all.sqlite')).toBe(false);
  });
});

describe('bad usage exits 2 with one line on stderr and nothing on stdout', () => {
  it.each([
    [
      [],
      'admin: no command given: use one of list, show, export, delete, reset, purge ("npm run admin -- --help" lists them)',
    ],
    [
      ['remove', 'U0456'],
      'admin: unknown command "remove": use one of list, show, export, delete, reset, purge',
    ],
    [['show'], 'admin: show: which user? Example: npm run admin -- show U012AB3CD'],
    [
      ['list', '--verbose'],
      'admin: list: unknown option --verbose (it takes --json); "npm run admin -- help list" explains it',
    ],
    [
      ['delete', 'ana@example.com'],
      'admin: delete: "ana@example.com" is not a user id: give a Slack user id (U012AB3CD), T012AB3CD:U012AB3CD, or playground:<uuid>',
    ],
  ])('%j', async (argv, line) => {
    expect(await f.admin(argv)).toEqual({ code: 2, stdout: '', stderr: `${line}\n` });
  });
});

describe('settings and storage problems exit 1', () => {
  it('refuses a DATABASE_URL with no database file, rather than creating an empty one', async () => {
    const missing = join(f.dir, 'typo', 'bot.sqlite');
    const run = await f.admin(['list'], { DATABASE_URL: `sqlite://${missing}` });
    expect(run).toEqual({
      code: 1,
      stdout: '',
      stderr: `admin: no database file at ${missing} (DATABASE_URL sqlite://${missing}); is this the bot's DATABASE_URL?\n`,
    });
    expect(existsSync(missing)).toBe(false);
  });

  it('resolves a relative DATABASE_URL against the working directory', async () => {
    await converse(f, { teamId: 'T1', userId: 'UANA' }, 'Ana', 0);
    const run = await f.admin(['list'], { DATABASE_URL: 'sqlite://./bot.sqlite' });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('UANA');
  });

  it.each([
    [
      { SESSION_TIMEOUT: '30' },
      /^admin: SESSION_TIMEOUT must be a duration with a unit, such as 90s, 30m, 24h or 7d; got "30"\.\n$/,
    ],
    [{ RETENTION_DAYS: 'forever' }, /^admin: RETENTION_DAYS must be a whole number of days/],
    [
      { DATABASE_URL: 'mysql://db/bot' },
      /^admin: DATABASE_URL must look like sqlite:\/\/\.\/data\/bot\.sqlite/,
    ],
  ])('%j', async (env, message) => {
    const run = await f.admin(['list'], env);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
  });

  it('reports a file that is not a SQLite database', async () => {
    const notSqlite = join(f.dir, 'notes.txt');
    writeFileSync(notSqlite, 'these are not the conversations you are looking for\n'.repeat(100));
    const run = await f.admin(['list'], { DATABASE_URL: `sqlite://${notSqlite}` });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^admin: Could not open .*SQLite.*\n$/);
    expect(run.stderr.trimEnd()).not.toContain('\n');
  });
});
