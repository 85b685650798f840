// The admin command line: every command, every way to ask for help, and every mistake a person makes.

import { describe, expect, it } from '@jest/globals';
import { COMMANDS, helpText, parseArgs, parseUserRef } from '../../src/admin/args';

describe('parseArgs: commands', () => {
  it.each([
    [['list'], { command: 'list', json: false }],
    [['list', '--json'], { command: 'list', json: true }],
    [['show', 'U0456'], { command: 'show', user: { teamId: null, userId: 'U0456' }, json: false }],
    [
      ['show', '--json', 'T0123:U0456'],
      { command: 'show', user: { teamId: 'T0123', userId: 'U0456' }, json: true },
    ],
    [['export'], { command: 'export' }],
    [['delete', 'U0456'], { command: 'delete', user: { teamId: null, userId: 'U0456' } }],
    [['reset', 'T0123:U0456'], { command: 'reset', user: { teamId: 'T0123', userId: 'U0456' } }],
    [
      ['purge', '--older-than', '30d'],
      { command: 'purge', olderThanMs: 30 * 86_400_000, olderThan: '30d', dryRun: false },
    ],
    [
      ['purge', '--older-than=90s', '--dry-run'],
      { command: 'purge', olderThanMs: 90_000, olderThan: '90s', dryRun: true },
    ],
    [
      ['purge', '--dry-run', '--older-than', '24h'],
      { command: 'purge', olderThanMs: 86_400_000, olderThan: '24h', dryRun: true },
    ],
  ])('%j', (argv, run) => {
    expect(parseArgs(argv)).toEqual({ kind: 'run', run });
  });
});

describe('parseArgs: help', () => {
  it.each([
    [['--help'], null],
    [['-h'], null],
    [['help'], null],
    [['help', 'purge'], 'purge'],
    [['--help', 'show'], 'show'],
    [['purge', '--help'], 'purge'],
    [['show', 'U0456', '-h'], 'show'],
    [['list', '--json', '--help'], 'list'],
    [['delete', 'not a user', '--help'], 'delete'],
  ])('%j', (argv, topic) => {
    expect(parseArgs(argv)).toEqual({ kind: 'help', topic });
  });
});

describe('parseArgs: mistakes are usage errors with a one-line message', () => {
  it.each([
    [[], /^no command given: use one of list, show, export, delete, reset, purge/],
    [['lst'], /^unknown command "lst": use one of list, show/],
    [['help', 'lst'], /^unknown command "lst"/],
    [['list', '--all'], /^list: unknown option --all \(it takes --json\)/],
    [['export', '--json'], /^export: unknown option --json; "npm run admin -- help export" explains it/],
    [['list', 'U0456'], /^list: unexpected argument "U0456"/],
    [['show'], /^show: which user\? Example: npm run admin -- show U012AB3CD/],
    [['delete'], /^delete: which user\?/],
    [['reset', 'U0456', 'U0789'], /^reset: unexpected argument "U0789" \(one user at a time\)/],
    [
      ['show', 'bob'],
      /^show: "bob" is not a user id: give a Slack user id \(U012AB3CD\), T012AB3CD:U012AB3CD/,
    ],
    [['reset', 'T1:U2:U3'], /is not a user id/],
    [['purge'], /^purge: --older-than <duration> is required, such as 30d/],
    [['purge', '--older-than'], /^purge: --older-than needs a duration/],
    [
      ['purge', '--older-than', '7'],
      /^purge: --older-than must be a duration with a unit, such as 90s, 30m, 24h or 7d; got "7"\./,
    ],
    [['purge', '--older-than', '7 weeks'], /got "7 weeks"/],
    [['purge', '--older-than', '0d'], /must be longer than zero/],
    [['purge', '--older-than', '7d', 'now'], /^purge: unexpected argument "now"/],
  ])('%j', (argv, message) => {
    const parsed = parseArgs(argv);
    expect(parsed.kind).toBe('usage');
    if (parsed.kind !== 'usage') return;
    expect(parsed.message).toMatch(message);
    expect(parsed.message).not.toContain('\n');
  });
});

describe('parseUserRef', () => {
  it.each([
    ['U0456', { teamId: null, userId: 'U0456' }],
    ['u0456', { teamId: null, userId: 'U0456' }],
    ['W0456ABC', { teamId: null, userId: 'W0456ABC' }],
    ['T0123:U0456', { teamId: 'T0123', userId: 'U0456' }],
    ['T1:U2', { teamId: 'T1', userId: 'U2' }],
    ['E0123:W0456', { teamId: 'E0123', userId: 'W0456' }],
    [' t0123:u0456 ', { teamId: 'T0123', userId: 'U0456' }],
    [
      'playground:7D0C6A1E-5B1F-4C2A-9D3E-0A1B2C3D4E5F',
      { teamId: 'playground', userId: '7d0c6a1e-5b1f-4c2a-9d3e-0a1b2c3d4e5f' },
    ],
    [
      '7d0c6a1e-5b1f-4c2a-9d3e-0a1b2c3d4e5f',
      { teamId: null, userId: '7d0c6a1e-5b1f-4c2a-9d3e-0a1b2c3d4e5f' },
    ],
  ])('accepts %j', (raw, ref) => {
    expect(parseUserRef(raw)).toEqual(ref);
  });

  it.each([
    'bob',
    'U',
    'C0123ABC',
    'T0123:',
    ':U0456',
    'T0123:U0456:X',
    'X0123:U0456',
    'playground:U0456',
    'T0123:7d0c6a1e-5b1f-4c2a-9d3e-0a1b2c3d4e5f',
    'U04 56',
    '',
  ])('rejects %j', (raw) => {
    expect(parseUserRef(raw)).toEqual(expect.stringContaining('is not a user id'));
  });
});

describe('help text', () => {
  it('explains every command, the user forms, durations and the exit codes', () => {
    const text = helpText(null);
    for (const command of COMMANDS) expect(text).toMatch(new RegExp(`^  ${command}\\b`, 'm'));
    expect(text).toContain('T012AB3CD:U012AB3CD');
    expect(text).toContain('90s, 30m, 24h, 7d');
    expect(text).toMatch(/^ {2}0 {2}success/m);
    expect(text).toMatch(/^ {2}1 {2}failure/m);
    expect(text).toMatch(/^ {2}2 {2}bad usage/m);
    expect(text).toMatch(/^ {2}3 {2}user not found/m);
    expect(text).toContain('npm run admin --silent -- export > backup.jsonl');
  });

  it.each(COMMANDS)('explains %s with its usage, an example and the exit codes', (command) => {
    const text = helpText(command);
    expect(text).toMatch(new RegExp(`^Usage: npm run admin -- ${command}\\b`));
    expect(text).toMatch(/Example:\n {2}.*npm run admin/);
    expect(text).toContain('Exit codes:');
  });

  it('keeps every line within 110 columns', () => {
    for (const topic of [null, ...COMMANDS]) {
      for (const line of helpText(topic).split('\n')) expect([...line].length).toBeLessThanOrEqual(110);
    }
  });
});
