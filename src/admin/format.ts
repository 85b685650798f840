// What the admin tool prints: where a person's conversation stands, the `list` table and the `show`
// transcript, as plain text or JSON. Pure: the clock and the session timeout come in as arguments.
// Names and messages are the people's own text, so control characters are neutralised before they reach a
// terminal (an escape sequence in a name must not restyle or rewrite the admin's screen).

import {
  type Standing as CoreStanding,
  standingOf as coreStanding,
  lastKnownName,
  sessionName,
} from '../conversation/standing';
import type { ConversationState, TranscriptTurn } from '../conversation/state';
import { lastSeen, type StoredPerson } from './people';

export type StateCode =
  | 'awaiting_name'
  | 'confirming_name'
  | 'answering'
  | 'confirming_forget'
  | 'expired'
  | 'closed'
  | 'unreadable';

export interface Standing {
  readonly state: StateCode;
  /** Questions the person may still ask; null outside the answering stage. */
  readonly questionsLeft: number | null;
  readonly label: string;
}

export interface Summary {
  readonly teamId: string;
  readonly userId: string;
  readonly name: string | null;
  readonly standing: Standing;
  /** Sessions stored (finished ones kept, plus the open one). */
  readonly sessions: number;
  readonly lastActivity: number | null;
}

/** The clock and the bot's idle timeout, which decide whether an open session counts as expired. */
export interface Timing {
  readonly now: number;
  readonly sessionTimeoutMs: number;
}

export function standingOf(state: ConversationState | null, timing: Timing): Standing {
  if (state === null) return { state: 'unreadable', questionsLeft: null, label: 'unreadable' };
  const standing = coreStanding(state, timing.now, timing.sessionTimeoutMs);
  if (standing.confirmingForget) {
    return { state: 'confirming_forget', questionsLeft: standing.questionsLeft, label: 'confirming forget' };
  }
  const labels: Record<CoreStanding['stage'], string> = {
    closed: 'closed',
    expired: 'expired',
    awaiting_name: 'awaiting name',
    confirming_name: 'confirming name',
    answering: `answering (${standing.questionsLeft} left)`,
  };
  return { state: standing.stage, questionsLeft: standing.questionsLeft, label: labels[standing.stage] };
}

export function summarise(person: StoredPerson, timing: Timing): Summary {
  const state = person.record?.conversation ?? null;
  return {
    teamId: person.id.teamId,
    userId: person.id.userId,
    // The name they were last greeted with first, as the bot would use it next.
    name:
      state === null
        ? null
        : (state.knownName ?? (state.session && sessionName(state.session.stage)) ?? lastKnownName(state)),
    standing: standingOf(state, timing),
    sessions: state === null ? 0 : state.history.length + (state.session ? 1 : 0),
    lastActivity: person.record === null ? null : lastSeen(person.record),
  };
}

/** Newest activity first; people with none (and unreadable records) last, in key order. */
export function byLastActivity(a: Summary, b: Summary): number {
  return (b.lastActivity ?? -1) - (a.lastActivity ?? -1);
}

// --- list ---

export const EMPTY_STORE = 'No conversations stored.';

export function formatList(rows: readonly Summary[]): string {
  if (rows.length === 0) return `${EMPTY_STORE}\n`;
  const header = ['TEAM', 'USER', 'NAME', 'STATE', 'SESSIONS', 'LAST ACTIVITY (UTC)'];
  const body = rows.map((r) => [
    oneLine(r.teamId),
    oneLine(r.userId),
    r.name === null ? '-' : oneLine(r.name, 30),
    r.standing.label,
    String(r.sessions),
    r.lastActivity === null ? '-' : formatTime(r.lastActivity),
  ]);
  return table([header, ...body], new Set([4]));
}

export function listJson(rows: readonly Summary[]): string {
  return `${JSON.stringify(rows.map(summaryJson))}\n`;
}

function summaryJson(r: Summary) {
  return {
    team_id: r.teamId,
    user_id: r.userId,
    name: r.name,
    state: r.standing.state,
    questions_left: r.standing.questionsLeft,
    sessions: r.sessions,
    last_activity: r.lastActivity === null ? null : isoTime(r.lastActivity),
  };
}

/** Columns padded to their widest cell, two spaces apart; `rightAligned` holds column indexes. */
function table(rows: readonly string[][], rightAligned: ReadonlySet<number>): string {
  const widths = rows[0]?.map((_, col) => Math.max(...rows.map((row) => [...(row[col] ?? '')].length))) ?? [];
  const pad = (cell: string, col: number) => {
    const fill = ' '.repeat((widths[col] ?? 0) - [...cell].length);
    return rightAligned.has(col) ? fill + cell : cell + fill;
  };
  return rows.map((row) => `${row.map(pad).join('  ').trimEnd()}\n`).join('');
}

// --- show ---

interface SessionView {
  readonly id: number;
  readonly open: boolean;
  readonly outcome: string | null;
  readonly startedAt: number;
  readonly endedAt: number | null;
  readonly lastActiveAt: number;
  readonly name: string | null;
  readonly turns: readonly TranscriptTurn[];
}

/** Every stored session, oldest first: finished ones in the order they ended, then the open one. */
function sessionsOf(state: ConversationState): SessionView[] {
  const finished = state.history.map((s) => ({
    id: s.id,
    open: false,
    outcome: s.outcome as string,
    startedAt: s.startedAt,
    endedAt: s.endedAt,
    lastActiveAt: s.turns.at(-1)?.at ?? s.endedAt,
    name: s.name,
    turns: s.turns,
  }));
  const open = state.session;
  if (open === null) return finished;
  return [
    ...finished,
    {
      id: open.id,
      open: true,
      outcome: null,
      startedAt: open.startedAt,
      endedAt: null,
      lastActiveAt: open.lastActiveAt,
      name: null,
      turns: open.turns,
    },
  ];
}

export function formatShow(person: StoredPerson, timing: Timing): string {
  const summary = summarise(person, timing);
  const who = `${oneLine(summary.teamId)}:${oneLine(summary.userId)}`;
  const lines = [`Person         ${who}`];
  const state = person.record?.conversation;
  if (state === undefined) {
    lines.push(
      'State          unreadable: the stored record is corrupt or from an unknown version',
      `               ("npm run admin -- delete ${who}" removes it)`,
    );
    return `${lines.join('\n')}\n`;
  }
  const sessions = sessionsOf(state);
  lines.push(
    `Name           ${summary.name === null ? '-' : oneLine(summary.name)}`,
    `State          ${summary.standing.label}`,
    `Last activity  ${summary.lastActivity === null ? '-' : formatTime(summary.lastActivity)}`,
    `Sessions       ${sessions.length} stored, ${state.sessionCount} started (oldest first)`,
  );
  for (const session of sessions) {
    lines.push('', sessionHeading(session, summary.standing), ...transcript(session.turns));
  }
  return `${lines.join('\n')}\n`;
}

function sessionHeading(s: SessionView, standing: Standing): string {
  const title = `Session ${s.id}`;
  if (s.open) {
    const state =
      standing.state === 'expired' ? 'expired (idle longer than SESSION_TIMEOUT)' : standing.label;
    return `${title}  open: ${state}  started ${formatTime(s.startedAt)}, last active ${formatTime(s.lastActiveAt)}`;
  }
  const name = s.name === null ? '' : `  as ${oneLine(s.name)}`;
  return `${title}  ${s.outcome}  ${formatTime(s.startedAt)} to ${formatTime(s.endedAt ?? s.lastActiveAt)}${name}`;
}

function transcript(turns: readonly TranscriptTurn[]): string[] {
  if (turns.length === 0) return ['  (no messages)'];
  return turns.map((turn) => {
    const lead = `  ${formatTime(turn.at)}  ${turn.from.padEnd(6)}  `;
    const text = multiLine(turn.text).join(`\n${' '.repeat(lead.length)}`);
    return `${lead}${text}${turn.understood ? `  [${oneLine(turn.understood)}]` : ''}`;
  });
}

export function showJson(person: StoredPerson, timing: Timing): string {
  const { sessions: _count, ...summary } = summaryJson(summarise(person, timing));
  const state = person.record?.conversation;
  return `${JSON.stringify({
    ...summary,
    sessions_started: state?.sessionCount ?? null,
    sessions: state === undefined ? [] : sessionsOf(state).map(sessionJson),
  })}\n`;
}

function sessionJson(s: SessionView) {
  return {
    id: s.id,
    open: s.open,
    outcome: s.outcome,
    started_at: isoTime(s.startedAt),
    ended_at: s.endedAt === null ? null : isoTime(s.endedAt),
    last_active_at: isoTime(s.lastActiveAt),
    name: s.name,
    turns: s.turns.map((t) => ({
      at: isoTime(t.at),
      from: t.from,
      text: t.text,
      understood: t.understood ?? null,
    })),
  };
}

// --- text hygiene ---

/** `2026-03-01T10:02:03Z`: UTC, to the second. */
export function formatTime(ms: number): string {
  return isoTime(ms).replace(/\.\d{3}Z$/, 'Z');
}

function isoTime(ms: number): string {
  return new Date(ms).toISOString();
}

// Control characters (C0, DEL, C1: the terminal would act on them) and bidirectional overrides (they
// would reorder what the admin reads).
const CONTROL = /[\p{Cc}\u202A-\u202E\u2066-\u2069]/gu;

/** One line of someone's text, safe for a terminal, cut to `max` characters. */
export function oneLine(text: string, max = Number.POSITIVE_INFINITY): string {
  const clean = text.replace(/\s+/g, ' ').replace(CONTROL, '\uFFFD').trim();
  const chars = [...clean];
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : clean;
}

function multiLine(text: string): string[] {
  return text.split(/\r?\n/).map((line) => line.replace(/\t/g, ' ').replace(CONTROL, '\uFFFD'));
}
