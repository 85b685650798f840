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
  if (wontTell.occursIn(view)) return true;
  // "but you didn't say what you are": the bot, not the person, is the one who did not tell.
  const you = lexicon.questions.you;
  // Only "you" opening the clause is the subject: "meinen Namen sag ich dir nicht" still refuses.
  const opening = lexicon.fillers.skipFrom(view, 0);
  const afterBotSubject = you.longestAt(view, opening) > opening ? you.longestAt(view, opening) : -1;
  let byPerson = false;
  for (let at = 0; at < view.tokens.length && !byPerson; at++)
    byPerson = negations.longestAt(view, at) > at && at !== afterBotSubject;
  return byPerson && tell.occursIn(view);
}
