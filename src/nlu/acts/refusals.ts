// Refusals in the person's own words. The packs list the set phrases ("I'd rather not say", "skip"); people
// also refuse in sentences of their own: "I don't give my name to bots", "meinen Namen sag ich lieber
// nicht", "не хочу казати своє ім'я". Such a clause has a negation and a verb of telling, in any order,
// or one word that is both ("söylemem", "言わない"), and asks nothing. ("I don't know what to say" is
// confusion, a set phrase, read before this.)

import type { ClauseView } from '../message';
import type { Lexicon } from '../packs/lexicon';

/** Longer clauses say more than a refusal ("I don't think I said my name was wrong before, did I"). */
const MAX_TOKENS = 9;

export function isRefusal(view: ClauseView, lexicon: Lexicon): boolean {
  const { negations, tell, wontTell } = lexicon.refusalParts;
  if (view.clause.asked || view.tokens.length > MAX_TOKENS) return false;
  return wontTell.occursIn(view) || (negations.occursIn(view) && tell.occursIn(view));
}
