// Whole-message commands: the message is a command phrase ("restart", "forget me"), perhaps in a natural
// wording from the packs' frames ("can I start over?", "let me start again") and with politeness around
// it ("ok, restart please"). Only the whole message counts: "how do I restart my router?" is a question.
// Help and status, which change nothing, may also be one sentence of a longer message.

import type { Command } from '../../conversation/interpretation';
import type { Message } from '../message';
import type { Lexicon } from '../packs/lexicon';
import { COMMAND_KINDS } from '../packs/pack';
import type { PhraseSet, Words } from '../packs/phrases';

/** Commands are short; a long message that happens to contain one is something else. */
const MAX_COMMAND_TOKENS = 16;

/** Commands that only tell the person where they stand, and may be asked in passing. */
// "forget me" is read in passing too ("5 years since what? anyway. forget me"): it deletes nothing
// before the person's clear yes, so reading it too eagerly costs one question back, at worst.
const ASKED_IN_PASSING: readonly Command[] = ['help', 'status', 'forget'];
/** Commands that end what is going on, and may close a message of other sentences. */
const CLOSING_COMMANDS: readonly Command[] = ['stop', 'restart'];

export function readCommand(message: Message, lexicon: Lexicon): Command | null {
  return readCommandIn(message.all, message.clauses, message.botKeys, lexicon, COMMAND_KINDS);
}

/**
 * "right. useless for me. stop", "meh. start over", "oops, typo in my name. can we start over?": a stop or
 * restart said as the last sentence, on its own, after sentences that ask nothing, or as the first, before
 * them. "how do I restart my router?" still asks.
 */
export function readClosingCommand(message: Message, lexicon: Lexicon): Command | null {
  const last = message.clauses.at(-1);
  // The last sentence may be asked ("…and I asked twice. can we start over?"): it is read on its own.
  const before = message.clauses.slice(0, -1);
  if (!last || before.length === 0 || before.some((view) => view.clause.asked)) return null;
  const closing = readCommandIn(last, [last], message.botKeys, lexicon, CLOSING_COMMANDS);
  if (closing) return closing;
  // "new convo please, this one's a mess": said first, with only sentences that ask nothing after it.
  const first = message.clauses[0];
  const after = message.clauses.slice(1);
  if (!first || after.some((view) => view.clause.asked)) return null;
  return readCommandIn(first, [first], message.botKeys, lexicon, CLOSING_COMMANDS);
}

/**
 * "ok I messed this up lol. can we reset and start over? my real name is Kwame": the clause of a restart
 * said in a sentence of its own, in a message of several; the name the message gives is for the new
 * conversation.
 */
export function readRestartClause(message: Message, lexicon: Lexicon): number | null {
  if (message.clauses.length < 2) return null;
  for (const view of message.clauses)
    if (readCommandIn(view, [view], message.botKeys, lexicon, ['restart']) === 'restart') return view.index;
  return null;
}

/** A command read from one sentence of a message. */
export interface CommandInPassing {
  readonly command: Command;
  readonly clause: number;
}

/**
 * "ok whatever. how many questions do I have left?", "hmm, so what can you do": every sentence of the
 * message that asks for help or status, or to be forgotten, in order. Only these, which change nothing at
 * once, are read from part of a message.
 */
export function readCommandsInPassing(message: Message, lexicon: Lexicon): CommandInPassing[] {
  const found: CommandInPassing[] = [];
  for (const view of message.clauses) {
    const command = readCommandIn(view, [view], message.botKeys, lexicon, ASKED_IN_PASSING);
    if (command) found.push({ command, clause: view.index });
  }
  return found;
}

/**
 * The one the message is answered by. "that counted as one of my questions? In that case: forget me":
 * what the person asks for wins over where they stand.
 */
export function strongestInPassing(found: readonly CommandInPassing[]): CommandInPassing | null {
  for (const command of ['forget', 'status', 'help'] as const) {
    const asked = found.find((reading) => reading.command === command);
    if (asked) return asked;
  }
  return null;
}

function readCommandIn(
  words: Words,
  /** The sentences of `words`: a command in one's own words is said in one of them. */
  sentences: readonly Words[],
  botKeys: ReadonlySet<string>,
  lexicon: Lexicon,
  kinds: readonly Command[],
): Command | null {
  const length = words.tokens.length;
  if (length === 0 || length > MAX_COMMAND_TOKENS) return null;
  // Most messages have no word of any command: they are dismissed before any phrase is matched.
  if (!words.forms.some((forms) => forms.some((key) => lexicon.commandWords.has(key)))) return null;
  // Politeness, address and small talk around a command (lexicon.commandPadding): "ok", "please",
  // "bot", "thanks", "hi", "wait, that counted?" (before "how many questions do I have left?").
  const paddingEnds: number[] = [];
  const padding = (at: number): number => {
    let end = paddingEnds[at];
    if (end === undefined) {
      end = lexicon.commandPadding.longestAt(words, at);
      if (botKeys.has(words.tokens[at]?.key ?? '')) end = Math.max(end, at + 1);
      paddingEnds[at] = end;
    }
    return end;
  };
  let start = 0;
  for (let next = padding(start); next > start && next < length; next = padding(start)) start = next;
  // A word of one or two letters stands for many: "pa" is Spanish "para" ("for") far more often than
  // "para!" ("stop!"), and Polish "pa" is "bye". Alone (with a word or two of small talk), it is a command
  // only as typed.
  const word = words.tokens[start];
  if (word && word.key.length <= 2 && length <= 3 && onlyPadding(start + 1, length, padding)) {
    const asTyped: Words = { tokens: [word], forms: [[word.key]], languages: words.languages };
    if (!kinds.some((kind) => lexicon.commands[kind].longestAt(asTyped, 0) === 1)) return null;
  }
  // Where the command may end: anywhere from which only padding follows.
  const ends = [length];
  for (let end = length - 1; end > start; end--) if (onlyPadding(end, length, padding)) ends.push(end);
  for (const command of kinds) {
    const phrases = lexicon.commands[command];
    for (const end of ends)
      if (
        // From the first word: a command phrase may open with a padding word ("あと何回": "あと" is "also").
        saidOnceOrMore(phrases, words, 0, end, padding) ||
        framed(lexicon.commandFrames, phrases, words, start, end)
      )
        return command;
  }
  const own = saidInOwnWords(words, sentences, start, lexicon);
  return own && kinds.includes(own) ? own : null;
}

/**
 * "could you wipe whatever you stored about me", "let's reset this whole chat": an action and what it acts
 * on, in any order. "how do I reset my chat settings?" asks something else.
 */
function saidInOwnWords(
  words: Words,
  sentences: readonly Words[],
  start: number,
  lexicon: Lexicon,
): Command | null {
  const asksOther = (at: number) => lexicon.questions.otherStarts.longestAt(words, at) > at;
  if (asksOther(0) || asksOther(start)) return null;
  // "so you don't remember my name at all?": a question about what the bot knows, not "forget me".
  if (lexicon.questions.aboutSelf.occursIn(words)) return null;
  for (const command of ['forget', 'restart', 'status'] as const) {
    const { actions, objects } = lexicon.commandParts[command];
    // In one sentence: "I need my password reset. LDAP account locked again." is no restart. "you don't
    // save my name anywhere, right?" asks what the bot keeps; it is no "forget me".
    const said = (sentence: Words) =>
      actions.occursIn(sentence) &&
      objects.occursIn(sentence) &&
      !(command === 'forget' && lexicon.questions.aboutBot.occursIn(sentence));
    if (sentences.some(said)) return command;
  }
  return null;
}

/** "restart", "do over pls, start fresh": the command's phrases, once or more, with padding between. */
function saidOnceOrMore(
  phrases: PhraseSet,
  words: Words,
  start: number,
  end: number,
  padding: (at: number) => number,
): boolean {
  // reached[at]: 0 not reached, 1 reached by padding only, 2 reached after a command phrase.
  const reached = new Uint8Array(end + 1);
  reached[start] = 1;
  for (let at = start; at < end; at++) {
    const state = reached[at] ?? 0;
    if (state === 0) continue;
    for (const to of phrases.endsAt(words, at)) if (to <= end) reached[to] = 2;
    const next = padding(at);
    if (next > at && next <= end) reached[next] = Math.max(reached[next] ?? 0, state);
  }
  return reached[end] === 2;
}

function onlyPadding(from: number, length: number, padding: (at: number) => number): boolean {
  for (let at = from; at < length; ) {
    const next = padding(at);
    if (next === at) return false;
    at = next;
  }
  return true;
}

/** "can i {command}", "{command} please": a frame around a command phrase, the two filling [start, end). */
function framed(frames: PhraseSet, commands: PhraseSet, words: Words, start: number, end: number): boolean {
  for (let at = start; at < end; at++) {
    for (const { phrase, start: from, end: to, slot } of frames.matchAt(words, at)) {
      if (!slot) continue;
      // Where the command must be: before the frame's words, after them, or between them.
      const [commandStart, commandEnd] = phrase.slotFirst
        ? [start, from]
        : phrase.slotLast
          ? [slot[0], end]
          : [slot[0], slot[1]];
      const frameStart = phrase.slotFirst ? commandStart : from;
      const frameEnd = phrase.slotLast ? commandEnd : to;
      if (
        frameStart === start &&
        frameEnd === end &&
        commandEnd > commandStart &&
        commands.covers(words, commandStart, commandEnd)
      )
        return true;
    }
  }
  return false;
}
