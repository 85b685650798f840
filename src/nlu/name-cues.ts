// Phrases people put in front of their name. A strong cue ("my name is", "call me") says that a name
// follows, whatever the word; a weak one ("I'm", "it's", "this is") is also how people describe
// themselves ("I'm tired", "it's raining"), so what follows must look like a name.

import { editDistance } from './fuzzy';
import { perWord } from './memo';
import { LANGUAGE_CUES, type LanguageCues } from './name-cues-world';
import { profileWord } from './word-class';

export type CueStrength = 'strong' | 'weak';

/** "real name Tobias", "my legal name is ...", "birth name's ...": a name with what kind of name it is. */
function qualifiedNames(): string {
  const kinds = 'real full legal official birth given proper actual first christian whole'.split(' ');
  const forms = ['NAME', 'NAME is', "NAME's", 'my NAME', 'my NAME is', "my NAME's"];
  return kinds.flatMap((kind) => forms.map((form) => form.replace('NAME', `${kind} name`))).join('|');
}

const STRONG = `
  my name is|my name's|my names|my name is just|my name is actually|name is|name's|names|the name is|the name's
  my nickname is|my nick is|nickname is|nickname's
  ${qualifiedNames()}
  call me|just call me|you can call me|u can call me|you can just call me|you may call me|please call me|pls call me
  feel free to call me|you could call me|call me just|call me by
  address me as|refer to me as|know me as
  they call me|people call me|everyone calls me|everybody calls me|friends call me|my friends call me|most people call me
  folks call me|others call me|all my friends call me|they all call me|everyone just calls me|people usually call me
  my family calls me|most call me|some call me
  people know me as|everyone knows me as|most people know me as|i'm known as|im known as|i am known as|known as
  i'm called|im called|i am called|i'm named|im named|i am named|i was named|named me|christened me
  i was christened|i was baptised|i was baptized|christened|been called|i've been called|ive been called|i have been called
  i go by|i usually go by|i mostly go by|i go by the name|i prefer|i'd prefer|i prefer to be called|i'd prefer to be called
  i'd like to be called|i like to be called|i'd rather be called
`;

/**
 * "I'm", "it's", "this is", and the Indian English "myself Anirudh", "this side Pallavi" (the
 * trailing "Karthik this side" is among the trailing cues below).
 */
const WEAK = `
  i'm|im|i am|iam|i m|i'am|it's|its|it is|it's me|its me|it is me|this is|this's|here is|here's|heres
  myself|this side|this side is
  ${['you are', "you're", 'youre', 'ur', 'u r', 'u are']
    .flatMap((you) =>
      [
        'talking to',
        'speaking to',
        'speaking with',
        'chatting with',
        'chatting to',
        'talking with',
        'texting',
      ].map((verb) => `${you} ${verb}`),
    )
    .join('|')}
`;

/** The first words of the cues in which people describe themselves ("im student" is a role, not a name). */
const SELF_OPENERS = /^(?:i'm|im|i|iam|i'am|myself)$/;

export interface Cue {
  readonly words: readonly string[];
  readonly strength: CueStrength;
  /** "I'm", "myself": the person describes themselves, so a role ("im student") is no name. */
  readonly self: boolean;
  /** Articles that may stand before the name ("eu sou *a* Beatriz"). */
  readonly articles: ReadonlySet<string>;
  /** Words after the name that close it ("mera naam Arjun *hai*"). */
  readonly closers: ReadonlyArray<readonly string[]>;
  /** The cue only counts when a closer follows ("ko Tamati *tōku ingoa*"). */
  readonly closeRequired: boolean;
}

const split = (list: string | undefined): string[] =>
  (list ?? '')
    .split(/\||\n/)
    .map((phrase) => phrase.trim())
    .filter(Boolean);

function cues(list: string | undefined, strength: CueStrength, language?: LanguageCues): Cue[] {
  return split(list).map((phrase) => {
    const words = phrase.split(/\s+/);
    return {
      words,
      strength,
      self: !language && SELF_OPENERS.test(words[0] ?? ''),
      articles: new Set(language?.articles?.split(' ') ?? []),
      closers: split(language?.closers).map((closer) => closer.split(/\s+/)),
      closeRequired: language?.closeRequired ?? false,
    };
  });
}

/**
 * Cues that follow the name: "Takeshi's the name", "Kalinda is my name", "Gaurav speaking", "Quentin
 * is what people call me". Strong ones say a name came before; weak ones need a name-like word.
 */
const TRAILING_STRONG = `
  is my name|is the name|'s my name|'s the name|is my first name|is my real name|is my nickname|is my full name
  is what people call me|is what everyone calls me|is what they call me|is what my friends call me
  is what friends call me|is what most people call me|is what folks call me|is what i go by|is what i'm called
  is how people know me|is my given name|is the name i go by
`;
const TRAILING_WEAK = `
  here|speaking|this side|at your service|reporting for duty|reporting in|checking in|on the line|in the house
`;

export const TRAILING_CUES: readonly Cue[] = [
  ...cues(TRAILING_STRONG, 'strong'),
  ...cues(TRAILING_WEAK, 'weak'),
].sort((a, b) => b.words.length - a.words.length);

/**
 * How people misspell the short words of a cue: "mah name", "my name iz", "ppl call me", "cal me".
 * Short words get no edit distance (too many real words are one letter away), only these spellings.
 */
const CUE_SPELLINGS: ReadonlyMap<string, readonly string[]> = new Map(
  `
  my=mi,ma,mah,mt,mu,ny,mai,myy
  is=iz,si,s,ist,isss
  me=mee,em,mi
  call=cal,kall,cll,calll,caal
  calls=callz,cals,cal
  called=caled,callled,cald
  people=ppl,peeps,ppls,pple,poeple,peopel,peple
  everyone=every1,evry1,everyon,evryone,erryone
  friends=frens,friendz,frnds,frends
  just=jus,jst
  the=da,teh,tha,th
  you=u,ya,yu
  can=cn,kan
  name=nm,nme,nam
  names=nms
`
    .trim()
    .split(/\s+/)
    .map((entry) => {
      const [word = '', spellings = ''] = entry.split('=');
      return [word, spellings.split(',')] as const;
    }),
);

/** Longer cue words, where one typing slip still leaves the word recognisable ("nmae", "naem", "anme"). */
const FUZZY_CUE_WORDS = new Set([
  'name',
  'names',
  'call',
  'calls',
  'called',
  'known',
  'people',
  'everyone',
  'friends',
  'nickname',
]);

/**
 * Whether a typed word stands for a cue word: exactly, by a known spelling, or (for a long cue word)
 * one slip away, as long as compromise does not know it as a word of its own ("same" is no "name").
 */
function standsFor(typed: string, expected: string): boolean {
  if (typed === expected || CUE_SPELLINGS.get(expected)?.includes(typed)) return true;
  if (expected.endsWith("'s") && typed.endsWith("'s"))
    return standsFor(typed.slice(0, -2), expected.slice(0, -2));
  if (!FUZZY_CUE_WORDS.has(expected) || typed.length < 3) return false;
  const sameStart = typed[0] === expected[0] || (typed[0] === expected[1] && typed[1] === expected[0]);
  return sameStart && editDistance(typed, expected, 1) <= 1 && !profileWord(typed).known;
}

/** Every cue word a typed word may stand for, worked out once per word. */
const cueWordsFor = perWord(
  (typed: string): ReadonlySet<string> =>
    new Set([...CUE_VOCABULARY].filter((word) => standsFor(typed, word))),
);

/** Whether a typed word stands for the cue word `expected` ("nmae" for "name", "ppl" for "people"). */
export function isCueWord(typed: string | undefined, expected: string): boolean {
  if (typed === undefined) return false;
  if (CUE_VOCABULARY.has(expected)) return cueWordsFor(typed).has(expected);
  return standsFor(typed, expected);
}

/** Every cue, English and other languages, longest first, so "my name is" wins over "name is". */
export const NAME_CUES: readonly Cue[] = [
  ...cues(STRONG, 'strong'),
  ...cues(WEAK, 'weak'),
  ...LANGUAGE_CUES.flatMap((language) => [
    ...cues(language.strong, 'strong', language),
    ...cues(language.weak, 'weak', language),
  ]),
].sort((a, b) => b.words.length - a.words.length);

/** The words of every cue, leading and trailing. */
const CUE_VOCABULARY: ReadonlySet<string> = new Set(
  [...NAME_CUES, ...TRAILING_CUES].flatMap((cue) => cue.words),
);

/** The cues a typed word may open, longest first (most words start no cue at all). */
export const cuesOpenedBy = perWord((typed: string): readonly Cue[] => {
  const words = cueWordsFor(typed);
  return words.size === 0 ? [] : NAME_CUES.filter((cue) => words.has(cue.words[0] ?? ''));
});

/** The cues a typed word may close ("is" in "my name is", "I'm"), for a cue that ends its clause. */
export const cuesClosedBy = perWord((typed: string): readonly Cue[] => {
  const words = cueWordsFor(typed);
  return words.size === 0 ? [] : NAME_CUES.filter((cue) => words.has(cue.words[cue.words.length - 1] ?? ''));
});

/**
 * "it's *ya boi* Dre", "yo its *ur girl* Keisha", "it's *your favourite intern*, Priya": slang or a
 * joke for "me" between the cue and the name.
 */
const YOUR_WORDS = new Set(['ya', 'yo', 'ur', 'your', 'yer', 'yah', "you're", 'youre', 'yours']);
const EPITHET_NOUNS = new Set(
  'boy boi boii girl gurl gal guy man dude homie homeboy homegirl friend pal bestie sis bro buddy host girlie'.split(
    ' ',
  ),
);
/** After one of these, any noun is the joke: "your *friendly neighbourhood* intern". */
const EPITHET_ADJECTIVES = new Set(
  'fav fave favorite favourite friendly neighborhood neighbourhood local resident new truly one and only'.split(
    ' ',
  ),
);

/** How many words of such slang open `words` (0 when there is none): "ya boi", "ur fav girl". */
export function epithetLength(words: readonly string[]): number {
  if (!YOUR_WORDS.has(words[0] ?? '')) return 0;
  let length = 1;
  while (EPITHET_ADJECTIVES.has(words[length] ?? '')) length += 1;
  const noun = words[length];
  if (noun !== undefined && (EPITHET_NOUNS.has(noun) || length > 1)) return length + 1;
  return 0;
}

/**
 * One-word cues ("soy", "sono", "saya", "myself"): where one comes up inside a name, a new clause has
 * begun ("me llamo José Luis y *soy* de México"). Very short ones ("ko", "я") and particles are left out.
 */
export const CUE_WORDS: ReadonlySet<string> = new Set(
  NAME_CUES.filter((cue) => cue.words.length === 1)
    .map((cue) => cue.words[0] ?? '')
    .filter((word) => word.length >= 3 && !/^(?:bin|ben|names|name's)$/.test(word)),
);

/** "Name: Ana", "name - Ana": a form-style label reads like "my name is". */
export const LABEL = /^\s*(?:(?:my|full|first)\s+)*name\s*(?::|=|-|–|—)\s*/i;

/** Cue words typed as one: "myname is", "callme". */
export const GLUED_WORDS = /\b(my)(name(?:'?s)?|nmae|naem)\b|\b(call)(me)\b/gi;

/**
 * Labelled parts of a name in any order: "first name's Aroha, last name Ngata", "surname: Mensah".
 * Each label is followed by its part, up to the next punctuation (name-run.ts stops at "and").
 */
export const GIVEN_NAME_LABEL =
  /\b(?:first|given|fore|christian)[ -]?name(?:'?s|\s+is)?\s*[:=-]?\s*([^,.;:!?\n]+)/i;
export const FAMILY_NAME_LABEL =
  /\b(?:(?:last|family|sur)[ -]?name|surname)(?:'?s|\s+is)?\s*[:=-]?\s*([^,.;:!?\n]+)/i;
