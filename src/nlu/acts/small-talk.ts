// Small talk: greetings, thanks, farewells, acknowledgements, confusion, help requests, refusals and
// yes/no, in every language of the packs. A clause is small talk when it reads, from start to end, as
// phrases of these kinds; fillers, ways of addressing the bot ("hey *there*", "thanks *Quillon*"), its
// name and taking a question back ("never mind") carry nothing.

import type { ClauseView } from '../message';
import type { Lexicon } from '../packs/lexicon';
import { SMALL_TALK_KINDS, type SmallTalkKind } from '../packs/pack';

export interface SmallTalkReading {
  /** The kinds of small talk in the clause, in order (only those opening it, when it says more). */
  readonly kinds: readonly SmallTalkKind[];
  /** The whole clause is small talk (nothing else to read). */
  readonly covered: boolean;
  /** The first token after the small talk that opens the clause. */
  readonly contentStart: number;
}

/** Kinds that may open a clause that goes on to say something else ("thanks! and how old are you"). */
const OPENING_KINDS: ReadonlySet<SmallTalkKind> = new Set([
  'greetings',
  'thanks',
  'farewells',
  'acknowledgements',
]);

const NO_STEPS: readonly Step[] = [];

interface Step {
  readonly end: number;
  /** The kinds of the phrase, or none for a filler, an address or the bot's name. */
  readonly kinds: readonly SmallTalkKind[];
}

export function readSmallTalk(
  view: ClauseView,
  lexicon: Lexicon,
  botKeys: ReadonlySet<string>,
): SmallTalkReading {
  const length = view.tokens.length;
  /** Every phrase of small talk or padding that spans exactly [at, end), longest first. */
  const known: (readonly Step[] | undefined)[] = [];
  const stepsAt = (at: number): readonly Step[] => (known[at] ??= findSteps(at));
  // On every word of every message: built without allocating when nothing starts here (the usual case).
  const findSteps = (at: number): readonly Step[] => {
    let byEnd: Map<number, SmallTalkKind[]> | undefined;
    for (const kind of SMALL_TALK_KINDS)
      for (const end of lexicon.smallTalk[kind].endsAt(view, at)) {
        byEnd ??= new Map();
        const kinds = byEnd.get(end);
        if (kinds) kinds.push(kind);
        else byEnd.set(end, [kind]);
      }
    // "never mind, talk to you later": taking a question back carries nothing either.
    for (const padding of [lexicon.fillers, lexicon.address, lexicon.questions.withdrawals])
      for (const end of padding.endsAt(view, at)) {
        byEnd ??= new Map();
        if (!byEnd.has(end)) byEnd.set(end, []);
      }
    if (botKeys.has(view.tokens[at]?.key ?? '')) {
      byEnd ??= new Map();
      if (!byEnd.has(at + 1)) byEnd.set(at + 1, []);
    }
    if (!byEnd) return NO_STEPS;
    return [...byEnd].map(([end, kinds]) => ({ end, kinds })).sort((a, b) => b.end - a.end);
  };
  // Can [at, length) be read as small talk? Worked out from the end, so "um what should i ask" is "um" +
  // "what should i ask", not the confusion "um what" followed by words left over.
  const path: (Step | null)[] = new Array(length + 1).fill(null);
  const coverable: boolean[] = new Array(length + 1).fill(false);
  coverable[length] = true;
  for (let at = length - 1; at >= 0; at--) {
    for (const step of stepsAt(at)) {
      if (coverable[step.end]) {
        coverable[at] = true;
        path[at] = step;
        break;
      }
    }
  }
  if (coverable[0]) {
    const kinds: SmallTalkKind[] = [];
    for (let at = 0; at < length; ) {
      const step = path[at] as Step;
      for (const kind of step.kinds) if (!kinds.includes(kind)) kinds.push(kind);
      at = step.end;
    }
    return { kinds, covered: true, contentStart: length };
  }
  // Not all small talk: what opens it ("thanks! and how old are you"), longest phrase first.
  const kinds: SmallTalkKind[] = [];
  let at = 0;
  while (at < length) {
    const step = stepsAt(at).find(
      (candidate) => candidate.kinds.length === 0 || candidate.kinds.some((kind) => OPENING_KINDS.has(kind)),
    );
    if (!step) break;
    for (const kind of step.kinds) if (OPENING_KINDS.has(kind) && !kinds.includes(kind)) kinds.push(kind);
    at = step.end;
  }
  return { kinds, covered: false, contentStart: at };
}
