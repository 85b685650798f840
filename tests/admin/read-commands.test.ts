// list, show and export against a real SQLite file filled by real conversations.

import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { personKey } from '../../src/application/person-record';
import { type AdminFixture, converse, createAdminFixture, MINUTE } from './admin-fixture';

const ana = { teamId: 'T1', userId: 'UANA' };
const bo = { teamId: 'T1', userId: 'UBO' };
const cy = { teamId: 'T1', userId: 'UCY' };
const dee = { teamId: 'T2', userId: 'UDEE' };
const ed = { teamId: 'T1', userId: 'UED' };
const fay = { teamId: 'T1', userId: 'UFAY' };
const bad = { teamId: 'T2', userId: 'UBAD' };

let f: AdminFixture;

beforeEach(async () => {
  f = await createAdminFixture();
});

afterEach(async () => {
  await f.close();
});

/** One person in every state a list can show. */
async function fillEveryState(): Promise<void> {
  await converse(f, ed, 'Ed', 0);
  f.clock.now += 31 * MINUTE; // Ed's open session is now idle longer than SESSION_TIMEOUT (30m)
  await converse(f, cy, 'Cy', 3);
  await converse(f, fay, 'Fay', 3);
  await f.say(fay, 'restart');
  await f.say(fay, 'hope'); // a guess to confirm: "Did you mean *Hope*?"
  await f.say(dee, 'hi');
  await f.say(dee, 'forget me');
  await f.say(bo, 'hi');
  await converse(f, ana, 'Ana Lima', 1);
  await f.store.write(personKey(bad), { v: 99 }, undefined, 60_000);
}

describe('list', () => {
  it('says so when nothing is stored, and exits 0', async () => {
    expect(await f.admin(['list'])).toEqual({ code: 0, stdout: 'No conversations stored.\n', stderr: '' });
    expect(await f.admin(['list', '--json'])).toEqual({ code: 0, stdout: '[]\n', stderr: '' });
  });

  it('shows everyone with their state, newest activity first, unreadable records included', async () => {
    await fillEveryState();
    const run = await f.admin(['list']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(
      [
        'TEAM  USER  NAME      STATE               SESSIONS  LAST ACTIVITY (UTC)',
        'T1    UANA  Ana Lima  answering (2 left)         1  2026-03-01T09:51:00Z',
        'T1    UBO   -         awaiting name              1  2026-03-01T09:48:00Z',
        'T2    UDEE  -         confirming forget          1  2026-03-01T09:47:00Z',
        'T1    UFAY  Fay       confirming name            2  2026-03-01T09:45:00Z',
        'T1    UCY   Cy        closed                     1  2026-03-01T09:38:00Z',
        'T1    UED   Ed        expired                    1  2026-03-01T09:02:00Z',
        'T2    UBAD  -         unreadable                 0  -',
        '',
      ].join('\n'),
    );
  });

  it('gives the same as JSON for scripts', async () => {
    await fillEveryState();
    const run = await f.admin(['list', '--json']);
    expect(run.code).toBe(0);
    const rows = JSON.parse(run.stdout) as Record<string, unknown>[];
    expect(rows.map((r) => [r.user_id, r.state, r.questions_left])).toEqual([
      ['UANA', 'answering', 2],
      ['UBO', 'awaiting_name', null],
      ['UDEE', 'confirming_forget', null],
      ['UFAY', 'confirming_name', null],
      ['UCY', 'closed', null],
      ['UED', 'expired', null],
      ['UBAD', 'unreadable', null],
    ]);
    expect(rows[0]).toEqual({
      team_id: 'T1',
      user_id: 'UANA',
      name: 'Ana Lima',
      state: 'answering',
      questions_left: 2,
      sessions: 1,
      last_activity: '2026-03-01T09:51:00.000Z',
    });
  });

  it('neutralises control characters in names, so a name cannot rewrite the terminal', async () => {
    await f.say(ana, 'hi');
    await f.say(ana, 'my name is Ana');
    const [row] = JSON.parse((await f.admin(['list', '--json'])).stdout) as { name: string }[];
    expect(row?.name).toBe('Ana');
    const key = personKey(ana);
    const stored = await f.store.read(key);
    const record = stored?.data as { conversation: { knownName: string } };
    record.conversation.knownName = 'Ana\u001b[2J\u202eX';
    await f.store.write(key, record, stored?.revision, 60_000);
    const text = (await f.admin(['list'])).stdout;
    expect(text).not.toContain('\u001b');
    expect(text).not.toContain('\u202e');
    expect(text).toContain('Ana\uFFFD[2J\uFFFDX');
  });
});

describe('show', () => {
  it('prints who, where they stand, then each session oldest first with its transcript', async () => {
    await converse(f, fay, 'Fay', 3);
    await f.say(fay, 'hello again');
    await f.say(fay, 'what is the meaning of life?');
    const run = await f.admin(['show', 'UFAY']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(
      [
        'Person         T1:UFAY',
        'Name           Fay',
        'State          answering (2 left)',
        'Last activity  2026-03-01T09:07:00Z',
        'Sessions       2 stored, 2 started (oldest first)',
        '',
        'Session 1  completed  2026-03-01T09:01:00Z to 2026-03-01T09:05:00Z  as Fay',
        '  2026-03-01T09:01:00Z  person  hi  [acts:greeting]',
        "  2026-03-01T09:01:00Z  bot     Hi! I'm *Quillon*, a small chat bot. You can ask me up to 3 questions: my name, my age or my hobby. Say *help* any time. What's your name?",
        '  2026-03-01T09:02:00Z  person  my name is Fay  [name:Fay]',
        '  2026-03-01T09:02:00Z  bot     Nice to meet you, *Fay*! What would you like to know: my name, my age or my hobby? You have 3 questions.',
        '  2026-03-01T09:03:00Z  person  how old are you?  [questions:age]',
        "  2026-03-01T09:03:00Z  bot     I'm 5 years old. You have 2 questions left.",
        '  2026-03-01T09:04:00Z  person  what is your name?  [questions:name]',
        '  2026-03-01T09:04:00Z  bot     My name is *Quillon*. You have 1 question left.',
        '  2026-03-01T09:05:00Z  person  what is your hobby?  [questions:hobby]',
        '  2026-03-01T09:05:00Z  bot     My hobby is collecting odd words. That was your last question. Goodbye, *Fay*! 👋 Message me any time to start again.',
        '',
        'Session 2  open: answering (2 left)  started 2026-03-01T09:06:00Z, last active 2026-03-01T09:07:00Z',
        '  2026-03-01T09:06:00Z  person  hello again  [acts:greeting]',
        '  2026-03-01T09:06:00Z  bot     New chat, *Fay*! You have 3 questions left: my name, my age or my hobby.',
        '  2026-03-01T09:07:00Z  person  what is the meaning of life?  [questions:other]',
        '  2026-03-01T09:07:00Z  bot     Ask me something else! You have 2 questions left.',
        '',
      ].join('\n'),
    );
  });

  it('gives the same as JSON', async () => {
    await converse(f, ana, 'Ana', 3);
    await f.say(ana, 'hi');
    const run = await f.admin(['show', 'T1:UANA', '--json']);
    expect(run.code).toBe(0);
    const shown = JSON.parse(run.stdout) as {
      state: string;
      sessions_started: number;
      sessions: { id: number; open: boolean; outcome: string | null; turns: unknown[] }[];
    };
    expect(shown).toMatchObject({ team_id: 'T1', user_id: 'UANA', name: 'Ana', state: 'answering' });
    expect(shown.sessions_started).toBe(2);
    expect(shown.sessions.map((s) => [s.id, s.open, s.outcome, s.turns.length])).toEqual([
      [1, false, 'completed', 10],
      [2, true, null, 2],
    ]);
    expect(shown.sessions[0]?.turns[2]).toEqual({
      at: '2026-03-01T09:02:00.000Z',
      from: 'person',
      text: 'my name is Ana',
      understood: 'name:Ana',
    });
  });

  it('marks an open session that has been idle longer than SESSION_TIMEOUT as expired', async () => {
    await converse(f, ana, 'Ana', 1);
    f.clock.now += 31 * MINUTE;
    const text = (await f.admin(['show', 'UANA'])).stdout;
    expect(text).toContain('State          expired\n');
    expect(text).toContain('Session 1  open: expired (idle longer than SESSION_TIMEOUT)  started');
    expect((await f.admin(['show', 'UANA'], { SESSION_TIMEOUT: '1h' })).stdout).toContain(
      'State          answering (2 left)\n',
    );
  });

  it('finds a playground visitor by uuid', async () => {
    const visitor = { teamId: 'playground', userId: '7d0c6a1e-5b1f-4c2a-9d3e-0a1b2c3d4e5f' };
    await f.say(visitor, 'hello');
    for (const ref of [
      '7d0c6a1e-5b1f-4c2a-9d3e-0a1b2c3d4e5f',
      'playground:7D0C6A1E-5B1F-4C2A-9D3E-0A1B2C3D4E5F',
    ]) {
      const run = await f.admin(['show', ref]);
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/^Person {9}playground:7d0c6a1e-5b1f-4c2a-9d3e-0a1b2c3d4e5f\n/);
    }
  });

  it('reports an unreadable record and how to remove it', async () => {
    await f.store.write(personKey(bad), { v: 99 }, undefined, 60_000);
    const run = await f.admin(['show', 'UBAD']);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      [
        'Person         T2:UBAD',
        'State          unreadable: the stored record is corrupt or from an unknown version',
        '               ("npm run admin -- delete T2:UBAD" removes it)',
        '',
      ].join('\n'),
    );
    expect(JSON.parse((await f.admin(['show', 'UBAD', '--json'])).stdout)).toMatchObject({
      state: 'unreadable',
      sessions: [],
    });
  });

  it('exits 3 with one clear line for an unknown user', async () => {
    await converse(f, ana, 'Ana', 0);
    for (const ref of ['UNOBODY', 'T9:UANA']) {
      const run = await f.admin(['show', ref]);
      expect(run).toEqual({
        code: 3,
        stdout: '',
        stderr: `admin: no conversation stored for ${ref} (DATABASE_URL ${f.databaseUrl})\n`,
      });
    }
  });

  it('exits 2 and lists the choices when the user id is stored under several workspaces', async () => {
    await converse(f, ana, 'Ana', 0);
    await converse(f, { teamId: 'T2', userId: 'UANA' }, 'Anna', 0);
    const run = await f.admin(['show', 'UANA']);
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr: 'admin: UANA is stored under several workspaces; name one of them: T1:UANA, T2:UANA\n',
    });
    expect((await f.admin(['show', 'T2:UANA'])).stdout).toContain('Name           Anna\n');
  });
});

describe('export', () => {
  it('writes every record as one JSON object per line on stdout, and nothing else', async () => {
    await fillEveryState();
    const run = await f.admin(['export']);
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(7);
    const objects = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(objects.map((o) => `${o.team_id}:${o.user_id}`).sort()).toEqual(
      ['T1:UANA', 'T1:UBO', 'T1:UCY', 'T1:UED', 'T1:UFAY', 'T2:UBAD', 'T2:UDEE'].sort(),
    );
    for (const o of objects) expect(Object.keys(o).slice(0, 3)).toEqual(['team_id', 'user_id', 'record']);
    // The record exactly as stored: the conversation, transcripts and the delivery ledger.
    const exported = objects.find((o) => o.user_id === 'UANA')?.record;
    expect(exported).toEqual((await f.store.read(personKey(ana)))?.data);
    expect(exported).toMatchObject({
      v: 1,
      conversation: { knownName: 'Ana Lima' },
      ledger: expect.any(Array),
    });
    expect(objects.find((o) => o.user_id === 'UBAD')).toEqual({
      team_id: 'T2',
      user_id: 'UBAD',
      record: null,
      unreadable: true,
      data: { v: 99 },
    });
    expect(run.stderr).toBe('Exported 7 people (1 unreadable, exported with "record": null).\n');
  });

  it('writes nothing to stdout for an empty store', async () => {
    expect(await f.admin(['export'])).toEqual({ code: 0, stdout: '', stderr: 'Exported 0 people.\n' });
  });

  it('includes a row that is not even JSON, so a backup misses nobody', async () => {
    await converse(f, ana, 'Ana', 0);
    await f.sql(`INSERT INTO keyv (key, value) VALUES ('bot:person:T3:UJUNK', '{not json')`);
    const run = await f.admin(['export']);
    expect(run.code).toBe(0);
    const junk = run.stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>)
      .find((o) => o.user_id === 'UJUNK');
    expect(junk).toEqual({ team_id: 'T3', user_id: 'UJUNK', record: null, unreadable: true });
    expect((await f.admin(['list'])).stdout).toMatch(/^T3 +UJUNK +- +unreadable +0 +-$/m);
  });
});
