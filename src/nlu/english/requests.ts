// Requests phrased as commands ("book me a room", "tell me a joke"): the other question people ask
// without a question mark. compromise tells an imperative from a statement; only English is read this
// way, and only when the clause opens with a verb, so most messages never reach the parser.

import nlp from 'compromise';
import type { Token } from '../text/tokens';
import { profileWord } from './word-knowledge';

/** Verbs of liking open compliments, not requests: "love your name", "like the bot". */
const LIKING = /^(?:love|like|adore|enjoy|hate|miss|appreciate|hope|wish)$/;
/** Endings only verbs have: "summarize", "prioritise", "clarify". */
const VERB_ENDING = /.{3}(?:ize|ise|ify)$/;
/** "need to run", "have to go": a statement with its "I" left out, not an order. */
const DROPPED_SUBJECT = /^(?:need|needs|have|got|want|going)$/;
/** "don't wanna give my name", "dont know": "I" left out before a negated verb of wanting or knowing. */
const DROPPED_SUBJECT_NEGATED = /^(?:wanna|want|feel|think|know|care|remember|need)$/;

interface TaggedTerm {
  readonly tags?: Set<string>;
  readonly normal?: string;
}

/**
 * An imperative: the clause opens with a verb in its base form, and no subject of its own follows with a
 * verb ("hope *you are* well" says something). compromise's lexicon and pre-tagger tag the clause, which
 * is a tenth of the cost of its full parse.
 */
export function isRequest(tokens: readonly Token[]): boolean {
  const first = tokens[0];
  if (!first || tokens.length < 2 || first.script !== 'latin' || LIKING.test(first.key)) return false;
  if (DROPPED_SUBJECT.test(first.key) && tokens[1]?.key === 'to') return false;
  if (/^don['’]?t$/.test(first.key) && DROPPED_SUBJECT_NEGATED.test(tokens[1]?.key ?? '')) return false;
  const profile = profileWord(first.key);
  // "summarize this thread": a verb compromise does not list, by its ending, is still a verb; so is one
  // that it only guesses, before "me" ("remind me at 3pm to call the dentist").
  const beforeMe = /^(?:me|us)$/.test(tokens[1]?.key ?? '');
  if (!(profile.known || VERB_ENDING.test(first.key) || beforeMe) || !profile.tags.has('Infinitive'))
    return false;
  const view = nlp.tokenize(tokens.map((token) => token.text).join(' '));
  view.compute(['lexicon', 'preTagger']);
  const terms = (view.docs[0] ?? []) as readonly TaggedTerm[];
  if (!terms[0]?.tags?.has('Infinitive')) return false;
  return !terms.some(
    (term, index) =>
      index > 0 &&
      /^(?:i|you|we|they|he|she|it)$/.test(term.normal ?? '') &&
      (terms[index + 1]?.tags?.has('Verb') ?? false),
  );
}
