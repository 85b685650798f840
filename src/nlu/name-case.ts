// Writes a name the way the person would: "kwame" and "KWAME" become "Kwame", while a name typed
// with its own mixed case ("McKenzie", "DeShawn", "al-Masri") is kept exactly as typed.

import { HYPHEN_PARTICLES, NAME_PARTICLES, TITLES } from './lexicon';

/** Characters that would break Slack formatting or mentions in the greeting. */
const UNSAFE = /[<>&*_~`@\n\r|]/g;

/** Longest greeting name; real names are far shorter, pasted text is not a name. */
export const MAX_NAME_LENGTH = 60;

const hasUpper = (text: string): boolean => /\p{Lu}/u.test(text);
const hasLower = (text: string): boolean => /\p{Ll}/u.test(text);

/** Lower-case without the Turkish dotted capital turning into "i" plus a combining dot. */
function lower(text: string): string {
  return text.replace(/İ/g, 'i').toLowerCase();
}

const ELIDED_PARTICLES = new Set(['dell', 'dall', 'nell', 'sull', 'degl', 'all', 'coll']);

function capitalise(segment: string): string {
  const first = segment.codePointAt(0);
  if (first === undefined) return segment;
  const head = String.fromCodePoint(first);
  return head.toUpperCase() + segment.slice(head.length);
}

/** "o'brien" -> "O'Brien", "abdel-rahim" -> "Abdel-Rahim"; `inside` keeps "al-" lower after a first name. */
function titleCaseWord(word: string, inside: boolean): string {
  return lower(word)
    .split('-')
    .map((part, index) => {
      if (inside && index === 0 && HYPHEN_PARTICLES.has(part) && word.includes('-')) return part; // "al-Masri"
      const apostrophe = part.indexOf("'");
      // Single-letter prefixes ("O'", "D'", "N'") start a new capital; "Ta'ala" keeps its case.
      if (apostrophe === 1) return capitalise(part.slice(0, 2)) + capitalise(part.slice(2));
      // Italian particles elided onto the name stay lower inside it: "Giulia dell'Acqua".
      if (inside && ELIDED_PARTICLES.has(part.slice(0, apostrophe)))
        return part.slice(0, apostrophe + 1) + capitalise(part.slice(apostrophe + 1));
      return capitalise(part);
    })
    .join('-');
}

/** Formats one token of a name; `index` is its position, so a leading particle is still capitalised. */
export function formatNameToken(token: string, index: number): string {
  const bare = lower(token.replace(/\.$/, ''));
  if (TITLES.has(bare)) return capitalise(lower(token));
  if (hasUpper(token) && hasLower(token)) return token; // typed with its own capitals
  if (index > 0 && NAME_PARTICLES.has(bare)) return bare;
  return titleCaseWord(token, index > 0);
}

/** The tokens as one safe, capped greeting name, or null when nothing is left. */
export function formatName(tokens: readonly string[]): string | null {
  let name = '';
  for (const [index, token] of tokens.entries()) {
    const formatted = formatNameToken(token, index).replace(UNSAFE, '');
    if (!formatted) continue;
    const next = name ? `${name} ${formatted}` : formatted;
    if (next.length > MAX_NAME_LENGTH) {
      if (!name) name = Array.from(next).slice(0, MAX_NAME_LENGTH).join('');
      break;
    }
    name = next;
  }
  return name.trim() || null;
}
