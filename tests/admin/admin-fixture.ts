// A real SQLite file in a temp dir, filled by real conversations (the conversation service with real
// language understanding), and the admin tool run in-process against it the way main.ts runs it.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { runAdminCli } from '../../src/admin/run';
import { createConversationService } from '../../src/application/conversation-service';
import type { PersonId } from '../../src/application/person-record';
import type { ConversationStore } from '../../src/application/ports';
import type { ConversationSettings } from '../../src/conversation/engine';
import { interpreter } from '../../src/nlu';
import { openSqliteStore } from '../../src/store/sqlite-store';
import { createFakeLogger } from '../helpers/logger';
import { TEST_PERSONA } from '../helpers/persona';

const interpret = interpreter();

export const MINUTE = 60_000;
export const DAY = 86_400_000;
/** Every test starts its clock here, so the printed times are known. */
export const START = Date.parse('2026-03-01T09:00:00Z');

export const settings: ConversationSettings = {
  persona: TEST_PERSONA,
  sessionTimeoutMs: 30 * MINUTE,
  retentionMs: 365 * DAY,
};

export interface AdminRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export interface AdminFixture {
  readonly dir: string;
  readonly path: string;
  readonly databaseUrl: string;
  /** The bot's side of the file. */
  readonly store: ConversationStore;
  /** The shared clock: the bot's steps and the admin's `now`. */
  readonly clock: { now: number };
  /** One message from the person, one minute after the last thing that happened; resolves the reply. */
  say(person: PersonId, text: string): Promise<string>;
  /** The admin tool, as `npm run admin -- ...argv` would run it (plus env overrides). */
  admin(argv: readonly string[], env?: Record<string, string>): Promise<AdminRun>;
  /** Runs SQL on the file directly (corrupt rows, checks below the store). */
  sql(statement: string): Promise<unknown[]>;
  close(): Promise<void>;
}

export async function createAdminFixture(): Promise<AdminFixture> {
  const dir = mkdtempSync(join(tmpdir(), 'admin-'));
  const path = join(dir, 'bot.sqlite');
  const logger = createFakeLogger();
  const store = await openSqliteStore({ path, logger });
  const clock = { now: START };
  let replies: string[] = [];
  const service = createConversationService({
    store,
    interpret,
    settings,
    logger,
    now: () => clock.now,
    replies: {
      post: async (reply) => {
        replies.push(reply.text);
      },
      wasPosted: async () => false,
    },
  });
  let seq = 0;
  const databaseUrl = `sqlite://${path}`;

  return {
    dir,
    path,
    databaseUrl,
    store,
    clock,
    async say(person, text) {
      seq += 1;
      clock.now += MINUTE;
      replies = [];
      const result = await service.handleMessage({
        person,
        text,
        deliveryIds: [`event:Ev${seq}`],
        target: { channel: `D${person.userId}` },
      });
      if (result.outcome !== 'answered' && result.outcome !== 'forgotten') {
        throw new Error(`"${text}" was not answered: ${result.outcome}`);
      }
      return replies.join('\n');
    },
    async admin(argv, env = {}) {
      let stdout = '';
      let stderr = '';
      const io = {
        out: (text: string) => {
          stdout += text;
        },
        err: (text: string) => {
          stderr += text;
        },
      };
      const fullEnv = { DATABASE_URL: databaseUrl, SESSION_TIMEOUT: '30m', RETENTION_DAYS: '365', ...env };
      const code = await runAdminCli(argv, fullEnv, dir, io, () => clock.now);
      return { code, stdout, stderr };
    },
    async sql(statement) {
      const db = new Database(path);
      try {
        const prepared = db.prepare(statement);
        if (prepared.reader) return prepared.all();
        prepared.run();
        return [];
      } finally {
        db.close();
      }
    },
    async close() {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A whole first session: greeted as `name`, `questions` answered (3 closes the session). */
export async function converse(
  fixture: AdminFixture,
  person: PersonId,
  name: string,
  questions: number,
): Promise<void> {
  await fixture.say(person, 'hi');
  await fixture.say(person, `my name is ${name}`);
  const asks = ['how old are you?', 'what is your name?', 'what is your hobby?'];
  for (const text of asks.slice(0, questions)) await fixture.say(person, text);
}
