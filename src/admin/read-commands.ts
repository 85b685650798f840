// The commands that only read: list, show and export. Each reads every record it needs once; a record
// the bot rewrites meanwhile is shown as it was when read.

import type { UserRef } from './args';
import type { AdminDeps, AdminIo } from './context';
import { byLastActivity, formatList, formatShow, listJson, showJson, summarise } from './format';
import { findPerson, readPeople } from './people';

export async function listPeople(deps: AdminDeps, io: AdminIo, json: boolean): Promise<void> {
  const timing = { now: deps.now(), sessionTimeoutMs: deps.sessionTimeoutMs };
  const rows = [];
  for await (const person of readPeople(deps.store)) rows.push(summarise(person, timing));
  rows.sort(byLastActivity);
  io.out(json ? listJson(rows) : formatList(rows));
}

export async function showPerson(deps: AdminDeps, io: AdminIo, user: UserRef, json: boolean): Promise<void> {
  const person = await findPerson(deps.store, user, deps.where);
  const timing = { now: deps.now(), sessionTimeoutMs: deps.sessionTimeoutMs };
  io.out(json ? showJson(person, timing) : formatShow(person, timing));
}

/** One JSON object per line on stdout and nothing else; the count goes to stderr. */
export async function exportAll(deps: AdminDeps, io: AdminIo): Promise<void> {
  let people = 0;
  let unreadable = 0;
  for await (const person of readPeople(deps.store)) {
    const ids = { team_id: person.id.teamId, user_id: person.id.userId };
    if (person.record === null) {
      unreadable += 1;
      const raw = person.data === undefined ? {} : { data: person.data };
      io.out(`${JSON.stringify({ ...ids, record: null, unreadable: true, ...raw })}\n`);
    } else {
      io.out(`${JSON.stringify({ ...ids, record: person.data })}\n`);
    }
    people += 1;
  }
  const note = unreadable > 0 ? ` (${unreadable} unreadable, exported with "record": null)` : '';
  io.err(`Exported ${people} ${people === 1 ? 'person' : 'people'}${note}.\n`);
}
