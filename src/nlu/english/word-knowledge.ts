// What compromise knows about an English word: its parts of speech, and whether it is in compromise's
// lexicon at all. Language packs list the words a name must not be in every language; for English,
// compromise knows far more words than any list would, so a capture after "I'm" is checked against it
// ("I'm tired" is an adjective, "I'm studying" a gerund, "I'm Bill" a person's name).

import nlp from 'compromise';
import { perWord } from '../text/memo';

export interface WordProfile {
  /** compromise's part-of-speech tags for the word. */
  readonly tags: ReadonlySet<string>;
  /** In compromise's lexicon; false when its tags are a guess from the word's shape. */
  readonly known: boolean;
  /** compromise knows it as a person's name (perhaps also as something else: "Grace", "June"). */
  readonly personal: boolean;
  /** It can be a noun, even if compromise prefers another reading ("sage", "justice": Adj|Noun). */
  readonly nounReading: boolean;
}

interface TaggedTerm {
  readonly tags?: Set<string>;
  readonly confidence?: number;
  readonly switch?: string;
}

const EMPTY: WordProfile = { tags: new Set(), known: false, personal: false, nounReading: false };

/** compromise's reading of one lower-case word; the same words come up again and again, so it is kept. */
export const profileWord = perWord((word: string): WordProfile => {
  if (!/^[a-z][a-z'-]*$/.test(word)) return EMPTY;
  const view = nlp.tokenize(word);
  view.compute(['lexicon', 'preTagger']);
  const terms = (view.docs[0] ?? []) as readonly TaggedTerm[];
  const tags = new Set<string>();
  // compromise leaves `confidence` unset for lexicon words and sets it for guesses.
  let known = terms.length > 0;
  let personal = false;
  let nounReading = false;
  for (const term of terms) {
    for (const tag of term.tags ?? []) tags.add(tag);
    if (term.confidence !== undefined) known = false;
    if (term.tags?.has('Person') || term.switch?.startsWith('Person')) personal = true;
    if (term.tags?.has('Noun') || term.switch?.includes('Noun')) nounReading = true;
  }
  return { tags, known, personal, nounReading };
});

/** Tags that mean an ordinary description, never a name after "I'm": "tired", "studying", "from". */
const DESCRIPTIVE = [
  'Demonym',
  'Adjective',
  'Adverb',
  'Gerund',
  'PastTense',
  'Participle',
  'Comparative',
  'Superlative',
];
const FUNCTION = [
  'Determiner',
  'Preposition',
  'Conjunction',
  'Pronoun',
  'QuestionWord',
  'Negative',
  'Copula',
  'Auxiliary',
  'Value',
];

/**
 * How an English word reads on its own: a function word ("from"), a description ("tired", "studying"),
 * a person's name ("Bill", "Grace"), a common word ("developer", "hope"), a word that only looks like a
 * description from its ending ("precious", "sunny": compromise guesses), or a word compromise does not know.
 */
export type EnglishReading =
  | 'function'
  | 'description'
  | 'person'
  | 'common'
  | 'looks-descriptive'
  | 'unknown';

export function readEnglishWord(word: string): EnglishReading {
  // compromise reads "sung-min" as two words ("sung", "min"); a hyphenated word is most often a name.
  if (word.includes('-')) return 'unknown';
  const profile = profileWord(word);
  const descriptive = DESCRIPTIVE.some((tag) => profile.tags.has(tag));
  if (!profile.known) {
    if (profile.personal) return 'person';
    // "browsing": an -ing word compromise does not list is still a verb, not a name.
    if (profile.tags.has('Gerund')) return 'description';
    // "useless", "pointless", "sadness": endings no given name has ("Precious" and "Sunny" do exist).
    if (descriptive && /(?:less|ness)$/.test(word)) return 'description';
    // "finally", "properly": an adverb compromise guesses from its ending ("Kelly" and "Emily" it knows).
    if (profile.tags.has('Adverb') && word.endsWith('ly')) return 'description';
    return descriptive ? 'looks-descriptive' : 'unknown';
  }
  if (FUNCTION.some((tag) => profile.tags.has(tag))) return 'function';
  if (profile.personal) return 'person';
  // "sage", "justice": a description that is a noun too, so maybe a name; "browsing", "studying" are not.
  if (descriptive && (!profile.nounReading || profile.tags.has('Gerund'))) return 'description';
  return 'common';
}

/** Is the word in compromise's English lexicon? */
export const isEnglishWord = (word: string): boolean => profileWord(word).known;

/** A day or a month ("Monday", "June"): compromise tags them, and some are names too. */
export function isCalendarWord(word: string): boolean {
  const tags = profileWord(word).tags;
  return tags.has('WeekDay') || tags.has('Month');
}

/** A verb said of someone ("said", "told", "wants"), not "is" or "can": the word before it is its subject. */
export function isTenseVerb(word: string): boolean {
  const tags = profileWord(word).tags;
  return (
    tags.has('Verb') &&
    (tags.has('PastTense') || tags.has('PresentTense')) &&
    !tags.has('Copula') &&
    !tags.has('Auxiliary')
  );
}

/** "is", "was", "'s": a word that says what its subject is. */
export const isCopula = (word: string): boolean => profileWord(word).tags.has('Copula');
