// delete, reset and purge against a real SQLite file, including writes that race the bot's own.

import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import type { AdminCommand } from '../../src/admin/args';
import type { AdminDeps } from '../../src/admin/context';
import { AdminError } from '../../src/admin/errors';
import { runCommand } from '../../src/admin/run';
import { MAX_ATTEMPTS } from '../../src/admin/write-commands';
import { type PersonRecord, personKey } from '../../src/application/person-record';
import type { ConversationStore } from '../../src/application/ports';
import { type AdminFixture, converse, createAdminFixture, DAY, MINUTE } from './admin-fixture';

const ana = { teamId: 'T1', userId: 'UANA' };
const bo = { teamId: 'T1', userId: 'UBO' };

let f: AdminFixture;

beforeEach(async () => {
  f = await createAdminFixture();
});

afterEach(async () => {
  await f.close();
});

async function recordOf(person: typeof ana): Promise<PersonRecord | undefined> {
  return (await f.store.read(personKey(person)))?.data as PersonRecord | undefined;
}

/** Runs a command in-process over `store` (a wrapper that lets the bot write at the worst moment). */
async function runOver(store: ConversationStore, command: AdminCommand) {
  let stdout = '';
  const deps: AdminDeps = {
    store,
    now: () => f.clock.now,
    sessionTimeoutMs: 30 * MINUTE,
    retentionMs: 365 * DAY,
    where: f.databaseUrl,
  };
  await runCommand(command, deps, { out: (t) => (stdout += t), err: () => {} });
  return stdout;
}

/** The store, except that `beforeWrite` runs before each of the admin's writes. */
function racing(beforeWrite: (attempt: number) => Promise<void>): ConversationStore & { writes: number } {
  const wrapper = {
    ...f.store,
    writes: 0,
    async write(key: string, data: unknown, expected: number | undefined, ttlMs: number) {
      wrapper.writes += 1;
      await beforeWrite(wrapper.writes);
      return f.store.write(key, data, expected, ttlMs);
    },
  };
  return wrapper;
}

describe('delete', () => {
  it('deletes everything stored about the person; they start again as a stranger', async () => {
    await converse(f, ana, 'Ana', 3);
    await converse(f, bo, 'Bo', 1);
    expect(await f.admin(['delete', 'UANA'])).toEqual({
      code: 0,
      stdout: 'Deleted everything stored about T1:UANA.\n',
      stderr: '',
    });
    expect(await f.store.read(personKey(ana))).toBeUndefined();
    expect(await f.sql(`SELECT key FROM keyv WHERE key LIKE '%UANA%'`)).toEqual([]);
    expect((await f.admin(['show', 'UANA'])).code).toBe(3);
    expect((await f.admin(['show', 'UBO'])).code).toBe(0);
    expect(await f.say(ana, 'hi')).toMatch(/^Hi! I'm \*Quillon\*, a small chat bot\..* What's your name\?$/);
  });

  it('exits 3 for an unknown user and 2 for an ambiguous one, deleting nothing', async () => {
    await converse(f, ana, 'Ana', 0);
    await converse(f, { teamId: 'T2', userId: 'UANA' }, 'Anna', 0);
    expect(await f.admin(['delete', 'UNOBODY'])).toMatchObject({
      code: 3,
      stderr: `admin: no conversation stored for UNOBODY (DATABASE_URL ${f.databaseUrl})\n`,
    });
    expect(await f.admin(['delete', 'UANA'])).toMatchObject({ code: 2, stdout: '' });
    expect(await f.store.read(personKey(ana))).toBeDefined();
    expect((await f.admin(['delete', 'T2:UANA'])).code).toBe(0);
    expect((await f.admin(['delete', 'UANA'])).code).toBe(0);
    expect((await f.admin(['list'])).stdout).toBe('No conversations stored.\n');
  });

  it('removes an unreadable record, even one that is not JSON', async () => {
    await f.sql(`INSERT INTO keyv (key, value) VALUES ('bot:person:T3:UJUNK', '{not json')`);
    await f.store.write(personKey({ teamId: 'T3', userId: 'UOLDV' }), { v: 99 }, undefined, 60_000);
    expect((await f.admin(['delete', 'UJUNK'])).code).toBe(0);
    expect((await f.admin(['delete', 'T3:UOLDV'])).code).toBe(0);
    expect(await f.sql('SELECT key FROM keyv')).toEqual([]);
  });
});

describe('reset', () => {
  it('ends the open session with outcome reset, keeping its transcript and the ledger', async () => {
    await converse(f, ana, 'Ana', 1);
    const before = await recordOf(ana);
    expect(await f.admin(['reset', 'UANA'])).toEqual({
      code: 0,
      stdout: 'Ended session 1 of T1:UANA: outcome reset. Their next message starts a new session.\n',
      stderr: '',
    });
    const after = await recordOf(ana);
    expect(after?.conversation.session).toBeNull();
    expect(after?.conversation.history).toEqual([
      {
        id: 1,
        startedAt: before?.conversation.session?.startedAt,
        endedAt: f.clock.now,
        outcome: 'reset',
        name: 'Ana',
        turns: before?.conversation.session?.turns,
      },
    ]);
    expect(after?.ledger).toEqual(before?.ledger);
    expect((await f.admin(['show', 'UANA'])).stdout).toMatch(
      /^Session 1 {2}reset {2}2026-03-01T09:01:00Z to /m,
    );
  });

  it('makes the next message start a new session: welcome back by name, or the name question', async () => {
    await converse(f, ana, 'Ana', 2);
    await f.say(bo, 'hi');
    expect((await f.admin(['reset', 'UANA'])).code).toBe(0);
    expect((await f.admin(['reset', 'UBO'])).code).toBe(0);
    expect(await f.say(ana, 'how old are you?')).toBe(
      "Welcome back, *Ana*! 👋 I'm 5 years old. You have 2 questions left.",
    );
    expect(await f.say(bo, 'hello')).toMatch(
      /^Hi! I'm \*Quillon\*, a small chat bot\..* (What's your name|What should I call you)\?$/,
    );
    expect((await recordOf(ana))?.conversation.sessionCount).toBe(2);
  });

  it('records a session already idle longer than SESSION_TIMEOUT as expired', async () => {
    await converse(f, ana, 'Ana', 1);
    const lastActive = f.clock.now;
    f.clock.now += 2 * 60 * MINUTE;
    expect((await f.admin(['reset', 'UANA'])).stdout).toBe(
      'Ended session 1 of T1:UANA: outcome expired (it had been idle longer than SESSION_TIMEOUT). Their next message starts a new session.\n',
    );
    expect((await recordOf(ana))?.conversation.history.at(-1)).toMatchObject({
      outcome: 'expired',
      endedAt: lastActive + 30 * MINUTE,
    });
  });

  it('does nothing, successfully, when no session is open', async () => {
    await converse(f, ana, 'Ana', 3);
    const before = await f.store.read(personKey(ana));
    expect(await f.admin(['reset', 'UANA'])).toEqual({
      code: 0,
      stdout: 'T1:UANA has no open session; nothing to reset.\n',
      stderr: '',
    });
    expect(await f.store.read(personKey(ana))).toEqual(before);
  });

  it('exits 3 for an unknown user and 1 for an unreadable record, which it leaves alone', async () => {
    expect((await f.admin(['reset', 'UNOBODY'])).code).toBe(3);
    await f.store.write(personKey(bo), { v: 99 }, undefined, 60_000);
    expect(await f.admin(['reset', 'UBO'])).toEqual({
      code: 1,
      stdout: '',
      stderr:
        'admin: the record of T1:UBO is unreadable (corrupt or from an unknown version); "delete T1:UBO" removes it\n',
    });
    expect((await f.store.read(personKey(bo)))?.data).toEqual({ v: 99 });
  });

  it('redoes the reset when the bot wrote in between, losing neither write', async () => {
    await converse(f, ana, 'Ana', 1);
    const store = racing(async (attempt) => {
      if (attempt === 1) await f.say(ana, 'what is your hobby?'); // the bot saves right after our read
    });
    expect(await runOver(store, { command: 'reset', user: { teamId: null, userId: 'UANA' } })).toMatch(
      /^Ended session 1 of T1:UANA: outcome reset\./,
    );
    expect(store.writes).toBe(2);
    const record = await recordOf(ana);
    expect(record?.conversation.session).toBeNull();
    const ended = record?.conversation.history.at(-1);
    expect(ended?.outcome).toBe('reset');
    expect(ended?.turns.slice(-2).map((t) => t.text)).toEqual([
      'what is your hobby?',
      'My hobby is collecting odd words. You have 1 question left.',
    ]);
    expect(record?.ledger).toHaveLength(4);
  });

  it(`gives up with exit 1 after ${MAX_ATTEMPTS} conflicts in a row`, async () => {
    await converse(f, ana, 'Ana', 0);
    const store = racing(async () => {
      await f.say(ana, 'thanks!');
    });
    const failure = runOver(store, { command: 'reset', user: { teamId: null, userId: 'UANA' } });
    await expect(failure).rejects.toThrow(AdminError);
    await expect(failure).rejects.toMatchObject({
      exitCode: 1,
      message: `T1:UANA kept changing while the admin tried to write (${MAX_ATTEMPTS} attempts); try again`,
    });
    expect((await recordOf(ana))?.conversation.session).not.toBeNull();
  });
});

describe('purge', () => {
  const old = { teamId: 'T1', userId: 'UOLD' };
  const mixed = { teamId: 'T1', userId: 'UMIX' };
  const fresh = { teamId: 'T1', userId: 'UNEW' };
  const idle = { teamId: 'T1', userId: 'UIDLE' };

  /** Day 0: three conversations; day 10: two people come back or arrive. */
  async function fillTenDays(): Promise<void> {
    await converse(f, old, 'Olga', 3); // ends 09:05
    await converse(f, mixed, 'Max', 3); // ends 09:10
    await converse(f, idle, 'Ida', 0); // open, last active 09:12, never closed
    await f.store.write(personKey({ teamId: 'T1', userId: 'UBAD' }), { v: 99 }, undefined, 60_000);
    f.clock.now += 10 * DAY;
    await f.say(mixed, 'hello again');
    await converse(f, fresh, 'Nell', 3);
  }

  it('removes sessions that ended before the cutoff and people inactive since, with counts', async () => {
    await fillTenDays();
    const run = await f.admin(['purge', '--older-than', '7d']);
    expect(run).toEqual({
      code: 0,
      stdout: [
        'Removed 1 old session of T1:UMIX',
        'Deleted T1:UOLD (last activity 2026-03-01T09:05:00Z)',
        'Purged older than 7d (before 2026-03-04T09:18:00Z): deleted 1 person and removed 1 old session from 1 other person; 1 unreadable record left alone (see "delete").',
        '',
      ].join('\n'),
      stderr: '',
    });
    expect(await f.store.read(personKey(old))).toBeUndefined();
    expect(await f.sql(`SELECT key FROM keyv WHERE key LIKE '%UOLD%'`)).toEqual([]); // swept, not just hidden
    const max = await recordOf(mixed);
    expect(max?.conversation.history).toEqual([]);
    expect(max?.conversation.session?.turns.map((t) => t.text)).toEqual([
      'hello again',
      'Welcome back, *Max*! 👋 You have 3 questions left: my name, my age or my hobby.',
    ]);
    expect(max?.conversation.knownName).toBe('Max');
    expect((await recordOf(fresh))?.conversation.history).toHaveLength(1);
    expect((await recordOf(idle))?.conversation.session).not.toBeNull(); // an open session is never purged
    expect((await f.store.read(personKey({ teamId: 'T1', userId: 'UBAD' })))?.data).toEqual({ v: 99 });
    expect((await f.admin(['purge', '--older-than', '7d'])).stdout).toMatch(
      /^Purged older than 7d .*: deleted 0 people and removed 0 old sessions from 0 other people; 1 unreadable/,
    );
  });

  it('changes nothing with --dry-run, and says what it would do', async () => {
    await fillTenDays();
    const before = (await f.admin(['export'])).stdout;
    const run = await f.admin(['purge', '--older-than', '7d', '--dry-run']);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      [
        'Would remove 1 old session of T1:UMIX',
        'Would delete T1:UOLD (last activity 2026-03-01T09:05:00Z)',
        'Dry run, nothing changed: purging older than 7d (before 2026-03-04T09:18:00Z) would delete 1 person and remove 1 old session from 1 other person; 1 unreadable record left alone (see "delete").',
        '',
      ].join('\n'),
    );
    expect((await f.admin(['export'])).stdout).toBe(before);
  });

  it('keeps what ended exactly at the cutoff, and removes what ended a second before it', async () => {
    await converse(f, old, 'Olga', 3);
    const ended = f.clock.now;
    f.clock.now = ended + 600_000;
    expect((await f.admin(['purge', '--older-than', '600s'])).stdout).toMatch(/deleted 0 people/);
    expect(await f.store.read(personKey(old))).toBeDefined();
    expect((await f.admin(['purge', '--older-than', '599s'])).stdout).toMatch(/deleted 1 person/);
    expect(await f.store.read(personKey(old))).toBeUndefined();
  });

  it('refuses a duration without a unit (exit 2), touching nothing', async () => {
    await converse(f, old, 'Olga', 3);
    f.clock.now += 10 * DAY;
    expect(await f.admin(['purge', '--older-than', '7'])).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'admin: purge: --older-than must be a duration with a unit, such as 90s, 30m, 24h or 7d; got "7".\n',
    });
    expect(await f.store.read(personKey(old))).toBeDefined();
  });

  it('does not delete someone who wrote to the bot while the purge was deciding', async () => {
    await converse(f, old, 'Olga', 3);
    f.clock.now += 10 * DAY;
    const store = racing(async (attempt) => {
      if (attempt === 1) await f.say(old, 'hi again');
    });
    const out = await runOver(store, {
      command: 'purge',
      olderThanMs: 7 * DAY,
      olderThan: '7d',
      dryRun: false,
    });
    expect(out).toMatch(/^Removed 1 old session of T1:UOLD\n.*deleted 0 people and removed 1 old session/);
    const record = await recordOf(old);
    expect(record?.conversation.session?.turns[0]?.text).toBe('hi again');
    expect(record?.conversation.knownName).toBe('Olga');
  });
});
