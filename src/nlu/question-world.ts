// "What's your name?", "how old are you?" and "what do you do for fun?" in the languages people bring
// into an English chat ("wie heißt du?", "quantos anos vc tem", "ano hobby mo"): one row per language.
// The bot still answers in English; this only makes sure the question is understood. Phrases are
// matched as whole words on text without accents, case or punctuation, so "¿Cuántos años tienes?" and
// "cuantos anos tienes" read the same. Only the forms that ask "you" are listed: "como se llama tu
// perro" (your dog's name) is not here.

import type { Topic } from './topic-lexicon';

interface LanguageQuestions {
  readonly language: string;
  /** Phrases for each topic, separated by "|". */
  readonly name: string;
  readonly age: string;
  readonly hobby: string;
}

export const LANGUAGE_QUESTIONS: readonly LanguageQuestions[] = [
  {
    language: 'Spanish',
    name: 'como te llamas|cual es tu nombre|como se llama usted|tu nombre',
    age: 'cuantos anos tienes|que edad tienes|cual es tu edad|tu edad',
    hobby:
      'que haces en tu tiempo libre|que te gusta hacer|tus pasatiempos|tus hobbies|tienes hobbies|tienes algun hobby|tienes pasatiempos',
  },
  {
    language: 'Portuguese',
    name: 'qual e o seu nome|qual o seu nome|qual seu nome|qual e o teu nome|qual o teu nome|qual teu nome|como voce se chama|como vc se chama|como te chamas|seu nome|teu nome',
    age: 'quantos anos voce tem|quantos anos vc tem|quantos anos tens|qual a sua idade|qual sua idade|sua idade|tua idade',
    hobby:
      'o que voce faz nas horas vagas|o que vc faz nas horas vagas|o que voce faz no tempo livre|o que vc faz no tempo livre|o que voce gosta de fazer|o que vc gosta de fazer|seus hobbies|teus hobbies|tem algum hobby',
  },
  {
    language: 'French',
    name: 'comment tu t appelles|comment t appelles tu|tu t appelles comment|comment vous appelez vous|quel est ton nom|quel est votre nom|c est quoi ton nom',
    age: 'quel age as tu|tu as quel age|t as quel age|quel age avez vous',
    hobby:
      'que fais tu pendant ton temps libre|qu est ce que tu fais pendant ton temps libre|tu fais quoi pendant ton temps libre|que fais tu pour t amuser|quels sont tes loisirs|tes loisirs|tes passe temps|tes hobbies',
  },
  {
    language: 'German',
    name: 'wie heisst du|wie heist du|wie heissen sie|wie ist dein name|wie ist ihr name|dein name',
    age: 'wie alt bist du|wie alt sind sie|dein alter',
    hobby:
      'was machst du in deiner freizeit|was machst du gern|was sind deine hobbys|was sind deine hobbies|hast du hobbys|hast du hobbies|deine hobbys|deine hobbies',
  },
  {
    language: 'Italian',
    name: 'come ti chiami|qual e il tuo nome|il tuo nome',
    age: 'quanti anni hai|la tua eta',
    hobby:
      'cosa fai nel tempo libero|che fai nel tempo libero|quali sono i tuoi hobby|i tuoi hobby|hai hobby',
  },
  {
    language: 'Hindi, Urdu (Latin letters)',
    name: 'tumhara naam|aapka naam|apka naam|tera naam|tumhara nam|aapka nam|apka nam|tera nam',
    age: 'tumhari umar|aapki umar|apki umar|teri umar|tumhari umr|aapki umr|apki umr|tumhari age|aapki age|apki age|teri age|kitne saal ke ho',
    hobby:
      'tumhari hobby|tumhare hobbies|aapki hobby|aapke hobbies|apki hobby|free time mein kya karte ho|free time me kya karte ho|kya karte ho free time|khali samay mein kya karte ho',
  },
  {
    language: 'Tagalog',
    name: 'ano pangalan mo|anong pangalan mo|ano ang pangalan mo|pangalan mo',
    age: 'ilang taon ka|edad mo',
    hobby: 'ano hobby mo|anong hobby mo|ano ang hobby mo|hobby mo|libangan mo',
  },
  {
    language: 'Indonesian, Malay',
    name: 'siapa nama kamu|siapa namamu|nama kamu siapa|nama anda siapa|siapa nama anda|siapa nama awak',
    age: 'berapa umur kamu|berapa umurmu|umur kamu berapa|berapa usia kamu|usia kamu berapa|berapa umur awak',
    hobby: 'apa hobi kamu|hobi kamu apa|hobimu apa|apa hobimu|hobi anda apa|apa hobi anda',
  },
  {
    language: 'Polish',
    name: 'jak masz na imie|jak sie nazywasz|jak ci na imie',
    age: 'ile masz lat',
    hobby: 'co robisz w wolnym czasie|jakie masz hobby|twoje hobby',
  },
  {
    language: 'Turkish',
    name: 'adin ne|adiniz ne|ismin ne|adin nedir|ismin nedir',
    age: 'kac yasindasin|yasin kac',
    hobby: 'hobilerin neler|hobin ne|bos zamanlarinda ne yaparsin',
  },
  {
    language: 'Russian',
    name: 'как тебя зовут|как вас зовут',
    age: 'сколько тебе лет|сколько вам лет',
    hobby: 'чем ты увлекаешься|какое у тебя хобби|что ты делаешь в свободное время',
  },
];

/** Lower case without accents or punctuation: "¿Cuántos años?" -> "cuantos anos", "heißt" -> "heisst". */
function folded(text: string): string {
  return text
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/ı/g, 'i')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const TOPIC_OF_PHRASE = new Map<string, Topic>(
  LANGUAGE_QUESTIONS.flatMap((row) =>
    (['name', 'age', 'hobby'] as const).flatMap((topic) =>
      row[topic].split('|').map((phrase) => [folded(phrase), topic] as const),
    ),
  ),
);

/** Every phrase, longest first, as whole words. */
const PHRASES = new RegExp(
  `(?:^| )(${[...TOPIC_OF_PHRASE.keys()].sort((a, b) => b.length - a.length).join('|')})(?= |$)`,
  'u',
);

/** The topic a sentence asks in one of the languages above, or null. */
export function foreignTopic(sentence: string): Topic | null {
  const phrase = PHRASES.exec(folded(sentence))?.[1];
  return phrase === undefined ? null : (TOPIC_OF_PHRASE.get(phrase) ?? null);
}
