// Writes a name the way the person would: "kwame" and "KWAME" become "Kwame", a name typed with its own
// mixed case ("McKenzie", "DeShawn", "al-Masri") is kept exactly as typed, and scripts without case or
// spaces are kept as typed ("李明", "민준").

import type { Token } from '../text/tokens';

/** Characters that would break Slack formatting or mentions in the greeting. */
const UNSAFE = /[<>&*_~`@\n\r|]/g;

/** Longest greeting name; real names are far shorter, pasted text is not a name. */
export const MAX_NAME_LENGTH = 60;

export interface NameWords {
  /** Keys of titles kept as typed but capitalised ("dr" -> "Dr."). */
  readonly titles: ReadonlySet<string>;
  /** Particles written lower case inside a name ("de", "van", "bin"). */
  readonly particles: { has(token: Token): boolean };
  /** Each tradition's name syllables: "le van hung" is "Le Van Hung", not a Dutch "van". */
  readonly nameSyllables?: ReadonlyMap<string, ReadonlySet<string>>;
}

const hasUpper = (text: string): boolean => /\p{Lu}/u.test(text);
const hasLower = (text: string): boolean => /\p{Ll}/u.test(text);
const lower = (text: string): string => text.replace(/İ/g, 'i').toLowerCase();

function capitalise(segment: string): string {
  const first = segment.codePointAt(0);
  if (first === undefined) return segment;
  const head = String.fromCodePoint(first);
  return head.toUpperCase() + segment.slice(head.length);
}

/** Arabic article particles written onto the next part with a hyphen: "al-Masri", "ad-Din". */
const HYPHEN_PARTICLE = /^(?:al|el|ul|ud|ad|ar|as|ash|at|az|an|ed|er|es|et|en|bin|ibn|ben|bint|abu|abd)$/;
/** Italian particles elided onto the name ("dell'Acqua"). */
const ELIDED = /^(?:dell|dall|nell|sull|degl|all|coll|d|l)$/;

/** "o'brien" -> "O'Brien", "abdel-rahim" -> "Abdel-Rahim"; `inside` keeps "al-" lower after a first name. */
function titleCaseWord(word: string, inside: boolean): string {
  return lower(word)
    .split('-')
    .map((part, index) => {
      if (inside && index === 0 && HYPHEN_PARTICLE.test(part) && word.includes('-')) return part;
      const apostrophe = part.search(/['’]/);
      if (apostrophe === 1 && !inside) return capitalise(part.slice(0, 2)) + capitalise(part.slice(2));
      if (apostrophe > 0 && ELIDED.test(part.slice(0, apostrophe)))
        return (
          (inside ? part.slice(0, apostrophe + 1) : capitalise(part.slice(0, apostrophe + 1))) +
          capitalise(part.slice(apostrophe + 1))
        );
      return capitalise(part);
    })
    .join('-');
}

function formatWord(
  token: Token,
  index: number,
  words: NameWords,
  allCaps: boolean,
  syllables: boolean,
): string {
  const text = token.text;
  if (words.titles.has(token.key)) return capitalise(lower(text));
  if (hasUpper(text) && hasLower(text)) return text; // typed with its own capitals
  // "JP", "AJ", "JFK": short capitals in a message that is not all capitals are initials, kept as typed.
  // "SAM.", "ANA" have a vowel: a name typed loudly, written as a name.
  if (!allCaps && (/^\p{Lu}{2}$/u.test(text) || (/^\p{Lu}{3}$/u.test(text) && !/[AEIOUY]/.test(text))))
    return text;
  // "Reginald Fluffington III", "john smith iii": a generation's number after the name is a Roman numeral.
  if (index > 0 && (/^(?:II|III|IV|VI|VII|VIII|IX)$/.test(text) || /^i{2,3}$/i.test(text)))
    return text.toUpperCase();
  // "j.p." -> "J.P.": initials.
  if (/^(?:\p{L}\.)+\p{L}?\.?$/u.test(text)) return text.toLocaleUpperCase();
  if (!hasUpper(text) && !hasLower(text)) return text; // a script without case
  if (index > 0 && !syllables && words.particles.has(token)) return lower(text);
  return titleCaseWord(text, index > 0);
}

/** Is the word one of a tradition's name syllables ("thi"), or a hyphenated name made of them ("min-seo")? */
export function isSyllableOf(token: Token, syllables: ReadonlySet<string>): boolean {
  return token.script === 'latin' && token.key.split('-').every((part) => syllables.has(part));
}

/** The tokens as one safe, capped greeting name, or null when nothing is left. */
export function formatName(tokens: readonly Token[], words: NameWords, allCaps = false): string | null {
  let name = '';
  const syllables = [...(words.nameSyllables?.values() ?? [])].some((set) =>
    tokens.every((token) => isSyllableOf(token, set)),
  );
  for (const [index, token] of tokens.entries()) {
    const formatted = formatWord(token, index, words, allCaps, syllables).replace(UNSAFE, '');
    if (!formatted) continue;
    const next = name === '' ? formatted : token.joined ? `${name}${formatted}` : `${name} ${formatted}`;
    if (next.length > MAX_NAME_LENGTH) {
      if (name === '') name = Array.from(next).slice(0, MAX_NAME_LENGTH).join('');
      break;
    }
    name = next;
  }
  return name.trim() || null;
}
