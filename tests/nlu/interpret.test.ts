// What interpret() reports for a message, read for what the conversation expects: the kinds of message
// the conversation needs (small talk, help, name changes, refusals), names, questions and commands, in
// English and the other languages of the packs. Real compromise, real packs.

import { describe, expect, it } from '@jest/globals';
import type { Expectation, ReadingContext } from '../../src/conversation/interpretation';
import { interpreter } from '../../src/nlu/index';

const read = (text: string, expecting: Expectation = 'questions', botName = 'Quillon') =>
  interpreter()(text, { expecting, botName });

/** Read with more of the context (the bot's last reply, its hobby); while questions are asked unless told. */
const readWith = (
  text: string,
  context: Omit<ReadingContext, 'expecting' | 'botName'> & { readonly expecting?: Expectation },
) => interpreter()(text, { expecting: 'questions', botName: 'Quillon', ...context });

const AFTER_HOBBY = { lastReply: 'My hobby is collecting unusual words. You have 2 questions left.' };

describe('small talk is reported as what it is: never a name, never a question', () => {
  it.each([
    ['hello!', 'greeting'],
    ['good morning 👋', 'greeting'],
    ['Thank you very much, Quillon. Have a nice day!', 'thanks'],
    ['cheers', 'thanks'],
    ['bye for now!', 'farewell'],
    ['see you around', 'farewell'],
    ['ok', 'acknowledgement'],
    ['lol', 'acknowledgement'],
    ['cool 👍', 'acknowledgement'],
    ['hello???', 'confusion'],
    ["I don't understand", 'confusion'],
    ['what?', 'confusion'],
    ['what can you do?', 'help_request'],
    ['how does this work?', 'help_request'],
    ['what should I ask?', 'help_request'],
    ["I'd rather not say", 'refusal'],
    ['hola', 'greeting'],
    ['bonjour', 'greeting'],
    ['hallo', 'greeting'],
    ['olá', 'greeting'],
    ['ciao', 'greeting'],
    ['gracias', 'thanks'],
    ['merci beaucoup', 'thanks'],
    ['danke schön', 'thanks'],
    ['obrigado', 'thanks'],
    ['grazie mille', 'thanks'],
    ['adiós', 'farewell'],
    ['au revoir', 'farewell'],
    ['tschüss', 'farewell'],
    ['tchau', 'farewell'],
    ['arrivederci', 'farewell'],
    ['seriously? 🙄', 'confusion'],
    ['How very kind of you to ask.', 'thanks'],
    ["I don't give my name to bots", 'refusal'],
    ['meinen Namen sag ich lieber nicht', 'refusal'],
    ['why did that count as a question?', 'help_request'],
    ['what a lovely name!', 'acknowledgement'],
    ['have a good day', 'farewell'],
    ['Rather abrupt. Good day.', 'farewell'],
    ['Thanks for the help. Good evening.', 'farewell'],
    ['good evening', 'greeting'],
    ['hold on, what are you talking about', 'confusion'],
    ['that makes zero sense to me', 'confusion'],
    ['dont wanna give my name', 'refusal'],
    ['any tips on what i can ask?', 'help_request'],
    ['5??', 'acknowledgement'],
    ['5 mi? çok genç', 'acknowledgement'],
    ['5 साल?', 'acknowledgement'],
    ['hi again! back from my meeting', 'greeting'],
    ['what do you store about people who talk to you?', 'help_request'],
    ["yeah I don't give my name to bots, just so we're clear", 'refusal'],
    ['Köszi, szia!', 'farewell'],
    ['Grazie, ciao!', 'farewell'],
    ['bon ben salut alors', 'farewell'],
    ["Hi there!! 😊 hope you're having a lovely day", 'greeting'],
    ['Quillon is such a gorgeous name btw, love it', 'acknowledgement'],
    ['thanks for telling me??', 'thanks'],
    ["Quillon?! haha that's such a fancy name", 'acknowledgement'],
    ['そうですか、失礼いたしました。教えていただきありがとうございました。', 'thanks'],
  ])('%j: %s', (text, act) => {
    for (const expecting of ['name', 'questions', 'nothing'] as const) {
      const reading = read(text, expecting);
      expect(reading.acts).toContain(act);
      expect(reading.name).toBeNull();
      expect(reading.intents).toEqual([]);
    }
  });

  it.each([
    ['yes', 'yes'],
    ['sure', 'yes'],
    ['sí', 'yes'],
    ['oui', 'yes'],
    ['ja', 'yes'],
    ['da', 'yes'],
    ['sim', 'yes'],
    ['no', 'no'],
    ['non', 'no'],
    ['nein', 'no'],
    ['não', 'no'],
  ])('%j is a clear %s', (text, answer) => {
    expect(read(text, 'confirmation').answer).toBe(answer);
  });

  it.each(['ok', 'k', '👍', 'alright'])(
    '%j acknowledges but is no clear yes (it deletes nothing)',
    (text) => {
      expect(read(text, 'confirmation').answer).toBeNull();
    },
  );

  it.each(['sure', 'right', 'of course'])('%j is a yes, but only an acknowledging one', (text) => {
    expect(read(text, 'confirmation')).toMatchObject({ answer: 'yes', acts: ['acknowledgement'] });
  });

  it.each(['yes', 'yes, delete', 'yes please', 'sí', 'oui', 'ja', '네'])('%j is a clear yes', (text) => {
    const reading = read(text, 'confirmation');
    expect(reading.answer).toBe('yes');
    expect(reading.acts).not.toContain('acknowledgement');
  });

  it('a statement about the person is a statement', () => {
    expect(read("I'm a designer").acts).toEqual(['statement']);
    expect(read('I work in the Lagos office').acts).toEqual(['statement']);
  });
});

describe('commands, in the natural wordings people use, and only as the whole message', () => {
  it.each([
    ['restart', 'restart'],
    ['Restart!', 'restart'],
    ['can I start over?', 'restart'],
    ['let me start again', 'restart'],
    ['empezar de nuevo', 'restart'],
    ['help', 'help'],
    ['status', 'status'],
    ['stop', 'stop'],
    ['forget me', 'forget'],
    ['please delete my data', 'forget'],
    ['could you wipe whatever you stored about me', 'forget'],
    ["let's reset this whole chat", 'restart'],
    ['do over pls, start fresh', 'restart'],
    ['wait, I only get 2? how many questions do I have left?', 'status'],
    ["I'm lost. help", 'help'],
    ['You counted me saying your name as a question?? That is a bit cheeky', 'status'],
    ['あと何回質問できる？', 'status'],
    ['Das beantwortet meine Frage nicht. Jetzt habe ich nur noch eine Frage?', 'status'],
    ['so 2 left now, right?', 'status'],
    ['huh, I thought I only had 1 left last time?', 'status'],
    ["wait, you just said 3 and now it's 2? asking that used one up??", 'status'],
    ['Did asking about your hobby twice use two of them?', 'status'],
    ['5 years since what, first deploy? anyway. forget me', 'forget'],
    ['right. useless for me. stop', 'stop'],
    ['meh. start over', 'restart'],
    ['Wait, why only 1 question left? I asked only one', 'status'],
    ['cmds?', 'help'],
  ])('%j -> %s', (text, command) => {
    expect(read(text).command).toBe(command);
  });

  it.each([
    'how do I restart my router?',
    'can you help me with my VPN?',
    'stop asking me that lol, how old are you',
    'help, how do I export a table as CSV?',
    'how do I reset my chat settings?',
    'how do I restart my router? restart',
  ])('%j is not a command', (text) => {
    expect(read(text).command).toBeNull();
    expect(read(text).intents.length).toBeGreaterThan(0);
  });

  it.each([
    ["wait that used up a question?? ok fine. what's your hobby then", 'hobby'],
    ['how many do I have left? and how old are you', 'age'],
  ])('%j asks the bot too, which is answered rather than only the status', (text, intent) => {
    expect(read(text)).toMatchObject({ command: null, intents: [intent] });
  });
});

describe('names, read for what the conversation expects', () => {
  it('a bare word is a name when the bot asked for one, and only then', () => {
    expect(read('kwame', 'name').name?.value).toBe('Kwame');
    expect(read('kwame', 'questions').name).toBeNull();
    expect(read('kwame', 'nothing').name).toBeNull();
  });

  it('"call me Helena please" is asked for, even when the bot has just said Helena in a longer name', () => {
    const lastReply = 'Nice to meet you, *Helena Marquardt-Oyelaran*! You can ask me up to 3 questions.';
    const reading = readWith('Haha you did it again! Call me Helena please.', { lastReply });
    expect(reading.name).toEqual({ value: 'Helena', confident: true, preferred: true });
    expect(reading.acts).toContain('name_change');
  });

  it.each(["i'm so excitd lol", 'its sooo Monday'])('%j describes the person: no name', (text) => {
    expect(read(text, 'name').name).toBeNull();
  });

  it('one lower-case word asked back is shorthand, not a name; a given name asked back still is', () => {
    expect(read('cmds?', 'name').name).toBeNull();
    expect(read('ana?', 'name').name?.value).toBe('Ana');
    expect(read('Kwame?', 'name').name?.value).toBe('Kwame');
  });

  it('a name typed in capitals is written as a name; initials stay capitals', () => {
    expect(read('I literally just told you. SAM.', 'name').name?.value).toBe('Sam');
    expect(read("I'm AJ", 'name').name?.value).toBe('AJ');
    expect(read('call me JFK', 'name').name?.value).toBe('JFK');
  });

  it('a family name English knows goes on in lower case ("Sandeep sharma"); a word after a name does not', () => {
    expect(read('my name is Sandeep sharma', 'name').name?.value).toBe('Sandeep Sharma');
    expect(read("I'm Ana, grace period ends soon", 'name').name?.value).toBe('Ana');
  });

  it('French textspeak "slt c ines" gives the name; "c nul" ("it\'s rubbish") gives none', () => {
    expect(read('slt c ines', 'name').name?.value).toBe('Ines');
    expect(read('c nul', 'name').name).toBeNull();
  });

  it('a name change is taken up while questions are asked', () => {
    for (const [text, name] of [
      ['please call me Mai', 'Mai'],
      ["actually it's Tim", 'Tim'],
      ['oops, typo: Kevin', 'Kevin'],
      ["that's not my name, I'm Bea", 'Bea'],
    ]) {
      const reading = read(text as string, 'questions');
      expect(reading.name?.value).toBe(name);
      expect(reading.acts).toContain('name_change');
      expect(reading.intents).toEqual([]);
    }
  });

  it('after "sorry", a sentence in a script without case renames nobody; one word still does', () => {
    expect(read('죄송해요, 그게 제가 물어본 거예요', 'questions').name).toBeNull();
    expect(read('죄송해요, 저는 민준이에요', 'questions').name?.value).toBe('민준');
  });

  it('a correction word opening the message corrects nothing: the name with a cue is the name', () => {
    expect(
      read('Desculpe, falo pouco inglês. Meu nome é Joana Prado. Poderia dizer sua idade?', 'name').name
        ?.value,
    ).toBe('Joana Prado');
  });

  it('"your name" asked for someone else is still the bot\'s name; "your mom\'s name" is not', () => {
    expect(read('my team lead wants to know your name').intents).toEqual(['name']);
    expect(read("what's your mom's name?").intents).toEqual(['other']);
  });

  it('a request shouted still asks; "may I ask you a few questions?" asks about using the bot', () => {
    expect(read('i asked about your HOBBY!').intents).toEqual(['hobby']);
    expect(read('can i ask you a couple of questions?')).toMatchObject({
      intents: [],
      acts: ['help_request'],
    });
  });

  it('a lower-case word after "no" does not replace a name just given with a cue', () => {
    expect(read('Nazywam się Joanna Nowak. Nie zrozumiałam.', 'name').name?.value).toBe('Joanna Nowak');
    expect(read("I'm Mark. no wait, Marco", 'name').name?.value).toBe('Marco');
  });

  it('"I was asking about the rules" and "did those count against my 3?" ask about using the bot', () => {
    expect(read('i was asking about the limit').acts).toContain('help_request');
    expect(read('did those two answers count against my 3?').acts).toContain('help_request');
  });

  it('Hangul letters on their own ("ㅠㅠ", a crying face) are no name; "go back to Kat" renames', () => {
    expect(read('ㅠㅠ ok bye Quillon 💜', 'nothing').name).toBeNull();
    expect(read('go back to Kat please').name?.value).toBe('Kat');
  });

  it('"this is pointless" is no name ("-less" and "-ness" end no given name)', () => {
    expect(read('ugh this is pointless', 'name').name).toBeNull();
  });

  it('a list inside a question gives no name; a hesitant name after "hi" or "umm" does', () => {
    expect(read('quick q: how do you work? regex, rules, Open AI?', 'name').name).toBeNull();
    expect(read('ummm, Ana?', 'name').name?.value).toBe('Ana');
  });

  it('once the person is known, a lower-case word after a weak cue in a message with capitals is no new name', () => {
    expect(read("no, I'm Priya. that sounds like name parsing", 'questions').name?.value).toBe('Priya');
  });

  it('small talk and chat words are no names; a well-known first name alone is one', () => {
    expect(read('so thats a no', 'name').name).toBeNull();
    expect(read('heyy hru', 'name').name).toBeNull();
    expect(read('sam', 'name').name?.value).toBe('Sam');
  });

  it("a refusal in the person's own words takes no name from what follows", () => {
    const reading = read(
      "If it's all the same to you, I'd rather not share my name. Hope that's alright.",
      'name',
    );
    expect(reading.name).toBeNull();
    expect(reading.acts).toContain('refusal');
  });

  it('a name talked about is no name given', () => {
    expect(read('haha ok ok, I know the name boss.', 'questions').name).toBeNull();
  });

  it('a name denied and then given is a correction', () => {
    expect(read('lmaooo my name is not hru 💀 its mia', 'questions').name?.value).toBe('Mia');
  });

  it('once the person is known, only a plain name or a correction renames them', () => {
    expect(read('5歳！若いですね 笑  thank you!', 'questions').name).toBeNull();
    expect(read('¿Y cómo te llamas? No entendí bien al principio', 'questions').name).toBeNull();
    const rob = read('only my mum calls me Bobby 😅 could you call me Rob instead?', 'questions');
    expect(rob.name?.value).toBe('Rob');
    expect(rob.intents).toEqual([]);
  });

  it('the preferred name wins, and a correction replaces the name before it', () => {
    expect(read('My name is Nguyen Thi Mai, but you can call me Mai.', 'name').name?.value).toBe('Mai');
    expect(read('Robert, but everyone calls me Bobby', 'name').name?.value).toBe('Bobby');
    expect(read("Mark — ugh, no, MARCO. my phone keeps 'fixing' it", 'name').name?.value).toBe('Marco');
    expect(read('actually, on second thought, could you call me Alex instead?')).toMatchObject({
      name: { value: 'Alex' },
      intents: [],
    });
    expect(read("actually, can you use my full name instead? It's Rebecca Thornton")).toMatchObject({
      name: { value: 'Rebecca Thornton' },
      intents: [],
    });
    expect(read('please call me by my real name, Marisol')).toMatchObject({
      name: { value: 'Marisol' },
      intents: [],
    });
  });

  it('a request about something else is no command and no name', () => {
    expect(read('I need my password reset. LDAP account locked again.', 'name')).toMatchObject({
      command: null,
      name: null,
    });
  });

  it('a refusal is reported, and gives no name', () => {
    const reading = read("I'd rather not say", 'name');
    expect(reading.name).toBeNull();
    expect(reading.acts).toContain('refusal');
  });

  it("the bot's own name is never the person's, whatever the persona is called", () => {
    expect(read('hi Quillon!', 'name').name).toBeNull();
    expect(read('hi Pip!', 'name', 'Pip').name).toBeNull();
    expect(read('how old is Pip?', 'questions', 'Pip').intents).toEqual(['age']);
    expect(read('how old is Quillon?', 'questions', 'Pip').intents).toEqual(['other']);
  });

  it.each([
    ['ich bin Entwickler'],
    ['main Delhi se hoon'],
    ['元気です'],
    ["I'm tired"],
    ['soy ingeniera'],
    ['je suis fatigué'],
  ])('%j is no name: an ordinary word of its language', (text) => {
    expect(read(text, 'name').name).toBeNull();
  });

  it.each([
    ['Selam, ben İlkay', 'İlkay'],
    ['menya zovut Vadim', 'Vadim'],
    ['меня зовут Вадим', 'Вадим'],
    ['hi! main Rohan hoon', 'Rohan'],
    ['hello po, ako si Jomar', 'Jomar'],
    ['我叫李明', '李明'],
    ['私の名前は田中です', '田中'],
    ['제 이름은 민준입니다', '민준'],
    ['اسمي محمد', 'محمد'],
    ['je m’appelle Amélie', 'Amélie'],
  ])('%j -> %s, in the script it was typed in', (text, name) => {
    expect(read(text, 'name').name?.value).toBe(name);
  });
});

describe('what is no question', () => {
  it.each([
    'Thanks! Please just call me Abdul, everyone does.',
    'I just wanted to share',
    'Quillon, what a charming name. Thank you.',
    'Alles klar, danke dir! Tschüss, see you',
    '5?? ok lol. thx',
    'today was a long day',
  ])('%j', (text) => {
    expect(read(text).intents).toEqual([]);
  });

  it('a message cut off before it was done is confusion, not a question', () => {
    expect(read('ok so whats ur')).toMatchObject({ intents: [], acts: ['confusion'] });
  });
});

describe('questions about the bot itself: what it is, which languages it speaks', () => {
  it.each([
    'are you a bot?',
    'r u a real person or a bot',
    'do you speak Portuguese?',
    'what languages do you speak?',
    'vc fala português?',
    '¿eres un robot?',
    'sprichst du deutsch?',
    '你能说中文吗？',
    'فارسی بلدی؟',
    'Will you remember me tomorrow?',
    'Ты вообще по-русски понимаешь?',
    "Mais tu peux me répondre en français, s'il te plaît ?",
  ])('%j is a question (other) about the bot', (text) => {
    expect(read(text)).toMatchObject({ intents: ['other'], acts: ['about_bot'] });
  });

  it('reads a question about privacy after a preamble as help on privacy, using no question', () => {
    expect(read('Before I tell you anything: what do you keep about me?')).toMatchObject({
      intents: [],
      helpTopic: 'privacy',
    });
  });

  it.each(['can you tell me a joke?', 'how do I say Thursday in French?', 'are you free at 3?'])(
    '%j is another question',
    (text) => {
      expect(read(text).acts).not.toContain('about_bot');
    },
  );
});

describe('follow-ups: more about what the bot just said', () => {
  const hobby = 'collecting unusual words and the stories behind them';
  const readWithHobby = (text: string) =>
    interpreter()(text, { expecting: 'questions', botName: 'Quillon', botHobby: hobby });

  it.each([
    'tell me more',
    'tell me more about that',
    'why?',
    'ok cool, why?',
    'cuéntame más',
    'pourquoi ?',
    'erzähl mir mehr',
    'me conta mais',
    'dimmi di più',
  ])('%j asks for more and names no topic', (text) => {
    const reading = readWithHobby(text);
    expect(reading.acts).toContain('follow_up');
    expect(reading.intents.every((intent) => intent === 'other')).toBe(true);
  });

  it.each<[string, string]>([
    ['why that age?', 'age'],
    ["what's your favourite unusual word you've collected?", 'hobby'],
    ['how many words do you have?', 'hobby'],
  ])('%j asks for more about %s', (text, topic) => {
    expect(readWithHobby(text)).toMatchObject({
      intents: [topic],
      acts: expect.arrayContaining(['follow_up']),
    });
  });

  it('more about the name, asked in a list of questions, asks about the name too', () => {
    const reading = readWithHobby(
      'So tell me, how old are you, what do you do for fun, and where does your name come from??',
    );
    expect(reading.intents).toEqual(['age', 'hobby', 'name']);
    expect(reading.acts).toContain('follow_up');
  });

  it.each(['why is the sky blue?', 'what is your favourite food?', 'how many people work here?'])(
    '%j brings up something new: a question of its own',
    (text) => {
      expect(readWithHobby(text)).toMatchObject({ intents: ['other'] });
      expect(readWithHobby(text).acts).not.toContain('follow_up');
    },
  );

  it("the persona's words for its hobby in other languages tie a question to the hobby", () => {
    const hobbyWords = ['palabra', 'mot', 'Wort', '単語', 'kata'];
    const readWithWords = (text: string, words?: readonly string[]) =>
      interpreter()(text, {
        expecting: 'questions',
        botName: 'Quillon',
        botHobby: hobby,
        botHobbyWords: words,
      });
    for (const text of [
      '¿y cuál es la palabra más rara que has encontrado?',
      'quel est ton mot préféré ?',
      '一番好きな単語は何？',
      'kata favoritmu apa?',
    ]) {
      expect(readWithWords(text, hobbyWords)).toMatchObject({ intents: ['hobby'] });
      // Without them, the same question asks something else.
      expect(readWithWords(text).intents).not.toContain('hobby');
    }
    // One of the persona's words ties a question that says more besides ("que te guste").
    expect(readWithWords('y cuál es una palabra que te guste?', hobbyWords)).toMatchObject({
      intents: ['hobby'],
    });
    // Other questions in those languages stay questions of their own.
    expect(readWithWords('¿qué tiempo hace en Madrid?', hobbyWords).intents).toEqual(['other']);
    expect(readWithWords('wie spät ist es?', hobbyWords).intents).toEqual(['other']);
  });

  it("a follow-up may use the words of the bot's last reply, but must still ask for more", () => {
    const lastReply = 'My favourite find so far is *petrichor*: the smell of rain on dry earth.';
    const readAfter = (text: string) =>
      interpreter()(text, { expecting: 'questions', botName: 'Quillon', botHobby: hobby, lastReply });
    expect(readAfter('where does petrichor come from?').acts).toContain('follow_up');
    expect(readAfter('what does petrichor mean?').acts).toContain('follow_up');
    expect(readAfter('where is the rain?').acts).not.toContain('follow_up');
    expect(readWithHobby('where does petrichor come from?').acts).not.toContain('follow_up');
  });

  it('a follow-up tied to the last reply by a word of it may carry a few words besides', () => {
    const lastReply = "I'm 5 years old. I was switched on five years ago, which is quite grown-up for a bot.";
    const readAfter = (text: string) =>
      interpreter()(text, { expecting: 'questions', botName: 'Quillon', botHobby: hobby, lastReply });
    expect(readAfter('ok but why would that count as grown-up?').acts).toContain('follow_up');
    expect(readAfter('and before that?').acts).toContain('follow_up');
    // "grown-up" said, "grown up" typed back.
    expect(readAfter('so why is that grown up for you?').acts).toContain('follow_up');
    // Tied to nothing the bot said: questions of their own.
    expect(readAfter('why is the grass green in spring?').acts).not.toContain('follow_up');
    expect(readAfter('how old is the moon exactly?').acts).not.toContain('follow_up');
  });

  it('a short question to the bot right after its answer said back is about that answer, in any language', () => {
    const readAfter = (text: string, lastReply: string) =>
      interpreter()(text, { expecting: 'questions', botName: 'Quillon', botHobby: hobby, lastReply });
    expect(readAfter('Quillon? heeft die naam een betekenis?', 'My name is *Quillon*.').acts).toContain(
      'follow_up',
    );
    expect(readAfter('7 anos? isso é muito para você?', "I'm 7 years old.").acts).toContain('follow_up');
    // Something else after the echo is its own question.
    expect(readAfter("Quillon? what's the weather like today?", 'My name is *Quillon*.').acts).not.toContain(
      'follow_up',
    );
  });

  it("a short question about the bot's name, in any language, asks for more about the name", () => {
    const readAfter = (text: string) =>
      interpreter()(text, { expecting: 'questions', botName: 'Quillon', botHobby: hobby, lastReply: 'x' });
    expect(readAfter('Що означає Quillon?')).toMatchObject({ intents: ['name'], acts: ['follow_up'] });
    expect(readAfter('vad betyder Quillon?')).toMatchObject({ intents: ['name'] });
    expect(readAfter('who made Quillon?').intents).toEqual(['other']);
    expect(readAfter('is Quillon a bot?').acts).toContain('about_bot');
  });

  it("a question to the bot in two or more of its hobby's words is about the hobby", () => {
    expect(readWithHobby('do you honestly like collecting words that much?')).toMatchObject({
      intents: ['hobby'],
    });
    expect(readWithHobby('so tell me one unusual word from your collection')).toMatchObject({
      intents: ['hobby'],
    });
    // One of its words, by chance, among others: a question of its own.
    expect(readWithHobby('can you fix my unusual printer problem?')).toMatchObject({ intents: ['other'] });
  });

  it("a question in nothing but the hobby's words is about the hobby", () => {
    expect(readWithHobby('just one word from your collection?')).toMatchObject({ intents: ['hobby'] });
  });

  it.each([
    ["Cool! Do you know the word 'Kummerspeck'? It's a lovely German one", 'Kummerspeck'],
    ["my fav word is 'discombobulated' 😂 do u know wat it means?", 'discombobulated'],
    ['do you know the word “hygge”?', 'hygge'],
    ["Here's one for your collection: 'sláinte'", 'sláinte'],
  ])('%j offers a word for the hobby: %s', (text, offered) => {
    expect(readWithHobby(text).offered).toBe(offered);
  });

  it('one word after a colon that ends its sentence is offered too', () => {
    expect(readWithHobby("it's a WORD for your collection: jugaad").offered).toBe('jugaad');
    expect(readWithHobby('note: tomorrow is a holiday').offered).toBeUndefined();
  });

  it.each(["my dog is called 'Rex'", "I'm 'fine'", "what's 'Quillon' short for?"])(
    '%j offers nothing for the hobby',
    (text) => {
      expect(readWithHobby(text).offered).toBeUndefined();
    },
  );

  it('a word the bot just said, asked about in quotes, is no offer', () => {
    const lastReply = 'My favourite find so far is *petrichor*: the smell of rain on dry earth.';
    expect(readWith("what does 'petrichor' mean?", { lastReply }).offered).toBeUndefined();
  });

  it.each(['Just curious when you were created?', 'wondering when you were made'])(
    '%j asks the age, in the words of a question reported',
    (text) => {
      expect(read(text).intents).toEqual(['age']);
    },
  );

  it('"ok Quillon. whats ur favourite food??" only addresses the bot: no follow-up on its last words', () => {
    const lastReply =
      'Nice to meet you, *Sandy*! You can ask me up to 3 questions: my name, my age or my hobby.';
    for (const text of ['awww ok Quillon. so whats ur favrite food??', 'Quillon, whats ur favorite food?'])
      expect(readWith(text, { lastReply }).acts).not.toContain('follow_up');
    expect(readWith('Quillon? what does it mean?', { lastReply }).acts).toContain('follow_up');
  });

  it('"what does Quillon mean?" asks about the name', () => {
    expect(readWithHobby('what does Quillon mean?')).toMatchObject({ intents: ['name'] });
  });

  it.each(['like what?', 'tipo o quê?', 'for example?'])(
    '%j reads as small talk and asks for more',
    (text) => {
      expect(readWithHobby(text).acts).toContain('follow_up');
    },
  );

  it('a word the bot just said is no new name for the person ("Fernweh is so beautiful! tell me more!!")', () => {
    const lastReply =
      'Lately I collect words other languages have and English lacks, like the German *Fernweh*.';
    const reading = interpreter()('noooo wait, Fernweh is so beautiful! tell me more!!', {
      expecting: 'questions',
      botName: 'Quillon',
      botHobby: hobby,
      lastReply,
    });
    expect(reading.name).toBeNull();
    expect(reading.acts).toContain('follow_up');
  });

  it('"what do you mean?" stays confusion', () => {
    expect(readWithHobby('what do you mean?')).toMatchObject({ intents: [], acts: ['confusion'] });
  });

  it("the hobby's words come from the persona: another hobby, another topic", () => {
    const reading = interpreter()('what is your favourite word?', {
      expecting: 'questions',
      botName: 'Quillon',
      botHobby: 'baking bread',
    });
    expect(reading.intents).toEqual(['other']);
  });
});

describe('"never mind" takes back what the message asked', () => {
  it.each([
    "wait so that's what I asked the first time?? never mind",
    "what's your age? never mind",
    'forget it',
    'olvídalo',
  ])('%j asks nothing', (text) => {
    expect(read(text)).toMatchObject({ intents: [], acts: expect.arrayContaining(['acknowledgement']) });
  });

  it.each<[string, string]>([
    ['never mind, how old are you?', 'age'],
    ['forget me', ''],
  ])('%j still asks or commands', (text, intent) => {
    const reading = read(text);
    if (intent) expect(reading.intents).toEqual([intent]);
    else expect(reading.command).toBe('forget');
  });
});

describe('pleasantries are small talk', () => {
  it.each(['OK. How are you today?', "how's your week going?", 'Hi, nice to meet a bot.'])(
    '%j asks nothing',
    (text) => {
      expect(read(text).intents).toEqual([]);
    },
  );
});

describe('exclamations ask nothing', () => {
  it.each(['Good afternoon! What a delightful thing to find here.', 'qué bonito nombre.', 'wie schön.'])(
    '%j is no question',
    (text) => {
      expect(read(text).intents).toEqual([]);
    },
  );

  it.each(["what's a good name for a puppy", 'what a weird name for a bot?'])('%j still asks', (text) => {
    expect(read(text).intents).toEqual(['other']);
  });
});

describe('privacy questions are about the bot', () => {
  it.each(["you didn't save anything about me right?", 'privacy policy?'])('%j', (text) => {
    expect(read(text, 'name')).toMatchObject({ name: null, acts: expect.arrayContaining(['about_bot']) });
  });
});

describe('a name with a question about using the bot', () => {
  it.each([
    'My name is Henrik. Now, to be precise: do greetings or thank-yous count against my 3 questions?',
    "I'm Priya. Quick check first: what counts as a question? Does this message count?",
  ])('%j gives the name, and asks for help (no other question)', (text) => {
    expect(read(text, 'name')).toMatchObject({
      name: { confident: true },
      intents: [],
      acts: expect.arrayContaining(['help_request']),
    });
  });

  it('"ok. so your name is Quillon." says the name back; it asks nothing', () => {
    expect(read('ok. so your name is Quillon.').intents).toEqual([]);
    expect(read('is your name Quillon?').intents).toEqual(['name']);
  });
});

describe('questions about where the person stands', () => {
  it.each([
    "what's my name?",
    "you still don't know my name right?",
    "so you don't remember my name at all?",
    '¿cómo me llamo?',
    'wie heiße ich?',
  ])('%j is a question (other) about the person, as the bot knows them', (text) => {
    expect(read(text)).toMatchObject({ intents: ['other'], acts: expect.arrayContaining(['about_self']) });
  });

  it('"what\'s my dog\'s name?" is another question', () => {
    expect(read("what's my dog's name?").acts).not.toContain('about_self');
  });
});

describe('questions', () => {
  it.each([
    ["Hi, I'm Priya. What's your name and how old are you?", ['name', 'age']],
    ['thanks! and how old are you?', ['age']],
    ["what's your dog's name?", ['other']],
    ['how old is the sun?', ['other']],
    ['what time is it?', ['other']],
    ['tell me a joke', ['other']],
    ['¿cómo te puedo llamar?', ['name']],
    ['Wie darf ich dich nennen?', ['name']],
    ['hoe heet jij?', ['name']],
    ['ano hobby mo?', ['hobby']],
    ['what kinda stuff do you like doing?', ['hobby']],
    ['quantos anos você tem?', ['age']],
    ['你多大了？', ['age']],
    ['趣味は何ですか？', ['hobby']],
    ['would you kindly confirm your full name for my records?', ['name']],
    ["what's a good name for my dog?", ['other']],
    ["what's 2 + 2?", ['other']],
    ['5 years? like since u were made?', ['age']],
    ['¡Qué joven! ¿Y cuál es tu pasatiempo favorito?', ['hobby']],
    ['I told my coworker about you but forgot the details - what was your hobby again?', ['hobby']],
    ['а тебя как зовут-то?', ['name']],
  ])('%j asks %j', (text, intents) => {
    expect(read(text, 'questions').intents).toEqual(intents);
  });
});

describe('smaller readings from newcomer transcripts', () => {
  const read = (text: string, expecting: 'name' | 'questions' = 'questions') =>
    interpreter()(text, { expecting, botName: 'Quillon' });

  it('"no my name is Kevin": a "no" opening the clause answers; it does not negate the cue', () => {
    expect(read('no my name is Kevin').name?.value).toBe('Kevin');
    expect(read('my name isnt Rob its Bob').name?.value).toBe('Bob');
    expect(read('that is not my name is what i said').name).toBeNull();
  });

  it('"hey hw old r u": a greeting then a question gives no name', () => {
    expect(read('heyy hw old r u', 'name')).toMatchObject({ name: null, intents: ['age'] });
    expect(read('hey Aoife here', 'name').name?.value).toBe('Aoife');
  });

  it('declining to give a name is a refusal, though it reads like an order', () => {
    expect(read('rather not give my name tbh').acts).toContain('refusal');
    expect(read('give me your name').intents).toEqual(['name']);
  });

  it('"are you ChatGPT?" asks what the bot is', () => {
    expect(read('wait are u chatgpt??').acts).toContain('about_bot');
  });

  it('"that was my last?" asks where the person stands', () => {
    expect(read('hold on, that was my last question?').command).toBe('status');
    expect(read('am i out of questions already?').command).toBe('status');
  });
});

describe('doubt and flourish after an answer', () => {
  const lastReply = "I'm 5 years old. I was switched on five years ago.";
  const read = (text: string) =>
    interpreter()(text, { expecting: 'questions', botName: 'Quillon', lastReply });

  it.each(['is that true?', 'are u sure??', 'prove it'])('%j asks for more about the answer', (text) => {
    expect(read(text).acts).toContain('follow_up');
  });

  it('"Oh, how my heart sings." exclaims; it asks nothing', () => {
    expect(read('Oh, how my heart sings. Thank you kindly.').intents).toEqual([]);
  });
});

describe('readings from newcomer round 28', () => {
  const read = (text: string, expecting: 'name' | 'questions' = 'questions') =>
    interpreter()(text, { expecting, botName: 'Quillon' });

  it('a capital typed on purpose after "call me" is a name, even on a word like "An"', () => {
    expect(read('Tran Thi An, but please call me An', 'name').name?.value).toBe('An');
    expect(read('you can call me May', 'questions').name?.value).toBe('May');
    expect(read('call me maybe', 'name').name).toBeNull();
  });

  it('"what do you call me then?" asks where the person stands', () => {
    expect(read('so what do u call me then?').acts).toContain('about_self');
  });

  it('"did that cost me one?" asks about the count', () => {
    expect(read('wait did that cost me one?').command).toBe('status');
  });

  it('a number the bot just said ties a follow-up to its answer ("why 5?")', () => {
    const readAfter = (lastReply: string) =>
      interpreter()('wait why 5??', { expecting: 'questions', botName: 'Quillon', lastReply });
    expect(readAfter("I'm 5 years old.").acts).toContain('follow_up');
    expect(readAfter('My name is *Quillon*.').acts).not.toContain('follow_up');
  });

  it('the count every reply states ties no question to the answer', () => {
    const reading = interpreter()('how many are left for the others?', {
      expecting: 'questions',
      botName: 'Quillon',
      lastReply: "I'm 5 years old. You have 2 questions left.",
    });
    expect(reading.acts).not.toContain('follow_up');
  });

  it('"is this an HR bot?" asks what the bot is', () => {
    expect(read('wait is this an HR bot or what').acts).toContain('about_bot');
    expect(read('is this a good app for notes?').acts).not.toContain('about_bot');
  });
});

describe('readings from newcomer round 35 and set l', () => {
  it('asking what the bot keeps about the person is about the bot; asking it to wipe that is forget', () => {
    expect(read('what exactly have you got stored about me?').acts).toContain('about_bot');
    expect(read('does it also keep my slack user id?').acts).toContain('about_bot');
    expect(read('pls wipe whatever you saved about me').command).toBe('forget');
  });

  it.each(['in german please', 'en español por favor', 'bitte auf deutsch', 'en français svp'])(
    '%j asks for another language: help, never a question',
    (text) => {
      expect(read(text)).toMatchObject({ intents: [], acts: ['help_request'] });
    },
  );

  it.each(['wait, is it over already?', 'ué, já acabou?', 'ist es schon vorbei?'])(
    '%j is surprise at the ending, not a question',
    (text) => {
      expect(read(text, 'nothing')).toMatchObject({
        intents: [],
        acts: expect.arrayContaining(['confusion']),
      });
    },
  );

  it('requests for help with a polite frame are help', () => {
    expect(read('could you show me how this works?').acts).toEqual(['help_request']);
    expect(read('are there any commands I need to know?').acts).toEqual(['help_request']);
    expect(read('could you show me the way to the station?').intents).toEqual(['other']);
  });

  it('"I\'m afraid not" says no; "can we just do it again from the top" restarts', () => {
    expect(read("No, I'm afraid not.").answer).toBe('no');
    expect(read('can we just do it over from the top').command).toBe('restart');
  });

  it('an English contraction keeps English in a message with another language ("I\'m Rui, muito prazer")', () => {
    expect(read("I'm Rui, muito prazer", 'name').name?.value).toBe('Rui');
    expect(read("I'm Ozge, memnun oldum", 'name').name?.value).toBe('Ozge');
  });

  it('"how many years do you have?" (a calque from Spanish and Portuguese) asks the age', () => {
    expect(read('how many years do u have?').intents).toEqual(['age']);
    expect(read('how many years do you have left on your lease?').intents).toEqual(['other']);
  });
});

describe('a question mark belongs to the clause it ends', () => {
  it('"Soy Tomás, from Buenos Aires 🇦🇷 qué tal?" gives a name and a pleasantry, and asks nothing', () => {
    expect(read('Soy Tomás, from Buenos Aires 🇦🇷 qué tal?', 'name')).toMatchObject({
      name: { value: 'Tomás' },
      intents: [],
    });
    expect(read("I'm new here, what is this?").intents).toEqual([]);
  });

  it('small talk after a question leaves the mark with it; an earlier clause asks in its own words', () => {
    expect(read('tu peux me répondre en français, merci ?').acts).toContain('about_bot');
    expect(read("what's your name, and how old are you?").intents).toEqual(['name', 'age']);
    expect(read('your name, age?').intents).toEqual(['name', 'age']);
  });
});

describe('a pronoun names someone else', () => {
  it('"which channel? whats it called?" asks about the channel; "his name?" about him', () => {
    expect(read('which channel? whats it called?').intents).toEqual(['other']);
    expect(read('his name?').intents).toEqual(['other']);
    expect(read("what's this bot called?").intents).toEqual(['name']);
  });

  it('"doing it right" is no tag question: "I hope I\'m doing it right." says something', () => {
    expect(read("I hope I'm doing this right.")).toMatchObject({ intents: [], acts: ['statement'] });
  });
});

describe('a fragment said as a full sentence states', () => {
  it.each(['me encanta.', 'Five years old.', 'qué bueno! me encanta. bueno, me voy, chau!'])(
    '%j asks nothing',
    (text) => {
      expect(read(text).intents).toEqual([]);
    },
  );

  it.each<[string, string]>([
    ['ur age', 'age'],
    ['hobby?', 'hobby'],
  ])('%j, with no full stop, still asks', (text, topic) => {
    expect(read(text).intents).toEqual([topic]);
  });
});

describe('a greeting that asks how the bot is', () => {
  it.each([
    'how are you?',
    'Hello there! How are you doing today?',
    'hola, ¿qué tal?',
    'ça va ?',
    'wie geht’s?',
  ])('%j asks how the bot is', (text) => {
    expect(read(text)).toMatchObject({ acts: ['greeting'], intents: [], asksHowBotIs: true });
  });

  it.each(['hi', 'good morning!', 'how old are you?'])('%j does not', (text) => {
    expect(read(text).asksHowBotIs).toBeUndefined();
  });
});

describe("a capitalised name that reads as another language's word once changed", () => {
  // "Jess" squeezed or without its "s" is the Finnish "jes" (yes).
  it.each(['Jess', 'Jess 💅🌸'])('%j is the name', (text) => {
    expect(read(text, 'name').name?.value).toBe('Jess');
  });

  it('a stretched word is still read: "Yess", "yesss"', () => {
    expect(read('yesss', 'name').answer).toBe('yes');
    expect(read('Yess', 'name').answer).toBe('yes');
  });
});

describe('a given name that is also a word, before a family name', () => {
  it.each(['blessing adeyemi', 'Sunday Oyelaran', 'hope nwachukwu'])(
    '%j is a name, confirmed before use',
    (text) => {
      expect(read(text, 'name').name).toMatchObject({ confident: false });
      expect(read(text, 'name').name?.value.split(' ')).toHaveLength(2);
    },
  );

  it('two ordinary words are still no name', () => {
    expect(read('running late', 'name').name).toBeNull();
    expect(read('tired af', 'name').name).toBeNull();
  });
});

describe('a name typed in lower case in a message with capitals', () => {
  it('"hey! im priya ramaswamy, QA lead" gives the whole name', () => {
    expect(read('hey! im priya ramaswamy, QA lead on payments', 'name').name?.value).toBe('Priya Ramaswamy');
    expect(read('its Yara, yara haddad', 'name').name?.value).toBe('Yara Haddad');
  });

  it('a word of another language before a capitalised name is no part of it', () => {
    // Sanne, or (as now) no name and the question again: never *Met Sanne*.
    expect([null, 'Sanne']).toContain(read('hoi, met Sanne', 'name').name?.value ?? null);
  });
});

describe('readings from newcomer round 36', () => {
  it('a word that is only perhaps a name, opening a sentence, is no name ("label printer … is down")', () => {
    expect(read('label printer on floor 2 is jammed again', 'name').name).toBeNull();
    expect(read('hope', 'name').name).not.toBeNull();
  });

  it.each(['So you are not a real person?', 'am I talking to a computer?'])(
    '%j asks what the bot is',
    (text) => {
      expect(read(text).acts).toContain('about_bot');
    },
  );
});

describe('readings from newcomer round 37', () => {
  it('a complaint that a message used a question asks the status', () => {
    expect(read('did you just take one of my questions for that??').command).toBe('status');
    expect(read('ok. still 2 left right?').command).toBe('status');
  });

  it('"can you believe it" asks nothing; "are you leaving already?" is surprise', () => {
    expect(read("I'm 70 next month, can you believe it.").intents).toEqual([]);
    // "oh," is taken in; the question after it is the surprise (which the reply answers).
    expect(read('oh, are you leaving already?', 'nothing')).toMatchObject({
      intents: [],
      acts: expect.arrayContaining(['confusion']),
    });
  });

  it('"¿me lo puedes decir en español?" asks for another language: help', () => {
    expect(read('¿me lo puedes escribir en español?').acts).toEqual(['help_request']);
  });
});

describe('readings from set m', () => {
  it('"im 29, and u?" asks back the age, across the comma', () => {
    expect(read('im 31, and u?').intents).toEqual(['age']);
  });

  it('a verb compromise does not list is still a request by its ending ("summarize this")', () => {
    expect(read('pls summarize this doc for me').intents).toEqual(['other']);
  });
});

describe('asking for one more, after an answer', () => {
  const readAfterHobby = (text: string) => readWith(text, AFTER_HOBBY);

  it.each(['drop one', 'give me one', "what's the weirdest one you've got?", 'got another?'])(
    '%j asks for more about the last answer',
    (text) => {
      expect(readAfterHobby(text).acts).toContain('follow_up');
    },
  );

  it('"give me a break" and "tell me a joke" ask something else', () => {
    expect(readAfterHobby('give me a break').acts).not.toContain('follow_up');
    expect(readAfterHobby('tell me a joke').acts).not.toContain('follow_up');
  });
});

describe('readings from newcomer round 39', () => {
  it('chat shorthand with a period ("w/e.") ends its sentence; an initial keeps its period', () => {
    expect(read('fine w/e. age?').intents).toEqual(['age']);
    expect(read('J. Okafor', 'name').name?.value).toBe('J. Okafor');
  });

  it('in a script without spaces, a word with a whole sentence written onto it is no name', () => {
    expect(read('会議で使いたいので、少し試してもいいですか。', 'name').name).toBeNull();
    expect(read('山田です', 'name').name?.value).toBe('山田');
  });

  it.each(["hey i didn't ask you anything yet", 'pero si no pregunté nada'])(
    '%j says nothing was asked: confusion, no question',
    (text) => {
      const reading = read(text);
      expect(reading.acts).toContain('confusion');
      expect(reading.intents).toEqual([]);
    },
  );

  it('"did that just eat one of my questions?" asks the status', () => {
    expect(read('did that just eat one of my questions?').command).toBe('status');
  });

  it.each(['you still remember what to call me?', 'pamiętasz jeszcze moje imię?'])(
    '%j asks about the person',
    (text) => {
      expect(read(text).acts).toContain('about_self');
    },
  );

  it.each([
    "so you're not keeping anything on me, right?",
    'a co robicie z moimi danymi?',
    'können wir dich in unseren Team-Kanal holen?',
  ])('%j asks about the bot', (text) => {
    expect(read(text).acts).toContain('about_bot');
  });

  it('"und was kannst du denn überhaupt?" asks for help', () => {
    expect(read('und was kannst du denn überhaupt?').acts).toEqual(['help_request']);
  });

  it('"decime Juli" renames; "aloha" greets', () => {
    expect(read('decime Juli').name?.value).toBe('Juli');
    expect(read('aloha!', 'name')).toMatchObject({ name: null, acts: ['greeting'] });
  });

  it('a polite opener ("do excuse the interruption") and "how silly of me" ask nothing', () => {
    expect(read('do excuse the interruption', 'name')).toMatchObject({ intents: [], acts: ['greeting'] });
    expect(read('How silly of me to forget my manners.', 'name').intents).toEqual([]);
  });

  it('"how did you get started?" after an answer asks for more', () => {
    expect(readWith('how did you get started?', AFTER_HOBBY).acts).toContain('follow_up');
  });
});

describe("the bot's name checked back to it", () => {
  it.each(['so your name is Quillon?', 'o teu nome é Quillon?', 'dein Name ist Quillon?', "you're Quillon?"])(
    '%j takes the answer in and asks nothing',
    (text) => {
      const reading = read(text);
      expect(reading.intents).toEqual([]);
      expect(reading.acts).toContain('acknowledgement');
    },
  );

  it.each<[string, string]>([
    ['is your name Quillon?', 'name'],
    ['how old is Quillon?', 'age'],
    ['ur like 2 years old right?', 'age'],
    ['name 5 fruits', 'other'],
  ])('%j still asks (%s)', (text, intent) => {
    expect(read(text).intents).toEqual([intent]);
  });
});

describe('readings from newcomer round 40', () => {
  it('a Turkish "Ben" cue in a message with other Turkish words gives the name after it', () => {
    expect(read('Selam! Ben Elif Kaya, muhasebeden.', 'name').name?.value).toBe('Elif Kaya');
    expect(read('Ben Carter here', 'name').name?.value).toBe('Ben Carter');
  });

  it.each<[string, string]>([
    ['bana sadece Ece de', 'Ece'],
    ['adımı Ece olarak değiştirebilir misin?', 'Ece'],
  ])('%j renames (%s)', (text, name) => {
    expect(read(text).name?.value).toBe(name);
  });

  it.each(['та як мене звати?', 'bạn còn nhớ tên tôi không?'])('%j asks about the person', (text) => {
    expect(read(text).acts).toContain('about_self');
  });

  it.each([
    'did you start logging my messages again?',
    'who runs this bot?',
    'so you are storing this conversation anyway?',
    'את מבינה עברית?',
  ])('%j asks about the bot', (text) => {
    expect(read(text).acts).toContain('about_bot');
  });

  it.each(["what's your purpose here?", 'what can my colleagues do with this bot?'])(
    '%j asks for help',
    (text) => {
      expect(read(text)).toMatchObject({ intents: [], acts: ['help_request'] });
    },
  );

  it('asking to use a name just given is part of giving it; another request still asks', () => {
    expect(read("it's Dana Levi now, could you update that?")).toMatchObject({
      name: { value: 'Dana Levi' },
      intents: [],
    });
    expect(read("it's Dana. can you order lunch?").intents).toEqual(['other']);
    expect(read('can you change that?').intents).toEqual(['other']);
  });

  it('"am I doing this right?" is confusion, no question', () => {
    expect(read('am I doing this right?')).toMatchObject({ intents: [], acts: ['confusion'] });
  });
});

describe('readings from newcomer round 41 and set o', () => {
  const readWithHobby = (text: string) =>
    readWith(text, {
      botHobby: 'collecting unusual words and the stories behind them',
      botHobbyWords: ['word', 'palabra', 'parola', 'mot'],
    });

  it('"don\'t." ends its sentence: the question after it is read on its own', () => {
    expect(read("most people can't. so how old are you?").intents).toEqual(['age']);
  });

  it.each(['ok so give me a strange word then', 'conosci qualche parola strana?', 'gimme a weird word'])(
    '%j asks the word collector for a word: the hobby',
    (text) => {
      expect(readWithHobby(text).intents).toEqual(['hobby']);
    },
  );

  it('Hinglish "Ravi bolo yaar" renames; "kya??" alone is confusion', () => {
    expect(read('arre Ravi bolo yaar').name?.value).toBe('Ravi');
    expect(read('kya??')).toMatchObject({ intents: [], acts: ['confusion'] });
  });

  it('"why does this bot even need my name?" asks about the bot; Swahili "what can you do?" asks for help', () => {
    expect(read('why does this bot even need my name?').acts).toContain('about_bot');
    expect(read('unaweza kufanya nini?')).toMatchObject({ intents: [], acts: ['help_request'] });
  });

  it('"tell me a joke" still asks something else', () => {
    expect(readWithHobby('tell me a joke').intents).toEqual(['other']);
  });

  it('"do you play any sports?" asks the hobby; "tum kya kar sakte ho?" asks for help', () => {
    expect(read('do u play any sport?').intents).toEqual(['hobby']);
    expect(read('tum kya kar sakte ho?')).toMatchObject({ intents: [], acts: ['help_request'] });
  });
});

describe('readings from newcomer round 42', () => {
  it('a word with a verb said of it is who said it, not the name ("Reception said I should write to you")', () => {
    expect(read('Reception said I should write to you', 'name').name).toBeNull();
    expect(read('Kwame here', 'name').name?.value).toBe('Kwame');
  });

  it('a greeting from another language is a greeting in an English message too', () => {
    expect(read('Ciao! which languages do you read?', 'name').name).toBeNull();
  });

  it.each(['is this chat also stored now?', 'will you forget me next week?', 'Sprechen Sie auch Englisch?'])(
    '%j asks about the bot',
    (text) => {
      expect(read(text).acts).toContain('about_bot');
    },
  );

  it('"why was that my last one? I only asked one" asks the status', () => {
    expect(read('why was that my last one? I only asked one', 'nothing').command).toBe('status');
  });

  it('"je n\'ai posé qu\'une question" asks the status', () => {
    expect(read("mais je n'ai demandé qu'une question").command).toBe('status');
  });
});

describe('readings from newcomer round 43', () => {
  it('"could you change my name to Ana?" renames; "can you switch to Spanish?" asks about languages', () => {
    expect(read('could you change my name to Ines?').name?.value).toBe('Ines');
    expect(read('can you switch to German?')).toMatchObject({ name: null, helpTopic: 'languages' });
  });

  it('"prefiro X mesmo. Pode mudar?" renames and asks nothing more', () => {
    expect(read('prefiro Rafael mesmo. pode mudar?')).toMatchObject({
      name: { value: 'Rafael' },
      intents: [],
    });
  });

  it('"speak later" says goodbye; "will the next person see what I wrote?" asks about the bot', () => {
    expect(read('gotta go, speak later').acts).toContain('farewell');
    expect(read('will other people see what I typed?').acts).toContain('about_bot');
  });
});

describe('questions about the bot, in many languages, say what they ask about', () => {
  it.each([
    ['Benim yöneticim okuyabilir mi bu mesajları?', 'privacy'],
    ['kya mera manager ye messages padh sakta hai?', 'privacy'],
    ['Kann mein Chef das lesen?', 'privacy'],
    ['Mon manager peut lire nos messages ?', 'privacy'],
    ['Czy mój szef może to przeczytać?', 'privacy'],
    ['what do you do with the stuff people type here?', 'privacy'],
    ['koi AI ho ya script?', 'identity'],
    ['ты бот или человек?', 'identity'],
    ['你是AI还是脚本？', 'identity'],
    ['Snakker du engelsk?', 'languages'],
    ['Bạn có nói tiếng Việt không?', 'languages'],
  ])('%j asks about %s', (text, topic) => {
    expect(read(text)).toMatchObject({ helpTopic: topic });
    expect(read(text).acts).toContain('about_bot');
  });

  it.each([
    'Merci Quillon, bonne journée !',
    'Thank you very much, Quillon. Have a nice day!',
    'Danke, schönen Tag noch!',
  ])('%j thanks and says goodbye', (text) => {
    expect(read(text).acts).toEqual(['thanks', 'farewell']);
  });

  it('"Hi! Welcome to the team 🎉" greets; Welcome is no name', () => {
    expect(read('Hi! Welcome to the team 🎉 I brought you a virtual coffee', 'name').name).toBeNull();
  });

  it.each([
    ["Hallo! My colleague said I should try you. Wie geht's?", 'greeting'],
    ["hi! I'm new on the team. ¿Cómo estás?", 'greeting'],
  ])('%j: a sentence in another language than the rest is read in that language (%s)', (text, act) => {
    expect(read(text, 'name')).toMatchObject({ intents: [] });
    expect(read(text, 'name').acts).toContain(act);
  });

  it('"tell me a weird one" after an answer asks for more', () => {
    expect(read('cool tell me a wierd one lol').acts).toContain('follow_up');
  });

  it('"what can I do with you?" asks for the whole help, not one line', () => {
    expect(read('what can I do with you?')).toMatchObject({ acts: ['help_request'] });
    expect(read('what can I do with you?').helpTopic).toBeUndefined();
  });
});

describe('readings from newcomer round 46', () => {
  it.each([
    ['quick overview of what you do?', 'help_request'],
    ['what are you for?', 'help_request'],
    ['Did you miss me?', 'greeting'],
    ['díky, čau', 'farewell'],
    ['hola!! q onda', 'greeting'],
    ['Wetin dey happen for your side?', 'greeting'],
  ])('%j: %s, no question', (text, act) => {
    expect(read(text).acts).toContain(act);
    expect(read(text).intents).toEqual([]);
  });

  it('"I don\'t want to know your hobby" asks nothing', () => {
    expect(read("I don't want to know your hobby").intents).toEqual([]);
  });

  it('"May I enquire as to whom I am addressing?" asks the name', () => {
    expect(read('May I enquire as to whom I am addressing?').intents).toEqual(['name']);
  });

  it.each([
    ['Chamo-me Maria Inês Carvalho, mas pode tratar-me por Inês', 'Inês'],
    ['Na Emeka be my name o', 'Emeka'],
  ])('%j gives the name the person goes by: %s', (text, name) => {
    expect(read(text, 'name').name?.value).toBe(name);
  });
});

describe('readings from set q (development half)', () => {
  it('a month that is a first name, capitalised after a cue, is the name; "it\'s Monday" is the day', () => {
    expect(read('ik ben Jan', 'name').name?.value).toBe('Jan');
    expect(read("I'm June", 'name').name?.value).toBe('June');
    expect(read("it's Monday", 'name').name).toBeNull();
  });

  it.each([
    ['what question am I on', 'status'],
    ['oublie mon prénom stp', 'forget'],
  ])('%j -> %s', (text, command) => {
    expect(read(text).command).toBe(command);
  });

  it('"is it ok if I ask your name" asks the name', () => {
    expect(read('is it ok if I ask your name').intents).toEqual(['name']);
  });
});

describe('readings from newcomer round 47', () => {
  it('"все зовут меня Дима" ("everyone calls me Dima") gives the name and says no goodbye', () => {
    const reading = read('Меня зовут Дмитрий, но все зовут меня Дима', 'name');
    expect(reading.name?.value).toBe('Дима');
    expect(reading.acts).not.toContain('farewell');
  });

  it.each(["Allô! C'est quoi ce bot-là?", 'What is its purpose?'])('%j asks for help', (text) => {
    expect(read(text, 'name')).toMatchObject({ intents: [] });
    expect(read(text, 'name').acts).toContain('help_request');
  });

  it('"How long have you been in operation?" asks the age', () => {
    expect(read('How long have you been in operation?').intents).toEqual(['age']);
  });

  it('"can I just skip that?" declines the name', () => {
    expect(read('can I just skip that?', 'name')).toMatchObject({ name: null, intents: [] });
    expect(read('can I just skip that?', 'name').acts).toContain('refusal');
  });

  it('Turkish "beni hatırlıyor musun?" asks what the bot knows of the person', () => {
    expect(read('beni hatırlıyor musun?').acts).toContain('about_self');
  });
});

describe('another question asked beside the bot’s topics', () => {
  it.each<[string, Expectation, string[]]>([
    [
      "Hi! I'm Marcus. Quick ones: how old are you, what's your hobby, and what's the wifi password?",
      'name',
      ['age', 'hobby', 'other'],
    ],
    ["how old are you? and what's the weather like in Lagos today?", 'questions', ['age', 'other']],
    ["what's your name? also, can you reset my VPN password?", 'questions', ['name', 'other']],
  ])('%j (expecting %s) asks both, the bot’s topics first', (text, expecting, intents) => {
    expect(read(text, expecting).intents).toEqual(intents);
  });

  it.each([
    "how old are you, if you don't mind me asking?",
    'what is your age, may I know?',
    'any hobbies or is it all work lol',
    'do bots have names? whats yours',
    'how old are you, roughly?',
  ])('%j asks one thing', (text) => {
    expect(read(text).intents).toHaveLength(1);
  });

  it('"great, Quillon! I\'m Doreen" calls the bot by its name and asks nothing back', () => {
    expect(read("Oh how lovely, Quillon! I'm Doreen, from accounts.", 'name')).toMatchObject({
      name: { value: 'Doreen' },
      intents: [],
    });
  });
});

describe('readings from newcomer round 48', () => {
  it.each([
    'why does it say 1 question left?',
    'do I have 3 questions again?',
    'I wanted to ask you something',
  ])('%j asks where the person stands', (text) => {
    expect(read(text).command).toBe('status');
  });

  it('"María del Carmen Fernández-Ochoa de la Vega" is read whole: particles do not count toward the length', () => {
    expect(
      read(
        "My full name is María del Carmen Fernández-Ochoa de la Vega, but honestly that's a mouthful.",
        'name',
      ).name?.value,
    ).toBe('María del Carmen Fernández-Ochoa de la Vega');
  });

  it('"im dwyane. er dwayne lol" corrects the name', () => {
    expect(read('im dwyane. er dwayne lol', 'name').name?.value).toBe('Dwayne');
  });

  it("the bot's own words quoted back are no word offered for the collection", () => {
    const reading = readWith("lol 'ask a colleague' for a joke 💀 ok last one, whats ur hobby", {
      lastReply:
        "Sorry, I can't help with that. For anything else, please ask a colleague. You have 1 question left.",
      botHobby: 'collecting unusual words',
    });
    expect(reading.offered).toBeUndefined();
    expect(reading.intents).toEqual(['hobby']);
  });

  it('Korean "그럼 마지막 질문..." ("then, last question...") introduces the question after it', () => {
    expect(read('그럼 마지막 질문... 이름이 왜 Quillon이에요? 무슨 뜻이에요?')).toMatchObject({
      command: null,
      intents: ['name'],
    });
    expect(read('이게 마지막 질문이야?').command).toBe('status');
  });

  it('"Remember me from yesterday?" asks what the bot knows of the person', () => {
    expect(read('Good morning Quillon. Remember me from yesterday?').acts).toContain('about_self');
  });

  it('"Why do you need it?" declines the name and asks what the bot keeps', () => {
    expect(read("I'd rather not say, if that's ok. Why do you need it?", 'name')).toMatchObject({
      acts: expect.arrayContaining(['refusal', 'about_bot']),
      helpTopic: 'privacy',
    });
  });

  it.each([
    ['do you know what sarah does for fun', 'other'],
    ['sabes cómo se llama mi jefe?', 'other'],
    ['do you know your own age?', 'age'],
    ['can you tell me how old you are', 'age'],
  ])('%j: "do you know" asks the bot about whoever the question names (%s)', (text, intent) => {
    expect(read(text).intents).toEqual([intent]);
  });

  it('a clause that says the name given again asks nothing ("toh Pinky hi bolo please")', () => {
    expect(
      read('mera naam Priyanka hai but sab mujhe Pinky bolte hai, toh Pinky hi bolo please', 'name'),
    ).toMatchObject({ name: { value: 'Pinky' }, intents: [] });
  });

  it('romanised Hindi: "ek question kaise kam ho gaya?" asks the status; "mera naam toh yaad hai na?" what the bot knows', () => {
    expect(read('arre maine kuch poocha hi nahi, ek question kaise kam ho gaya? 😅').command).toBe('status');
    expect(read('wait kya?? mera naam toh yaad hai na? Pinky?').acts).toContain('about_self');
  });

  it('"Which team runs you?" asks about the bot', () => {
    expect(read('Which team runs you?').acts).toContain('about_bot');
  });

  it('"I wanted to ask about your hobby" asks the hobby', () => {
    expect(read('great, I wanted to ask about your hobby before I left').intents).toEqual(['hobby']);
  });

  it.each(['name', 'nothing'] as const)(
    'a question in the hobby’s own words asks the hobby (expecting %s)',
    (expecting) => {
      const reading = interpreter()("ok bonus round: what's the weirdest word you've collected?", {
        expecting,
        botName: 'Quillon',
        botHobby: 'collecting unusual words',
      });
      expect(reading.intents).toEqual(['hobby']);
    },
  );
});

describe('readings from newcomer round 49', () => {
  it('the same name with other accents corrects what the bot said ("Siobhán" after "*Siobhan*")', () => {
    const reading = readWith('no, my name is Siobhán. with the accent.', {
      lastReply: "You're *Siobhan*, and you have 3 questions left.",
    });
    expect(reading.name?.value).toBe('Siobhán');
  });

  it('asking to use a name given two clauses before is part of giving it', () => {
    expect(
      read(
        "oh wow you got it right first time. actually it's Siobhán, with the fada on the a — can you use that?",
      ),
    ).toMatchObject({ name: { value: 'Siobhán' }, intents: [] });
  });

  it.each(["we're basically besties now.", 'you got it right first time.'])(
    '%j states, and asks nothing',
    (text) => {
      expect(read(text).intents).toEqual([]);
    },
  );

  it('"do you have a favourite word?" asks about the hobby, with or without an answer before', () => {
    expect(
      readWith('do you have a favourite word?', { botHobby: 'collecting unusual words' }).intents,
    ).toEqual(['hobby']);
    expect(
      interpreter()('do you have a favourite word?', {
        expecting: 'nothing',
        botName: 'Quillon',
        botHobby: 'collecting unusual words',
      }).intents,
    ).toEqual(['hobby']);
  });

  it('"Might you tell me a little about yourself?" asks what the bot is', () => {
    expect(read('Might you tell me a little about yourself?')).toMatchObject({
      acts: ['about_bot'],
      helpTopic: 'identity',
    });
  });

  it('"i meant hobby" asks the hobby; "I said bye lol" says goodbye', () => {
    expect(read('i meant hobby').intents).toEqual(['hobby']);
    expect(read('I said bye lol').acts).toContain('farewell');
  });

  it('a goodbye after the goodbye that mentions the hobby asks nothing about it', () => {
    const reading = interpreter()(
      "you collect unusual words but can't name a sourdough starter? tragic. bye",
      {
        expecting: 'nothing',
        botName: 'Quillon',
        botHobby: 'collecting unusual words',
      },
    );
    expect(reading.intents).not.toContain('hobby');
    expect(reading.acts).toContain('farewell');
  });
});

describe('readings from newcomer round 50', () => {
  it('"can you reset it for me?" about a VPN asks something; "reset it" alone restarts', () => {
    expect(
      read('hey my vpn keeps dropping, can you reset it for me? client meeting in 10 min').command,
    ).toBeNull();
    expect(read('reset it').command).toBe('restart');
    expect(read('can we just reset this whole chat').command).toBe('restart');
  });

  it.each(['Have the best day! 💐', 'I will take my leave now. Have a blessed day.'])(
    '%j says goodbye',
    (text) => {
      expect(read(text)).toMatchObject({ intents: [], acts: ['farewell'] });
    },
  );

  it('"…but I go by my middle name, Alan" gives the name to use', () => {
    expect(
      read(
        'My legal name is Robert Alan Finch, but I go by my middle name, Alan. HR systems always get this wrong.',
        'name',
      ).name,
    ).toMatchObject({ value: 'Alan', preferred: true });
  });

  it.each([
    'Moment, warum nur noch 1 Frage? Das war doch keine richtige Frage...',
    'why do I only have 1 question left?',
    'por qué solo me quedan 2 preguntas?',
  ])('%j asks where the person stands', (text) => {
    expect(read(text).command).toBe('status');
  });
});

describe('readings from newcomer round 51', () => {
  it('"what a beautiful name! Wherever did it come from?": "it" is the name the sentence before named', () => {
    expect(read('Quillon, what a beautiful name! Wherever did it come from?').intents).toEqual(['name']);
    expect(read('love your hobby. why that one?').intents).toEqual(['hobby']);
  });
});

describe('readings from newcomer round 52', () => {
  it.each([
    ['who made you?', 'makers'],
    ['Who owns or maintains you?', 'makers'],
    ["who's behind this bot?", 'makers'],
    ['is there a repo?', 'makers'],
    ['wer hat dich gemacht?', 'makers'],
    ['quién te creó?', 'makers'],
    ['is my data used to train an AI?', 'privacy'],
    ['are our chats used for AI training?', 'privacy'],
    ['Are you an actual AI or just a script with canned answers?', 'identity'],
    // Round 57.
    ['who wrote your answers?', 'makers'],
    ['Does it send our messages to any third party?', 'privacy'],
    ['do you share my messages with anyone?', 'privacy'],
  ])('%j asks about the bot (%s)', (text, topic) => {
    expect(read(text)).toMatchObject({ helpTopic: topic });
    expect(read(text).acts).toContain('about_bot');
  });

  it('a keen "how are you??" and laughter are no confusion; "good weekend?" asks no hobby', () => {
    expect(read('ok ok 😂 but first, how are you doing today?? good weekend?')).toMatchObject({
      intents: [],
      acts: ['acknowledgement', 'greeting'],
    });
    expect(read('Ha, fair enough. Cheers Quillon!').acts).toEqual(['acknowledgement', 'thanks']);
    // Still confused: a bare greeting asked with emphasis, and "ok??" asked back on its own.
    expect(read('hello???').acts).toContain('confusion');
    expect(read('ok??').acts).toContain('confusion');
  });

  it('"…and I asked twice. Can we start over?" restarts; "ok. how do I restart my router?" still asks', () => {
    expect(
      read(
        'oops I misspelled my own name, and I asked something twice. Can we start over from the beginning?',
      ).command,
    ).toBe('restart');
    expect(read('ok. how do I restart my router?')).toMatchObject({ command: null, intents: ['other'] });
  });

  it('"got a bunch of questions" announces questions and asks none', () => {
    expect(
      read("Hey there! Dave from accounts. I've heard about you, got a bunch of questions", 'name'),
    ).toMatchObject({ name: { value: 'Dave' }, intents: [] });
    expect(read('I have a few questions for you. how old are you?').intents).toEqual(['age']);
  });

  it('"that counted? OK - who runs you?" asks about the bot, whose line says what is left', () => {
    expect(read('Wait, that counted as one of my questions? OK - who runs you?')).toMatchObject({
      command: null,
      helpTopic: 'makers',
    });
    expect(read('wait, I only get 2? how many questions do I have left?').command).toBe('status');
  });

  it('"Quillon naam ka matlab kya hai?" asks what the name means', () => {
    expect(read('Haha chhota bachcha 😄 Quillon naam ka matlab kya hai?')).toMatchObject({
      intents: ['name'],
      acts: expect.arrayContaining(['follow_up']),
    });
  });

  it.each([
    'What counts as a question? Do greetings count?',
    "what does 'small talk never does' mean, what counts as small talk?",
    'qué cuenta como pregunta?',
  ])('%j asks what counts: that line of the help, and no question', (text) => {
    expect(read(text)).toMatchObject({ command: null, intents: [], helpTopic: 'counting' });
    expect(read(text).acts).toContain('help_request');
  });
});

describe('readings from newcomer round 53', () => {
  it.each([
    ['Tu peux parler français ?', 'languages'],
    ['Ay ang ganda! Marunong po ba kayong mag-Tagalog?', 'languages'],
  ])('%j asks about the bot (%s)', (text, topic) => {
    expect(read(text)).toMatchObject({ helpTopic: topic });
  });

  it.each(['yo whats this thing', 'Olá! Tudo bem? O que é isso aqui?'])(
    '%j, as the first message, asks what the bot is',
    (text) => {
      expect(read(text, 'nothing').acts).toContain('about_bot');
    },
  );

  it.each([
    "that didn't count, it wasn't a real question. undo please",
    'bruh stop eating my questions.',
    'but it WAS small talk 🙄 can I have that one back?',
  ])('%j complains about the count: where the person stands', (text) => {
    expect(read(text).command).toBe('status');
  });

  it('"is it ok if I ask what your hobby is?" asks the hobby; "is it raining where you are?" asks something else', () => {
    expect(read("sorry, is it ok if I ask what your hobby is? only if that's alright").intents).toEqual([
      'hobby',
    ]);
    expect(read('is it raining where you are?').intents).toEqual(['other']);
  });

  it('more about a topic asked in the same message is no other question beside it', () => {
    expect(read('What is your name, and does it mean anything?').intents).toEqual(['name']);
    expect(
      readWith("but that IS about your hobby? what's your favourite word?", {
        botHobby: 'collecting unusual words and the stories behind them',
      }).intents,
    ).toEqual(['hobby']);
    expect(read("what's your name? and is there a printer on this floor?").intents).toEqual([
      'name',
      'other',
    ]);
  });

  it('"…but everyone calls me Pixel so go with that" gives the name and asks nothing', () => {
    expect(read("real name's Jonathan but everyone calls me Pixel 🎮 so go with that", 'name')).toMatchObject(
      {
        name: { value: 'Pixel' },
        intents: [],
      },
    );
  });

  it('"wait what? petrichor is a good word" talks about a word, and renames nobody', () => {
    expect(read('wait what? petrichor is a good word though', 'nothing').name).toBeNull();
    expect(read('Anna is my name', 'name').name?.value).toBe('Anna');
  });

  it('"I SAID GREG" gives the name again', () => {
    expect(read('I SAID GREG', 'name').name?.value).toBe('Greg');
    expect(read('i said hi', 'name').name).toBeNull();
  });

  it('"…so gotta run, good chatting Quillon" says goodbye', () => {
    expect(read("anyway I've got a meeting at 10 so gotta run, good chatting Quillon").acts).toContain(
      'farewell',
    );
  });

  it('"do you remember which day you were switched on?" asks the age', () => {
    expect(read('Do you remember which day you were switched on? I like to note birthdays.').intents).toEqual(
      ['age'],
    );
  });

  it('the hobby in its own words, beside the name or in the sentence before, ties a question to it', () => {
    const hobby = { botHobby: 'collecting unusual words and the stories behind them' };
    expect(
      interpreter()('Seun. so where do you find these unusual words? got a favourite?', {
        expecting: 'name',
        botName: 'Quillon',
        ...hobby,
      }),
    ).toMatchObject({ name: { value: 'Seun' }, intents: ['hobby'] });
    expect(readWith("collecting words is fun. what's the strangest one you have?", hobby).intents).toEqual([
      'hobby',
    ]);
  });

  it.each(["Bonjour ! C'est quoi ?", 'Mera naam Priya hai', 'hello po, ako si Jomar', 'こんにちは'])(
    '%j is written in another language',
    (text) => {
      expect(read(text, 'nothing').foreign).toBe(true);
    },
  );

  it.each(["I'm Ana", 'hey Quillon, how are you', 'Kwame Mensah'])('%j is English', (text) => {
    expect(read(text, 'nothing').foreign).toBeUndefined();
  });
});

describe('readings from newcomer round 54', () => {
  it.each([
    ['name, age, hobby please.', ['name', 'age', 'hobby']],
    ['You skipped my question. Name, age and hobby, all three at once.', ['name', 'age', 'hobby']],
    ['name and age.', ['name', 'age']],
  ])('%j lists the topics it asks for', (text, intents) => {
    expect(read(text).intents).toEqual(intents);
  });

  it.each(['my name and age are private', 'I have no hobby and no age'])('%j says something', (text) => {
    expect(read(text).intents).toEqual([]);
  });

  it('"Anyway: name, age and hobby" offers no word for the collection', () => {
    expect(
      read("Ha. My name's actually Morgan. Anyway: name, age and hobby, all three at once."),
    ).toMatchObject({
      name: { value: 'Morgan' },
      intents: ['name', 'age', 'hobby'],
    });
    expect(
      read("Ha. My name's actually Morgan. Anyway: name, age and hobby, all three at once.").offered,
    ).toBeUndefined();
  });

  it.each([
    ["Is what I've typed so far already stored?", 'privacy'],
    ['hej! czy to jest ten bot? hi :)', 'identity'],
  ])('%j asks about the bot (%s)', (text, topic) => {
    expect(read(text)).toMatchObject({ helpTopic: topic });
  });

  it('"May I ask what manner of service you provide?" asks for help; "…and how you came by it?" asks the name\'s story', () => {
    expect(read('May I ask what manner of service you provide?')).toMatchObject({
      intents: [],
      acts: ['help_request'],
    });
    expect(read('Would you be so good as to tell me your name, and how you came by it?').intents).toEqual([
      'name',
    ]);
  });

  it('"doing good thanks, and you?" asks how the bot is, not a question to count', () => {
    expect(read('doing good thanks, and you?', 'name').intents).toEqual([]);
    expect(read('im 29, and u?').intents).toEqual(['age']);
  });
});

describe('readings from newcomer round 55 and the development half of set t', () => {
  it('"im Pip! why are you called Quillon?" gives the name and asks about the bot\'s', () => {
    expect(read('im Pip! why are you called Quillon?', 'name')).toMatchObject({
      name: { value: 'Pip' },
      intents: ['name'],
      acts: ['follow_up'],
    });
  });

  it.each(['would rather keep my name private', 'gak mau kasih tau nama ah'])(
    '%j declines to give a name',
    (text) => {
      expect(read(text, 'name')).toMatchObject({ name: null, acts: ['refusal'] });
    },
  );

  it.each([
    ['aap ke mashghale kya hain?', 'hobby'],
    ["senin hobby'lerin ne?", 'hobby'],
    ['are you into sports?', 'hobby'],
  ])('%j asks about %s', (text, topic) => {
    expect(read(text).intents).toEqual([topic]);
  });

  it("\"wait that's it?? ok what's the most unusual word you've collected?\" after the goodbye asks about the hobby", () => {
    expect(
      interpreter()("wait that's it?? ok what's the most unusual word you've collected?", {
        expecting: 'nothing',
        botName: 'Quillon',
        botHobby: 'collecting unusual words and the stories behind them',
      }).intents,
    ).toEqual(['hobby']);
  });

  it('"please do forgive me…" and "do give my regards to Harold" ask nothing', () => {
    expect(
      read('Good afternoon, and please do forgive me for intruding upon your day.', 'nothing').intents,
    ).toEqual([]);
    expect(
      read('Thank you kindly, Quillon. Do give my regards to Harold should you see him.', 'nothing'),
    ).toMatchObject({ intents: [], acts: expect.arrayContaining(['thanks', 'farewell']) });
  });

  it('an adverb ("finally", "properly") is no name; "Kelly" and "Beverly" are', () => {
    expect(
      read("I just got back from the coffee machine, it's finally working again", 'name').name,
    ).toBeNull();
    expect(read('I thought it only courteous to come and introduce myself properly', 'name').name).toBeNull();
    expect(read('Kelly', 'name').name?.value).toBe('Kelly');
    expect(read('Beverly', 'name').name?.value).toBe('Beverly');
  });

  it('"А чому ти не відповідаєш українською?" asks about languages; "lgtm, merging now" is no name', () => {
    expect(read('Мене звати Олена. А чому ти не відповідаєш українською?', 'name')).toMatchObject({
      name: { value: 'Олена' },
      helpTopic: 'languages',
    });
    expect(read('lgtm, merging now', 'name').name).toBeNull();
  });
});

describe('readings from newcomer rounds 57 and 58', () => {
  it.each(['my name is Stupid Idiot', 'call me idiot', "I'm a moron"])('%j gives no name', (text) => {
    expect(read(text, 'name').name).toBeNull();
  });

  it('an insult offered for the collection is not thanked for; a real word is', () => {
    const offered = (text: string) =>
      readWith(text, { botHobby: 'collecting unusual words and the stories behind them' }).offered;
    expect(offered("here's a word for your collection: shitbag")).toBeUndefined();
    expect(offered("here's a word for your collection: gezellig")).toBe('gezellig');
  });

  it.each([
    "are you reading messages in the other channels I'm in?",
    'Do you read channel messages, yes or no?',
    'Are you listening to channels or only DMs?',
  ])('%j asks about channels', (text) => {
    expect(read(text)).toMatchObject({ helpTopic: 'channels' });
  });

  it('"can u log a call note to salesforce" is a request, not a question about privacy', () => {
    expect(read('can u log a call note to salesforce for me')).toMatchObject({ intents: ['other'] });
    expect(read('can u log a call note to salesforce for me').helpTopic).toBeUndefined();
    expect(read('do you log my messages?')).toMatchObject({ helpTopic: 'privacy' });
  });

  it('"do you remember what my name is?" asks about the person, not about privacy', () => {
    expect(read('do you remember what my name is?').acts).toContain('about_self');
  });

  it.each([
    'someone said I should say hello to you? I hope that is okay',
    "I'm the new intern and someone said I should say hello to you?",
    'my buddy said I should say hi to the bot?',
    'ik hoop dat het oké is?',
  ])('%j says something; its question mark asks nothing', (text) => {
    expect(read(text).intents).toEqual([]);
  });

  it('a real question beside the uptalk still asks', () => {
    expect(read('my buddy said I should say hi, how old are you?').intents).toEqual(['age']);
  });

  it('"im kev. hbu, hobbies n stuff?" asks the hobby, not the name back', () => {
    expect(read('im kev. wru from btw? & hbu, hobbies n stuff?', 'name').intents).toEqual(['hobby']);
    expect(read("I'm Priya, and you?", 'name').intents).toEqual(['name']);
  });
});

describe('more readings from newcomer round 58', () => {
  it.each<[string, string]>([
    ['privacy', 'privacy'],
    ['help privacy', 'privacy'],
    ['languages?', 'languages'],
  ])('%j alone asks for that line of the help (%s)', (text, topic) => {
    expect(read(text, 'name')).toMatchObject({ acts: ['help_request'], helpTopic: topic });
  });

  it('"none of your business what my name is" refuses', () => {
    expect(read('none of your business what my name is', 'name').acts).toContain('refusal');
  });

  it('"who installed another bot" asks who runs the bot', () => {
    expect(read('what is this. who installed another bot').helpTopic).toBe('makers');
    expect(read('who installed another bot?').helpTopic).toBe('makers');
  });

  it('"a bot that tells me its hobby." says something; "tells me" is no request', () => {
    expect(read('a bot that tells me its hobby.', 'name').intents).toEqual([]);
    expect(read('tell me your hobby').intents).toEqual(['hobby']);
  });

  it('"how old is it?" after a part about the bot asks its age; after one about a dog, not', () => {
    expect(read('what does this bot do and how old is it?').intents).toEqual(['age']);
    expect(read('your dog is cute and how old is it?').intents).toEqual(['other']);
  });
});

describe('English mixed into another language, two words side by side', () => {
  it.each(['qué haces for fun?', 'awak free time buat apa?', 'qué haces en tu free time?'])(
    '%j asks the hobby',
    (text) => {
      expect(read(text).intents).toEqual(['hobby']);
    },
  );

  it('a message with no English pair is read in its own language only', () => {
    expect(read('¿qué haces?').intents).toEqual(['other']);
  });
});

describe("hobbies that are not the bot's", () => {
  it.each([
    'what hobbies should i try',
    'any ideas for hobbies I could do on weekends?',
    "what are Messi's hobbies?",
  ])('%j asks something else', (text) => {
    expect(read(text).intents).toEqual(['other']);
  });

  it.each(['hobbies?', 'any hobbies?', 'what do bots do for fun?', 'do bots have hobbies? do u?'])(
    '%j asks the bot its hobby',
    (text) => {
      expect(read(text).intents).toEqual(['hobby']);
    },
  );
});

describe("names built from one tradition's syllables (pack data: vi, zh, ko)", () => {
  it.each<[string, string]>([
    ['le van hung', 'Le Van Hung'],
    ['Đặng Văn Long', 'Đặng Văn Long'],
    ["i'm dang thu ha from the hanoi office", 'Dang Thu Ha'],
    ['tôi là Nguyễn Minh Khôi', 'Nguyễn Minh Khôi'],
    ['Wei Chen', 'Wei Chen'],
    ['ya its mei ling', 'Mei Ling'],
    ['Oh Min-seo', 'Oh Min-seo'],
    ['this is ji-hoon park', 'Ji-Hoon Park'],
  ])('%j is %j', (text, name) => {
    expect(read(text, 'name').name?.value).toBe(name);
  });

  it.each(['my son', "I'm an engineer", 'do it', 'ha ha'])('%j is no name', (text) => {
    expect(read(text, 'name').name).toBeNull();
  });
});

describe('a first name that is also a word for addressing someone', () => {
  // "anna" is "brother" in Tamil, said to someone as "bro" is.
  it.each<[string, string]>([
    ['Anna', 'Anna'],
    ['Anna van Dijk', 'Anna van Dijk'],
    ['Anna Kowalska', 'Anna Kowalska'],
    // "dale" is "go on" in Spanish; typed alone with a capital, it is the first name.
    ['Dale', 'Dale'],
  ])('%j is %j', (text, name) => {
    expect(read(text, 'name').name?.value).toBe(name);
  });

  it('"hi anna" and "thanks bro" still only greet and thank', () => {
    expect(read('hi anna', 'name').name).toBeNull();
    expect(read('thanks bro', 'name').name).toBeNull();
  });
});

describe('"I" and a name, with no verb (Hindi)', () => {
  it.each<[string, string]>([
    ['नमस्ते, मैं अनन्या', 'अनन्या'],
    ['नमस्ते, मैं अनिल कुमार', 'अनिल कुमार'],
    ['ji main Fatima', 'Fatima'],
    ['Mei Ling 👋', 'Mei Ling'],
  ])('%j is %j', (text, name) => {
    expect(read(text, 'name').name?.value).toBe(name);
  });

  it.each(['मैं ठीक हूँ', 'main theek hoon', 'the main thing is speed'])('%j gives no name', (text) => {
    expect(read(text, 'name').name).toBeNull();
  });
});

describe('kinds of message with a word more than the pack phrase', () => {
  it.each<[string, string]>([
    ["sorry, I didn't get that", 'confusion'],
    ['what am I supposed to ask you?', 'help_request'],
    ['how do i use this thing', 'help_request'],
    ["my name's private, sorry", 'refusal'],
  ])('%j is %s', (text, act) => {
    expect(read(text).acts).toContain(act);
    expect(read(text).intents).toEqual([]);
  });

  it('"I didn\'t get the job" says something', () => {
    expect(read("I didn't get the job").acts).toEqual(['statement']);
  });
});

describe('an initial after a capitalised name', () => {
  it('"call me Bobby K" keeps the initial; "umm Arjun I guess" does not take "I"', () => {
    expect(read('call me Bobby K', 'name').name?.value).toBe('Bobby K');
    expect(read('umm Arjun I guess', 'name').name?.value).toBe('Arjun');
  });
});

describe('a restart, then the name for the new conversation', () => {
  it.each([
    'ok I messed this up lol. can we reset and start over? my real name is Kwame',
    'can we start over? my name is Kwame',
  ])('%j restarts with the name', (text) => {
    expect(read(text)).toMatchObject({ command: 'restart', name: { value: 'Kwame' } });
  });

  it('"how do I restart my router? my name is Bob" is no restart', () => {
    expect(read('how do I restart my router? my name is Bob').command).toBeNull();
  });
});

describe('readings from newcomer round 59', () => {
  it('a name in an aside: "I\'m Park Ji-woo (Ji-woo is fine)" is Ji-woo', () => {
    expect(read("I'm Park Ji-woo (Ji-woo is fine)", 'name').name?.value).toBe('Ji-woo');
    expect(read('Rohan (he/him), payments', 'name').name?.value).toBe('Rohan');
  });

  it('"call me Butt Face" gives no name, not *Face*', () => {
    expect(read('call me Butt Face', 'name').name).toBeNull();
  });

  it('"Can you say my name back to me once more?" asks where the person stands', () => {
    expect(read('Can you say my name back to me once more?').acts).toContain('about_self');
  });

  it('"Comment ça, il me reste 2 questions ?" asks the status', () => {
    expect(
      read("Comment ça, il me reste 2 questions ? Je ne savais pas qu'il y avait une limite.").command,
    ).toBe('status');
  });

  it('"you know the word saudade?" offers the word; "give me one word please" offers nothing', () => {
    const offered = (text: string) =>
      readWith(text, {
        botHobby: 'collecting unusual words and the stories behind them',
        botHobbyWords: ['word', 'Wort'],
      }).offered;
    expect(offered('You know the word saudade? is portuguese word')).toBe('saudade');
    expect(offered('kennst du das Wort Fernweh?')).toBe('Fernweh');
    expect(offered('give me one word please')).toBeUndefined();
  });
});

describe('readings from newcomer round 60', () => {
  it('"unsubscribe" stops, and is never a name', () => {
    expect(read('unsubscribe', 'name')).toMatchObject({ command: 'stop', name: null });
  });

  it('"how do I turn you off" asks for help, not a question that counts', () => {
    expect(read('how do I turn you off')).toMatchObject({ acts: ['help_request'], intents: [] });
  });

  it('"hobby!! 🎨🎮📚" asks the hobby; "nice hobby!" does not', () => {
    expect(read('hobby!! 🎨🎮📚').intents).toEqual(['hobby']);
    expect(read('nice hobby!').intents).toEqual([]);
  });

  it('"I think I\'ll stop there for now, thank you" says goodbye', () => {
    expect(read("I think I'll stop there for now, thank you").acts).toContain('farewell');
  });

  it('"Zeg trouwens maar gewoon Sanne hoor" asks to be called Sanne', () => {
    expect(read('Zeg trouwens maar gewoon Sanne hoor').name).toMatchObject({
      value: 'Sanne',
      preferred: true,
    });
  });
});

describe('readings from newcomer round 61', () => {
  const AFTER_DEFAULT = {
    lastReply:
      "Sorry, I can't help with that: I only know about my name, my age and my hobby. For anything else, please ask a colleague or your team's help channel.",
  };

  it('"what\'s your favourite colour then?" after the default answer is a question of its own, not more of it', () => {
    expect(readWith("aw ok. what's your favourite colour then?", AFTER_DEFAULT)).toMatchObject({
      intents: ['other'],
      acts: ['acknowledgement'],
    });
    // Still more of the last answer: "why?" and a favourite in the hobby's words.
    expect(readWith('why?', AFTER_DEFAULT).acts).toContain('follow_up');
  });

  it('the favourite word asked with typos is about the hobby; "the world" is no typo of "word"', () => {
    const context = {
      ...AFTER_HOBBY,
      botHobby: 'collecting unusual words',
      botHobbyWords: ['word', 'words', 'collection'],
    };
    expect(readWith('whats ur faveorite wrod in ur colection?', context).intents).toEqual(['hobby']);
    expect(readWith('ok whats ur favrite word u colected', context).intents).toEqual(['hobby']);
    expect(readWith("what's your favourite place in the world?", context).intents).toEqual(['other']);
    expect(readWith('who is your favourite colleague?', context).intents).toEqual(['other']);
  });

  it('a name change and a favourite word in one message: both read', () => {
    const context = {
      ...AFTER_HOBBY,
      botHobby: 'collecting unusual words',
      botHobbyWords: ['word', 'words'],
    };
    const reading = readWith(
      "Btw you can call me Bernie, everyone does. And what's your favourite unusual word?",
      context,
    );
    expect(reading.name?.value).toBe('Bernie');
    expect(reading.intents).toEqual(['hobby']);
  });

  it('preferred names: "Bernie to most people", "my friends spell it Sandie"; "Welcome to the team" is none', () => {
    expect(read("I'm Bernadette from Accounts, well, Bernie to most people :)", 'name').name).toMatchObject({
      value: 'Bernie',
      preferred: true,
    });
    expect(read('Actually my friends spell it Sandie with ie, can you use that?').name?.value).toBe('Sandie');
    expect(read('Hello to my friends', 'name').name).toBeNull();
  });

  it('"call me Vale porfa": the Spanish "vale" is the name, "porfa" (please) a filler', () => {
    expect(read('jaja no, Vale! call me Vale porfa').name?.value).toBe('Vale');
  });

  it('"I\'ll email HR. bye" says goodbye: "HR." in capitals ends its sentence ("Hr." is a German title)', () => {
    expect(read("ok never mind, I'll email HR. bye").acts).toContain('farewell');
    expect(read('Hr. Müller', 'name').name?.value).toBe('Hr. Müller');
  });

  it('a topic word alone asks, even with a full stop: "I surrender to your idiom, then. Hobby."', () => {
    expect(read('I surrender to your idiom, then. Hobby.').intents).toEqual(['hobby']);
    expect(read('Five years old.').intents).toEqual([]);
    expect(read('nice hobby.').intents).toEqual([]);
  });

  it.each([
    ['what does this bot do', 'help_request'],
    ['ur the bot ppl keep talkin abt??', 'help_request'],
    ["Dana. what's the point of you?", 'help_request'],
  ])('%j asks what the bot is for', (text, act) => {
    expect(read(text, text.startsWith('Dana') ? 'name' : 'questions').acts).toContain(act);
  });

  it.each([
    ['are you going to keep DMing me?', 'contact'],
    ['if I post in a channel with you, does everyone see it?', 'privacy'],
    ['why was it added to our workspace?', 'makers'],
    ['ur the bot ppl keep talkin abt??', 'identity'],
  ])('%j asks about the bot (%s)', (text, topic) => {
    expect(read(text)).toMatchObject({ helpTopic: topic });
  });

  it('"yo bot" is English: no note that the bot answers in English', () => {
    expect(read('yo bot', 'name').foreign).toBeUndefined();
    expect(read('hola, yo soy Ana', 'name').foreign).toBe(true);
  });
});

describe('kinds of message in everyday English wordings (set v, development half)', () => {
  it.each([
    ['thank u sm 🙏', 'thanks'],
    ['what are you on about??', 'confusion'],
    ['what kind of questions can you answer?', 'help_request'],
  ])('%j is %s', (text, act) => {
    expect(read(text).acts).toEqual([act]);
  });

  it('"let\'s begin from scratch" restarts; "no, I don\'t think so" is a no', () => {
    expect(read("let's begin from scratch").command).toBe('restart');
    expect(read("no, I don't think so")).toMatchObject({ answer: 'no', acts: [] });
    expect(read("it's not right to ask that").answer).toBeNull();
  });

  it('"when ur not answering dms what do u do" asks the hobby', () => {
    expect(read('when ur not answering dms what do u do').intents).toEqual(['hobby']);
  });
});

describe('favourite things and requests in other languages (set v, development half)', () => {
  it.each([
    ['你最喜欢什么颜色', 'other'],
    ['what colour do you like most?', 'other'],
    ['你喜欢做什么', 'hobby'],
    ['seni yapan kişinin adı ne?', 'other'],
    ['senin adın ne', 'name'],
    ['mi dai una ricetta per la carbonara', 'other'],
    ['gib mir ein Rezept', 'other'],
  ])('%j asks %s', (text, intent) => {
    expect(read(text).intents).toEqual([intent]);
  });
});

describe('readings from newcomer round 62', () => {
  it('a word the bot said is no name after the goodbye either ("Petrichor, I love that word")', () => {
    const lastReply =
      'My favourite find so far is *petrichor*: the smell of rain on dry earth. Goodbye, *Rosa*! 👋';
    const reading = interpreter()(
      'Oh wow, all at once! Petrichor, I love that word. Thank you so much Quillon!',
      {
        expecting: 'nothing',
        botName: 'Quillon',
        lastReply,
      },
    );
    expect(reading.name).toBeNull();
    expect(reading.acts).toContain('thanks');
  });

  it('"I was told I should say hi to you?" asks nothing', () => {
    expect(read('Hello, I was told I should say hi to you? I hope that is okay.', 'name').intents).toEqual(
      [],
    );
  });

  it.each([
    ['can you see my direct messages with other people in this workspace?', 'channels'],
    ['do you have access to any other messages of mine?', 'privacy'],
    ['"our chats" - does that mean also my conversations with other people? privacy', 'privacy'],
    ['why is this in my sidebar. who installed this', 'makers'],
  ])('%j asks about the bot (%s)', (text, topic) => {
    expect(read(text)).toMatchObject({ helpTopic: topic });
  });

  it('"wait that counted as all 3?? oh well. thanks!" asks what counts, and thanks', () => {
    expect(read('wait that counted as all 3?? oh well. thanks!', 'nothing')).toMatchObject({
      intents: [],
      helpTopic: 'counting',
    });
  });

  it('"mike* lol typo": a star after the word corrects, as one before it does', () => {
    expect(read('mike* lol typo').name?.value).toBe('Mike');
  });

  it('"Greetings! Who goes there?" asks the name; "how old are you and what\'s the weather like?" asks two', () => {
    expect(read('Who goes there?').intents).toEqual(['name']);
    expect(read("how old are you and what's the weather like?").intents).toEqual(['age', 'other']);
  });
});

describe('readings from newcomer round 63', () => {
  it.each([
    ['Hi, I keep seeing this bot in my DMs. How do I make it stop messaging me?', 'contact'],
    ["ok. just to be clear: you won't DM me first, right?", 'contact'],
  ])('%j asks whether the bot writes on its own', (text, topic) => {
    expect(read(text)).toMatchObject({ helpTopic: topic });
  });

  it('"nice meeting you Quillon!" takes leave; it greets no one', () => {
    expect(read('nice meeting you Quillon!').acts).toEqual(['thanks', 'farewell']);
  });

  it.each([
    ['I beg your pardon, but I did ask to be addressed as Mr. Whitcombe.', 'Mr. Whitcombe'],
    ['Bartholomew Okonkwo, but literally nobody calls me that, everyone says Tank', 'Tank'],
  ])('%j gives the name the person prefers', (text, name) => {
    expect(read(text, 'name').name).toMatchObject({ value: name, preferred: true });
  });
});

describe('readings from newcomer round 64', () => {
  it('"u still there?" after the goodbye greets; "So you won\'t get any smarter…?" asks about the bot', () => {
    expect(read('lol u didnt even say it back properly. u still there?', 'nothing').intents).toEqual([]);
    expect(read("So you won't get any smarter the more I talk to you?").acts).toContain('about_bot');
  });

  it('"warum nur noch 1 left?" asks nothing about the answer: the count is no word of it', () => {
    const lastReply = 'My hobby is collecting unusual words. You have 1 question left.';
    expect(readWith('Moment mal, warum nur noch 1 left?', { lastReply }).acts).not.toContain('follow_up');
    expect(readWith('why 5?', { lastReply: "I'm 5 years old. You have 1 question left." }).acts).toContain(
      'follow_up',
    );
  });

  it('"can I reset to 3 questions?" restarts', () => {
    expect(read('can I reset to 3 questions?').command).toBe('restart');
  });
});

describe('what the bot keeps, asked as whether it remembers', () => {
  it('"do you remember me if I come back next week?" asks about privacy; "do you remember my name?" where one stands', () => {
    expect(read('do you remember me if I come back next week?')).toMatchObject({ helpTopic: 'privacy' });
    expect(read('do you remember me if I come back next week?').acts).not.toContain('about_self');
    expect(read('do you remember my name?').acts).toContain('about_self');
  });
});

describe('readings from newcomer round 65', () => {
  it('"my name is Supreme Overlord Zeke, intern extraordinaire" asks nothing ("intern" is no order)', () => {
    expect(read('my name is Supreme Overlord Zeke, intern extraordinaire', 'name')).toMatchObject({
      name: { value: 'Supreme Overlord Zeke' },
      intents: [],
    });
    expect(read("I'm Ana, tell me a joke", 'name').intents).toEqual(['other']);
  });

  it('"everyone spells it Shivon" warns of a misspelling; "you can write Dima" asks for Dima', () => {
    const warned = read(
      "It's Siobhán, with the accent on the a. Fair warning, everyone spells it Shivon or Siobahn, so please get it right",
      'name',
    );
    expect(warned.name?.value).toBe('Siobhán');
    expect(read('меня зовут Дмитрий, but you can write Dima', 'name').name).toMatchObject({
      value: 'Dima',
      preferred: true,
    });
  });

  it('"so you\'re basically a scripted bot, not AI at all?" asks what the bot is', () => {
    expect(read("so you're basically a scripted bot, not AI at all?")).toMatchObject({
      helpTopic: 'identity',
    });
  });
});

describe('readings from newcomer round 66', () => {
  it('"remind me at 3pm to call the dentist" is a request, no name', () => {
    expect(read('remind me at 3pm to call the dentist', 'name')).toMatchObject({
      name: null,
      intents: ['other'],
    });
  });

  it('"please forget this whole chat now" forgets; "So you\'re definitely a bot, not a person?" asks what it is', () => {
    expect(read('please forget this whole chat now').command).toBe('forget');
    expect(read("So you're definitely a bot, not a person?")).toMatchObject({ helpTopic: 'identity' });
  });
});

describe('readings from newcomer round 67', () => {
  it('"hygge, it\'s Danish for cosy" renames nobody: a language is no name', () => {
    expect(read("I meant it as a word for your collection! hygge, it's Danish for cosy").name).toBeNull();
    expect(read("I'm Finnish", 'name').name).toBeNull();
  });

  it('"Dzięki, pa" is thanks and a goodbye, not the Spanish "para" ("stop")', () => {
    expect(read('Dzięki, pa', 'nothing')).toMatchObject({ command: null, acts: ['thanks', 'farewell'] });
    expect(read('para').command).toBe('stop');
    expect(read('do I have 3 questions again?').command).toBe('status');
  });

  it('"its mike not mkie" corrects the spelling, lower case or not; "its ok not bad" names nobody', () => {
    expect(read('its mike not mkie').name?.value).toBe('Mike');
    expect(read("it's sara not sarah").name?.value).toBe('Sara');
    expect(read('its ok not bad').name).toBeNull();
  });

  it('"tell me a joke Quillon" asks for a joke; the name at the end only addresses the bot', () => {
    expect(read('tell me a joke Quillon').intents).toEqual(['other']);
    expect(read('what does Quillon mean?').intents).toEqual(['name']);
  });

  it('"how olf are yuo": a finger on the key beside "d" still asks the age; "yaw" is still a name', () => {
    expect(read('how olf are yuo').intents).toEqual(['age']);
    expect(read('yaw', 'name').name?.value).toBe('Yaw');
  });

  it('"but you didn\'t say what you are" is a complaint, not a refusal', () => {
    expect(read("ok, but you didn't say what you are. a person? an AI?", 'name').acts).not.toContain(
      'refusal',
    );
    expect(read("I don't want to say", 'name').acts).toContain('refusal');
  });

  it('"Sir Reginald Fluffington III" keeps his Roman numeral', () => {
    expect(read('my name is Sir Reginald Fluffington III, Destroyer of Snacks', 'name').name?.value).toBe(
      'Sir Reginald Fluffington III',
    );
  });

  it('two things of the help in one message are both reported', () => {
    expect(read('do you speak french? and do you work in channels?')).toMatchObject({
      helpTopic: 'languages',
      alsoHelpTopic: 'channels',
    });
  });

  it('wordings of help and questions from the round', () => {
    expect(read('helo wat r u supossed to do', 'name').acts).toContain('help_request');
    expect(read('Might I enquire as to what sort of questions you are able to answer?').acts).toEqual([
      'help_request',
    ]);
    expect(read('Would you be so good as to tell me how long you have been in operation?').intents).toEqual([
      'age',
    ]);
    expect(read('Jakie masz hobby? what you like do?').intents).toEqual(['hobby']);
    expect(read('if I say forget me, is it really gone?')).toMatchObject({ helpTopic: 'privacy' });
  });
});

describe('more readings from newcomer round 67', () => {
  it('"why do you need my name" asks what the bot keeps, with or without a question mark', () => {
    expect(read('why do you need my name', 'name')).toMatchObject({ helpTopic: 'privacy' });
  });

  it('"W 🔥 ok last one whats ur name fr" asks the name ("last one" and "fr" say nothing)', () => {
    expect(read('W 🔥 ok last one whats ur name fr').intents).toEqual(['name']);
  });

  it('"yooo wsg bot lol" is English small talk, not another language', () => {
    expect(read('yooo wsg bot lol', 'name')).toMatchObject({ acts: expect.arrayContaining(['greeting']) });
    expect(read('yooo wsg bot lol', 'name').foreign).toBeUndefined();
  });
});

describe('readings from newcomer round 68', () => {
  it('"Kaʻiulani Akana" keeps the ʻokina inside the name', () => {
    expect(read('Kaʻiulani Akana', 'name').name?.value).toBe('Kaʻiulani Akana');
  });

  it('"Guadalupe \'Lupita\' Hernández Ramírez": the quoted name is the one she goes by', () => {
    expect(read("Guadalupe 'Lupita' Hernández Ramírez", 'name').name).toMatchObject({
      value: 'Lupita',
      preferred: true,
    });
    expect(read('Ana Smith', 'name').name?.value).toBe('Ana Smith');
  });

  it('"my name is Ana" is English: the name says nothing of the language ("ana" is Arabic too)', () => {
    expect(read('my name is Ana', 'name').foreign).toBeUndefined();
    expect(read('me llamo Ana', 'name').foreign).toBe(true);
  });

  it('"say hi to u. whats ur hobby quick": chat\'s "u." ends a sentence; "im u. tanaka" is an initial', () => {
    expect(read('jo here, in a rush, mgr said to say hi to u. whats ur hobby quick', 'name')).toMatchObject({
      name: { value: 'Jo' },
      intents: ['hobby'],
    });
    expect(read('im u. tanaka', 'name').name?.value).toBe('U. Tanaka');
  });

  it('"My real name is Ingrid, please call me that" renames and asks nothing', () => {
    expect(
      read('Ha, sorry, little Bobby Tables joke. My real name is Ingrid, please call me that.'),
    ).toMatchObject({ name: { value: 'Ingrid' }, intents: [] });
  });

  it('"5 years since deploy or since first commit?" asks more about the age just given', () => {
    const lastReply = "I'm 5 years old. You have 1 question left.";
    const readAfterAge = (text: string) => readWith(text, { lastReply });
    expect(readAfterAge('5 years since deploy or since first commit?').acts).toContain('follow_up');
    expect(readAfterAge('5 in bot years or human years?').acts).toContain('follow_up');
    expect(readAfterAge('5 questions?').acts).not.toContain('follow_up');
  });

  it('wordings from the round: what the bot is, using it without a name, its hobby, a goodbye', () => {
    expect(read('Hello? Sorry, is this an actual person or an automated thing?', 'name').helpTopic).toBe(
      'identity',
    );
    expect(
      read("I'd rather not say my name yet. can I just ask questions without it?", 'name'),
    ).toMatchObject({
      intents: [],
      acts: ['refusal', 'help_request'],
    });
    expect(read("hola! I'm Tomás. a colleague said you have a cool hobby?", 'name').intents).toEqual([
      'hobby',
    ]);
    expect(read("aw, you're not keen on new words 😅 chao", 'nothing').acts).toContain('farewell');
  });
});

describe('words offered in so many words (rounds 67 and 68)', () => {
  const readOffer = (text: string) => readWith(text, { lastReply: 'You have 1 question left.' });

  it('"here\'s one for you: hygge" and "…: sobremesa. Want it?" offer the word', () => {
    expect(readOffer("haha never mind. here's one for you: hygge").offered).toBe('hygge');
    expect(readOffer('Fernweh, nice. Spanish has one English lacks too: sobremesa. Want it?').offered).toBe(
      'sobremesa',
    );
    expect(readOffer('how about àsìkò?').offered).toBe('àsìkò');
  });

  it('an ordinary word or a joke is no offer', () => {
    expect(readOffer('how about Tuesday?').offered).toBeUndefined();
    expect(readOffer("here's one for you: why did the chicken cross the road").offered).toBeUndefined();
  });
});

describe('readings from newcomer round 69', () => {
  const readAfter = (text: string) => readWith(text, { lastReply: 'You have 1 question left.' });

  it('words offered around the collection: "add rizz to ur collection", "the word is sonder"', () => {
    expect(readAfter('ok add rizz to ur collection thats a word now').offered).toBe('rizz');
    expect(readAfter('I meant it as a gift for your word collection: the word is sonder.').offered).toBe(
      'sonder',
    );
    expect(
      readAfter("Here's one for you: sonder, the realisation that every passer-by has a life").offered,
    ).toBe('sonder');
  });

  it('"It\'s Scots for grey weather" gives no name *Scots*', () => {
    expect(
      read("Hamish. I've got one for you: dreich. It's Scots for grey, damp, miserable weather.", 'name').name
        ?.value,
    ).toBe('Hamish');
  });

  it('"how do you say it?" after asking the name asks more about the name, not something else', () => {
    expect(read("what's your name then, and how do you say it?")).toMatchObject({
      intents: ['name'],
      acts: ['follow_up'],
    });
    expect(read('how do u spell ur name').intents).toEqual(['name']);
  });

  it('"Who switched you on? Like, who made you?" asks who runs the bot, not its age; "uptime?" asks the age', () => {
    expect(read('Who switched you on? Like, who made you?')).toMatchObject({
      intents: ['other'],
      helpTopic: 'makers',
    });
    expect(read('uptime?').intents).toEqual(['age']);
  });
});

describe('readings from newcomer round 70', () => {
  it('"how old are you, if it\'s not rude to ask a bot!" asks the age: the "!" is the last clause\'s', () => {
    expect(
      read("Oh dear, only one question left? Alright then, how old are you, if it's not rude to ask a bot!")
        .intents,
    ).toEqual(['age']);
    expect(read('how cool!').intents).toEqual([]);
  });

  it('"Salutations, little bot." is a greeting, not the name *Salutations*', () => {
    expect(read('Salutations, little bot.', 'name')).toMatchObject({ name: null, acts: ['greeting'] });
  });

  it('"lmaooo ok im out ✌️" after the goodbye is laughter and a goodbye', () => {
    expect(read('lmaooo ok im out ✌️', 'nothing').acts).toEqual(['acknowledgement', 'farewell']);
  });

  it('"Does my manager get to read this chat?" asks what is kept; "Do I have to give my real name?" asks for help', () => {
    expect(read('Does my manager get to read this chat?').helpTopic).toBe('privacy');
    expect(read('Do I have to give my real name?', 'name').acts).toEqual(['help_request']);
  });
});

describe('readings from newcomer round 71', () => {
  const WORDS = {
    botHobby: 'collecting unusual words and the stories behind them',
    botHobbyWords: ['word', 'Wort', 'mot'],
  };

  it("\"here's one for your collection: 'defenestration'\" offers the word and renames nobody", () => {
    const reading = read("oh nice, here's one for your collection: 'defenestration'. you're welcome 😎");
    expect(reading).toMatchObject({ name: null, offered: 'defenestration' });
    expect(reading.acts).not.toContain('name_change');
  });

  it('"I\'m still Tomás" and "make it Jen" rename; "make it quick" and "I\'m still hungry" do not', () => {
    expect(read("no no I'm not Defenestration, that's the word, I'm still Tomás").name?.value).toBe('Tomás');
    expect(read('ugh Jennifer sounds like my mom is yelling at me lol. make it Jen').name?.value).toBe('Jen');
    expect(read('make it quick').name).toBeNull();
    expect(read("I'm still hungry").name).toBeNull();
  });

  it('"use Tim" and "use Tim Jones": closing words that may be left out leave the name to the end', () => {
    expect(read('use Tim').name?.value).toBe('Tim');
    expect(read('use Tim Jones').name?.value).toBe('Tim Jones');
    expect(read('use Tim please').name?.value).toBe('Tim');
  });

  it('"a person? a program? an AI?" asks what the bot is; "how about you?" does not', () => {
    expect(read("ok but you didn't say what you are. a person? a program? an AI?")).toMatchObject({
      helpTopic: 'identity',
    });
    expect(read('¿una persona o un programa?').helpTopic).toBe('identity');
    expect(read('how about you?').acts).not.toContain('about_bot');
    expect(read('a dog?').acts).not.toContain('about_bot');
  });

  it('"Welches ist dein Lieblingswort?" asks more about the hobby; "Lieblingsfarbe" does not', () => {
    const intents = (text: string) => readWith(text, WORDS).intents;
    expect(intents('Cool. Welches ist dein Lieblingswort? Vielleicht ein deutsches?')).toEqual(['hobby']);
    expect(intents('Was ist deine Lieblingsfarbe?')).toEqual(['other']);
    expect(intents("what's your password?")).toEqual(['other']);
  });

  it('"Do you know the Japanese word 木漏れ日 (komorebi)?" offers the word; "ton mot préféré" offers none', () => {
    expect(readWith('Do you know the Japanese word 木漏れ日 (komorebi)?', WORDS).offered).toBe('木漏れ日');
    expect(readWith('quel est ton mot préféré ?', WORDS).offered).toBeUndefined();
  });

  it('a restart said first, before sentences that ask nothing, is a restart', () => {
    expect(read('restart please, this is confusing').command).toBe('restart');
    expect(read("new convo please, this one's a mess").command).toBe('restart');
    expect(read("stop. what's your name?").command).toBeNull();
  });
});

describe('more readings from newcomer round 71', () => {
  it('"are you a bot? how old are you?" asks the age; the question about the bot counts nothing', () => {
    expect(read('are you a bot? how old are you?')).toMatchObject({
      intents: ['age'],
      helpTopic: 'identity',
    });
    expect(read("can you answer in Spanish? and what's your hobby?").intents).toEqual(['hobby']);
    expect(read("how old are you? and what's the wifi password?").intents).toEqual(['age', 'other']);
  });

  it('"why only name, age and hobby?" asks what the bot can do; "name, age, hobby?" asks all three', () => {
    for (const text of [
      'why only name, age and hobby? Seems very limited',
      'so just name age hobby? thats it?',
      'why can I only ask about your name, age and hobby?',
      '¿por qué solo nombre, edad y hobby?',
    ])
      expect(read(text)).toMatchObject({ intents: [], acts: expect.arrayContaining(['help_request']) });
    expect(read('name, age, hobby?').intents).toEqual(['name', 'age', 'hobby']);
    expect(read("what's your name and age? is that all you know?").intents).toEqual(
      expect.arrayContaining(['name', 'age']),
    );
  });

  it('"is there an IT channel name you know?" asks something else; "your nick name" is still the bot\'s', () => {
    expect(read('is there an IT channel name you know at least?').intents).toEqual(['other']);
    expect(read("what's the file name you saved?").intents).toEqual(['other']);
    expect(read("what's your nick name?").intents).toEqual(['name']);
    expect(read('whats ur full name').intents).toEqual(['name']);
    expect(read('what name do you go by?').intents).toEqual(['name']);
  });

  it('"k thx" is thanks, not confusion; "qué es este bot?" and "Can I add you to #team?" ask about the bot', () => {
    expect(read('k thx').acts).toEqual(['acknowledgement', 'thanks']);
    expect(read('qué es este bot?').helpTopic).toBe('identity');
    expect(read('Can I add you to #platform-team so everyone can try you at once?').helpTopic).toBe(
      'channels',
    );
  });
});

describe('readings from newcomer round 72', () => {
  it('"will you leave me alone or are you going to spam me too" asks whether the bot writes first', () => {
    for (const text of [
      'will YOU at least leave me alone or are you going to spam me too',
      'do you send messages on your own or only when I write to you? yes or no',
      'ok. last try: are you going to message me unprompted, like the jira thing does?',
    ])
      expect(read(text)).toMatchObject({ acts: expect.arrayContaining(['about_bot']), helpTopic: 'contact' });
  });

  it('"I\'m back! Do you remember me?" asks where the person stands', () => {
    expect(read("I'm back! Do you remember me?", 'nothing').acts).toEqual(['greeting', 'about_self']);
  });

  it('"forgot to say thanks earlier!" is thanks; "but stick with Shiv" is the name she goes by', () => {
    expect(read('hey sorry, one more thing - forgot to say thanks earlier!', 'nothing').acts).toContain(
      'thanks',
    );
    expect(read('(full name is Siobhán Ní Dhuibhir btw, but stick with Shiv.)').name).toMatchObject({
      value: 'Shiv',
      preferred: true,
    });
  });

  it('"now I\'ve lost 2 questions?" asks where the person stands; "what does it signify?" asks more', () => {
    expect(
      read("wait, I didn't ask your name again, and now I've lost 2 questions? what happened there").command,
    ).toBe('status');
    expect(read('what is your name, and what does it signify?')).toMatchObject({
      intents: ['name'],
      acts: ['follow_up'],
    });
    expect(read('what does lol stand for?').intents).toEqual(['other']);
  });

  it('"5 thats young lol what do u do for fun": laughter before a question word ends a sentence', () => {
    expect(read('5 thats young lol what do u do for fun').intents).toEqual(['hobby']);
    expect(read('thats funny haha how old are you').intents).toEqual(['age']);
    expect(read('im lost lol').intents).toEqual([]);
  });

  it('"wait whats the weirdest word u got" asks about the hobby, after the goodbye too', () => {
    const afterGoodbye = readWith('wait whats the weirdest word u got', {
      expecting: 'nothing',
      botHobby: 'collecting unusual words and the stories behind them',
      botHobbyWords: ['word', 'words'],
    });
    expect(afterGoodbye.intents).toEqual(['hobby']);
  });

  it('"what happens to this chat when I\'m done?" and "what happens if I just keep asking?" ask for help', () => {
    expect(read("What happens to this chat when I'm done?").helpTopic).toBe('privacy');
    expect(read('what happens if I just keep asking?').helpTopic).toBe('counting');
  });

  it('"Here\'s a more serious one: sisu — stubborn courage…" offers the word', () => {
    expect(
      read(
        "Haha. Here's a more serious one: sisu — stubborn courage when things are hard. Will you remember these?",
      ).offered,
    ).toBe('sisu');
  });
});

describe('readings from newcomer round 73', () => {
  it('"my name? not gonna share that" refuses; it asks nothing', () => {
    expect(read('my name? not gonna share that, sorry')).toMatchObject({ intents: [], acts: ['refusal'] });
  });

  it('"so young!", "wow ur old", "Güzel hobi!" and "Haha genç!" are comments, not questions', () => {
    for (const text of ['so young!', 'wow ur old', 'Güzel hobi!', 'Haha genç!'])
      expect(read(text).intents).toEqual([]);
    expect(read('Güzel hobi! Kaç yaşındasın peki?').intents).toEqual(['age']);
    expect(read('are you old?').intents).toEqual(['age']);
  });

  it('"Warum antwortest du nicht auf Deutsch?" and "Kamu bisa apa saja?" ask about using the bot', () => {
    expect(read('Warum antwortest du nicht auf Deutsch?').helpTopic).toBe('languages');
    expect(read('Nama saya Budi Santoso. Kamu bisa apa saja? what you can do?', 'name').acts).toContain(
      'help_request',
    );
  });

  it('words that link sentences split no run-on: "what do you like to do" still asks the hobby', () => {
    expect(read('what do you like to do?').intents).toEqual(['hobby']);
    expect(read('tell me your name and how old you are').intents).toEqual(['name', 'age']);
  });

  it('"nvm, wrong bot" says goodbye; "its been a long week anyway how old are you" asks the age', () => {
    expect(read('nvm, wrong bot', 'name').acts).toContain('farewell');
    expect(read('its been a long week anyway how old are you').intents).toEqual(['age']);
  });
});
