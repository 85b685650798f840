// Small talk: greetings, thanks, farewells, acknowledgements, confusion, help requests, refusals and
// yes/no, in every language of the packs. A clause is read from its start, phrase by phrase; fillers,
// ways of addressing the bot ("hey *there*", "thanks *Quillon*") and its name carry nothing.

import type { ClauseView } from '../message';
import type { Lexicon } from '../packs/lexicon';
import { SMALL_TALK_KINDS, type SmallTalkKind } from '../packs/pack';

export interface SmallTalkReading {
  /** The kinds of small talk read from the clause's start, in order. */
  readonly kinds: readonly SmallTalkKind[];
  /** The whole clause is small talk (nothing else to read). */
  readonly covered: boolean;
  /** The first token that is not small talk, a filler or an address. */
  readonly contentStart: number;
}

/** Kinds that may open a clause that goes on to say something else ("thanks! and how old are you"). */
const OPENING_KINDS: ReadonlySet<SmallTalkKind> = new Set([
  'greetings',
  'thanks',
  'farewells',
  'acknowledgements',
]);

export function readSmallTalk(
  view: ClauseView,
  lexicon: Lexicon,
  botKeys: ReadonlySet<string>,
): SmallTalkReading {
  const { tokens } = view;
  const kinds: SmallTalkKind[] = [];
  let at = 0;
  // Where the opening small talk ends ("thanks! and ..."): only greetings, thanks, farewells and
  // acknowledgements open a clause that goes on to say something; "what" or "help" are part of it.
  let openingEnd = 0;
  let opening = true;
  while (at < tokens.length) {
    let end = at;
    let found: SmallTalkKind[] = [];
    for (const kind of SMALL_TALK_KINDS) {
      const next = lexicon.smallTalk[kind].longestAt(view, at);
      if (next > end) {
        end = next;
        found = [kind];
      } else if (next === end && next > at) found.push(kind);
    }
    const padding = Math.max(
      lexicon.fillers.longestAt(view, at),
      lexicon.address.longestAt(view, at),
      botKeys.has(tokens[at]?.key ?? '') ? at + 1 : at,
    );
    if (padding > end) {
      at = padding;
      if (opening) openingEnd = at;
      continue;
    }
    if (end === at) break;
    for (const kind of found) if (!kinds.includes(kind)) kinds.push(kind);
    if (!found.some((kind) => OPENING_KINDS.has(kind))) opening = false;
    at = end;
    if (opening) openingEnd = at;
  }
  const covered = at >= tokens.length;
  return {
    kinds: covered ? kinds : kinds.filter((kind) => OPENING_KINDS.has(kind)),
    covered,
    contentStart: covered ? at : openingEnd,
  };
}
