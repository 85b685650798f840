// "My name is" and "I am" in the languages people bring into an English chat: a small table, one
// row per language, read by name-cues.ts. A strong phrase says a name follows; a weak one ("soy",
// "ich bin") is also how people describe themselves, so what follows must look like a name.
// Some languages put a word after the name ("mera naam Arjun *hai*", "watashi wa Haruto *desu*",
// "ko Tamati *tōku ingoa*") or an article before it ("eu sou *a* Beatriz", "είμαι *η* Ελένη").

export interface LanguageCues {
  readonly language: string;
  /** Phrases after which a name follows, whatever the word, separated by "|". */
  readonly strong?: string;
  /** Phrases after which a name-like word follows ("I am"), separated by "|". */
  readonly weak?: string;
  /** Articles that may come between the phrase and the name, separated by spaces. */
  readonly articles?: string;
  /** Words that close the name, separated by "|"; `closeRequired` when the opener alone is too common. */
  readonly closers?: string;
  readonly closeRequired?: boolean;
}

export const LANGUAGE_CUES: readonly LanguageCues[] = [
  { language: 'Spanish', strong: 'me llamo|mi nombre es|mi nombre', weak: 'soy|yo soy', articles: 'la el' },
  {
    language: 'Portuguese',
    strong: 'me chamo|meu nome é|o meu nome é|meu nome e|chamo-me',
    weak: 'eu sou|sou',
    articles: 'a o',
  },
  {
    language: 'French',
    strong: "je m'appelle|je m appelle|mon nom est|mon prénom est|moi c'est|moi c est",
    weak: "je suis|c'est",
  },
  {
    language: 'German',
    strong: 'ich heiße|ich heisse|mein name ist|mein name',
    weak: 'ich bin|hier ist|hier spricht',
    articles: 'der die',
  },
  { language: 'Italian', strong: 'mi chiamo|il mio nome è|il mio nome e', weak: 'sono|io sono' },
  { language: 'Dutch', strong: 'mijn naam is|ik heet', weak: 'ik ben' },
  {
    language: 'Nordic',
    strong: 'jag heter|jeg heter|jeg hedder|mitt namn är|mitt navn er|mit navn er|ég heiti',
    weak: 'jag är|jeg er',
  },
  {
    language: 'Finnish, Estonian',
    strong: 'nimeni on|minun nimeni on|minu nimi on|minu nimi',
    // "mä oon", "mie oon": spoken Finnish, as typed in chat.
    weak: 'olen|mina olen|minä olen|mä oon|mä olen|mie oon',
  },
  { language: 'Polish', strong: 'nazywam się|mam na imię|moje imię to', weak: 'jestem' },
  {
    language: 'Czech, Slovak',
    strong: 'jmenuji se|jmenuju se|volám sa|moje meno je',
    weak: 'jsem|já jsem|som',
  },
  { language: 'Serbian, Croatian, Bosnian', strong: 'zovem se|ime mi je|moje ime je', weak: 'ja sam' },
  { language: 'Romanian', strong: 'mă numesc|ma numesc|numele meu este|numele meu e', weak: 'eu sunt' },
  { language: 'Hungarian', strong: 'a nevem|nevem', weak: 'én vagyok' },
  { language: 'Turkish', strong: 'benim adım|adım|benim ismim|ismim|benim adim|adim' },
  { language: 'Russian, Ukrainian', strong: 'меня зовут|мене звати|моё имя|мое имя', weak: 'я' },
  { language: 'Bulgarian', strong: 'казвам се|аз се казвам|az se kazvam' },
  {
    language: 'Greek',
    strong: 'με λένε|ονομάζομαι|λέγομαι|το όνομά μου είναι|το ονομα μου ειναι',
    weak: 'είμαι|ειμαι',
    articles: 'ο η',
  },
  { language: 'Irish, Welsh', strong: 'is mise|fy enw i yw|fy enw i ydy|fy enw yw' },
  { language: 'Hebrew', strong: 'שמי|קוראים לי|השם שלי|השם שלי הוא', weak: 'אני' },
  { language: 'Arabic', strong: 'اسمي|إسمي|انا اسمي|أنا اسمي', weak: 'أنا|انا' },
  { language: 'Arabic (Latin letters)', strong: 'ismi|esmi|ana ismi|ana esmi|ismee' },
  { language: 'Persian, Urdu', strong: 'اسم من|اسمم|میرا نام' },
  { language: 'Hindi', strong: 'मेरा नाम|मेरा नाम है', weak: 'मैं' },
  // Hindi and Urdu typed in Latin letters: "mera naam Arjun hai", "main Priya hoon".
  {
    language: 'Hindi (Latin letters)',
    strong: 'mera naam|mera naam hai|mera nam|mera nam hai',
    closers: 'hai|h',
  },
  {
    language: 'Hindi (Latin letters), "I am"',
    weak: 'main|mai|mein',
    closers: 'hoon|hun|hu|hoo',
    closeRequired: true,
  },
  {
    language: 'Hindi (Latin letters), "they call me"',
    strong: 'mujhe|log mujhe|sab mujhe|mujhe sab|mujhe log',
    closers: 'kehte hain|kahte hain|bulate hain|bulaate hain|kehte hai|bulate hai',
    closeRequired: true,
  },
  { language: 'Bengali, Tamil, Telugu', strong: 'আমার নাম|என் பெயர்|నా పేరు' },
  { language: 'Japanese', strong: '私の名前は|わたしのなまえは', weak: '私は|わたしは|僕は|ぼくは|俺は' },
  {
    language: 'Japanese (romaji)',
    strong: 'watashi no namae wa|boku no namae wa',
    weak: 'watashi wa|watashi-wa|boku wa|ore wa|atashi wa',
    closers: 'desu|da|to moushimasu|to mōshimasu|to iimasu',
  },
  { language: 'Korean', strong: '제 이름은|내 이름은|저의 이름은', weak: '저는|나는' },
  { language: 'Chinese', strong: '我叫|我的名字是|我的名字叫|我名叫', weak: '我是' },
  {
    language: 'Vietnamese',
    strong: 'tên tôi là|tôi tên là|tên mình là|mình tên là|em tên là',
    weak: 'tôi là|mình là|em là',
  },
  { language: 'Thai', strong: 'ชื่อ|ผมชื่อ|ฉันชื่อ|ดิฉันชื่อ' },
  {
    language: 'Tagalog',
    strong: 'ang pangalan ko ay|ang pangalan ko ay si|pangalan ko ay|ako po si',
    weak: 'ako si',
  },
  { language: 'Indonesian, Malay', strong: 'nama saya|nama aku|namaku|nama gue|nama gw', weak: 'saya|aku' },
  { language: 'Swahili', strong: 'jina langu ni|naitwa|ninaitwa', weak: 'mimi ni' },
  { language: 'Yoruba, Igbo, Hausa', strong: 'orúkọ mi ni|oruko mi ni|aha m bụ|aha m bu|sunana' },
  // Māori and Hawaiian put "my name" after the name: "ko Tamati tōku ingoa", "ʻo Keala koʻu inoa".
  {
    language: 'Māori',
    strong: 'ko',
    closers: 'tōku ingoa|toku ingoa|taku ingoa|tooku ingoa',
    closeRequired: true,
  },
  { language: 'Māori, name first', strong: 'ko tōku ingoa ko|ko toku ingoa ko|ko taku ingoa ko' },
  { language: 'Hawaiian', strong: "ʻo|'o|o", closers: "koʻu inoa|ko'u inoa|kou inoa", closeRequired: true },
];

/** Scripts written without spaces glue the cue to the name ("我叫王芳"); this puts the space back. */
export const GLUED_CUE =
  /(我叫|我是|我的名字是|我的名字叫|我名叫|私の名前は|私は|わたしは|僕は|ผมชื่อ|ฉันชื่อ|ดิฉันชื่อ|ชื่อ)(?=\S)/gu;

/** Polite endings after a name in scripts without a copula word ("ゆい です", "지수입니다"). */
export const NAME_SUFFIX =
  /(?:です|と申します|といいます|입니다|이에요|예요|이라고 합니다|라고 합니다|हूँ|हूं|है|ครับ|ค่ะ|คะ)$/u;
