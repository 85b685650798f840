// Which of the bot's three topics a message asks about: its name, its age or its hobby. A topic
// only counts when it belongs to the bot ("your name", "how old are you", "what do you do for
// fun"); the same words about anything else ("my name", "how old is the sun", "is knitting a good
// hobby?") are an `other` question, and statements or thanks are no question at all.

import type { Intent } from '../conversation/interpretation';
import { asciiPunctuation, stripEmoji } from './clean-text';
import { isFrameWord, normaliseWords } from './question-words';
import { foreignTopic } from './question-world';
import type { Topic } from './topic-lexicon';
import { topicOf } from './topics';

/** Words that open a sentence without making it a question: greetings, fillers, address. */
const LEADING_NOISE = new Set(
  'hi hello hey heya hiya yo sup so and but ok okay well um umm uh oh also bot there btw lol haha actually anyway just quick question hmm'.split(
    ' ',
  ),
);

/** Sentences that open like this ask something even without a question mark. */
const QUESTION_START =
  /^(?:what|who|whom|whose|when|where|why|how|which|since when|can|could|would|will|do|does|did|is|are|were|was|have|has|may|might|should|tell me|any)\b/;

/** Sentences that start like this, with no question mark, are statements or thanks: no question. */
const STATEMENT_START =
  /^(?:i|me|my|mine|we|our|us|he|she|they|it|its|this|that|there|here|thanks|thank|thx|ty|cheers|ok|okay|k|kk|alright|cool|nice|great|awesome|good|perfect|sweet|wow|lol|haha|hehe|lmao|happy|merry|congrats|congratulations|yes|yeah|yep|no|nope|nah|sure|hi|hello|hey|bye|sounds|got it|noted|interesting|same|ugh|hmm|oh|ah|fine|love|glad|welcome|\d+)\b/;

/**
 * A statement that still asks: "I'd love to know your name", "I wonder how old you are", "sorry, I
 * didn't catch your name", "I forgot your name".
 */
const EMBEDDED_QUESTION =
  /\b(?:know|wonder|wondering|curious|ask|tell me|learn|hear|remind me)\b|\b(?:missed|forgot|forget|forgotten|did not (?:catch|get|hear|see|notice)) your\b/;

/** "u have any hobbies or nah", "you got a name or what": a yes/no question typed as a statement. */
const QUESTION_TAG = /\bor (?:nah|naw|not|no|nope|what)$|^you (?:have|got) any\b/;

function withoutLeadingNoise(words: readonly string[]): string {
  let start = 0;
  while (start < words.length - 1 && LEADING_NOISE.has(words[start] ?? '')) start += 1;
  return words.slice(start).join(' ');
}

/** "your name is cool", "I'm 30", "thanks!": said, not asked (for a sentence without a question mark). */
function isStatement(sentence: string): boolean {
  if (sentence === '') return true;
  if (QUESTION_TAG.test(sentence)) return false;
  if (/^your \w+ (?:is|are|sounds|seems|looks)\b/.test(sentence)) return true;
  // "real name is Tobias", "full name's Ana Lima": telling a name, not asking one.
  if (/\bname is (?!what|who|which|how)\p{L}/u.test(sentence)) return true;
  if (/^you (?:are|have|look|seem|sound|re)\b/.test(sentence)) return true;
  return STATEMENT_START.test(sentence) && !EMBEDDED_QUESTION.test(sentence);
}

const GREETINGS = new Set(
  'hi hello hey heya hiya hii howdy yo greetings morning evening afternoon good'.split(' '),
);

/** "hello again", "hi Quillon", "good morning all": a greeting, perhaps with an address, asks nothing. */
function isGreeting(words: readonly string[]): boolean {
  return GREETINGS.has(words[0] ?? '') && words.length <= 3 && !QUESTION_START.test(words.slice(1).join(' '));
}

/** "what's yours?", "and you?": asks back whatever the person just said about themselves. */
const ASKS_BACK = /^(?:(?:and|so|what about|how about|what is) )?(?:you|yours|your|you too)$/;

/** The topic a person tells about themselves ("my name is Ana", "I'm 30"), which "and you?" asks back. */
function toldTopic(text: string, gaveName: boolean): Topic | null {
  const words = normaliseWords(text).join(' ');
  if (gaveName || /\bmy (?:name|nickname)\b/.test(words)) return 'name';
  if (/\bmy (?:age|birthday)\b|\bi am \d+\b/.test(words)) return 'age';
  if (/\bmy (?:hobby|hobbies|interests|pastimes?)\b|\bfor fun\b/.test(words)) return 'hobby';
  return null;
}

/**
 * The questions a message asks, in order: `other` only when none is about the bot's name, age or
 * hobby. `gaveName` says the message also gave the person's name ("I'm Ana, and you?"), and
 * `givenName` is that name when it was read with confidence.
 */
export function classifyIntents(
  text: string,
  givenName: string | null = null,
  gaveName = givenName !== null,
): Intent[] {
  // "name's Ana", "Nama saya Budi": a part that gives the person's name says it, it asks nothing.
  // A part that has the name's last word, or is nothing but the name ("Miracle. Miracle Okonkwo"), as
  // the question reader sees its words ("Mei Ling" may read as "mei long"); words questions are made
  // of ("introduce yourself" read as a name) do not count.
  const lastWord = givenName?.split(' ').pop()?.toLowerCase();
  const nameWords = new Set(
    (givenName ?? '')
      .toLowerCase()
      .split(' ')
      .filter((word) => word !== '' && !isFrameWord(word))
      .flatMap((word) => normaliseWords(word)),
  );
  const givesName = (part: string) => {
    const words = part.split(' ').filter(Boolean);
    if (lastWord !== undefined && words.includes(lastWord)) return true;
    return words.length > 0 && words.every((word) => nameWords.has(word));
  };
  const topics: Topic[] = [];
  let other = false;
  for (const match of asciiPunctuation(stripEmoji(text)).matchAll(/[^.!?;\n]+([.!?;\n]*)/g)) {
    const asked = (match[1] ?? '').includes('?');
    const parts = match[0]
      .replace(/[.!?;\n]+$/, '')
      .split(/\s*,\s*/)
      .flatMap((part) =>
        withoutLeadingNoise(normaliseWords(part)).split(/\s+(?:and|also|plus|as well as)\s+/),
      );
    // A part said as a statement ("I like your name") asks nothing, whatever its words.
    const found = parts
      .map((part) => withoutLeadingNoise(part.split(' ')))
      .filter((part) => asked || (!isStatement(part) && !givesName(part)))
      .map((part) => topicOf(part.split(' ').filter(Boolean)))
      .filter((topic) => topic !== null);
    if (found.length > 0) {
      topics.push(...found);
      continue;
    }
    // "wie heißt du?", "quantos anos vc tem": the same questions in another language.
    const foreign = foreignTopic(match[0]);
    if (foreign) {
      topics.push(foreign);
      continue;
    }
    const words = normaliseWords(match[0]);
    if (!asked && isGreeting(words)) continue;
    const sentence = withoutLeadingNoise(words);
    const lastPart = withoutLeadingNoise((parts[parts.length - 1] ?? '').split(' '));
    const askedBack = ASKS_BACK.test(lastPart) ? toldTopic(text, gaveName) : null;
    if (askedBack) topics.push(askedBack);
    else if (sentence !== '' && (asked || (!isStatement(sentence) && !givesName(sentence)))) other = true;
  }
  const unique = [...new Set(topics)];
  if (unique.length > 0) return unique;
  return other ? ['other'] : [];
}
