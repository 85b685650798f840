// Every language pack merged into one lexicon the readers use: phrase sets for each category, the word
// sets that tell a name from an ordinary word, and the forms a typed word may stand for (its spelling
// "u" -> "you", or its typo "nmae" -> "name"). Built once at start-up.

import type { Command } from '../../conversation/interpretation';
import { isEnglishWord } from '../english/word-knowledge';
import { closeEnough, isKeySlip, isSwap } from '../text/edit-distance';
import { perWord } from '../text/memo';
import { createTokenizer, keyOf, type Token, type Tokenized } from '../text/tokens';
import {
  COMMAND_KINDS,
  COMMAND_PARTS,
  EMOJI_KINDS,
  type LanguagePack,
  NAME_CUE_KINDS,
  QUESTION_LISTS,
  REFUSAL_PARTS,
  SMALL_TALK_KINDS,
  type SmallTalkKind,
  TOPIC_KINDS,
} from './pack';
import {
  compilePhrase,
  expandPhrase,
  fewestWords,
  keysOfPhrase,
  type Phrase,
  PhraseSet,
  SKIPPABLE,
} from './phrases';

export type Topic = (typeof TOPIC_KINDS)[number];
export type QuestionList = (typeof QUESTION_LISTS)[number];
export type NameCueKind = (typeof NAME_CUE_KINDS)[number];
export type EmojiKind = (typeof EMOJI_KINDS)[number];

/**
 * A set of words that knows accents: a word typed without accents matches an entry with or without
 * them ("que" is "qué"), but a word typed with accents only matches the same accents ("Hà" is a name,
 * "ha" is laughter).
 */
export class WordSet {
  private readonly plain = new Set<string>();
  private readonly keys = new Set<string>();

  add(token: Token): void {
    this.plain.add(plainOf(token));
    this.keys.add(token.key);
  }

  addAll(other: WordSet): void {
    for (const word of other.plain) this.plain.add(word);
    for (const key of other.keys) this.keys.add(key);
  }

  delete(token: Token): void {
    this.plain.delete(plainOf(token));
    this.keys.delete(token.key);
  }

  has(token: Token): boolean {
    const plain = plainOf(token);
    return this.plain.has(plain) || (plain === token.key && this.keys.has(token.key));
  }

  hasKey(key: string): boolean {
    return this.keys.has(key);
  }

  plainWords(): Iterable<string> {
    return this.plain;
  }

  keyWords(): Iterable<string> {
    return this.keys;
  }
}

const plainOf = (token: Token): string => token.lower.replace(/['’`´]/g, '');

/** Per language: words that are never a name, and ordinary words that are no name after "I am". */
interface LanguageWords {
  /** Small talk, fillers, commands, question words, "you" and "I": not a name even after "my name is". */
  readonly never: WordSet;
  /** Moods, jobs, places, common words and topic words: a description, not a name, after "I am". */
  readonly ordinary: WordSet;
  /** The pack's plain common words (notNames.words): not a name even after "call me" ("call me maybe"). */
  readonly common: WordSet;
}

export interface Lexicon {
  /** The codes of the packs loaded ("en", "es", ...). */
  readonly languages: readonly string[];
  tokenize(text: string): Tokenized;
  /**
   * The keys each token may stand for: its own, its spelling's word, the word it is a typo of. Only the
   * spellings of `languages` count ("du" is "do" in English chat, and "you" in German).
   */
  formsOf(tokens: readonly Token[], languages: ReadonlySet<string> | null): string[][];
  /**
   * The languages a message is written in, by the words it uses: a word known in few languages says more
   * than one known in many. English counts unless the message is plainly in another language. Null when
   * no word is known to any pack (every language's phrases count then).
   */
  messageLanguages(tokens: readonly Token[]): ReadonlySet<string> | null;
  readonly smallTalk: Readonly<Record<SmallTalkKind, PhraseSet>>;
  readonly fillers: PhraseSet;
  readonly address: PhraseSet;
  readonly commands: Readonly<Record<Command, PhraseSet>>;
  /** Every word of every command phrase: a message with none of them is no command. */
  readonly commandWords: ReadonlySet<string>;
  readonly commandFrames: PhraseSet;
  /** What may surround a command, in one set: fillers, address and small talk ("ok", "bot", "thanks", "hi"). */
  readonly commandPadding: PhraseSet;
  /** A command in a sentence of one's own: its actions and their objects ("wipe" + "what you stored on me"). */
  readonly commandParts: Readonly<
    Record<'forget' | 'restart' | 'status', { actions: PhraseSet; objects: PhraseSet }>
  >;
  readonly nameCues: Readonly<Record<NameCueKind, PhraseSet>>;
  /** "last name {name}": a family name given apart, added to the given name. */
  readonly familyCues: PhraseSet;
  readonly corrections: PhraseSet;
  /** "can you change that?" after a name: part of giving it, no question. */
  readonly nameChangeRequests: PhraseSet;
  /** Negations, verbs of telling, and words that are both: a refusal in the person's own words. */
  readonly refusalParts: Readonly<Record<(typeof REFUSAL_PARTS)[number], PhraseSet>>;
  /** Does the language write every noun with a capital (German), so a capital says nothing? */
  capitalisesNouns(language: string): boolean;
  /** Articles a language puts between a cue and the name ("soy *la* Ana"), by language. */
  articlesOf(language: string): WordSet;
  readonly titles: ReadonlySet<string>;
  /** Lower-case words inside names ("de", "van"); accent-aware, so "Văn" is not "van". */
  readonly particles: WordSet;
  /** The syllables of each naming tradition's names, by language, without accents ("nguyen", "wei"). */
  readonly nameSyllables: ReadonlyMap<string, ReadonlySet<string>>;
  readonly questions: Readonly<Record<QuestionList, PhraseSet>>;
  readonly topics: Readonly<Record<Topic, PhraseSet>>;
  readonly botTopics: Readonly<Record<Topic, PhraseSet>>;
  /** Multi-word ordinary phrases ("new york", "burnt out"), every language. */
  readonly notNamePhrases: PhraseSet;
  /** Is the word never a name in this language or in English ("hola", "thanks", "you")? */
  isNeverName(token: Token, language: string): boolean;
  /** Is the word one of the plain common words of this language or English ("maybe": "call me maybe")? */
  isCommonWord(token: Token, language: string): boolean;
  /**
   * Is the word an ordinary word (a mood, a job, a place, small talk...) in English or in one of
   * `languages` (by default, any)? "Ravi" is a mood in French, but a name in a message with no French.
   */
  isOrdinaryWord(token: Token, languages?: ReadonlySet<string>): boolean;
  /** The languages whose words the tokens use ("ich", "bin": German). */
  languagesOf(tokens: readonly Token[]): Set<string>;
  /** Is the word a mood in any language ("tired", "müde")? Some are names too ("Lucky", "Joy"). */
  isMood(token: Token): boolean;
  /** Is the word a place in any language ("Lima", "Delhi")? Some are family names too. */
  isPlace(token: Token): boolean;
  /** Is the word an insult or a swear word in any language? The bot never greets anyone with it. */
  isRude(token: Token): boolean;
  readonly emoji: ReadonlyMap<string, EmojiKind>;
}

const EMPTY_SET = new WordSet();
const EMPTY_LANGUAGES: ReadonlySet<string> = new Set();
const ONLY_ENGLISH: ReadonlySet<string> = new Set(['en']);
/** An English contraction as typed: "i'm", "you're", "we've", "it'll", "i'd", "don't", "bot's". */
const ENGLISH_CONTRACTION = /^\p{L}+['’](?:m|re|ve|ll|d|s|t)$/u;

/** Small talk that may surround a command: "hi, restart please", "wait what? how many questions left". */
const COMMAND_PADDING_KINDS = ['greetings', 'thanks', 'acknowledgements', 'confusion', 'farewells'] as const;

/** A language counts when its words score at least this share of the best language's. */
const LANGUAGE_SHARE = 0.5;
/** English is mixed into every language, so it counts at a lower share. */
const ENGLISH_SHARE = 0.25;
/** Below this score for the best language, English always counts too. */
const ENGLISH_KEPT_BELOW = 2;

/**
 * The same forms, one list: what the phrase matchers work out about a word's forms (where each automaton
 * starts on it, which sets it opens) is kept on the list, so it is worked out once per word, not once per
 * message. Few distinct words come up; the table is emptied if it ever grows large.
 */
const formsSeen = new Map<string, string[]>();
const MAX_FORMS_KEPT = 50_000;
function internForms(forms: string[]): string[] {
  const id = forms.length === 1 ? (forms[0] as string) : forms.join('\u0001');
  const known = formsSeen.get(id);
  if (known) return known;
  if (formsSeen.size >= MAX_FORMS_KEPT) formsSeen.clear();
  formsSeen.set(id, forms);
  return forms;
}

export function buildLexicon(packs: readonly LanguagePack[]): Lexicon {
  const tokenizer = createTokenizer({
    titles: new Set(packs.flatMap((pack) => pack.names?.titles ?? []).map((title) => keyOf(title))),
    suffixes: packs.flatMap((pack) => pack.suffixes ?? []),
  });
  const tokenize = tokenizer.tokenize;
  // Packs repeat many words and phrases: each text is split once.
  const wordsOf = new Map<string, readonly Token[]>();
  const words = (text: string): readonly Token[] => {
    let tokens = wordsOf.get(text);
    if (!tokens) {
      tokens = tokenizer.words(text);
      wordsOf.set(text, tokens);
    }
    return tokens;
  };

  const compile = (pick: (pack: LanguagePack) => readonly string[] | undefined): PhraseSet => {
    const phrases: Phrase[] = [];
    for (const pack of packs)
      for (const pattern of pick(pack) ?? []) {
        const phrase = compilePhrase(pattern, pack.code, words);
        if (phrase) phrases.push(phrase);
      }
    return new PhraseSet(phrases);
  };
  const keysOf = (lists: readonly (readonly string[] | undefined)[]): Set<string> =>
    new Set(
      lists
        .flatMap((list) => list ?? [])
        .flatMap((text) => {
          const phrase = compilePhrase(text, '', words);
          return phrase ? [...keysOfPhrase(phrase)] : [];
        }),
    );
  // The texts of a phrase that may be one word ("hola" from "[oh] hola"); a phrase with choices that
  // always has two words or more is not multiplied out.
  const singleWordTexts = (text: string): string[] => {
    const plain = text.replace(/\{(?:name|command)\}/g, ' ');
    if (!/[([]/.test(plain)) return [plain];
    const phrase = compilePhrase(plain, '', words);
    return phrase && fewestWords(phrase) <= 1 ? expandPhrase(plain) : [];
  };

  const smallTalk = record(SMALL_TALK_KINDS, (kind) => compile((pack) => pack.smallTalk?.[kind]));
  const commands = record(COMMAND_KINDS, (kind) => compile((pack) => pack.commands?.[kind]));
  const commandParts = {
    forget: {
      actions: compile((pack) => pack.commandParts?.forgetActions),
      objects: compile((pack) => pack.commandParts?.forgetObjects),
    },
    restart: {
      actions: compile((pack) => pack.commandParts?.restartActions),
      objects: compile((pack) => pack.commandParts?.restartObjects),
    },
    // "you counted that as a question??", "asking how many I have left used up my last question".
    status: {
      actions: compile((pack) => pack.commandParts?.statusActions),
      objects: compile((pack) => pack.commandParts?.statusObjects),
    },
  };
  const nameCues = record(NAME_CUE_KINDS, (kind) => compile((pack) => pack.names?.[kind]));
  const questions = record(QUESTION_LISTS, (kind) => compile((pack) => pack.questions?.[kind]));
  const topics = record(TOPIC_KINDS, (kind) => compile((pack) => pack.questions?.topics?.[kind]));
  const botTopics = record(TOPIC_KINDS, (kind) => compile((pack) => pack.questions?.botTopics?.[kind]));
  const notNames = (pack: LanguagePack) =>
    [
      pack.notNames?.moods,
      pack.notNames?.professions,
      pack.notNames?.places,
      pack.notNames?.words,
      pack.notNames?.rude,
    ].flatMap((list) => list ?? []);

  // Only whole single words go in these sets: a multi-word entry ("burnt out") is matched as a phrase.
  const singleWords = (lists: readonly (readonly string[] | undefined)[]): WordSet => {
    const set = new WordSet();
    for (const text of lists.flatMap((list) => list ?? []).flatMap(singleWordTexts)) {
      const tokens = words(text);
      if (tokens.length === 1 && tokens[0]) set.add(tokens[0]);
    }
    return set;
  };
  const byLanguage = new Map<string, LanguageWords>(
    packs.map((pack) => {
      const common = singleWords([pack.notNames?.words]);
      const never = singleWords([
        ...SMALL_TALK_KINDS.filter((kind) => kind !== 'refusals').map((kind) => pack.smallTalk?.[kind]),
        pack.fillers,
        pack.address,
        ...COMMAND_KINDS.map((kind) => pack.commands?.[kind]),
        pack.questions?.interrogatives,
        pack.questions?.particles,
        pack.questions?.you,
        pack.questions?.self,
        pack.questions?.conjunctions,
      ]);
      const ordinary = singleWords([
        notNames(pack),
        pack.questions?.others,
        ...TOPIC_KINDS.map((kind) => pack.questions?.topics?.[kind]),
        pack.smallTalk?.refusals,
      ]);
      return [pack.code, { never, ordinary, common }];
    }),
  );
  // Per language, every word of the pack: its small talk and fillers are ordinary words too ("hola" is
  // no name), except its "I" and "you", which are names elsewhere ("Mai", "Ana"), unless they are small
  // talk of that language too (the English "yo" greets; without it, "yo bot" read as Spanish).
  const ordinaryIn = new Map<string, WordSet>();
  for (const pack of packs) {
    const words_ = byLanguage.get(pack.code);
    if (!words_) continue;
    const set = new WordSet();
    set.addAll(words_.ordinary);
    set.addAll(words_.never);
    for (const text of [...(pack.questions?.you ?? []), ...(pack.questions?.self ?? [])].flatMap(
      singleWordTexts,
    )) {
      const tokens = words(text);
      if (tokens.length === 1 && tokens[0] && !words_.common.has(tokens[0]) && !words_.never.has(tokens[0]))
        set.delete(tokens[0]);
    }
    ordinaryIn.set(pack.code, set);
  }
  const ordinaryAnywhere = new WordSet();
  for (const set of ordinaryIn.values()) ordinaryAnywhere.addAll(set);
  // Which languages know a word, found in one look-up (by its plain form, and by its key).
  const languagesByPlain = new Map<string, string[]>();
  const languagesByKey = new Map<string, string[]>();
  for (const [language, set] of ordinaryIn) {
    for (const plain of set.plainWords())
      languagesByPlain.set(plain, [...(languagesByPlain.get(plain) ?? []), language]);
    for (const key of set.keyWords()) languagesByKey.set(key, [...(languagesByKey.get(key) ?? []), language]);
  }
  // Many words share their languages: one list each, not one per word.
  const sharedLists = new Map<string, string[]>();
  for (const byWord of [languagesByPlain, languagesByKey])
    for (const [word, languages] of byWord) {
      const id = languages.join(',');
      const shared = sharedLists.get(id) ?? languages;
      sharedLists.set(id, shared);
      byWord.set(word, shared);
    }
  const english = byLanguage.get('en');
  const articles = new Map(packs.map((pack) => [pack.code, singleWords([pack.names?.articles])]));
  const moods = singleWords(packs.map((pack) => pack.notNames?.moods));
  const places = singleWords(packs.map((pack) => pack.notNames?.places));
  const rude = singleWords(packs.map((pack) => pack.notNames?.rude));

  // Spellings: each spelling's key -> the words it stands for, and in which language.
  const spellings = new Map<string, { target: string; language: string }[]>();
  for (const pack of packs)
    for (const [word, variants] of Object.entries(pack.spellings ?? {})) {
      const target = keyOf(word);
      for (const variant of variants) {
        const list = spellings.get(keyOf(variant)) ?? [];
        list.push({ target, language: pack.code });
        spellings.set(keyOf(variant), list);
      }
    }
  // Languages a message plainly reads in (a score of ENGLISH_KEPT_BELOW or more), by the set
  // messageLanguages returned for it.
  const clearLanguagesOf = new WeakMap<ReadonlySet<string>, ReadonlySet<string>>();
  const spellingsOf = (key: string, languages: ReadonlySet<string> | null): string[] => {
    const found = spellings.get(key);
    if (!found) return [];
    // A lone letter ("r", "n", "x") is an abbreviation in many languages: outside English, only in a
    // message plainly in that language ("r u free" is no Vietnamese "rồi u").
    const lone = /^[a-z]$/.test(key);
    const clear = languages && clearLanguagesOf.get(languages);
    return found
      .filter(
        (spelling) =>
          (languages === null || languages.has(spelling.language)) &&
          (!lone || spelling.language === 'en' || clear?.has(spelling.language) === true),
      )
      .map((spelling) => spelling.target);
  };

  // Every word of every pack, by language: which languages a message is written in.
  const vocabularyPlain = new Map<string, Set<string>>();
  const vocabularyKeys = new Map<string, Set<string>>();
  for (const pack of packs) {
    const texts = [
      ...SMALL_TALK_KINDS.flatMap((kind) => pack.smallTalk?.[kind] ?? []),
      ...(pack.fillers ?? []),
      ...(pack.softeners ?? []),
      ...(pack.address ?? []),
      ...COMMAND_KINDS.flatMap((kind) => pack.commands?.[kind] ?? []),
      ...(pack.commandFrames ?? []),
      ...NAME_CUE_KINDS.flatMap((kind) => pack.names?.[kind] ?? []),
      ...(pack.names?.family ?? []),
      ...(pack.names?.corrections ?? []),
      ...(pack.names?.changeRequests ?? []),
      ...QUESTION_LISTS.flatMap((kind) => pack.questions?.[kind] ?? []),
      ...TOPIC_KINDS.flatMap((kind) => [
        ...(pack.questions?.topics?.[kind] ?? []),
        ...(pack.questions?.botTopics?.[kind] ?? []),
      ]),
      ...notNames(pack),
      ...REFUSAL_PARTS.flatMap((kind) => pack.refusalParts?.[kind] ?? []),
      ...COMMAND_PARTS.flatMap((kind) => pack.commandParts?.[kind] ?? []),
      ...Object.values(pack.spellings ?? {}).flat(),
    ];
    for (const text of texts)
      for (const token of words(text.replace(/[[\]()|]|\{(?:name|command)\}/g, ' '))) {
        const plain = plainOf(token);
        vocabularyPlain.set(plain, (vocabularyPlain.get(plain) ?? new Set()).add(pack.code));
        vocabularyKeys.set(token.key, (vocabularyKeys.get(token.key) ?? new Set()).add(pack.code));
      }
  }
  // Most words share their languages with thousands of others ({"de"}): one set each, not one per word.
  const sharedSets = new Map<string, Set<string>>();
  for (const vocabulary of [vocabularyPlain, vocabularyKeys])
    for (const [word, languages] of vocabulary) {
      const id = [...languages].sort().join(',');
      const shared = sharedSets.get(id) ?? languages;
      sharedSets.set(id, shared);
      vocabulary.set(word, shared);
    }
  /**
   * The languages that know a word: accented, only the same accents; unaccented, either. English also
   * knows every word in compromise's lexicon ("sage", "park"), far more than its pack lists.
   */
  const knownInWord = perWord((both: string): ReadonlySet<string> => {
    const [key = '', lower = ''] = both.split('\u0001');
    return knownInUncached({ key, lower } as Token);
  });
  const knownIn = (token: Token): ReadonlySet<string> => knownInWord(`${token.key}\u0001${token.lower}`);
  /** "for fun", "free time": two words side by side that English knows, and its packs too. */
  const hasEnglishPair = (words: readonly Token[]): boolean =>
    words.some((token, at) => {
      const next = words[at + 1];
      return (
        next !== undefined &&
        [token, next].every(
          (word) =>
            word.script === 'latin' &&
            /^[a-z]{2,}$/.test(word.key) &&
            isEnglishWord(word.key) &&
            knownIn(word).has('en'),
        )
      );
    });
  /** English only by compromise's dictionary, no word of the English pack ("singh", "hai"); once per word. */
  const englishByDictionaryOnly = perWord((both: string): boolean => {
    const [key = '', lower = ''] = both.split('\u0001');
    const plain = plainOf({ key, lower } as Token);
    const inPack =
      vocabularyPlain.get(plain)?.has('en') || (plain === key && vocabularyKeys.get(key)?.has('en'));
    return !inPack && knownInWord(both).has('en');
  });
  const knownInUncached = (token: Token): ReadonlySet<string> => {
    const plain = plainOf(token);
    // "I'm", "you're", "don't": typed with its apostrophe, an English contraction is English, whatever
    // else its letters spell ("im" is German, "dont" Polish).
    if (ENGLISH_CONTRACTION.test(token.lower) && vocabularyPlain.get(plain)?.has('en')) return ONLY_ENGLISH;
    const exact = vocabularyPlain.get(plain);
    const loose = plain === token.key ? vocabularyKeys.get(token.key) : undefined;
    const english = plain === token.key && /^[a-z]+$/.test(token.key) && isEnglishWord(token.key);
    if (!loose && !english) return exact ?? EMPTY_LANGUAGES;
    return new Set([...(exact ?? []), ...(loose ?? []), ...(english ? ['en'] : [])]);
  };

  // The words a typo is corrected to: English words of topics, question idioms, name cues, commands and
  // small talk. English only: chat typos are an English habit here, and with every language's words a name
  // would too often be one slip from some word ("Sora" from Turkish "sonra").
  const englishOnly = packs.filter((pack) => pack.code === 'en');
  const compileEnglish = (pick: (pack: LanguagePack) => readonly string[] | undefined): PhraseSet =>
    new PhraseSet(
      englishOnly.flatMap((pack) =>
        (pick(pack) ?? [])
          .map((text) => compilePhrase(text, pack.code, words))
          .filter((phrase) => phrase !== null),
      ),
    );
  const vocabulary = new Set<string>();
  for (const set of [
    ...TOPIC_KINDS.map((kind) => compileEnglish((pack) => pack.questions?.topics?.[kind])),
    ...TOPIC_KINDS.map((kind) => compileEnglish((pack) => pack.questions?.botTopics?.[kind])),
    ...NAME_CUE_KINDS.map((kind) => compileEnglish((pack) => pack.names?.[kind])),
    ...COMMAND_KINDS.map((kind) => compileEnglish((pack) => pack.commands?.[kind])),
    ...SMALL_TALK_KINDS.map((kind) => compileEnglish((pack) => pack.smallTalk?.[kind])),
    ...QUESTION_LISTS.map((kind) => compileEnglish((pack) => pack.questions?.[kind])),
  ])
    for (const key of set.keys()) if (key.length >= 3 && /^[a-z]+$/.test(key)) vocabulary.add(key);
  const typoIndex = buildDeletionIndex(vocabulary);
  // The three-letter words of the bot's topics ("old", "age", "you"), which a finger's slip is read as:
  // among all of small talk's words too, a short name would too often be one key from one ("yaw", "yas").
  const topicVocabulary = new Set<string>();
  for (const set of TOPIC_KINDS.map((kind) => compileEnglish((pack) => pack.questions?.botTopics?.[kind])))
    for (const key of set.keys()) if (key.length === 3 && /^[a-z]+$/.test(key)) topicVocabulary.add(key);
  const softeners = new Map<string, Set<string>>();
  for (const pack of packs)
    for (const token of (pack.softeners ?? []).flatMap((text) => words(text)))
      softeners.set(token.key, (softeners.get(token.key) ?? new Set()).add(pack.code));

  const typoOf = perWord((key: string): readonly string[] => {
    if (key.length < 3 || !/^[a-z]+$/.test(key) || vocabulary.has(key) || spellings.has(key)) return [];
    if (vocabularyKeys.has(key) || isEnglishWord(key)) return [];
    // Three letters leave too little to go on: only two letters swapped ("odl" for "old"), or a finger
    // on the key beside the right one ("olf").
    if (key.length === 3)
      return [
        ...[...vocabulary].filter((word) => word.length === 3 && isSwap(key, word)),
        ...[...topicVocabulary].filter((word) => isKeySlip(key, word)),
      ];
    const candidates = new Set<string>();
    for (const variant of [key, ...deletions(key)])
      for (const word of typoIndex.get(variant) ?? [])
        if (word.length >= 4 && closeEnough(key, word)) candidates.add(word);
    return [...candidates];
  });

  const emoji = new Map<string, EmojiKind>();
  for (const pack of packs)
    for (const kind of EMOJI_KINDS) for (const symbol of pack.emoji?.[kind] ?? []) emoji.set(symbol, kind);

  // The packs' texts were split once each while building; the tokens are not needed again.
  const built: Lexicon = {
    languages: packs.map((pack) => pack.code),
    tokenize,
    formsOf(tokens, languages) {
      const english = languages === null || languages.has('en');
      return tokens.map((token, index) => {
        const forms = [token.key, ...spellingsOf(token.key, languages)];
        const unknown = !vocabularyKeys.has(token.key);
        // A capitalised word is a name or a proper noun, not a typo.
        const capitalised = /^\p{Lu}/u.test(token.text) && (index > 0 || /\p{Ll}/u.test(token.text));
        // "old's", "bot's", "moms": an English word without its "s" ("whats ur moms name" is about a mom).
        if (
          english &&
          token.script === 'latin' &&
          token.key.length >= 4 &&
          token.key.endsWith('s') &&
          (unknown || /['’]s$/.test(token.text)) &&
          // "Jess" is a name, not the plural of the Finnish "jes".
          !(capitalised && !isEnglishWord(token.key.slice(0, -1)))
        )
          forms.push(token.key.slice(0, -1));
        // "heyyy", "nooo", "hoow": stretched letters, in a word no pack knows as it is ("perro" stays).
        const stretched = /(\p{L})\1\1/u.test(token.key);
        if (unknown && (stretched || (token.key.length > 3 && /(\p{L})\1/u.test(token.key)))) {
          for (const squeezed of [
            token.key.replace(/(\p{L})\1+/gu, '$1'),
            token.key.replace(/(\p{L})\1{2,}/gu, '$1$1'),
          ]) {
            // "Jess" is a name, not the Finnish "jes" typed with a double letter; "Yess" is still "yes".
            if (capitalised && !stretched && !isEnglishWord(squeezed)) continue;
            if (!forms.includes(squeezed)) forms.push(squeezed, ...spellingsOf(squeezed, languages));
          }
        }
        // Softeners ("even", "really") may sit inside a phrase: "who even are you".
        const softener = softeners.get(token.key);
        if (softener && (languages === null || [...softener].some((language) => languages.has(language))))
          forms.push(SKIPPABLE);
        if (english && token.script === 'latin' && !capitalised) forms.push(...typoOf(token.key));
        return internForms(forms);
      });
    },
    messageLanguages(tokens) {
      const scores = new Map<string, number>();
      for (const token of tokens) {
        const languages = knownIn(token);
        // A word only compromise's dictionary knows ("singh", "hai") is weaker evidence of English than
        // a word of the English pack: names and loanwords are in it too.
        const dictionaryOnly = englishByDictionaryOnly(`${token.key}\u0001${token.lower}`);
        for (const language of languages) {
          const share = 1 / languages.size;
          scores.set(
            language,
            (scores.get(language) ?? 0) + (dictionaryOnly && language === 'en' ? share / 2 : share),
          );
        }
      }
      if (scores.size === 0) return null;
      const best = Math.max(...scores.values());
      const chosen = new Set<string>();
      for (const [language, score] of scores)
        if (score >= best * (language === 'en' ? ENGLISH_SHARE : LANGUAGE_SHARE)) chosen.add(language);
      // English, the bot's own language, is switched off only by a clear case for another ("Im Pemba"
      // is English with a place name in it, not Swahili).
      if (best < ENGLISH_KEPT_BELOW) chosen.add('en');
      // "你的 name 是什么", "당신의 hobby가 궁금합니다": an English word in a message in another script is
      // English mixed in, however few its words.
      if (
        !chosen.has('en') &&
        tokens.some((token) => token.script === 'latin' && knownIn(token).has('en')) &&
        tokens.some((token) => token.script !== 'latin' && token.script !== 'other')
      )
        chosen.add('en');
      // "qué haces for fun?", "awak free time buat apa?": two English words side by side are English
      // mixed in, in any script.
      if (!chosen.has('en') && hasEnglishPair(tokens)) chosen.add('en');
      clearLanguagesOf.set(
        chosen,
        new Set([...chosen].filter((language) => (scores.get(language) ?? 0) >= ENGLISH_KEPT_BELOW)),
      );
      return chosen;
    },
    smallTalk,
    fillers: compile((pack) => pack.fillers),
    address: compile((pack) => pack.address),
    commands,
    commandWords: new Set(
      [...Object.values(commands), ...Object.values(commandParts).map((parts) => parts.actions)].flatMap(
        (set) => [...set.keys()],
      ),
    ),
    commandParts,
    commandFrames: compile((pack) => pack.commandFrames),
    commandPadding: compile((pack) => [
      ...(pack.fillers ?? []),
      ...(pack.address ?? []),
      ...COMMAND_PADDING_KINDS.flatMap((kind) => pack.smallTalk?.[kind] ?? []),
    ]),
    nameCues,
    familyCues: compile((pack) => pack.names?.family),
    corrections: compile((pack) => pack.names?.corrections),
    nameChangeRequests: compile((pack) => pack.names?.changeRequests),
    refusalParts: {
      negations: compile((pack) => pack.refusalParts?.negations),
      tell: compile((pack) => pack.refusalParts?.tell),
      wontTell: compile((pack) => pack.refusalParts?.wontTell),
    },
    articlesOf: (language) => articles.get(language) ?? EMPTY_SET,
    capitalisesNouns: (language) =>
      packs.some((pack) => pack.code === language && pack.capitalisedNouns === true),
    titles: keysOf(packs.map((pack) => pack.names?.titles)),
    particles: singleWords(packs.map((pack) => pack.names?.particles)),
    nameSyllables: new Map(
      packs
        .filter((pack) => (pack.names?.syllables?.length ?? 0) > 0)
        .map((pack) => [
          pack.code,
          new Set((pack.names?.syllables ?? []).map((syllable) => keyOf(syllable))),
        ]),
    ),
    questions,
    topics,
    botTopics,
    notNamePhrases: compile((pack) => notNames(pack).filter((entry) => /\s/.test(entry))),
    isCommonWord(token, language) {
      return (
        (byLanguage.get(language)?.common ?? EMPTY_SET).has(token) ||
        (english?.common ?? EMPTY_SET).has(token)
      );
    },
    isNeverName(token, language) {
      return (
        (byLanguage.get(language)?.never ?? EMPTY_SET).has(token) || (english?.never ?? EMPTY_SET).has(token)
      );
    },
    isOrdinaryWord(token, languages) {
      if (!languages) return ordinaryAnywhere.has(token);
      if (ordinaryIn.get('en')?.has(token)) return true;
      for (const language of languages) if (ordinaryIn.get(language)?.has(token)) return true;
      return false;
    },
    languagesOf(tokens) {
      const found = new Set<string>();
      for (const token of tokens) {
        const plain = plainOf(token);
        for (const language of languagesByPlain.get(plain) ?? []) found.add(language);
        if (plain === token.key)
          for (const language of languagesByKey.get(token.key) ?? []) found.add(language);
      }
      return found;
    },
    isMood: (token) => moods.has(token),
    isPlace: (token) => places.has(token),
    isRude: (token) => rude.has(token),
    emoji,
  };
  wordsOf.clear();
  return built;
}

function record<K extends string, V>(keys: readonly K[], make: (key: K) => V): Record<K, V> {
  return Object.fromEntries(keys.map((key) => [key, make(key)])) as Record<K, V>;
}

/** Every way to drop one letter from a word. */
function deletions(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

/** Words by themselves and by each one-letter deletion: a typo one slip away shares an entry (SymSpell). */
function buildDeletionIndex(vocabulary: ReadonlySet<string>): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const word of vocabulary)
    for (const variant of [word, ...deletions(word)]) {
      const list = index.get(variant) ?? [];
      list.push(word);
      index.set(variant, list);
    }
  return index;
}
