// Follow-ups: "tell me more", "why?", "like what?", "why that age?", "what's your favourite one?". The
// clause asks for more about something already said and brings up nothing new: read from start to end,
// it is follow-up phrases, words pointing back ("that", "it"), the words for the bot's topics, the words
// of the bot's hobby, and the padding small talk allows. "why is the sky blue?" brings up the sky, so it
// is a question of its own.

import type { ClauseView } from '../message';
import type { Lexicon, Topic } from '../packs/lexicon';
import { TOPIC_KINDS } from '../packs/pack';
import type { PhraseSet } from '../packs/phrases';

export interface FollowUp {
  /** The topic the clause names ("why that *age*?"), or null when it only points back ("tell me more"). */
  readonly topic: Topic | null;
}

/** Words of the hobby too common to say a question is about it ("them", "with"). */
const TOO_COMMON = new Set(['them', 'they', 'their', 'with', 'from', 'about', 'behind', 'other', 'things']);
/** A word's stem for matching the hobby's words ("collected", "collecting": "collect"). */
const stemOf = (key: string): string => {
  const stem = key.replace(/(?:ing|ed|es|s)$/, '');
  return stem.length >= 3 ? stem : key;
};

const hobbyStemsByText = new Map<string, ReadonlySet<string>>();

/** The stems of the hobby's own words, worked out once per persona. */
export function hobbyStemsOf(hobby: string | undefined, lexicon: Lexicon): ReadonlySet<string> {
  if (!hobby) return new Set();
  let stems = hobbyStemsByText.get(hobby);
  if (!stems) {
    stems = new Set(
      lexicon
        .tokenize(hobby)
        .clauses.flatMap((clause) => clause.tokens)
        .map((token) => token.key)
        .filter((key) => key.length >= 4 && !TOO_COMMON.has(key))
        .map(stemOf),
    );
    hobbyStemsByText.set(hobby, stems);
  }
  return stems;
}

export function readFollowUp(
  view: ClauseView,
  lexicon: Lexicon,
  botKeys: ReadonlySet<string>,
  hobbyStems: ReadonlySet<string>,
): FollowUp | null {
  const { tokens } = view;
  if (tokens.length === 0 || !lexicon.questions.followUps.occursIn(view)) return null;
  const padding: readonly PhraseSet[] = [
    lexicon.questions.pointers,
    lexicon.fillers,
    lexicon.address,
    lexicon.questions.you,
    lexicon.questions.interrogatives,
    lexicon.smallTalk.acknowledgements,
  ];
  let topic: Topic | null = null;
  let asksMore = false;
  let at = 0;
  // Longest phrase first at each word: the clause is short, and its phrases rarely overlap.
  while (at < tokens.length) {
    const key = tokens[at]?.key ?? '';
    const more = lexicon.questions.followUps.longestAt(view, at);
    if (more > at) {
      asksMore = true;
      at = more;
      continue;
    }
    const named = TOPIC_KINDS.find((kind) => lexicon.topics[kind].longestAt(view, at) > at);
    if (named) {
      topic ??= named;
      at = lexicon.topics[named].longestAt(view, at);
      continue;
    }
    if (hobbyStems.has(stemOf(key))) {
      topic ??= 'hobby';
      at += 1;
      continue;
    }
    const padded = Math.max(...padding.map((set) => set.longestAt(view, at)));
    if (padded > at) {
      at = padded;
      continue;
    }
    if (botKeys.has(key)) {
      at += 1;
      continue;
    }
    return null;
  }
  return asksMore ? { topic } : null;
}
