// Chat words: greetings, interjections and slang that carry no name ("heyyy", "ummm", "bruh", "ngl",
// "lolol"). People stretch them, so a word is looked up as typed and with its repeated letters
// squeezed. Stretching a vowel of a short word is how some names are spelled too ("Yaa", "Yoo",
// "Lee"), so that kind only counts as a chat word where a cue follows ("yoo im Dayo").

import { perWord } from './memo';

const words = (list: string): ReadonlySet<string> => new Set(list.trim().split(/\s+/));

/** Greetings, and the time-of-day ones people say on their own ("Morning! Aditi"). */
export const GREETINGS = words(`
  hi hello hey heya hiya hii howdy yo sup wassup wazzup greetings hallo hola ola olá bonjour salut ciao
  namaste salaam salam shalom hej merhaba aloha oi ahoj privet привет 你好 您好 こんにちは 안녕하세요 안녕
  नमस्ते مرحبا السلام γεια ayy ay morning mornin evening afternoon gm howzit hai helo
  はじめまして 初めまして 大家好 你们好 大家好呀 שלום היי 반갑습니다 selamat kumusta jambo habari sawubona
`);

/** Interjections, discourse words and chat abbreviations: never a name, whatever the case. */
export const FILLERS = words(`
  oh ah ahh ohh ooh uh uhh um umm uhm hmm hm er erm eh well so ok okay okey k kk sure alright right yes
  yeah yep yup ya yea yeh yah yh ye ja lol lmao lmfao rofl haha hahaha hehe heh omg btw tbh tbf ngl imo
  imho fyi thanks thank thx ty tysm cheers sorry oops please pls plz welp whew phew yikes oof meh ugh
  bruh bruv bro brah fam dude man wut wat wot huh wdym wym idk dunno idc ikr smh fr frfr ong deadass
  lowkey highkey bet cap nocap sus yeet nah naw nope nvm np gg ez xd xo wow whoa yay ay ahem psst shh
  pfft hmph mhm mmm aight ight iight legally officially technically actually honestly basically anyway
  anyways literally obviously obv ofc sooo soo alr alas amen bravo damn dammit darn dang heck gosh golly gee
  jeez geez ouch ow sheesh yuck eww ew boo duh argh grr gah bah aha ahoy yippee hooray hurray woohoo woo oy
  hiya fine wyd hbu wbu lmk ttyl brb gtg omw wya hru sry bleh blah blergh bleugh bluh meh
`);

/** Words that address the bot or everyone after a greeting ("hey bot", "hi there", "hello all"). */
export const ADDRESS_WORDS = words(`
  bot there all everyone everybody folks guys y'all yall friend friends mate buddy pal team again fam
  chatbot robot assistant sir madam maam ma'am mam zusammen todos tutti
`);

/** Laughter and other sounds typed as letters: "lolol", "hahah", "lmaooo", "xDD". */
const SOUNDS =
  /^(?:l+o+)+l+$|^(?:a?h+[ae]+)+h*$|^(?:h+[eiou]+){2,}h*$|^(?:j+[ae]+){2,}j*$|^k{3,}$|^(?:x+d+)+$|^l+m+f*a+o+$|^r+o+f+l+$|^(?:e?h+m+)+$|^m{2,}$|^z{2,}$/;

/** Repeated letters squeezed: runs of three or more to one ("heyyy" -> "hey"), or every run to one. */
function squeezed(word: string): { long: string; all: string } {
  return { long: word.replace(/(\p{L})\1{2,}/gu, '$1'), all: word.replace(/(\p{L})\1+/gu, '$1') };
}

const known = (word: string): boolean => GREETINGS.has(word) || FILLERS.has(word);

const KEYBOARD_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];

/** Where each letter sits on a keyboard: its row and column. */
const KEYS: ReadonlyMap<string, readonly [number, number]> = new Map(
  KEYBOARD_ROWS.flatMap((keys, row) =>
    Array.from(keys, (letter, column) => [letter, [row, column]] as const),
  ),
);
const keyOf = (letter: string): readonly [number, number] | undefined => KEYS.get(letter);

/**
 * A keyboard mash: "asdfgh", "jkjkjk", "qwerty". Every letter on one row and nearly every step to a
 * neighbouring key, which names do not do ("Tyree" is all on the top row but jumps about).
 */
export function isKeyboardMash(lower: string): boolean {
  if (lower.length < 4) return false;
  const keys = Array.from(lower, keyOf);
  const row = keys[0]?.[0];
  if (keys.some((key) => key === undefined || key[0] !== row)) return false;
  let steps = 0;
  for (let i = 1; i < keys.length; i++)
    if (Math.abs((keys[i]?.[1] ?? 0) - (keys[i - 1]?.[1] ?? 0)) === 1) steps += 1;
  return steps / (keys.length - 1) >= 0.8;
}

/**
 * Whether `lower` is a greeting, filler or slang word, however stretched. `loose` also accepts a
 * doubled vowel ("yaa", "yoo"), which is only safe where what follows is clearly not a name.
 */
export function isChatWord(lower: string, loose = false): boolean {
  return loose ? chatWordLoose(lower) : chatWordStrict(lower);
}

function readChatWord(lower: string, loose: boolean): boolean {
  if (known(lower) || SOUNDS.test(lower) || isKeyboardMash(lower)) return true;
  const { long, all } = squeezed(lower);
  if (known(long) || SOUNDS.test(long)) return true;
  if (all === lower || !known(all)) return false;
  // "heyy", "ayy", "umm": a doubled consonant is stretching; "yaa" or "lee" may be a name.
  const doubledVowel = /([aeiou])\1/.test(lower);
  return loose || !doubledVowel;
}

const chatWordStrict = perWord((lower) => readChatWord(lower, false));
const chatWordLoose = perWord((lower) => readChatWord(lower, true));

/** Is `lower` a greeting (however stretched), after which a name or an address may follow? */
export const isGreeting = perWord((lower: string): boolean => {
  if (GREETINGS.has(lower)) return true;
  const { long, all } = squeezed(lower);
  return GREETINGS.has(long) || GREETINGS.has(all);
});
