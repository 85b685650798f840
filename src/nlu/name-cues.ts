// Phrases people put in front of their name. A strong cue ("my name is", "call me") says that a name
// follows, whatever the word; a weak one ("I'm", "it's", "this is") is also how people describe
// themselves ("I'm tired", "it's raining"), so what follows must look like a name.

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
  je suis|ich bin|soy|yo soy|sono|eu sou|sou|ik ben|jag är|jeg er|я|मैं|أنا|我是|私は|わたしは|僕は|저는|나는
  tôi là|mimi ni|ako si|saya|jestem|já jsem|ja sam|ja sam|olen|én vagyok|eu sunt|jsem
`;

const phrases = (list: string, strength: CueStrength) =>
  list
    .split('|')
    .map((phrase) => phrase.trim().split(/\s+/))
    .filter((words) => words.length > 0 && words[0] !== '')
    .map((words) => ({ words, strength }));

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
