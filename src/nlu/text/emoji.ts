// Emoji, Slack emoji codes and emoticons: content for the transcript, noise for understanding. An emoji
// often ends a thought ("in a meeting 🙃 anyway hi"), so the tokenizer reads one as a clause break.

export const EMOJI_CODE = /:(?=[^:\s]*[a-z])[a-z0-9_+'-]+:(?::skin-tone-\d:)?/gi;
/** Pictographs plus the pieces emoji are built from: flags, skin tones, tags, variation selectors, joiners. */
const PICTOGRAPH =
  /\p{Extended_Pictographic}|[\u{1F1E6}-\u{1F1FF}\u{1F3FB}-\u{1F3FF}\u{E0020}-\u{E007F}]|\uFE0E|\uFE0F|\u20E3|\u200D/gu;
const EMOTICON =
  /(?<=^|\s)(?:[:;=8xX][-'^]?[)(\][dDpPoO3*|/\\]+|[)(][-'^]?[:;=]|<3+|\^\^|\^_\^|-_-|o_o|T_T)(?=$|\s|[.,!?])/g;

/**
 * The text without emoji, emoji codes and emoticons, for the understanding steps. `separator` is what
 * takes their place: a space, or a comma where an emoji ends a thought ("in a meeting 🙃 anyway hi").
 */
export function stripEmoji(text: string, separator = ' '): string {
  return text
    .replace(EMOJI_CODE, separator)
    .replace(PICTOGRAPH, separator)
    .replace(EMOTICON, separator)
    .replace(/ {2,}/g, ' ')
    .trim();
}

/** Full-width and other scripts' punctuation, as the ASCII marks sentences and clauses are split on. */
const PUNCTUATION: Readonly<Record<string, string>> = {
  '，': ',',
  '、': ',',
  '،': ',',
  '。': '.',
  '．': '.',
  '！': '!',
  '？': '?',
  '؟': '?',
  '；': ';',
  '：': ':',
  // Devanagari and Gurmukhi end a sentence with a danda (Hindi, Nepali, Punjabi); Ethiopic has its own
  // full stop, comma and question mark (Amharic).
  '।': '.',
  '॥': '.',
  '።': '.',
  '፣': ',',
  '፤': ';',
  '፧': '?',
};

/** Any of the marks above, and the space after it if there is one. */
const OTHER_PUNCTUATION = new RegExp(`([${Object.keys(PUNCTUATION).join('')}]) ?`, 'g');

/** "はじめまして、田中です" -> "はじめまして, 田中です": other scripts' punctuation read as ASCII (plus a space). */
export function asciiPunctuation(text: string): string {
  return text.replace(OTHER_PUNCTUATION, (_, mark: string) => `${PUNCTUATION[mark] ?? mark} `);
}

/** Slack emoji that answer a confirmation, turned into words before emoji are dropped. */
export function emojiAsWords(text: string): string {
  return text
    .replace(
      /:(?:\+1|thumbsup|white_check_mark|heavy_check_mark|ok_hand|ballot_box_with_check):|👍|✅|✔️?|👌|☑️?/gu,
      ' yes ',
    )
    .replace(/:(?:-1|thumbsdown|x|no_entry_sign|negative_squared_cross_mark):|👎|❌|🚫|❎/gu, ' no ');
}
