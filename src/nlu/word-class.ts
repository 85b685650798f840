// What compromise knows about a single word: its part of speech and whether it is in compromise's
// lexicon at all. An unknown word is most likely a name ("Oluwaseun", "Xochitl"); a known adjective
// or verb after "I'm" is most likely not ("I'm tired", "I'm studying").
// Only compromise's lexicon and pre-tagger run (about 20 µs a word), never the full sentence parser.

import nlp from 'compromise';
import { perWord } from './memo';

export interface WordProfile {
  /** compromise's part-of-speech tags for the word on its own. */
  readonly tags: ReadonlySet<string>;
  /** True when the word is in compromise's lexicon; false when its tags are a suffix-based guess. */
  readonly known: boolean;
  /** compromise knows the word as a person's name (possibly also as something else: "Grace", "June"). */
  readonly personal: boolean;
  /** The word can be a noun, even if compromise prefers another reading ("sage": Adj|Noun). */
  readonly nounReading: boolean;
}

interface TaggedTerm {
  readonly tags?: Set<string>;
  readonly confidence?: number;
  readonly switch?: string;
}

const EMPTY: WordProfile = { tags: new Set(), known: false, personal: false, nounReading: false };

/**
 * compromise's reading of one word (a hyphenated word is read by its parts). Profiles are pure, and
 * the same few hundred words come up again and again: they are kept.
 */
export const profileWord = perWord(readProfile);

function readProfile(word: string): WordProfile {
  if (!word) return EMPTY;
  const view = nlp.tokenize(word);
  view.compute(['lexicon', 'preTagger']);
  const terms = (view.docs[0] ?? []) as readonly TaggedTerm[];
  const tags = new Set<string>();
  let known = terms.length > 0;
  let personal = false;
  let nounReading = false;
  for (const term of terms) {
    for (const tag of term.tags ?? []) tags.add(tag);
    // compromise leaves `confidence` unset for lexicon words and sets it for guesses.
    if (term.confidence !== undefined) known = false;
    if (term.tags?.has('Person') || term.switch?.startsWith('Person')) personal = true;
    if (term.tags?.has('Noun') || term.switch?.includes('Noun')) nounReading = true;
  }
  // "finally", "literally": compromise guesses an adverb from "-ly"; it is a known word when its
  // adjective is ("final", "happy" for "happily", "gentle" for "gently"), unlike "Connolly" or "Healy".
  if (!known && tags.has('Adverb') && isDerivedAdverb(word)) known = true;
  // compromise folds diacritics away ("Lê" -> "le", "Hà" -> "ha"), so its English verdict on a word
  // spelled with them is about a different word: keep only what it knows about people.
  if (/\P{ASCII}/u.test(word)) return personal ? { tags, known, personal, nounReading } : EMPTY;
  return { tags, known, personal, nounReading };
}

/** An English adverb made from an adjective compromise knows: "finally", "happily", "gently". */
function isDerivedAdverb(word: string): boolean {
  const lower = word.toLowerCase();
  if (!/^\p{Ll}+ly$/u.test(lower) || lower.length < 5) return false;
  const stem = lower.slice(0, -2);
  const stems = [stem, lower.replace(/ily$/, 'y'), lower.replace(/ly$/, 'le')];
  return stems.some((adjective) => {
    if (adjective === lower) return false;
    const profile = profileWord(adjective);
    return profile.known && profile.tags.has('Adjective');
  });
}

/** Parts of speech that are never a name, even capitalised mid-sentence ("I'm Canadian"). */
const FUNCTION_TAGS = [
  'Determiner',
  'Preposition',
  'Conjunction',
  'Pronoun',
  'QuestionWord',
  'Negative',
  'Copula',
  'Auxiliary',
  'Value',
  'Demonym',
];

/** Parts of speech that make a lower-case word after "I'm"/"it's" a description, not a name. */
const DESCRIPTIVE_TAGS = [
  'Adjective',
  'Adverb',
  'Gerund',
  'PastTense',
  'Participle',
  'Comparative',
  'Superlative',
];

export function isFunctionWord(profile: WordProfile): boolean {
  return profile.known && FUNCTION_TAGS.some((tag) => profile.tags.has(tag));
}

export function isDescriptive(profile: WordProfile): boolean {
  if (profile.personal) return false;
  return DESCRIPTIVE_TAGS.some((tag) => profile.tags.has(tag)) || profile.tags.has('WeekDay');
}

/** A word compromise knows as an ordinary (non-name) word: "hope", "river", "bill". */
export function isCommonWord(profile: WordProfile): boolean {
  return profile.known && !profile.personal;
}
