// Fills a bot database with people it has already talked to, through the store's own API, for the scale
// run. Each record is made the way the bot makes it: the real conversation engine steps through one to
// three past sessions (hello, a name or a welcome back, three questions), and the delivery ledger
// is kept as the conversation service keeps it. Only the clock is moved: sessions lie in the last 20 days.

import { randomUUID } from 'node:crypto';
import { dmChannelIdFor } from '../slack-stand-in';
import {
  EMPTY_RECORD,
  markSent,
  type PersonRecord,
  parsePersonRecord,
  personKey,
  withDelivery,
} from '../src/application/person-record';
import { DEFAULT_RETENTION_DAYS } from '../src/config';
import { type ConversationSettings, expectationOf, step } from '../src/conversation/engine';
import type { Expectation, Interpretation } from '../src/conversation/interpretation';
import { interpreter } from '../src/nlu';
import { loadPersonaFile } from '../src/persona-file';
import { parseDatabaseUrl } from '../src/store/database-url';
import { openStore } from '../src/store/open-store';
import { REPO_ROOT } from './apps';
import { makeConversations, prng, userIdFor } from './load';
import { nowMs } from './measure';

const DAY_MS = 86_400_000;
const RETENTION_MS = DEFAULT_RETENTION_DAYS * DAY_MS;
/** Writes in flight at once (the SQLite adapter runs them one after another on its connection). */
const WRITE_BATCH = 256;
/** Distinct scripts; people reuse them with their own ids and times. */
const SCRIPTS = 500;

const silentLogger = { debug() {}, info() {}, warn() {}, error() {} };

export interface SeedResult {
  readonly people: number;
  readonly ms: number;
  /** Mean size of one stored record (JSON), bytes. */
  readonly meanRecordBytes: number;
}

/** Seeded people are `US…`; the load's people are other prefixes, so they are all new to the bot. */
export const SEED_PREFIX = 'S';

export async function seedStore(databasePath: string, people: number, teamId: string): Promise<SeedResult> {
  const started = nowMs();
  const location = parseDatabaseUrl(`sqlite://${databasePath}`, REPO_ROOT);
  if (typeof location === 'string') throw new Error(location);
  const settings: ConversationSettings = {
    persona: loadPersonaFile('persona.json', REPO_ROOT),
    sessionTimeoutMs: 30 * 60_000,
    retentionMs: RETENTION_MS,
  };
  const scripts = makeConversations('X', SCRIPTS, 7);
  const understood = new Map<string, Interpretation>();
  const interpret = interpreter();
  const understand = (text: string, expecting: Expectation): Interpretation => {
    let found = understood.get(`${expecting}:${text}`);
    if (!found) {
      found = interpret(text, { expecting, botName: settings.persona.name });
      understood.set(`${expecting}:${text}`, found);
    }
    return found;
  };

  const random = prng(42);
  const now = Date.now();
  const store = await openStore(location, silentLogger);
  let bytes = 0;
  try {
    for (let first = 0; first < people; first += WRITE_BATCH) {
      const writes: Promise<number | null>[] = [];
      for (let i = first; i < Math.min(people, first + WRITE_BATCH); i += 1) {
        const userId = userIdFor(SEED_PREFIX, i);
        const record = pastConversations(userId, i, random, now, settings, scripts, understand);
        if (i === 0 && parsePersonRecord(JSON.parse(JSON.stringify(record))) === null) {
          throw new Error('The seeded record is not one the bot can read: bench/seed.ts is out of date');
        }
        bytes += JSON.stringify(record).length;
        writes.push(store.write(personKey({ teamId, userId }), record, undefined, RETENTION_MS));
      }
      const results = await Promise.all(writes);
      if (results.some((r) => r === null)) throw new Error('A seeded person already existed');
    }
  } finally {
    await store.close();
  }
  return { people, ms: nowMs() - started, meanRecordBytes: people === 0 ? 0 : bytes / people };
}

function pastConversations(
  userId: string,
  index: number,
  random: () => number,
  now: number,
  settings: ConversationSettings,
  scripts: ReturnType<typeof makeConversations>,
  understand: (text: string, expecting: Expectation) => Interpretation,
): PersonRecord {
  const channel = dmChannelIdFor(userId);
  const sessions = 1 + Math.floor(random() * 3);
  let record: PersonRecord = EMPTY_RECORD;
  // Sessions a few days apart, the last one between 1 and 20 days ago.
  let at = Math.floor(now - (1 + random() * 19) * DAY_MS - (sessions - 1) * 3 * DAY_MS);
  for (let s = 0; s < sessions; s += 1) {
    const script = scripts[(index + s * 7) % scripts.length] as (typeof scripts)[number];
    const texts = script.messages.map((m) => m.text);
    for (let m = 0; m < texts.length; m += 1) {
      const text = texts[m] as string;
      at += 5_000 + Math.floor(random() * 40_000);
      const expecting = expectationOf(record.conversation, at, settings);
      const result = step(record.conversation, understand(text, expecting), at, settings);
      const ts = `${Math.floor(at / 1000)}.${String((at % 1000) * 1000 + m).padStart(6, '0')}`;
      const ids = [`msg:${channel}:${ts}`, `event:Ev0${randomId(9)}`, `client:${randomUUID()}`];
      const stepped: PersonRecord = {
        ...record,
        conversation: result.state,
        ledger: withDelivery(record.ledger, { ids, at, status: 'stepped', reply: result.reply }, at),
      };
      record = { ...stepped, ledger: markSent(stepped.ledger, ids) };
    }
    at += 3 * DAY_MS;
  }
  return record;
}

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

function randomId(length: number): string {
  let out = '';
  for (let i = 0; i < length; i += 1) out += ALNUM[Math.floor(Math.random() * ALNUM.length)];
  return out;
}
