// The conversation rules as transcripts: [what the person says, what the bot must answer].

import { describe, expect, it } from '@jest/globals';
import {
  type ConversationSettings,
  endSession,
  forgetSessionsBefore,
  lastActivity,
  MAX_NAME_MISSES,
  step,
} from '../../src/conversation/engine';
import type { Interpretation } from '../../src/conversation/interpretation';
import { type ConversationState, EMPTY_STATE, isConversationState } from '../../src/conversation/state';
import { TEST_PERSONA } from '../helpers/persona';
import { asks, command, givesName, maybeName, no, says, yes } from './interpretations';

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

describe('a whole conversation', () => {
  it('asks the name, greets, answers three questions and says goodbye by name', () => {
    const state = play([
      [says('hi'), "Hi! I'm *Quillon*. What's your name?"],
      [
        givesName('my name is Ana Lima', 'Ana Lima'),
        /^Nice to meet you, \*Ana Lima\*! You can ask me up to 3 questions: my name, my age or my hobby\.$/,
      ],
      [asks('what is your name?', 'name'), 'My name is *Quillon*. You have 2 questions left.'],
      [asks('how old are you', 'age'), "I'm 5 years old. You have 1 question left."],
      [
        asks('hobby?', 'hobby'),
        /^My hobby is collecting odd words\. That was your last question\. Goodbye, \*Ana Lima\*! 👋/,
      ],
    ]);
    expect(state.session).toBeNull();
    expect(state.history).toHaveLength(1);
    expect(state.history[0]).toMatchObject({ outcome: 'completed', name: 'Ana Lima' });
    expect(state.history[0]?.turns).toHaveLength(10);
  });

  it('greets straight away when the first message already gives a name', () => {
    play([[givesName("hi, I'm Ana", 'Ana'), /^Nice to meet you, \*Ana\*!/]]);
  });

  it('answers any other question with the persona default answer, verbatim, and counts it', () => {
    play([
      [givesName('Ana', 'Ana'), /Nice to meet you/],
      [asks('what time is it?', 'other'), 'Ask me something else! You have 2 questions left.'],
    ]);
  });

  it('nudges on a message that is not a question, without using one up', () => {
    play([
      [givesName('Ana', 'Ana'), /Nice to meet you/],
      [says('thanks!'), 'Ask me my name, my age or my hobby. You have 3 questions left.'],
      [asks('how old are you?', 'age'), "I'm 5 years old. You have 2 questions left."],
    ]);
  });

  it('answers two questions in one message and counts both', () => {
    play([
      [givesName('Ana', 'Ana'), /Nice to meet you/],
      [
        asks("what's your name and how old are you?", 'name', 'age'),
        "My name is *Quillon*. I'm 5 years old. You have 1 question left.",
      ],
    ]);
  });

  it('with one question left, answers the first of two and closes', () => {
    const state = play([
      [givesName('Ana', 'Ana'), /Nice/],
      [asks('name?', 'name'), /2 questions left/],
      [asks('age?', 'age'), /1 question left/],
      [
        asks('hobby and age?', 'hobby', 'age'),
        /^My hobby is collecting odd words\. That was your last question, so I have to leave the rest unanswered\. Goodbye, \*Ana\*!/,
      ],
    ]);
    expect(state.session).toBeNull();
  });
});

describe('the name step', () => {
  it('re-asks, kindly, when the answer is not a name', () => {
    play([
      [says('hi'), /What's your name/],
      [says("I'm fine thanks"), "Sorry, I didn't catch your name. What should I call you?"],
      [givesName('Ana', 'Ana'), /Nice to meet you, \*Ana\*/],
    ]);
  });

  it(`goes on without a name after ${MAX_NAME_MISSES} misses, so nobody is stuck`, () => {
    const state = play([
      [says('hi'), /What's your name/],
      [says('why?'), /didn't catch your name/],
      [says('ok'), /still need a name/],
      [says('nope'), /^No problem, we can skip names\. You can ask me up to 3 questions/],
      [asks('age?', 'age'), "I'm 5 years old. You have 2 questions left."],
    ]);
    expect(state.session?.stage).toEqual({ kind: 'answering', name: null, questionsAsked: 1 });
  });

  it('answers a question asked before the name in passing, and does not count it', () => {
    play([
      [asks("what's your name?", 'name'), "I'm *Quillon*! And you? What's your name?"],
      [givesName('Jo', 'Jo'), /You can ask me up to 3 questions/],
    ]);
    play([[asks('how old are you?', 'age'), "I'm 5 years old. But first, what's your name?"]]);
  });

  it('confirms a low-confidence name', () => {
    play([
      [maybeName('hope', 'Hope'), 'Did you mean *Hope*? (yes / no)'],
      [yes('yep'), /Nice to meet you, \*Hope\*/],
    ]);
    play([
      [maybeName('will', 'Will'), /Did you mean \*Will\*/],
      [no('no'), 'Sorry about that! What should I call you?'],
      [givesName('Wilhelmina', 'Wilhelmina'), /Nice to meet you, \*Wilhelmina\*/],
    ]);
    play([
      [maybeName('grace', 'Grace'), /Did you mean/],
      [{ ...givesName("no, it's Gracie", 'Gracie'), answer: 'no' }, /Nice to meet you, \*Gracie\*/],
    ]);
  });

  it("does not take the bot's own name for the person's", () => {
    play([
      [givesName('hi Quillon!', 'Quillon'), "Hi! I'm *Quillon*. What's your name?"],
      [givesName('quillon', 'Quillon'), /didn't catch your name/],
    ]);
  });
});

describe('commands work in every state', () => {
  it('help explains the bot and where the conversation is', () => {
    play([
      [says('hi'), /What's your name/],
      [
        command('help', 'help'),
        /^I'm \*Quillon\*, a small chat bot\..*restart.*stop.*status.*forget me.* I'm waiting for your name\.$/,
      ],
      [givesName('Ana', 'Ana'), /Nice/],
      [command('HELP!', 'help'), /You're \*Ana\*, and you have 3 questions left\.$/],
    ]);
  });

  it('restart begins again, from the name step too', () => {
    const state = play([
      [givesName('Ana', 'Ana'), /Nice/],
      [asks('age?', 'age'), /2 questions left/],
      [command('start over', 'restart'), "Let's start over. Hi! I'm *Quillon*. What's your name?"],
      [givesName('Ana', 'Ana'), /up to 3 questions/],
    ]);
    expect(state.history.map((s) => s.outcome)).toEqual(['restarted']);
  });

  it('stop ends the session early, and the next message starts a new one', () => {
    const state = play([
      [givesName('Ana', 'Ana'), /Nice/],
      [command('bye', 'stop'), /^Okay, let's stop here\. Goodbye, \*Ana\*!/],
      [says('hello'), 'Welcome back! Shall I call you *Ana* again? (yes / no)'],
      [yes(), /Nice to meet you, \*Ana\*/],
    ]);
    expect(state.history.map((s) => s.outcome)).toEqual(['stopped']);
    play([[command('stop', 'stop'), /nothing to stop/]]);
  });

  it('status says how many questions are left', () => {
    play([
      [command('status', 'status'), /not talking right now/],
      [givesName('Ana', 'Ana'), /Nice/],
      [asks('age?', 'age'), /2 questions left/],
      [command('status', 'status'), "You're *Ana*, and you have 2 questions left."],
    ]);
  });

  it('forget me asks first, then forgets everything', () => {
    const before = play([
      [givesName('Ana', 'Ana'), /Nice/],
      [command('forget me', 'forget'), /Should I delete everything.*yes.*no/],
    ]);
    const result = step(before, yes(), 1_000_000 + 2 * MINUTE, settings);
    expect(result.forget).toBe(true);
    expect(result.reply).toMatch(/deleted everything/);
    expect(result.state).toEqual(EMPTY_STATE);
  });

  it('forget me answered with anything but yes keeps everything and resumes', () => {
    const state = play([
      [givesName('Ana', 'Ana'), /Nice/],
      [command('forget me', 'forget'), /Should I delete/],
      [no(), "Okay, I've kept everything. You're *Ana*, and you have 3 questions left."],
      [asks('age?', 'age'), /2 questions left/],
    ]);
    expect(state.knownName).toBe('Ana');
  });
});

describe('sessions', () => {
  it('expires after the idle timeout and says so', () => {
    const greeted = play([[givesName('Ana', 'Ana'), /Nice/]]);
    const later = 1_000_000 + 31 * MINUTE;
    const result = step(greeted, asks('age?', 'age'), later, settings);
    expect(result.reply).toMatch(
      /^Our last conversation timed out after 30 minutes without a message, so let's start a new one\. I'm 5 years old\. Welcome back!/,
    );
    expect(result.state.history[0]).toMatchObject({ outcome: 'expired' });
    expect(result.state.session?.stage.kind).toBe('confirming_name');
  });

  it('does not expire a session that is still within the timeout', () => {
    const greeted = play([[givesName('Ana', 'Ana'), /Nice/]]);
    const result = step(greeted, asks('age?', 'age'), 1_000_000 + 29 * MINUTE, settings);
    expect(result.reply).toBe("I'm 5 years old. You have 2 questions left.");
  });

  it('treats the message after a closed session exactly like a first message', () => {
    const closed = play([
      [givesName('Ana', 'Ana'), /Nice/],
      [command('stop', 'stop'), /Goodbye/],
    ]);
    play([[givesName("I'm Bea", 'Bea'), /Nice to meet you, \*Bea\*/]], closed, 5_000_000);
  });

  it('drops finished sessions older than the retention period', () => {
    const closed = play([
      [givesName('Ana', 'Ana'), /Nice/],
      [command('stop', 'stop'), /Goodbye/],
    ]);
    expect(closed.history).toHaveLength(1);
    const muchLater = 1_000_000 + settings.retentionMs + 10 * MINUTE;
    expect(step(closed, says('hi'), muchLater, settings).state.history).toHaveLength(0);
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
    ['a string', 'garbage'],
  ])('rejects %s', (_label, value) => {
    expect(isConversationState(value)).toBe(false);
  });
});

describe('ending sessions from outside', () => {
  it('an admin reset closes the open session and keeps its transcript', () => {
    const open = play([[givesName('Ana', 'Ana'), /Nice/]]);
    const state = endSession(open, 1_000_000 + 5 * MINUTE, settings);
    expect(state.session).toBeNull();
    expect(state.history.at(-1)).toMatchObject({
      outcome: 'reset',
      name: 'Ana',
      endedAt: 1_000_000 + 5 * MINUTE,
    });
    expect(lastActivity(state)).toBe(1_000_000 + 5 * MINUTE);
    expect(endSession(state, 2_000_000, settings)).toBe(state);
  });

  it('a reset of a session already idle past the timeout records it as expired', () => {
    const open = play([[givesName('Ana', 'Ana'), /Nice/]]);
    expect(endSession(open, 1_000_000 + 90 * MINUTE, settings).history.at(-1)?.outcome).toBe('expired');
  });

  it('purging drops only sessions that ended before the cutoff', () => {
    const closed = play([
      [givesName('Ana', 'Ana'), /Nice/],
      [command('stop', 'stop'), /Goodbye/],
    ]);
    expect(forgetSessionsBefore(closed, 1_000_000).history).toHaveLength(1);
    expect(forgetSessionsBefore(closed, 1_000_000 + 2 * MINUTE).history).toHaveLength(0);
  });
});
