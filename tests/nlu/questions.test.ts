import { describe, expect, it } from '@jest/globals';
import { classifyQuestion, interpret } from '../../src/nlu/index';

describe('questions about the bot', () => {
  it.each([
    // name: direct, typos, text-speak, caps, greetings, indirect
    ['what is your name', 'name'],
    ['wats ur nme', 'name'],
    ['whats ur naem?', 'name'],
    ['WHAT IS YOUR NAME??', 'name'],
    ['good morning, what is your name?', 'name'],
    ['tell me your name', 'name'],
    ['what should I call you', 'name'],
    ['how can I address you?', 'name'],
    ['who am I chatting with?', 'name'],
    ['do you have a nickname?', 'name'],
    ['name pls?', 'name'],
    // age
    ['how old are you', 'age'],
    ['hw old r u', 'age'],
    ['HOW OLD ARE YOU?!', 'age'],
    ['hello! how old are you', 'age'],
    ['what is ur agee', 'age'],
    ['when were you born', 'age'],
    ['when were you built?', 'age'],
    ['when is your birthday 🎂', 'age'],
    ['how long have you been around?', 'age'],
    ['are you really old?', 'age'],
    // hobby
    ['what is your hobby', 'hobby'],
    ['hobyy?', 'hobby'],
    ['any hobbiess?', 'hobby'],
    ['WHAT ARE YOUR HOBBIES', 'hobby'],
    ['hey bot, got any hobbies', 'hobby'],
    ['what do you do for fun', 'hobby'],
    ['what do u do in ur free time', 'hobby'],
    ['how do you spend your weekends?', 'hobby'],
    ['what are your interests?', 'hobby'],
    ['what do you enjoy doing?', 'hobby'],
  ])('%j -> %s', (text, intent) => {
    expect(classifyQuestion(text)).toBe(intent);
  });
});

describe('questions that share words with a topic but are not about the bot', () => {
  it.each([
    'what is my name?',
    'do you know my name?',
    "what's your dog's name?",
    'what is the name of this project?',
    'what should I name my cat?',
    'what do you call a baby kangaroo?',
    'how old is the universe?',
    'how old am I?',
    'what is the age limit for voting?',
    'when was the internet invented?',
    'who created you?',
    'is fishing a good hobby for kids?',
    'what hobby should I try?',
    'can you suggest a hobby for me?',
    "what's your favourite food?",
    'what time is it?',
    'can you help me with excel?',
    'where are you from?',
  ])('%j -> other', (text) => {
    expect(classifyQuestion(text)).toBe('other');
  });
});

describe('messages that ask nothing', () => {
  it.each([
    'thanks!',
    'thank you so much',
    "I'm 30",
    'my hobby is chess',
    'my name is Lucia btw',
    'ok',
    'lol',
    '👍',
    'cool',
    'nice to meet you',
    'hello again',
    'hi Quillon',
    'good morning all',
    'hey there!',
  ])('%j is no question', (text) => {
    expect(interpret(text).intents).toEqual([]);
    expect(classifyQuestion(text)).toBe('none');
  });
});

describe('several questions in one message', () => {
  it.each([
    ["what's your name and how old are you?", ['name', 'age']],
    ['how old are you? and what do you do for fun?', ['age', 'hobby']],
    ['name, age and hobbies?', ['name', 'age', 'hobby']],
    ['what are your hobbies, also what is your name', ['hobby', 'name']],
    ["what's your name and age", ['name', 'age']],
    ['hi! how old are you and how old are you', ['age']],
    ['what is your name and where are you from?', ['name']],
    ['what is my name and how old is the sun?', ['other']],
  ])('%j -> %j', (text, intents) => {
    expect(interpret(text).intents).toEqual(intents);
  });
});

describe('a topic concept asked of the bot, in words no pattern lists', () => {
  it.each([
    // name: nouns, naming verbs, "go by", who-questions, typos
    ['what moniker should I use for you?', 'name'],
    ["what's ur handle", 'name'],
    ['wat shud i cal u', 'name'],
    ['what do your makers call you?', 'name'],
    ['what name do u answer to', 'name'],
    ['what r u called by ur devs', 'name'],
    ['WHO AM I TALKIN 2', 'name'],
    ['to whom am I speaking?', 'name'],
    ['who dis', 'name'],
    ['identify yourself pls', 'name'],
    ['whats the name of the bot im chatting with', 'name'],
    // age: adjectives with the bot as subject, creation with a time, existence, life stages
    ['ur how old lol', 'age'],
    ['how ancient is this chatbot?', 'age'],
    ['how many yrs young are u', 'age'],
    ['what year did your team build you', 'age'],
    ['how long since they launched you?', 'age'],
    ['when were u first brought online', 'age'],
    ['how long have u been a thing', 'age'],
    ['were you built recently?', 'age'],
    ['u a kid or what', 'age'],
    ['whens ur manufacture date', 'age'],
    ['how many candles will be on your cake?', 'age'],
    // hobby: leisure contexts, pastime verbs, liking, nouns owned by the bot
    ['whaddya do on saturdays', 'hobby'],
    ['what do you get up to off the clock?', 'hobby'],
    ['how do u spend ur evenings', 'hobby'],
    ['how do you blow off steam?', 'hobby'],
    ['what tickles your fancy when you are off duty?', 'hobby'],
    ['hobbies tho??', 'hobby'],
    ['fav pastime?', 'hobby'],
    ["what's your jam on weekends", 'hobby'],
    ['what kind of stuff do you enjoy?', 'hobby'],
    ['what r u into these days', 'hobby'],
    ["what's a perfect day off for you?", 'hobby'],
  ])('%j -> %s', (text, intent) => {
    expect(classifyQuestion(text)).toBe(intent);
  });
});

describe('the same concepts about someone or something else', () => {
  it.each([
    // another owner or subject
    "what's your sister's name?",
    'whats ur developers name',
    'what is the name of the founder?',
    'what do you call a baby goat?',
    'how old is the eiffel tower?',
    'how old is the person who coded you?',
    'when was slack launched?',
    'when did they build the pyramids?',
    'what does your boss do on weekends?',
    'what do kids do for fun?',
    "what's the oldest bot?",
    'what should a chatbot be called?',
    // the person's own
    'do you know my nickname?',
    'how old do you reckon I am?',
    'what should I do after work?',
    'how long have I been waiting?',
    // a generic "you"
    'how old do you need to be to rent a car?',
    'at what age can you retire?',
    // advice, rules and hobbies in general
    'is baking a good hobby?',
    'what hobbies would you suggest for me?',
    'are hobbies a waste of time?',
    "what's the age limit for this game?",
    'name ideas for a hamster?',
    'what should I name my plant?',
    // asked about, not asked for
    'what does your name mean?',
    'who named you?',
    'where were you built?',
    'how do you handle timeouts?',
    'do you like pizza?',
    'what music do you like?',
  ])('%j -> other', (text) => {
    expect(classifyQuestion(text)).toBe('other');
  });

  it.each(['happy birthday!', 'my weekends are for gaming', 'I love your name', 'you seem old lol'])(
    '%j asks nothing',
    (text) => {
      expect(classifyQuestion(text)).toBe('none');
    },
  );
});

describe('typos of every kind in the words a topic hangs on', () => {
  it.each([
    // a dropped last letter, glued words, misspelt plurals, a dropped g, same-sounding spellings
    ['how ol are you', 'age'],
    ['hwo old ar u', 'age'],
    ['howold are you', 'age'],
    ['how oldare you', 'age'],
    ['howoldru', 'age'],
    ['whatsyourname', 'name'],
    ['pls tell me urname', 'name'],
    ['wat r ur hobys', 'hobby'],
    ['whats ur hobie', 'hobby'],
    ['wat r ur pasttimes', 'hobby'],
    ['wat do u like doin', 'hobby'],
    ['whatdoyoudoforfun', 'hobby'],
    // a real plural compromise does not list is no typo ("kinds" stays, it is not "kid" + s)
    ['what kinds of things do you enjoy doing', 'hobby'],
  ])('%j -> %s', (text, intent) => {
    expect(classifyQuestion(text)).toBe(intent);
  });

  it.each(['Darya', 'is there a name i can give my cat', 'hows ur ol laptop'])(
    '%j is not bent into a topic',
    (text) => {
      expect(['other', 'none']).toContain(classifyQuestion(text));
    },
  );
});

describe('more ways to ask the same concepts', () => {
  it.each([
    ['did they give u a name?', 'name'],
    ['have they given u a name yet', 'name'],
    ['is there a name i could use for u?', 'name'],
    ['what name did your creators give u', 'name'],
    ['whats ur thing? like for fun', 'hobby'],
    ['whats a saturday look like for u', 'hobby'],
    ["what do you do when nobody's chatting with you?", 'hobby'],
    ['what do u do when ppl arent messaging u', 'hobby'],
    ['what do you do between chats', 'hobby'],
    ['do you do anything besides answering questions', 'hobby'],
    ['whats ur idea of a good time', 'hobby'],
    ['do you have a favourite thing to do', 'hobby'],
    ['do you get older', 'age'],
  ])('%j -> %s', (text, intent) => {
    expect(classifyQuestion(text)).toBe(intent);
  });

  it.each([
    'do you like your name?',
    'did you choose your name?',
    'how was your weekend',
    'what name should i give my cat',
    'does your dog have a favourite thing to do',
  ])('%j -> other', (text) => {
    expect(classifyQuestion(text)).toBe('other');
  });
});

describe("a message that gives the person's name asks nothing by it", () => {
  it.each(["name's Ana", 'Nama saya Budi', "call me Tex, real name's Tobias", 'myself Anirudh'])(
    '%j',
    (text) => {
      expect(interpret(text).intents).toEqual([]);
    },
  );

  it('but still asks what it asks: "I\'m Ana, what\'s your name"', () => {
    expect(interpret("I'm Ana, what's your name").intents).toEqual(['name']);
  });
});
