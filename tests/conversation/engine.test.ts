// The conversation rules as transcripts: [what the person says, what the bot must answer], one table per
// rule of README's "How the conversation goes". Inputs are what language understanding reports; the
// tests in conversation-with-language.test.ts play the same rules from raw text.

import { describe, expect, it } from '@jest/globals';
import {
  type ConversationSettings,
  expectationOf,
  MAX_NAME_MISSES,
  step,
} from '../../src/conversation/engine';
import type { HelpTopic, Intent, Interpretation } from '../../src/conversation/interpretation';
import { type ConversationState, EMPTY_STATE, isConversationState } from '../../src/conversation/state';
import { TEST_PERSONA } from '../helpers/persona';
import { also, asks, command, givesName, maybeName, no, renames, says, yes } from './interpretations';

const MINUTE = 60_000;
const settings: ConversationSettings = {
  persona: TEST_PERSONA,
  sessionTimeoutMs: 30 * MINUTE,
  retentionMs: 30 * 24 * 60 * MINUTE,
};

type Line = [Interpretation, RegExp | string];

/** Plays a transcript one minute per line and checks every reply; returns the final state. */
function play(lines: Line[], start: ConversationState = EMPTY_STATE, startAt = 1_000_000): ConversationState {
  let state = start;
  lines.forEach(([input, expected], i) => {
    const result = step(state, input, startAt + i * MINUTE, settings);
    if (typeof expected === 'string') expect(result.reply).toBe(expected);
    else expect(result.reply).toMatch(expected);
    expect(isConversationState(result.state)).toBe(true);
    state = result.state;
  });
  return state;
}

const questionsAsked = (state: ConversationState): number | undefined =>
  state.session?.stage.kind === 'answering' ? state.session.stage.questionsAsked : undefined;

/** The bot's reply to the person's second message, the first having been "hi" (the bot asked the name). */
const answerToName = (input: Interpretation) =>
  step(play([[says('hi', 'greeting'), /What/]]), input, MINUTE * 5, settings);

/** Ana, greeted and ready to ask. */
const greetedAna = (): ConversationState => play([[givesName('Ana', 'Ana'), /Nice to meet you, \*Ana\*/]]);

describe('a whole conversation', () => {
  it('asks the name, greets, answers three questions and says goodbye by name', () => {
    const state = play([
      [says('hi', 'greeting'), /^Hi! I'm \*Quillon\*, a small chat bot\..*What('s| should| name)/],
      [
        givesName('my name is Ana Lima', 'Ana Lima'),
        /^Nice to meet you, \*Ana Lima\*! What would you like to know: my name, my age or my hobby\? You have 3 questions\./,
      ],
      [asks('what is your name?', 'name'), /^My name is \*Quillon\*\. .*2 questions/],
      [asks('how old are you', 'age'), /^I'm 5 years old\. .*(1 question|One more question)/],
      [
        asks('hobby?', 'hobby'),
        /^My hobby is collecting odd words\. That was your last question\. Goodbye, \*Ana Lima\*! 👋/,
      ],
    ]);
    expect(state.session).toBeNull();
    expect(state.history[0]).toMatchObject({ outcome: 'completed', name: 'Ana Lima' });
    expect(state.history[0]?.turns).toHaveLength(10);
  });
});

describe('rule 1: only questions count', () => {
  it('"hello! how are you?" as the first message is answered before the introduction', () => {
    play([
      [
        { ...says('Hello there! How are you doing today?', 'greeting'), asksHowBotIs: true },
        /^Hi! I'm doing well, thanks for asking\. I'm \*Quillon\*, a small chat bot\..*What/,
      ],
    ]);
  });

  it('answers the three topics and gives any other question or request the default answer, counted', () => {
    const state = play(
      [
        [asks("what's the weather?", 'other'), /^Ask me something else! .*2 questions/],
        [asks('tell me a joke', 'other'), /^Ask me something else! .*(1 question|One more)/],
      ],
      greetedAna(),
    );
    expect(questionsAsked(state)).toBe(2);
  });

  it.each<[string, Interpretation, RegExp]>([
    ['a greeting', says('hello again', 'greeting'), /^(Hi again|Hello|Hey), \*Ana\*!/],
    [
      'a greeting that asks how the bot is',
      { ...says('how are you?', 'greeting'), asksHowBotIs: true },
      /^(I'm doing well, thanks for asking, \*Ana\*!|All good here, thanks, \*Ana\*!|Very well, thank you, \*Ana\*!)/,
    ],
    ['thanks', says('thank you very much!', 'thanks'), /^(You're welcome!|No problem!|Any time!)/],
    ['an acknowledgement', says('ok 👍', 'acknowledgement'), /^(👍|Alright!|Okay\.|Glad you think so!)/],
    ['laughter', says('lol', 'acknowledgement'), /^(👍|Alright!|Okay\.|Glad you think so!)/],
    ['confusion', says('hello???', 'greeting', 'confusion'), /^(Sorry for the confusion|Let me explain)/],
    ['a statement about the person', says("I'm a designer", 'statement'), /(I hear you|small bot)/],
    [
      'a question about using the bot',
      says('what can you do?', 'help_request'),
      /^I'm \*Quillon\*, a small chat bot: ask me up to 3 questions/,
    ],
  ])('%s never counts and never gets the default answer', (_kind, input, reply) => {
    const result = step(greetedAna(), input, 1_000_000 + MINUTE, settings);
    expect(result.reply).toMatch(reply);
    expect(result.reply).not.toContain('Ask me something else!');
    expect(result.reply).toMatch(/3 questions/);
    expect(questionsAsked(result.state)).toBe(0);
  });

  it.each<[string, Interpretation]>([
    ['are you a bot?', also(asks('are you a bot?', 'other'), 'about_bot')],
    ['do you speak Portuguese?', also(asks('vc fala português?', 'other'), 'about_bot')],
  ])('%j (what the bot is, which language to use) gets help and never counts', (_text, input) => {
    const result = step(greetedAna(), input, 1_000_000 + MINUTE, settings);
    expect(result.reply).toMatch(
      /^I'm \*Quillon\*, a small chat bot: .*\n• I read many languages but answer in English, and I only chat in direct messages/s,
    );
    expect(result.reply).not.toContain('Ask me something else!');
    expect(questionsAsked(result.state)).toBe(0);
  });

  it('"what\'s my name?" (where the person stands) gets their status and never counts', () => {
    const input = also(asks("what's my name?", 'other'), 'about_self');
    const result = step(greetedAna(), input, 1_000_000 + MINUTE, settings);
    // It asked nothing about counting, so it hears nothing about what counts.
    expect(result.reply).toBe("You're *Ana*, and you have 3 questions left.");
    expect(questionsAsked(result.state)).toBe(0);
  });

  it('"what\'s my name?" before any name is given says the bot does not know it yet, and asks', () => {
    const state = play([[says('hi', 'greeting'), /What('s| should| name)/]]);
    const result = step(
      state,
      also(asks("you tell me! what's my name?", 'other'), 'about_self'),
      1_000_000 + MINUTE,
      settings,
    );
    expect(result.reply).toBe("I don't know your name yet: what should I call you? (Or say *skip*.)");
    expect(result.state.session?.stage).toEqual({ kind: 'awaiting_name', misses: 0 });
  });

  it('"how many questions do I have left?" hears what counts with the status', () => {
    const result = step(
      greetedAna(),
      command('how many questions do I have left?', 'status'),
      1_000_000 + MINUTE,
      settings,
    );
    expect(result.reply).toBe(
      "You're *Ana*, and you have 3 questions left. Every question uses one, whatever it asks; small talk never does.",
    );
  });

  it('a question about the bot with a question about its age answers the age, counted', () => {
    const input = also(asks('are you a bot? and how old are you?', 'age'), 'about_bot');
    const result = step(greetedAna(), input, 1_000_000 + MINUTE, settings);
    expect(result.reply).toMatch(/^I'm 5 years old\./);
    expect(questionsAsked(result.state)).toBe(1);
  });

  it('help asked again straight after is said shorter, never the same text twice in a row', () => {
    const state = play(
      [
        [also(asks('are you a bot?', 'other'), 'about_bot'), /^I'm \*Quillon\*, a small chat bot:/],
        [also(asks('are you ChatGPT or not?', 'other'), 'about_bot'), /^In short: I'm a bot, \*Quillon\*/],
      ],
      greetedAna(),
    );
    expect(questionsAsked(state)).toBe(0);
  });

  it('never sends the same sentence twice in a row', () => {
    let state = greetedAna();
    let previous = '';
    for (const [i, input] of [
      says('thanks', 'thanks'),
      says('thanks!', 'thanks'),
      says('thx', 'thanks'),
      says('ok', 'acknowledgement'),
      says('ok', 'acknowledgement'),
      says('what?', 'confusion'),
      says('huh?', 'confusion'),
    ].entries()) {
      const result = step(state, input, 1_000_000 + (i + 1) * MINUTE, settings);
      const sentences = result.reply.split(/(?<=[.!?])\s+/);
      for (const sentence of sentences) expect(previous).not.toContain(sentence);
      previous = result.reply;
      state = result.state;
    }
    expect(questionsAsked(state)).toBe(0);
  });

  it('a goodbye after another question lets the person go, without the default answer', () => {
    const result = step(
      greetedAna(),
      also(asks('wait, that used up a question?? ok fine, never mind. bye', 'other'), 'farewell'),
      2_000_000,
      settings,
    );
    expect(result.reply).toMatch(/^Goodbye, \*Ana\*!/);
    expect(result.reply).not.toMatch(/Ask me something else/);
    expect(result.state.session).toBeNull();
  });

  it('a farewell while questions are left ends the conversation kindly, by name', () => {
    const state = play([[says('bye for now!', 'farewell'), /^Goodbye, \*Ana\*! 👋/]], greetedAna());
    expect(state.history.at(-1)?.outcome).toBe('stopped');
  });
});

describe('follow-ups: asked for more, the bot says more', () => {
  const storyteller: ConversationSettings = {
    ...settings,
    persona: {
      ...TEST_PERSONA,
      more: { hobby: ['My favourite is *petrichor*.', 'I keep them in a notebook.'] },
    },
  };
  const playWith = (lines: Line[], conversationSettings: ConversationSettings): ConversationState => {
    let state = play([[givesName('Ana', 'Ana'), /Nice to meet you/]]);
    lines.forEach(([input, expected], i) => {
      const result = step(state, input, 2_000_000 + i * MINUTE, conversationSettings);
      expect(result.reply).toMatch(expected);
      state = result.state;
    });
    return state;
  };

  const collector: ConversationSettings = {
    ...settings,
    persona: {
      ...TEST_PERSONA,
      more: { hobby: ['My favourite is *petrichor*.'] },
      thanksForOffer: ['*{offer}*: a new one for my collection. Thank you!', 'Ooh, *{offer}*! Thank you.'],
    },
  };
  const offers = (text: string, offered: string): Interpretation => ({
    ...also(asks(text, 'hobby'), 'follow_up'),
    offered,
  });

  it('a word offered for the hobby is thanked for, by name, and uses no question', () => {
    const greeted = play([[givesName('Ana', 'Ana'), /Nice to meet you/]]);
    const first = step(greeted, offers("Kennst du das Wort 'Kummerspeck'?", 'Kummerspeck'), 2e6, collector);
    expect(first.reply).toMatch(
      /^(\*Kummerspeck\*: a new one for my collection\. Thank you!|Ooh, \*Kummerspeck\*! Thank you\.) .*3 questions/,
    );
    // Escaped, and in the other wording: never the same sentence twice in a row.
    const second = step(first.state, offers('and "<!channel>"?', '<!channel>'), 2e6 + MINUTE, collector);
    expect(second.reply).toMatch(/^\*&lt;!channel&gt;\*: a new one|^Ooh, \*&lt;!channel&gt;\*!/);
    expect(second.reply.startsWith('Ooh')).not.toBe(first.reply.startsWith('Ooh'));
    expect(questionsAsked(second.state)).toBe(0);
  });

  it('a word offered with a question about the name is thanked for, and the name question answered', () => {
    const input: Interpretation = {
      ...asks("Swedish has 'lagom'. Do you have that one? And what's your name again?", 'name', 'other'),
      offered: 'lagom',
    };
    const state = playWith(
      [[input, /^(\*lagom\*: a new one|Ooh, \*lagom\*!).* My name is \*Quillon\*\. .*2 questions/]],
      collector,
    );
    expect(questionsAsked(state)).toBe(1);
  });

  it('a word offered after the goodbye is thanked for, and the conversation stays closed', () => {
    const ended = playWith([[command('stop', 'stop'), /Goodbye/]], collector);
    const result = step(
      ended,
      { ...says("oh wait, here's one for your collection: hiraeth", 'statement'), offered: 'hiraeth' },
      2e6,
      collector,
    );
    expect(result.reply).toMatch(
      /^(\*hiraeth\*: a new one for my collection\. Thank you!|Ooh, \*hiraeth\*! Thank you\.)$/,
    );
    expect(result.state.session).toBeNull();
    expect(result.state.sessionCount).toBe(ended.sessionCount);
  });

  it("a word the persona already talked about is asked about, not offered: it gets the hobby's answer", () => {
    const state = playWith(
      [[offers("what does 'petrichor' mean?", 'petrichor'), /^My hobby is collecting odd words\./]],
      collector,
    );
    expect(questionsAsked(state)).toBe(1);
  });

  it('without thanks in the persona, an offered word is a question about the hobby like any other', () => {
    const state = playWith([[offers("do you know 'hygge'?", 'hygge'), /^My hobby is/]], settings);
    expect(questionsAsked(state)).toBe(1);
  });

  it('"tell me more" after an answer gets the persona\'s next line about that topic, and counts', () => {
    const state = playWith(
      [
        [asks('hobby?', 'hobby'), /^My hobby is collecting odd words\. .*2 questions/],
        [
          also(asks('tell me more', 'other'), 'follow_up'),
          /^My favourite is \*petrichor\*\. .*(1 question|One more)/,
        ],
      ],
      storyteller,
    );
    expect(questionsAsked(state)).toBe(2);
  });

  it('"any other words besides petrichor?" skips the line about petrichor', () => {
    const state = playWith(
      [
        [
          also(asks('got any other unusual words besides petrichor?', 'hobby'), 'follow_up'),
          /^My hobby is collecting odd words\. I keep them in a notebook\./,
        ],
      ],
      storyteller,
    );
    expect(questionsAsked(state)).toBe(1);
    // Both lines are told now: asked again, the answer comes as a reminder.
    const next = step(state, asks('hobby?', 'hobby'), 3_000_000, storyteller);
    expect(next.reply).toMatch(/^As I said, my hobby is collecting odd words\./);
  });

  it('"where does the name come from?" asked first gets the answer and the first thing more', () => {
    const state = playWith(
      [
        [
          also(asks('where does the hobby come from?', 'hobby'), 'follow_up'),
          /^My hobby is collecting odd words\. My favourite is \*petrichor\*\./,
        ],
      ],
      storyteller,
    );
    expect(questionsAsked(state)).toBe(1);
    const next = step(state, asks('hobby?', 'hobby'), 3_000_000, storyteller);
    expect(next.reply).toMatch(/^I keep them in a notebook\./);
  });

  it('"like what?" after an answer is a follow-up, though it reads as confusion too', () => {
    playWith(
      [
        [asks('hobby?', 'hobby'), /^My hobby/],
        [says('like what?', 'confusion', 'follow_up'), /^My favourite is \*petrichor\*\./],
      ],
      storyteller,
    );
  });

  it('the same topic asked again is not answered with the same sentence', () => {
    playWith(
      [
        [asks('hobby?', 'hobby'), /^My hobby is collecting odd words\./],
        [asks('so what is your hobby', 'hobby'), /^My favourite is \*petrichor\*\./],
        [asks('hobby??', 'hobby'), /^I keep them in a notebook\. That was your last question/],
      ],
      storyteller,
    );
  });

  it('with nothing more to tell, the answer comes again as a reminder', () => {
    playWith(
      [
        [asks('how old are you', 'age'), /^I'm 5 years old\./],
        [also(asks('why?', 'other'), 'follow_up'), /^As I said, I'm 5 years old\./],
      ],
      storyteller,
    );
  });

  it('a name given with "how does this work?" is greeted, with what the bot is and what counts', () => {
    const input = {
      ...givesName("I'm Priya. How does this work?", 'Priya'),
      acts: ['help_request' as const],
    };
    const result = step(play([[says('hi', 'greeting'), /What/]]), input, 2_000_000, settings);
    expect(result.reply).toMatch(
      /^Nice to meet you, \*Priya\*!.*a small bot with answers written in advance.*Every question uses one, whatever it asks; small talk never does\.$/,
    );
    expect(questionsAsked(result.state)).toBe(0);
  });

  it('"tell me more" before any answer explains what the bot can talk about, and uses no question', () => {
    const state = playWith(
      [
        [
          also(asks('tell me more', 'other'), 'follow_up'),
          /^(I haven't told you anything yet!.*small chat bot|Nothing to go on yet).*my name, my age or my hobby/,
        ],
      ],
      storyteller,
    );
    expect(questionsAsked(state)).toBe(0);
  });

  it('a different question after an answer is still a question of its own', () => {
    playWith(
      [
        [asks('hobby?', 'hobby'), /^My hobby/],
        [asks("what's the weather?", 'other'), /^Ask me something else!/],
      ],
      storyteller,
    );
  });
});

describe('rule 2: names as people want them', () => {
  it('a new name with a question about the bot takes the name and gives the one line that answers it', () => {
    const input: Interpretation = {
      ...also(
        { ...renames("It's Renata. Do you store it anywhere?", 'Renata'), intents: ['other'] },
        'about_bot',
      ),
      helpTopic: 'privacy',
    };
    const state = play(
      [[input, /\*Renata\*.*I keep your name.*(3 questions|3 questions to go)/s]],
      greetedAna(),
    );
    expect(questionsAsked(state)).toBe(0);
  });

  it('takes up a new name at any time, without using a question, and uses it from then on', () => {
    const state = play(
      [
        [
          renames('Please call me Mai only, thank you.', 'Mai'),
          /^(Sure, I'll call you \*Mai\* from now on\.|Got it, \*Mai\* it is!)/,
        ],
        [asks('how old are you?', 'age'), /I'm 5 years old/],
        [asks('and your hobby?', 'hobby'), /(1 question|One more)/],
        [
          asks('name?', 'name'),
          /^My name is \*Quillon\*\. That was your last question\. Goodbye, \*Mai\*! 👋/,
        ],
      ],
      greetedAna(),
    );
    expect(state.knownName).toBe('Mai');
  });

  it('a typo fixed in one part of a full name corrects that part only', () => {
    const greeted = play([
      [givesName("siobhán ní dhuibhir-o'nell", "Siobhán Ní Dhuibhir-O'nell"), /Nice to meet you/],
    ]);
    const result = step(
      greeted,
      renames("oops, typo - it's O'Neill, not O'nell", "O'Neill"),
      2_000_000,
      settings,
    );
    expect(result.reply).toMatch(/\*Siobhán Ní Dhuibhir-O'Neill\*/);
    expect(result.state.knownName).toBe("Siobhán Ní Dhuibhir-O'Neill");
    expect(questionsAsked(result.state)).toBe(0);
  });

  it('a name skipped after a restart is not brought back in a later conversation', () => {
    const skipped = play(
      [
        [command('restart', 'restart'), /^Let's start over\./],
        [says('skip', 'refusal'), /^No problem, we can skip names\./],
        [command('stop', 'stop'), /Goodbye/],
      ],
      greetedAna(),
    );
    const later = step(skipped, says('hello again', 'greeting'), 9e6, settings);
    expect(later.reply).not.toMatch(/Ana/);
    expect(later.state.knownName).toBeNull();
  });

  it('goes on without a name after one clear refusal, and does not ask again next time', () => {
    const state = play([
      [says('hi', 'greeting'), /What/],
      [says("I'd rather not say", 'refusal'), /^No problem, we can skip names\./],
      [asks('how old are you?', 'age'), /^I'm 5 years old\./],
      // "what do you call me then?": status says there is no name, and how to give one.
      [
        also(asks('what do you call me then?', 'other'), 'about_self'),
        /^I don't have a name for you \(say \*call me\* .*2 questions left/,
      ],
      // "wait, that counted?" asked nothing about a name: where they stand, and what counts.
      [command('wait, that counted as a question?', 'status'), /^You have 2 questions left\. Every question/],
      [command('stop', 'stop'), /Goodbye!/],
    ]);
    expect(state.refusedName).toBe(true);
    const back = step(state, says('hi', 'greeting'), 2_000_000, settings);
    expect(back.reply).toMatch(/^(Welcome back|Good to see you again)! 👋/);
    expect(back.reply).not.toMatch(/your name|call you/i);
  });

  it('confirms a guess only, and understands the yes or no', () => {
    play([
      [maybeName('hope', 'Hope'), /(Did you mean|Should I call you) \*Hope\*\? \(yes \/ no\)/],
      [yes('sí'), /Nice to meet you, \*Hope\*/],
    ]);
    play([
      [maybeName('will', 'Will'), /\*Will\*\?/],
      [no('nein'), /^(Sorry about that|My mistake)/],
      [givesName('Wilhelmina', 'Wilhelmina'), /Nice to meet you, \*Wilhelmina\*/],
    ]);
    play([
      [maybeName('grace', 'Grace'), /\*Grace\*\?/],
      [{ ...givesName("no, it's Gracie", 'Gracie'), answer: 'no' }, /Nice to meet you, \*Gracie\*/],
    ]);
    play([
      [maybeName('sunny', 'Sunny'), /\*Sunny\*\?/],
      [says('👍', 'acknowledgement'), /Nice to meet you, \*Sunny\*/],
    ]);
  });

  it('answers the questions asked with a name it is unsure of, before checking the name', () => {
    const guessWithQuestions = {
      ...maybeName("i'm dev, how old are you and your hobby?", 'Dev'),
      intents: ['age', 'hobby'] as Intent[],
    };
    const state = play([
      [
        guessWithQuestions,
        /^Hi! .*I'm 5 years old\. My hobby is collecting odd words\. .*\*Dev\*\? \(yes \/ no\)$/,
      ],
      [yes('yes'), /Nice to meet you, \*Dev\*/],
    ]);
    expect(questionsAsked(state)).toBe(0); // answered in passing, before the name was settled: not counted
  });

  it(`asks again kindly, and goes on without a name after ${MAX_NAME_MISSES} messages without one`, () => {
    const state = play([
      [says('hi', 'greeting'), /What/],
      [says("I'm fine thanks", 'statement', 'thanks'), /(You're welcome|No problem|Any time)/],
      [says('ok', 'acknowledgement'), /(didn't catch|still need a name|Just your name)/],
      [says('hmm', 'acknowledgement'), /^No problem, we can skip names\./],
      [asks('age?', 'age'), /^I'm 5 years old\./],
    ]);
    expect(state.session?.stage).toEqual({
      kind: 'answering',
      name: null,
      questionsAsked: 1,
      answered: ['age'],
    });
  });

  it("does not take the bot's own name for the person's", () => {
    play([
      [givesName('hi Quillon!', 'Quillon'), /^Hi! I'm \*Quillon\*/],
      [givesName('quillon', 'Quillon'), /(didn't catch|name)/],
    ]);
  });
});

describe('rule 3: several things in one message', () => {
  it('a first message with a name and questions is greeted and answered, and its questions count', () => {
    const result = step(
      EMPTY_STATE,
      also(
        givesName("Hi, I'm Priya. What's your name and how old are you?", 'Priya', 'name', 'age'),
        'greeting',
      ),
      0,
      settings,
    );
    expect(result.reply).toMatch(
      /^Nice to meet you, \*Priya\*! I'm a small chat bot\..* My name is \*Quillon\*\. I'm 5 years old\. .*(1 question|One more)/,
    );
    // The answer gives the bot's name; the introduction does not say it first.
    expect(result.reply.match(/\*Quillon\*/g)).toHaveLength(1);
    expect(questionsAsked(result.state)).toBe(2);
  });

  it('a name with a question about the bot is greeted and gets the one line of help that answers it', () => {
    const input: Interpretation = {
      ...also(givesName("Je m'appelle Margot. Tu parles français ?", 'Margot', 'other'), 'about_bot'),
      helpTopic: 'languages',
    };
    const result = step(EMPTY_STATE, input, 0, settings);
    expect(result.reply).toMatch(/^Nice to meet you, \*Margot\*!.*answer in English/s);
    expect(result.reply).not.toMatch(/Ask me something else/);
    expect(questionsAsked(result.state)).toBe(0);
  });

  it('a refusal with a question about the bot goes on without a name and gets help', () => {
    const result = answerToName(also(asks('skip. who runs you', 'other'), 'refusal', 'about_bot'));
    expect(result.reply).toMatch(/skip names.*\n.*I'm \*Quillon\*, a small chat bot/s);
    expect(questionsAsked(result.state)).toBe(0);
  });

  it('a name with a question is greeted briefly: the answer says how many questions are left', () => {
    const result = answerToName(
      givesName("ha ok. I'm Priya. what about the sourdough name", 'Priya', 'other'),
    );
    expect(result.reply).toBe('Nice to meet you, *Priya*! Ask me something else! You have 2 questions left.');
  });

  it('a sentence already said in the reply is not said again ("For anything else…" once)', () => {
    const persona = { ...TEST_PERSONA, elsewhere: 'For IT support, ask in #it-help.' };
    const input: Interpretation = {
      ...also(asks('what is this bot, and can you pull the churn numbers?', 'other'), 'help_request'),
      helpTopic: 'identity',
    };
    const result = step(EMPTY_STATE, input, 0, { ...settings, persona });
    expect(result.reply).toMatch(/no AI model.*Ask me something else!/s);
    expect(result.reply.match(/For IT support/g)).toHaveLength(1);
  });

  it('a refusal with a goodbye ("not giving you my name. bye") goes on without a name and lets go', () => {
    const result = answerToName(says('not giving you my name. bye', 'refusal', 'farewell'));
    expect(result.reply).toMatch(/^No problem, we can skip names\. Goodbye! 👋/);
    expect(result.state.session).toBeNull();
  });

  it('a name with a goodbye ("dave. thx bye") is greeted and let go', () => {
    const result = answerToName({ ...givesName('dave. thx bye', 'Dave'), acts: ['thanks', 'farewell'] });
    expect(result.reply).toMatch(/^Nice to meet you, \*Dave\*!.*Goodbye, \*Dave\*! 👋/s);
    expect(result.state.session).toBeNull();
  });

  it('small talk with a question answers the question', () => {
    const state = play(
      [[also(asks('thanks! and how old are you?', 'age'), 'thanks'), /I'm 5 years old/]],
      greetedAna(),
    );
    expect(questionsAsked(state)).toBe(1);
  });

  it('every question before any name is answered in passing', () => {
    const result = step(
      EMPTY_STATE,
      asks("what's your name and how old are you?", 'name', 'age'),
      1_000_000,
      settings,
    );
    expect(result.reply).toMatch(/^Hi! I'm \*Quillon\*.*I'm 5 years old.*What/);
  });

  it('a question before any name is answered in passing, asks the name, and does not count', () => {
    play([
      [asks("what's your name?", 'name'), /^Hi! I'm \*Quillon\*, a small chat bot\..*(name|call you)/],
      [givesName('Jo', 'Jo'), /What would you like to know.*You have 3 questions/],
    ]);
    play([[asks('how old are you?', 'age'), /^Hi! I'm \*Quillon\*.* I'm 5 years old\. (What|And)/]]);
  });

  it('with one question left, answers the first of two and closes', () => {
    const state = play(
      [
        [asks('name?', 'name'), /2 questions/],
        [asks('age?', 'age'), /(1 question|One more)/],
        [
          asks('hobby and age?', 'hobby', 'age'),
          /^My hobby is collecting odd words\. That was your last question, so I have to leave the rest unanswered\. Goodbye, \*Ana\*!/,
        ],
      ],
      greetedAna(),
    );
    expect(state.session).toBeNull();
  });
});

describe('rule 4: endings that stick', () => {
  const finished = (): ConversationState =>
    play(
      [
        [asks('name?', 'name'), /2 questions/],
        [asks('age?', 'age'), /(1 question|One more)/],
        [asks('hobby?', 'hobby'), /Goodbye, \*Ana\*/],
      ],
      greetedAna(),
    );

  it.each<[string, Interpretation, RegExp]>([
    [
      'thanks',
      says('Thank you very much, Quillon. Have a nice day!', 'thanks'),
      /^(You're welcome! 😊|Any time! 😊|No problem! 😊)$/,
    ],
    [
      'a farewell',
      says('aww that was quick! see you around 👋', 'acknowledgement', 'statement', 'farewell'),
      /^(Bye! 👋|See you! 👋|Take care! 👋)$/,
    ],
    ['laughter', says('haha', 'acknowledgement'), /^(😊|👍|😄)$/],
    [
      'thanks opened with a greeting',
      says('hey sorry, one more thing - forgot to say thanks earlier!', 'greeting', 'thanks'),
      /^(You're welcome|Any time|My pleasure|Glad)/,
    ],
    ['small talk in French', says("d'accord, au revoir", 'acknowledgement', 'farewell'), /👋$/],
    ['a yes', yes('yes'), /^(😊|👍|😄)$/],
    [
      'surprise at the ending, with a goodbye in it',
      says('Goodbye already? But we had only just begun!', 'farewell', 'confusion', 'statement'),
      /^(Yes, that was all 3 questions for this chat\. Bye! 👋|That was the third question, so our chat ended there\. See you! 👋)/,
    ],
    [
      'surprise at the ending, with no goodbye',
      says('wait, that was it?', 'confusion'),
      /^(Our chat has finished|We're done for now)/,
    ],
    [
      'a goodbye with more in it',
      also(asks('ask your help channel about wine. iconic. bye lol', 'other'), 'statement', 'farewell'),
      /^(Bye! 👋|See you! 👋|Take care! 👋)$/,
    ],
  ])('%s after the goodbye gets a short reply and starts nothing', (_kind, input, reply) => {
    const before = finished();
    const result = step(before, input, 2_000_000, settings);
    expect(result.reply).toMatch(reply);
    expect(result.state.session).toBeNull();
    expect(result.state.sessionCount).toBe(before.sessionCount);
    expect(result.state.history.at(-1)?.turns.at(-1)).toMatchObject({ from: 'bot', text: result.reply });
  });

  it('the next greeting or question starts a new session', () => {
    const before = finished();
    expect(step(before, says('hi again', 'greeting'), 2_000_000, settings).state.session).not.toBeNull();
    expect(step(before, asks('how old are you?', 'age'), 2_000_000, settings).state.session).not.toBeNull();
  });
});

describe('rule 5: returning people', () => {
  const closed = (): ConversationState => play([[command('stop', 'stop'), /Goodbye, \*Ana\*/]], greetedAna());

  it('are welcomed back by name, with no yes/no gate and no "nice to meet you"', () => {
    const result = step(closed(), says('hello', 'greeting'), 5_000_000, settings);
    expect(result.reply).toMatch(/^(Welcome back|Good to see you again), \*Ana\*! 👋 .*3 questions/);
    expect(result.reply).not.toMatch(/Nice to meet you|yes \/ no/);
    expect(result.state.session?.stage).toEqual({ kind: 'answering', name: 'Ana', questionsAsked: 0 });
  });

  it('"hello... have we met?" is answered yes, by name, and the conversation opens uncounted', () => {
    const input = also(says('hello... have we met?', 'greeting'), 'about_self');
    const result = step(closed(), { ...input, intents: ['other'] }, 1_000_000 + 2 * MINUTE, settings);
    expect(result.reply).toMatch(
      /^(Yes, I remember you, \*Ana\*!|Of course, \*Ana\*: we've talked before!) 👋 .*3 questions/,
    );
    expect(result.reply).not.toMatch(/Ask me something else|Nice to meet you/);
    expect(result.state.session?.stage).toEqual({ kind: 'answering', name: 'Ana', questionsAsked: 0 });
  });

  it('"do you speak Ukrainian?" after the goodbye opens the conversation with help, uncounted', () => {
    const input = also(asks('do you speak Ukrainian?', 'other'), 'about_bot');
    const result = step(closed(), input, 1_000_000 + 2 * MINUTE, settings);
    expect(result.reply).toMatch(
      /^(New chat|Here's a fresh chat), \*Ana\*!\nI'm \*Quillon\*, a small chat bot:.*answer in English/s,
    );
    expect(result.reply).not.toMatch(/Ask me something else/);
    expect(questionsAsked(result.state)).toBe(0);
  });

  it('"please just call me Helena" after the goodbye reopens with the shorter name asked for', () => {
    const full = play(
      [[command('stop', 'stop'), /Goodbye, \*Helena Marquardt\*/]],
      play([[givesName('I am Helena Marquardt', 'Helena Marquardt'), /Nice to meet you/]]),
    );
    const input = renames('Wait, goodbye already? Also please just call me Helena', 'Helena');
    const asked = step(
      full,
      { ...input, name: { value: 'Helena', confident: true, preferred: true } },
      9e6,
      settings,
    );
    expect(asked.reply).toMatch(/(Sure, I'll call you \*Helena\* from now on|Got it, \*Helena\* it is)/);
    expect(asked.state.knownName).toBe('Helena');
    // "it's Helena again", no more than a reminder, keeps the name she gave.
    const reminded = step(full, renames("it's Helena again", 'Helena'), 9e6, settings);
    expect(reminded.state.knownName).toBe('Helena Marquardt');
  });

  it('straight after the goodbye are not welcomed back: the bot simply goes on', () => {
    const closedAt = 1_000_000 + MINUTE;
    const result = step(
      closed(),
      asks('oh wait, one more: your hobby?', 'hobby'),
      closedAt + 2 * MINUTE,
      settings,
    );
    expect(result.reply).toMatch(/^(New chat|Here's a fresh chat), \*Ana\*! My hobby is/);
    expect(questionsAsked(result.state)).toBe(1);
  });

  it('a question in the message that reopens the conversation is answered at once and counts', () => {
    const result = step(closed(), asks('what is your hobby?', 'hobby'), 5_000_000, settings);
    expect(result.reply).toMatch(
      /^(Welcome back|Good to see you again), \*Ana\*! 👋 My hobby is collecting odd words\. .*2 questions/,
    );
    expect(questionsAsked(result.state)).toBe(1);
  });

  it('"that\'s not my name, I\'m …" changes it', () => {
    const result = step(closed(), renames("that's not my name, I'm Bea", 'Bea'), 5_000_000, settings);
    expect(result.reply).toMatch(/\*Bea\*/);
    expect(result.state.knownName).toBe('Bea');
  });
});

describe('rule 6: say what it is', () => {
  it.each<[HelpTopic, RegExp]>([
    ['languages', /answer in English only|my answers are in English/],
    ['channels', /direct messages/i],
    ['privacy', /\*forget me\*/],
    ['identity', /no AI model.*my name, my age or my hobby/],
    ['makers', /admins installed me|the people who look after it/],
    ['counting', /Only questions use one up|Any question or request counts/],
    ['contact', /never write first|never start a chat/],
  ])(
    'a question about one thing the help says (%s) gets that line, not all eight, and counts nothing',
    (topic, line) => {
      const greeted = greetedAna();
      const question = { ...also(asks('a question about the bot', 'other'), 'about_bot'), helpTopic: topic };
      const result = step(greeted, question, 2_000_000, settings);
      expect(result.reply).toMatch(line);
      expect(result.reply).not.toContain('•');
      expect(result.reply).toMatch(/3 questions/);
      expect(questionsAsked(result.state)).toBe(0);
      // Asked again, it is said differently.
      const again = step(result.state, question, 2_060_000, settings);
      expect(again.reply).toMatch(line);
      expect(again.reply.split('. ')[0]).not.toBe(result.reply.split('. ')[0]);
    },
  );

  it('two things of the help asked at once get both lines, and the pointer to the rest once', () => {
    const question: Interpretation = {
      ...also(asks('what are you, and who reads what I type?', 'other'), 'about_bot'),
      helpTopic: 'identity',
      alsoHelpTopic: 'privacy',
    };
    const result = step(greetedAna(), question, 2_000_000, settings);
    expect(result.reply).toMatch(/no AI model.*I only see what you send me here/s);
    expect(questionsAsked(result.state)).toBe(0);
    const where = step(
      greetedAna(),
      { ...question, helpTopic: 'languages', alsoHelpTopic: 'channels' },
      2_000_000,
      settings,
    );
    expect(where.reply).toMatch(/answer in English only.*direct messages/s);
    expect(where.reply.match(/\*help\*/g)).toHaveLength(1);
  });

  it('"who are you? an AI or a script?" gets the line on what the bot is, with its name, and counts nothing', () => {
    const question: Interpretation = {
      ...also(asks('to tum kaun ho exactly? koi AI ho ya script?', 'name'), 'about_bot'),
      helpTopic: 'identity',
    };
    const result = step(greetedAna(), question, 2_000_000, settings);
    expect(result.reply).toMatch(/\*Quillon\*.*no AI model/);
    expect(result.reply).not.toMatch(/^My name is/);
    expect(questionsAsked(result.state)).toBe(0);
  });

  it('"is this the IT bot??" hears what the bot is and where to go for anything else', () => {
    const pointed: ConversationSettings = {
      ...settings,
      persona: { ...TEST_PERSONA, elsewhere: 'For IT support, ask in #it-help.' },
    };
    const question: Interpretation = {
      ...also(asks('is this the IT bot??', 'other'), 'about_bot'),
      helpTopic: 'identity',
    };
    const result = step(EMPTY_STATE, question, 0, pointed);
    expect(result.reply).toMatch(/no AI model.*For IT support, ask in #it-help\./s);
  });

  it('questions with a question about the bot beside them get their answers and its line of help', () => {
    const greeted = greetedAna();
    const both: Interpretation = {
      ...also(asks('name, age, hobby please. also do you store what I type?', 'name', 'age'), 'help_request'),
      helpTopic: 'privacy',
    };
    const result = step(greeted, both, 2_000_000, settings);
    expect(result.reply).toMatch(/My name is \*Quillon\*\. I'm 5 years old\..*I keep your name/s);
    expect(questionsAsked(result.state)).toBe(2);
  });

  it('"Ana. tell me more" with nothing said yet is greeted with what to ask, and counts nothing', () => {
    const asked = step(EMPTY_STATE, says('hi', 'greeting'), 0, settings).state;
    const both: Interpretation = {
      ...also(givesName('Ana. tell me more', 'Ana'), 'follow_up'),
      intents: ['other'],
    };
    const result = step(asked, both, 1_000, settings);
    expect(result.reply).toMatch(/Nice to meet you, \*Ana\*! What would you like to know/);
    expect(questionsAsked(result.state)).toBe(0);
  });

  it('a first message in another language hears at once that the answers are in English', () => {
    const inFrench: Interpretation = { ...says('Bonjour !', 'greeting'), foreign: true };
    expect(step(EMPTY_STATE, inFrench, 0, settings).reply).toMatch(/I answer in English/);
    expect(step(EMPTY_STATE, says('hello', 'greeting'), 0, settings).reply).not.toMatch(/in English/);
  });

  it('the first reply says who the bot is, that it is a small bot, what it talks about and that help exists', () => {
    const reply = step(EMPTY_STATE, says('hello', 'greeting'), 0, settings).reply;
    expect(reply).toMatch(/I'm \*Quillon\*, a small chat bot/);
    expect(reply).toMatch(/my name, my age or my hobby/);
    expect(reply).toMatch(/\*help\*/);
  });

  it("shows the persona's pointer for anything else with help and with the default answer", () => {
    const withPointer: ConversationSettings = {
      ...settings,
      persona: { ...TEST_PERSONA, elsewhere: 'For IT support, ask in #it-help.' },
    };
    const greeted = step(EMPTY_STATE, givesName('Ana', 'Ana'), 0, withPointer).state;
    expect(step(greeted, asks('can you fix my VPN?', 'other'), MINUTE, withPointer).reply).toMatch(
      /^Ask me something else! For IT support, ask in #it-help\./,
    );
    expect(step(greeted, command('help', 'help'), MINUTE, withPointer).reply).toContain(
      'For IT support, ask in #it-help.',
    );
  });
});

describe('commands work in every state', () => {
  it('help explains the bot and where the conversation is', () => {
    play([
      [says('hi', 'greeting'), /What/],
      [
        command('help', 'help'),
        /^I'm \*Quillon\*, a small chat bot:.*restart.*stop.*status.*forget me.*\nI'm waiting for your name/s,
      ],
      [givesName('Ana', 'Ana'), /Nice/],
      [command('HELP!', 'help'), /You're \*Ana\*, and you have 3 questions left\.$/],
    ]);
  });

  it('help as the very first message starts the conversation: the next message is not introduced again', () => {
    play([
      [
        command('hi, my VPN keeps disconnecting, can you help?', 'help'),
        /^I'm \*Quillon\*.*\nWhat('s| should)/s,
      ],
      [asks('so who do I ask then?', 'other'), /^(?!Hi! I'm)(?!.*a small chat bot\. You can ask)/s],
    ]);
  });

  it('restart begins again, from the name step', () => {
    const state = play(
      [
        [asks('age?', 'age'), /2 questions/],
        [command('can I start over?', 'restart'), /^Let's start over\. (What|And)/],
        [givesName('Ana', 'Ana'), /You have 3 questions/],
      ],
      greetedAna(),
    );
    expect(state.history.map((s) => s.outcome)).toEqual(['restarted']);
  });

  it('a restart that gives the name begins again with that name, no question used', () => {
    const state = play(
      [
        [asks('age?', 'age'), /2 questions/],
        [
          {
            ...command('can we start over? my real name is Kwame', 'restart'),
            name: { value: 'Kwame', confident: true },
          },
          /^Let's start over\. Nice to meet you, \*Kwame\*!.*3 questions/,
        ],
      ],
      greetedAna(),
    );
    expect(state.history.map((s) => s.outcome)).toEqual(['restarted']);
    expect(questionsAsked(state)).toBe(0);
  });

  it('stop ends the session early', () => {
    const state = play(
      [[command('stop', 'stop'), /^Okay, let's stop here\. Goodbye, \*Ana\*!/]],
      greetedAna(),
    );
    expect(state.history.map((s) => s.outcome)).toEqual(['stopped']);
    play([[command('stop', 'stop'), /nothing to stop/]]);
  });

  it('status says how many questions are left', () => {
    // Someone new asking first ("what counts as a question here?") is welcomed and asked their name.
    play([
      [
        command('status', 'status'),
        /^You haven't used any questions yet\. Hi! I'm \*Quillon\*, a small chat bot\. .*What('s| should| name)/,
      ],
    ]);
    // Between conversations, asking where they stand ("I still have one left, right?") opens a new one,
    // by name and with every question to come.
    play(
      [[command('status', 'status'), /^New chat, \*Ana\*!.*3 questions/]],
      play([[command('stop', 'stop'), /Goodbye/]], greetedAna()),
    );
    // "can I ask you some more?" or "how many left?" after the last question: none left in that
    // conversation, and a greeting starts a new one (the conversation stays closed until then).
    const allAsked = play(
      [
        [asks('name?', 'name'), /2 questions/],
        [asks('age?', 'age'), /(1 question|One more)/],
        [asks('hobby?', 'hobby'), /Goodbye/],
      ],
      greetedAna(),
    );
    play(
      [
        [
          command('can I ask you some more stuff?', 'status'),
          "You've asked all 3 questions of that conversation, *Ana*. Say hi and you can ask 3 more.",
        ],
        [says('hi', 'greeting'), /^(Welcome back|Good to see you again), \*Ana\*! 👋 .*3 questions/],
      ],
      allAsked,
      2_000_000,
    );
    play(
      [
        [asks('age?', 'age'), /2 questions/],
        [
          command('status', 'status'),
          "You're *Ana*, and you have 2 questions left. Every question uses one, whatever it asks; small talk never does.",
        ],
      ],
      greetedAna(),
    );
  });

  it('forget me deletes only after a clear yes', () => {
    const asked = play([[command('forget me', 'forget'), /Should I delete everything.*yes/]], greetedAna());
    const result = step(asked, yes(), 1_000_000 + 2 * MINUTE, settings);
    expect(result.forget).toBe(true);
    expect(result.reply).toMatch(/deleted everything/);
    expect(result.state).toEqual(EMPTY_STATE);
  });

  it.each<[string, Interpretation]>([
    ['ok', says('ok', 'acknowledgement')],
    ['👍', says('👍', 'acknowledgement')],
    ['sure (a yes that is only an acknowledgement)', { ...says('sure', 'acknowledgement'), answer: 'yes' }],
  ])(
    'forget me answered with %s deletes nothing, says what it kept, and asks for a clear yes',
    (_label, answer) => {
      const asked = play([[command('forget me', 'forget'), /Should I delete/]], greetedAna());
      const result = step(asked, answer, 1_000_000 + 2 * MINUTE, settings);
      expect(result.forget).toBe(false);
      expect(result.reply).toBe(
        "I haven't deleted anything: your name and our conversations are kept. Reply *yes* to delete them, or *no* to keep them.",
      );
      expect(step(result.state, yes(), 1_000_000 + 3 * MINUTE, settings).forget).toBe(true);
    },
  );

  it('forget me answered with no keeps everything, says what it kept, and resumes', () => {
    const asked = play([[command('forget me', 'forget'), /Should I delete/]], greetedAna());
    const result = step(asked, no(), 1_000_000 + 2 * MINUTE, settings);
    expect(result.forget).toBe(false);
    expect(result.reply).toBe(
      "Okay, I've kept everything: your name and our conversations. You're *Ana*, and you have 3 questions left.",
    );
    expect(result.state.knownName).toBe('Ana');
    expect(result.state.session?.stage.kind).toBe('answering');
  });
});

describe('sessions', () => {
  it('expire after the idle timeout, say so, and the returning person goes on by name', () => {
    const later = 1_000_000 + 31 * MINUTE;
    const result = step(greetedAna(), asks('age?', 'age'), later, settings);
    expect(result.reply).toMatch(
      /^Our last conversation timed out after 30 minutes without a message, so let's start a new one\. (Welcome back|Good to see you again), \*Ana\*! 👋 I'm 5 years old\./,
    );
    expect(result.state.history[0]).toMatchObject({ outcome: 'expired' });
    expect(questionsAsked(result.state)).toBe(1);
  });

  it('do not expire within the timeout', () => {
    const result = step(greetedAna(), asks('age?', 'age'), 1_000_000 + 29 * MINUTE, settings);
    expect(result.reply).toMatch(/^I'm 5 years old\. .*2 questions/);
  });

  it('drop finished sessions older than the retention period', () => {
    const closed = play([[command('stop', 'stop'), /Goodbye/]], greetedAna());
    const muchLater = 1_000_000 + settings.retentionMs + 10 * MINUTE;
    expect(step(closed, says('hi', 'greeting'), muchLater, settings).state.history).toHaveLength(0);
  });

  it.each<[string, ConversationState, ReturnType<typeof expectationOf>]>([
    ['someone new', EMPTY_STATE, 'name'],
    ['someone being asked questions', greetedAna(), 'questions'],
    [
      'someone whose conversation ended',
      play([[command('stop', 'stop'), /Goodbye/]], greetedAna()),
      'nothing',
    ],
    ['someone asked "did you mean"', play([[maybeName('hope', 'Hope'), /Hope/]]), 'confirmation'],
  ])('tell language understanding what they expect from %s', (_who, state, expecting) => {
    expect(expectationOf(state, 1_000_000 + 5 * MINUTE, settings)).toBe(expecting);
  });
});

describe('what the person typed cannot ping, link or restyle', () => {
  it.each([
    ['<!channel>', '*&lt;!channel&gt;*'],
    ['Ana <@U123>', '*Ana &lt;@U123&gt;*'],
    ['*bold* _it_ ~x~', '*bold it x*'],
    ['Tom & Jerry', '*Tom &amp; Jerry*'],
  ])('a name like %s is echoed as %s', (name, shown) => {
    const result = step(EMPTY_STATE, givesName(name, name), 0, settings);
    expect(result.reply).toContain(`Nice to meet you, ${shown}!`);
  });
});

describe('stored state validation', () => {
  it.each([
    ['null', null],
    ['an old version', { ...EMPTY_STATE, v: 0 }],
    [
      'a wrong stage',
      {
        ...EMPTY_STATE,
        session: { id: 1, startedAt: 0, lastActiveAt: 0, stage: { kind: 'dancing' }, turns: [] },
      },
    ],
    ['a refusal that is not a flag', { ...EMPTY_STATE, refusedName: 'yes' }],
    ['a string', 'garbage'],
  ])('rejects %s', (_label, value) => {
    expect(isConversationState(value)).toBe(false);
  });

  it('accepts a state written before refusals were remembered', () => {
    expect(isConversationState(EMPTY_STATE)).toBe(true);
  });
});
