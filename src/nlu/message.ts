// A message as the readers see it: its clauses, each with its tokens and the forms each token may stand
// for, the languages it is written in (only their phrases count), and the bot's own name (an address,
// never the person's name).

import type { Lexicon } from './packs/lexicon';
import type { Words } from './packs/phrases';
import type { Clause, Token } from './text/tokens';

export interface ClauseView extends Words {
  readonly index: number;
  readonly clause: Clause;
}

export interface Message {
  readonly clauses: readonly ClauseView[];
  /** Every token of the message as one run, for what spans clauses (a command: "ok, restart please"). */
  readonly all: Words;
  readonly caseMode: 'lower' | 'upper' | 'mixed';
  readonly emojiOnly: boolean;
  readonly emoji: readonly string[];
  /** Keys of the bot's name ("quillon"): "hi Quillon" addresses it, "how old is Quillon" asks it. */
  readonly botKeys: ReadonlySet<string>;
  /**
   * The languages the message reads as a sentence in: English, and every language two or more of its
   * words belong to. "je suis crevé" is French, so "crevé" is a French word; "kwame asante" is no Swahili
   * sentence for one Swahili word, and "Ravi" alone is in no language but a name's.
   */
  readonly sentenceLanguages: ReadonlySet<string>;
}

const botKeysByName = new Map<string, ReadonlySet<string>>();

export function readMessage(text: string, botName: string, lexicon: Lexicon): Message {
  const tokenized = lexicon.tokenize(text);
  let botKeys = botKeysByName.get(botName);
  if (!botKeys) {
    botKeys = new Set(
      lexicon.tokenize(botName).clauses.flatMap((clause) => clause.tokens.map((token) => token.key)),
    );
    botKeysByName.set(botName, botKeys);
  }
  const split = tokenized.clauses.flatMap((clause) => splitRunOn(clause, lexicon));
  const tokens = split.flatMap((clause) => clause.tokens);
  // The bot's name, and words capitalised inside a sentence of a message typed with capitals, are likely
  // names: they say nothing about the language ("wassup, Tayo" is English, whatever "tayo" means in
  // Tagalog). A capital opening a sentence of more than one word ("Hallo! Wie geht's?") is only the
  // sentence's; a sentence of one capitalised word ("SAM.") may be a name.
  const mixedCase = tokenized.caseMode === 'mixed';
  const opensSentence = new Set(
    split
      .filter((clause, index) => (index === 0 || clause.opensSentence) && clause.tokens.length > 1)
      .map((clause) => clause.tokens[0]),
  );
  const evidence = tokens.filter(
    (token) =>
      !botKeys.has(token.key) && !(mixedCase && !opensSentence.has(token) && /^\p{Lu}/u.test(token.text)),
  );
  const isEvidence = new Set(evidence);
  const languages = lexicon.messageLanguages(evidence);
  // "Hallo! My colleague said I should try you. Wie geht's?": a sentence of two words or more that reads
  // in another language than the rest of the message is read in that language too.
  const clauseLanguages = (clauseTokens: readonly Token[]): ReadonlySet<string> | null => {
    if (languages === null || split.length < 2) return languages;
    const own = clauseTokens.filter((token) => isEvidence.has(token));
    if (own.length < 2) return languages;
    const read = lexicon.messageLanguages(own);
    if (read === null || [...read].every((language) => languages.has(language))) return languages;
    return new Set([...languages, ...read]);
  };
  const clauses = split.map((clause, index) => {
    const clauseLangs = clauseLanguages(clause.tokens);
    return {
      index,
      clause,
      tokens: clause.tokens,
      // The bot's name stands for "you": "how old is Quillon" asks "how old are you".
      forms: lexicon
        .formsOf(clause.tokens, clauseLangs)
        .map((forms, at) => (botKeys.has(clause.tokens[at]?.key ?? '') ? [...forms, 'you'] : forms)),
      languages: clauseLangs,
    };
  });
  let sentenceLanguages: Set<string> | undefined;
  return {
    clauses,
    all: { tokens, forms: clauses.flatMap((view) => view.forms), languages },
    caseMode: tokenized.caseMode,
    emojiOnly: tokenized.emojiOnly,
    emoji: tokenized.emoji,
    botKeys,
    get sentenceLanguages() {
      if (!sentenceLanguages) {
        const counts = new Map<string, number>();
        for (const token of evidence)
          for (const language of lexicon.languagesOf([token]))
            counts.set(language, (counts.get(language) ?? 0) + 1);
        sentenceLanguages = new Set([
          'en',
          ...[...counts].filter(([, count]) => count >= 2).map(([language]) => language),
        ]);
      }
      return sentenceLanguages;
    },
  };
}

/** Laughter as people type it: "lol", "lmaooo", "hahaha", "hehe", "xD", "jajaja", "kkkk" (Portuguese). */
const LAUGHTER =
  /^(?:l+o+l+z?|lmf?a+o+|rofl|ha(?:ha)+h?|he(?:he)+|hi(?:hi)+|x+d+|ja(?:ja)+|k{3,}|ww+|5{3,})$/;

/**
 * "5 thats young lol what do u do for fun": typed without punctuation, laughter followed by a question word
 * ends one sentence and opens the next, as a full stop would. At least two words come before it. (Words
 * that link sentences, "and" or "so", do not: "what do you like to do" and "is there a name I can use"
 * would be split too.)
 */
function splitRunOn(clause: Clause, lexicon: Lexicon): Clause[] {
  const { tokens } = clause;
  for (let at = 2; at < tokens.length - 1; at++) {
    if (!LAUGHTER.test(tokens[at]?.key ?? '')) continue;
    const rest = tokens.slice(at + 1);
    const after = { tokens: rest, forms: lexicon.formsOf(rest, null), languages: null };
    if (lexicon.questions.interrogatives.longestAt(after, 0) === 0) continue;
    const before: Clause = {
      tokens: tokens.slice(0, at + 1),
      asked: false,
      emphatic: false,
      exclaimed: false,
      stated: false,
      opensSentence: clause.opensSentence,
    };
    return [before, ...splitRunOn({ ...clause, tokens: rest, opensSentence: true }, lexicon)];
  }
  return [clause];
}
