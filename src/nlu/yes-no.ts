// Yes or no, for the bot's confirmations ("Did you mean *Ana*?", "Forget everything?").
// "no, it's Anna" is a no (and the conversation may also use the name in it).

import { emojiAsWords, stripEmoji } from './clean-text';

const YES_WORDS = new Set([
  'yes',
  'y',
  'yeah',
  'yea',
  'yep',
  'yup',
  'ya',
  'yah',
  'ye',
  'yess',
  'yesss',
  'yas',
  'si',
  'sí',
  'oui',
  'ja',
]);
const NO_WORDS = new Set(['no', 'n', 'nope', 'nah', 'naw', 'nay', 'nein', 'non']);

const YES_PHRASES =
  /^(?:sure|sure thing|of course|ofc|correct|that'?s correct|that is correct|right|that'?s right|that is right|exactly|absolutely|definitely|indeed|certainly|affirmative|ok|okay|k|kk|alright|all right|that'?s me|thats me|it is|it'?s correct|you got it|bingo|true|do it|go ahead|confirm|confirmed|please do|yes please|spot on|perfect|correctamundo)$/;
const NO_PHRASES =
  /^(?:wrong|incorrect|not quite|not really|not exactly|negative|no way|that'?s wrong|that is wrong|that'?s not right|that is not right|that'?s not me|not me|never|nope not quite|don'?t|do not|please don'?t|absolutely not|definitely not|not at all|no thanks|no thank you|of course not|false)$/;

/** After "no", these make a different phrase ("no problem", "no idea"), not an answer. */
const NOT_AN_ANSWER_AFTER_NO = new Set([
  'problem',
  'worries',
  'worry',
  'comment',
  'idea',
  'clue',
  'prob',
  'probs',
]);

/** The confirmation answer the message gives, or null. */
export function detectAnswer(text: string): 'yes' | 'no' | null {
  const plain = stripEmoji(emojiAsWords(text.toLowerCase()))
    .replace(/[^\p{L}\p{N}'\s,.!?;-]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (!plain) return null;
  const whole = plain.replace(/[\s,.!?;-]+$/g, '').replace(/^[\s,.!?;-]+/g, '');
  const firstClause = whole.split(/\s*[,.!?;]\s*|\s+-\s+/)[0] ?? '';
  for (const candidate of [whole, firstClause]) {
    if (YES_PHRASES.test(candidate) || YES_WORDS.has(candidate)) return 'yes';
    if (NO_PHRASES.test(candidate) || NO_WORDS.has(candidate)) return 'no';
  }
  const [first = '', second = ''] = whole.split(/[\s,.!?;]+/);
  // A leading yes/no word answers the question whatever follows: "yes that's me", "nope it's Anna".
  if (YES_WORDS.has(first) && first.length > 1) return 'yes';
  if (NO_WORDS.has(first) && first.length > 1 && !NOT_AN_ANSWER_AFTER_NO.has(second)) return 'no';
  return null;
}
