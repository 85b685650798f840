// Splits a message into clauses and word tokens, for every script. Words are split on spaces where a
// script has them, and with Intl.Segmenter (built into Node) where it does not (Chinese, Japanese,
// Thai). Each token keeps what a name needs (the text as typed, its case) and gets a matching key that
// forgives what people skip when they type: case, accents, apostrophes ("Qué" = "que", "I'm" = "im").

import { asciiPunctuation, EMOJI_CODE, stripEmoji } from './emoji';
import { perWord } from './memo';

export type Script =
  | 'latin'
  | 'cyrillic'
  | 'greek'
  | 'arabic'
  | 'hebrew'
  | 'devanagari'
  | 'han'
  | 'kana'
  | 'hangul'
  | 'thai'
  | 'other';

export interface Token {
  /** As typed, without surrounding punctuation (a title or an initial keeps its period: "Dr.", "J."). */
  readonly text: string;
  readonly lower: string;
  /** What phrases are matched on: lower case, no accents or apostrophes ("Qué" -> "que", "I'm" -> "im"). */
  readonly key: string;
  readonly script: Script;
  /** Written against the previous token, with no space (scripts without spaces, split suffixes). */
  readonly joined: boolean;
}

export interface Clause {
  readonly tokens: readonly Token[];
  /** The sentence ends with a question mark. */
  readonly asked: boolean;
  /** "hello???", "what?!": more than one question or exclamation mark. */
  readonly emphatic: boolean;
  /** "¡Qué joven!", "what a name!": the sentence ends with an exclamation mark and no question mark. */
  readonly exclaimed: boolean;
  /** "Five years old.", "me encanta.": the sentence ends with a full stop, and no question or exclamation mark. */
  readonly stated: boolean;
  /** The first clause of its sentence. */
  readonly opensSentence: boolean;
}

export interface Tokenized {
  readonly clauses: readonly Clause[];
  /** The message has letters but none of them lower case ("MY NAME IS ANA"), or none upper case. */
  readonly caseMode: 'lower' | 'upper' | 'mixed';
  /** The message had emoji and nothing else to read. */
  readonly emojiOnly: boolean;
  /** The emoji in the message, in order. */
  readonly emoji: readonly string[];
}

export interface TokenizerOptions {
  /** Keys of titles whose period ends no sentence ("dr", "prof"). */
  readonly titles: ReadonlySet<string>;
  /** Endings written onto a word that are words of their own ("민준*입니다*", "İlkay*'ım*"). */
  readonly suffixes: readonly string[];
}

const SCRIPT_TESTS: ReadonlyArray<readonly [Script, RegExp]> = [
  ['latin', /\p{Script=Latin}/u],
  ['cyrillic', /\p{Script=Cyrillic}/u],
  ['han', /\p{Script=Han}/u],
  ['kana', /[\p{Script=Hiragana}\p{Script=Katakana}]/u],
  ['hangul', /\p{Script=Hangul}/u],
  ['arabic', /\p{Script=Arabic}/u],
  ['hebrew', /\p{Script=Hebrew}/u],
  ['devanagari', /\p{Script=Devanagari}/u],
  ['thai', /\p{Script=Thai}/u],
  ['greek', /\p{Script=Greek}/u],
];

export function scriptOf(word: string): Script {
  for (const [script, test] of SCRIPT_TESTS) if (test.test(word)) return script;
  return 'other';
}

/** Scripts written without spaces between words: Intl.Segmenter finds the words. */
const UNSPACED =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}]/u;
const segmenter = new Intl.Segmenter(undefined, { granularity: 'word' });

/** Scripts whose accents are dropped for matching; elsewhere marks are letters (Devanagari, Thai vowels). */
const FOLDED_SCRIPTS = new Set<Script>(['latin', 'cyrillic', 'greek', 'arabic', 'hebrew']);

const LETTER_FOLDS: Readonly<Record<string, string>> = {
  ß: 'ss',
  ı: 'i',
  ł: 'l',
  đ: 'd',
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  þ: 'th',
  ð: 'd',
  ё: 'е',
};

/** Lower case without the Turkish dotted capital turning into "i" plus a combining dot. */
export function lowerCase(text: string): string {
  return text.replace(/İ/g, 'i').toLowerCase();
}

/** The matching key of a word: "Qué" -> "que", "I'm" -> "im", "heißt" -> "heisst", "adın" -> "adin". */
export function keyOf(word: string, script: Script = scriptOf(word)): string {
  const lower = lowerCase(word).replace(/['’`´ʻ.]/g, '');
  if (!FOLDED_SCRIPTS.has(script)) return lower;
  return lower
    .replace(/[ßıłđøæœþðё]/g, (letter) => LETTER_FOLDS[letter] ?? letter)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .normalize('NFC');
}

/** A word: letters and digits with inner apostrophes, hyphens or periods ("O'Brien", "Marie-Claire", "J.P."). */
const WORD =
  /(?:\p{L}[.\uE000]){2,}|['’][ts](?=\s|$)|[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+|-[\p{L}\p{M}\p{N}]+)*[.\uE000]?/gu;

/**
 * "I'll email HR. bye": a title in capitals ("Hr." is German "Herr") before a word in lower case is an
 * acronym ending its sentence; "Dr. Weber", "dr. weber" and "HR. Müller" keep the title.
 */
function isAcronymBeforeSentence(word: string, text: string, after: number): boolean {
  const next = /^\s*(\p{L})/u.exec(text.slice(after))?.[1];
  return word.length > 1 && word === word.toUpperCase() && next !== undefined && next !== next.toUpperCase();
}

/** "say hi to u.", "thank u.": chat's "u" as the object of a word before it, not an initial ("im u. tanaka"). */
function isChatYou(word: string, text: string, at: number): boolean {
  return (
    word === 'u' &&
    /(?:^|\s)(?:to|for|with|about|thank|thanks|love|see|ask|tell|miss|at|from)\s+$/.test(text.slice(0, at))
  );
}

/** Stands in for the period of a title or an initial ("Dr.", "J."), which ends no sentence. */
const KEPT_PERIOD = '\uE000';

/**
 * Where a sentence ends: at ! ? ; … or a line break, and at a period followed by a space or the end
 * ("J.P." and "3.5" end nothing). The marks are kept to tell a question from a statement.
 */
const SENTENCE = /(?:[^.!?;\n…]|\.(?![\s.!?]|$))+(?:[.!?;\n…]+|$)|[.!?;\n…]+/g;
/** Where a clause ends inside a sentence: commas, colons, dashes between words, slashes, asides. */
const CLAUSE_BREAK = /\s*[,、]\s*|\s+[-–—]+\s*|\s*[–—]+\s+|\s+[/|]+\s+|\s*\|\s*|\s*\.{2,}\s*/u;

/** "(Ji-woo is fine)", "(she/her)", "[away]": an aside is a clause of its own. */
const ASIDE = /[([{]([^)\]}]*)[)\]}]?/g;

function splitUnspaced(word: string): string[] {
  // "hobby가", "nameは", "Alex야": an English word with the grammar of another script written onto it.
  if (SCRIPT_SWITCH.test(word)) return word.split(SCRIPT_SWITCH).flatMap(splitUnspaced);
  if (!UNSPACED.test(word)) return [word];
  return [...segmenter.segment(word)].filter((part) => part.isWordLike).map((part) => part.segment);
}

/**
 * Between a Latin letter and a letter of another script, either way round. Letters of no one script
 * belong to the word they stand in: the Hawaiian ʻokina in "Kaʻiulani".
 */
const SCRIPT_SWITCH =
  /(?<=\p{Script=Latin})(?=[^\P{L}\p{Script=Latin}\p{Script=Common}])|(?<=[^\P{L}\p{Script=Latin}\p{Script=Common}])(?=\p{Script=Latin})/u;

/** A word's script, lower case and key, worked out once per word: the same words come up in every message. */
const readWord = perWord((text: string) => {
  const script = scriptOf(text);
  return { lower: lowerCase(text), key: keyOf(text, script), script };
});

export function createTokenizer(options: TokenizerOptions) {
  const suffixes = [...options.suffixes].sort((a, b) => b.length - a.length);

  function makeToken(text: string, joined: boolean): Token {
    const { lower, key, script } = readWord(text);
    return { text, lower, key, script, joined };
  }

  /** A word as tokens: split where its script has no spaces, and before a suffix written onto it. */
  function wordTokens(raw: string, tokens: Token[]): void {
    // A period stays only on a title or an initial ("Dr.", "J."); elsewhere it ends the word.
    let word = raw.replaceAll(KEPT_PERIOD, '.');
    if (word.endsWith('.') && !/^(?:\p{L}\.)+$/u.test(word) && !options.titles.has(keyOf(word))) {
      word = word.slice(0, -1);
    }
    const parts = splitUnspaced(word);
    parts.forEach((part, index) => {
      const suffix = suffixes.find((ending) => part.length > ending.length + 1 && part.endsWith(ending));
      const joined = index > 0;
      if (suffix === undefined) {
        tokens.push(makeToken(part, joined));
        return;
      }
      tokens.push(makeToken(part.slice(0, -suffix.length), joined));
      tokens.push(makeToken(suffix.replace(/^['’]/, ''), true));
    });
  }

  /** The words of a short plain text (a pack's phrase): no sentences, clauses or emoji to look for. */
  function words(text: string): Token[] {
    const tokens: Token[] = [];
    for (const match of text.replace(/\.(?=\s|$)/g, ' ').matchAll(WORD)) wordTokens(match[0], tokens);
    return tokens;
  }

  function tokenize(text: string): Tokenized {
    const emoji = [
      ...text.matchAll(
        /\p{Extended_Pictographic}(?:\u200D\p{Extended_Pictographic}|[\uFE0F\u{1F3FB}-\u{1F3FF}])*/gu,
      ),
      ...text.matchAll(EMOJI_CODE),
    ].map((match) => match[0].replace(/:skin-tone-\d:$/, ''));
    // Code in backticks is shown, not said: "```const x = 1```" gives no name.
    const withoutCode = text.includes('`') ? text.replace(/```[\s\S]*?(?:```|$)|`[^`\n]*`/g, ' , ') : text;
    let prepared = asciiPunctuation(stripEmoji(withoutCode, ' , '));
    // "Rbecca *Rebecca": a starred word is how chat corrects the word before it.
    // "mike* lol typo": the star after the word, too.
    if (prepared.includes('*'))
      prepared = prepared
        .replace(/(^|\s)\*(?=\p{L})/gu, '$1 , correction ')
        .replace(/(^|\s)(\p{L}[\p{L}\p{M}'’-]*)\*(?=\s|$|[.,!?])/gu, '$1 , correction $2 , ');
    if (/[([{]/.test(prepared)) prepared = prepared.replace(ASIDE, ' , $1 , ');
    // "Quick ones: how old are you", "Nombre: Ramón": a colon before a space ends a clause, as a comma does.
    prepared = prepared
      .replace(/:\s/g, ' , ')
      .replace(/[*_~`"“”<>@#\\:=]/g, ' ')
      .replace(/ {2,}/g, ' ');
    // "J. Smith", "Dr. Weber" keep their period; "w/e." and "b/c." are chat shorthand, and the "t" of
    // "don't." the end of a word: they end a sentence. So does chat's "u" after a word it is the object of
    // ("say hi to u. whats ur hobby").
    if (prepared.includes('.'))
      prepared = prepared.replace(
        /(?<![\p{L}\p{M}/'’])(\p{L}[\p{L}\p{M}]*)\.(?=\s|$)/gu,
        (whole, word: string, at: number, all: string) =>
          (word.length === 1 && !isChatYou(word, all, at)) ||
          (options.titles.has(keyOf(word)) && !isAcronymBeforeSentence(word, all, at + whole.length))
            ? `${word}${KEPT_PERIOD}`
            : whole,
      );
    const clauses: Clause[] = [];
    for (const sentenceMatch of prepared.matchAll(SENTENCE)) {
      const sentence = sentenceMatch[0];
      const marks = /[.!?;\n…]*$/.exec(sentence)?.[0] ?? '';
      // Greek asks with ";" (the Greek question mark).
      const asked = marks.includes('?') || (/[;\u037E]/.test(marks) && /\p{Script=Greek}/u.test(sentence));
      const emphatic = (marks.match(/[?!]/g)?.length ?? 0) > 1;
      const exclaimed = !asked && marks.includes('!');
      const stated = !asked && !exclaimed && /[.…]/.test(marks);
      let opensSentence = true;
      for (const part of sentence.slice(0, sentence.length - marks.length).split(CLAUSE_BREAK)) {
        const tokens: Token[] = [];
        for (const match of part.matchAll(WORD)) wordTokens(match[0], tokens);
        if (tokens.length === 0) continue;
        clauses.push({ tokens, asked, emphatic, exclaimed, stated, opensSentence });
        opensSentence = false;
      }
      // A question mark after an emoji-only clause still makes the sentence a question ("🤔?").
      if (opensSentence && asked && clauses.length > 0) {
        const last = clauses[clauses.length - 1];
        if (last && !last.asked) clauses[clauses.length - 1] = { ...last, asked, emphatic };
      }
    }
    const upper = /\p{Lu}/u.test(prepared);
    const lower = /\p{Ll}/u.test(prepared);
    return {
      clauses: clauses,
      caseMode: upper && !lower ? 'upper' : upper ? 'mixed' : 'lower',
      emojiOnly: clauses.length === 0 && emoji.length > 0,
      emoji,
    };
  }

  return { tokenize, words };
}
