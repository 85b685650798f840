// Phrases people put in front of their name. A strong cue ("my name is", "call me") says that a name
// follows, whatever the word; a weak one ("I'm", "it's", "this is") is also how people describe
// themselves ("I'm tired", "it's raining"), so what follows must look like a name.

import { editDistance } from './fuzzy';
import { profileWord } from './word-class';

export type CueStrength = 'strong' | 'weak';

const STRONG = `
  my name is|my name's|my names|my name is just|my name is actually|name is|name's|names|the name is|the name's
  my full name is|my first name is|my real name is|my given name is|my nickname is|my nick is
  call me|just call me|you can call me|u can call me|you can just call me|you may call me|please call me|pls call me
  feel free to call me|you could call me|call me just
  they call me|people call me|everyone calls me|everybody calls me|friends call me|my friends call me|most people call me
  folks call me|others call me|all my friends call me|they all call me|everyone just calls me|people usually call me
  my family calls me|most call me|some call me
  people know me as|everyone knows me as|most people know me as|i'm known as|im known as|i am known as|known as
  i'm called|im called|i am called|i'm named|im named|i am named|i was named
  i go by|i usually go by|i mostly go by|i go by the name|i prefer|i'd prefer|i prefer to be called|i'd prefer to be called
  i'd like to be called|i like to be called|i'd rather be called
  me llamo|mi nombre es|me chamo|je m'appelle|mon nom est|mon prénom est|ich heiße|ich heisse|mein name ist|mi chiamo|il mio nome è|meu nome é|o meu nome é
  mijn naam is|ik heet|jag heter|jeg heter|jeg hedder|nazywam się|mam na imię|меня зовут|мене звати|benim adım|adım
  ismim|benim ismim|اسمي|मेरा नाम|제 이름은|내 이름은|私の名前は|我叫|我的名字是|我的名字叫|ang pangalan ko ay|nama saya
  tên tôi là|tôi tên là|jina langu ni|ονομάζομαι|με λένε|το όνομά μου είναι|ชื่อ|ผมชื่อ|ฉันชื่อ|ดิฉันชื่อ|jmenuji se|zovem se|minu nimi on|nimeni on|az se kazvam|ik heet|ime mi je
`;

const WEAK = `
  i'm|im|i am|iam|i m|it's|its|it is|it's me|its me|it is me|this is|this's|here is|here's|heres
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
  je suis|ich bin|soy|yo soy|sono|eu sou|sou|ik ben|jag är|jeg er|я|मैं|أنا|我是|私は|わたしは|僕は|저는|나는
  tôi là|mimi ni|ako si|saya|jestem|já jsem|ja sam|ja sam|olen|én vagyok|eu sunt|jsem
`;

const phrases = (list: string, strength: CueStrength) =>
  list
    .split('|')
    .map((phrase) => phrase.trim().split(/\s+/))
    .filter((words) => words.length > 0 && words[0] !== '')
    .map((words) => ({ words, strength }));

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

export const TRAILING_CUES = [
  ...phrases(TRAILING_STRONG.replace(/\n/g, '|'), 'strong'),
  ...phrases(TRAILING_WEAK.replace(/\n/g, '|'), 'weak'),
]
  .filter((cue) => cue.words.every(Boolean))
  .sort((a, b) => b.words.length - a.words.length);

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
export function isCueWord(typed: string | undefined, expected: string): boolean {
  if (typed === undefined) return false;
  if (typed === expected || CUE_SPELLINGS.get(expected)?.includes(typed)) return true;
  if (expected.endsWith("'s") && typed.endsWith("'s"))
    return isCueWord(typed.slice(0, -2), expected.slice(0, -2));
  if (!FUZZY_CUE_WORDS.has(expected) || typed.length < 3) return false;
  const sameStart = typed[0] === expected[0] || (typed[0] === expected[1] && typed[1] === expected[0]);
  return sameStart && editDistance(typed, expected, 1) <= 1 && !profileWord(typed).known;
}

/** Every cue, longest first, so "my name is" wins over "name is". */
export const NAME_CUES = [
  ...phrases(STRONG.replace(/\n/g, '|'), 'strong'),
  ...phrases(WEAK.replace(/\n/g, '|'), 'weak'),
]
  .filter((cue) => cue.words.every(Boolean))
  .sort((a, b) => b.words.length - a.words.length);

/** Scripts written without spaces glue the cue to the name ("我叫王芳"); this puts the space back. */
export const GLUED_CUE =
  /(我叫|我是|我的名字是|我的名字叫|私の名前は|私は|わたしは|僕は|ผมชื่อ|ฉันชื่อ|ดิฉันชื่อ|ชื่อ)(?=\S)/gu;

/** Polite endings after a name in scripts without a copula word ("ゆい です", "지수입니다"). */
export const NAME_SUFFIX =
  /(?:です|と申します|といいます|입니다|이에요|예요|이라고 합니다|라고 합니다|हूँ|हूं|है|ครับ|ค่ะ|คะ)$/u;

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
