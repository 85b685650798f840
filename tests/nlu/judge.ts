// Judges the bot's understanding against a corpus, following tests/fixtures/nlu/README.md. Shared by the
// corpus tests, the language-pack tests and `npm run eval:nlu`, so all of them judge the same way.
//
// Three kinds of item:
// - name: the reply to "what's your name?" (the bot expects a name); `expect` is the name or null.
// - question: a message once the person is greeted; `expect` is name, age, hobby or other.
// - act: what kind of message it is during a conversation (greeting, thanks, farewell, ack, confusion,
//   help, refusal, name_change, restart, forget, status, yes, no, statement, question, follow_up); for
//   name_change `name` is the new name, for question `intent` is its topic. `after` is the bot's last
//   reply, when the item answers it: a follow-up ("why?") asks about it.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Interpretation, ReadingContext } from '../../src/conversation/interpretation';

export interface CorpusItem {
  readonly id: string;
  readonly kind: 'name' | 'question' | 'act';
  readonly text: string;
  readonly expect: string | null;
  readonly accept?: readonly string[];
  readonly name?: string;
  readonly intent?: string;
  readonly tags?: readonly string[];
  /** For act items: the bot's last reply, when the item answers it ("tell me more" after an answer). */
  readonly after?: string;
}

export const NAME_CATEGORIES = [
  'name-positive',
  'name-negative',
  'intent-name',
  'intent-age',
  'intent-hobby',
  'intent-other',
] as const;
export type Category = (typeof NAME_CATEGORIES)[number] | `act-${string}`;
/** The categories of name and question items (act items add `act-<label>` categories). */
export const CATEGORIES: readonly Category[] = NAME_CATEGORIES;

export type Interpret = (text: string, context: ReadingContext) => Interpretation;

export interface Failure {
  readonly id: string;
  readonly category: Category;
  readonly text: string;
  readonly expected: string;
  readonly got: string;
}

export interface Score {
  readonly correct: number;
  readonly total: number;
}

export interface Report {
  readonly categories: Readonly<Record<string, Score>>;
  readonly overall: Score;
  readonly failures: readonly Failure[];
}

export const BOT_NAME = 'Quillon';
/** The default persona's hobby, which the bot hands language understanding as it does its name. */
export const BOT_HOBBY = 'collecting unusual words and the stories behind them';

export function loadCorpus(path: string): CorpusItem[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as CorpusItem);
}

/**
 * The README's name comparison: case-insensitive, NFC, curly apostrophes as straight, periods,
 * extra spaces and leading/trailing punctuation or emoji ignored, diacritics kept, Turkish ı/İ as i.
 */
export function normaliseName(name: string): string {
  return name
    .normalize('NFC')
    .replace(/[\u2018\u2019\u02BC]/g, "'")
    .replace(/[İı]/g, 'i')
    .toLowerCase()
    .replace(/\./g, '')
    .replace(/\s+/g, ' ')
    .replace(/^[^\p{L}\p{M}\p{N}]+|[^\p{L}\p{M}\p{N}]+$/gu, '')
    .normalize('NFC');
}

export function categoryOf(item: CorpusItem): Category {
  if (item.kind === 'act') return `act-${item.expect}`;
  if (item.kind === 'name') return item.expect === null ? 'name-negative' : 'name-positive';
  return `intent-${item.expect}` as Category;
}

/**
 * The label an interpretation gives a message, for act items. When a message does several things the
 * one the bot acts on wins: a command, a question, a change of name, then the small talk.
 */
export function actLabel(reading: Interpretation): { label: string; detail?: string } {
  if (reading.command === 'stop') return { label: 'farewell' };
  if (reading.command) return { label: reading.command };
  // "are you a bot?", "do you speak Turkish?", "what's my name?": questions about using the bot get help
  // or status, as the conversation gives them, whatever else the message asks of no topic.
  const otherOnly = reading.intents.every((intent) => intent === 'other');
  if (otherOnly && reading.acts.includes('about_self')) return { label: 'status' };
  if (otherOnly && reading.acts.includes('about_bot')) return { label: 'help' };
  // "why?", "give me an example": more about the bot's last answer, whatever topic that was.
  if (reading.acts.includes('follow_up') && reading.intents.every((intent) => intent === 'other'))
    return { label: 'follow_up' };
  const [intent] = reading.intents;
  if (intent) return { label: 'question', detail: intent };
  const acts = new Set(reading.acts);
  if (acts.has('name_change')) return { label: 'name_change', detail: reading.name?.value ?? '' };
  if (acts.has('help_request')) return { label: 'help' };
  if (acts.has('refusal')) return { label: 'refusal' };
  if (reading.answer && [...acts].every((act) => act === 'acknowledgement')) return { label: reading.answer };
  for (const [act, label] of [
    ['confusion', 'confusion'],
    ['farewell', 'farewell'],
    ['thanks', 'thanks'],
    ['greeting', 'greeting'],
    ['acknowledgement', 'ack'],
    ['statement', 'statement'],
  ] as const)
    if (acts.has(act)) return { label };
  if (reading.answer) return { label: reading.answer };
  return { label: 'none' };
}

function judgeItem(item: CorpusItem, interpret: Interpret): { ok: boolean; got: string; expected: string } {
  if (item.kind === 'name') {
    const got =
      interpret(item.text, { expecting: 'name', botName: BOT_NAME, botHobby: BOT_HOBBY }).name?.value ?? null;
    const gotText = got === null || got.trim() === '' ? 'null' : got;
    if (item.expect === null) return { ok: gotText === 'null', got: gotText, expected: 'null' };
    const accepted = new Set([item.expect, ...(item.accept ?? [])].map(normaliseName));
    return {
      ok: gotText !== 'null' && accepted.has(normaliseName(gotText)),
      got: gotText,
      expected: [...new Set([item.expect, ...(item.accept ?? [])])].join(' | '),
    };
  }
  if (item.kind === 'question') {
    const got =
      interpret(item.text, { expecting: 'questions', botName: BOT_NAME, botHobby: BOT_HOBBY }).intents[0] ??
      'none';
    const accepted = item.accept ?? [item.expect ?? ''];
    return { ok: accepted.includes(got), got, expected: accepted.join(' | ') };
  }
  const reading = interpret(item.text, {
    expecting: 'questions',
    botName: BOT_NAME,
    botHobby: BOT_HOBBY,
    lastReply: item.after,
  });
  const { label, detail } = actLabel(reading);
  const wanted =
    item.kind === 'act' && item.expect === 'question'
      ? item.intent
      : item.expect === 'name_change'
        ? item.name
        : undefined;
  const expected = wanted === undefined ? `${item.expect}` : `${item.expect}:${wanted}`;
  const got = detail === undefined ? label : `${label}:${detail}`;
  const detailOk =
    wanted === undefined ||
    (item.expect === 'name_change'
      ? normaliseName(detail ?? '') === normaliseName(wanted)
      : detail === wanted);
  return { ok: label === item.expect && detailOk, got, expected };
}

export function judgeCorpus(items: readonly CorpusItem[], interpret: Interpret): Report {
  const tally: Record<string, { correct: number; total: number }> = Object.fromEntries(
    CATEGORIES.map((category) => [category, { correct: 0, total: 0 }]),
  );
  const failures: Failure[] = [];
  for (const item of items) {
    const category = categoryOf(item);
    const { ok, got, expected } = judgeItem(item, interpret);
    tally[category] ??= { correct: 0, total: 0 };
    tally[category].total += 1;
    if (ok) tally[category].correct += 1;
    else failures.push({ id: item.id, category, text: item.text, expected, got });
  }
  const overall = Object.values(tally).reduce(
    (sum, score) => ({ correct: sum.correct + score.correct, total: sum.total + score.total }),
    { correct: 0, total: 0 },
  );
  return { categories: tally, overall, failures };
}

export const accuracy = (score: Score): number => (score.total === 0 ? 1 : score.correct / score.total);

/** The categories a report has items in. */
export const categoriesIn = (report: Report): string[] =>
  Object.entries(report.categories)
    .filter(([, score]) => score.total > 0)
    .map(([category]) => category);

export const FIXTURES = join(__dirname, '..', 'fixtures', 'nlu');
export const LANGUAGE_EXAMPLES = join(__dirname, '..', 'fixtures', 'languages');
