import { describe, expect, it } from '@jest/globals';
import { extractName, interpret } from '../../src/nlu/index';

const nameOf = (text: string) => interpret(text).name;

describe('names after cue phrases', () => {
  it.each([
    ['my name is Adaora', 'Adaora'],
    ["My name's Bartek", 'Bartek'],
    ['name is Oskar', 'Oskar'],
    ["name's Tendai", 'Tendai'],
    ["the name's Lowell", 'Lowell'],
    ["I'm Catalina", 'Catalina'],
    ['I’m Catalina', 'Catalina'],
    ['im Teodor', 'Teodor'],
    ['Im Teodor', 'Teodor'],
    ['I am Shanthi Raman', 'Shanthi Raman'],
    ['call me Beni', 'Beni'],
    ['you can call me Marisol', 'Marisol'],
    ["it's Fenna", 'Fenna'],
    ['its Fenna', 'Fenna'],
    ['this is Gunnar Olsen', 'Gunnar Olsen'],
    ['Pania here', 'Pania'],
    ['they call me Tiny', 'Tiny'],
    ['everyone calls me Bibi', 'Bibi'],
    ['I go by Ren', 'Ren'],
    ['people know me as Chukwudi', 'Chukwudi'],
    ['Name: Irena Vasić', 'Irena Vasić'],
    ['me llamo Gonzalo', 'Gonzalo'],
  ])('%j -> %s', (text, name) => {
    expect(extractName(text)).toBe(name);
  });
});

describe('greetings, emoji, punctuation and extra details around a name', () => {
  it.each([
    ['hey there! I am Ilari', 'Ilari'],
    ['Hi, Sakshi here 👋', 'Sakshi'],
    ['Kanoa, nice to meet you!', 'Kanoa'],
    ['good afternoon! Rukmini', 'Rukmini'],
    ['Mirela :)', 'Mirela'],
    ['Jonah!!!', 'Jonah'],
    ['*Ilsa*', 'Ilsa'],
    ["I'm Tarek from Amman", 'Tarek'],
    ["I'm Yael, I work on payments", 'Yael'],
    ['Rohan (he/him)', 'Rohan'],
    ['Sorry, long day. My name is Keahi.', 'Keahi'],
    ['Hi. I am Liesel. How are you?', 'Liesel'],
  ])('%j -> %s', (text, name) => {
    expect(extractName(text)).toBe(name);
  });
});

describe('names from many traditions', () => {
  it.each([
    ['Olusegun Adebayo-Smith', 'Olusegun Adebayo-Smith'],
    ['Chinedu Okafor', 'Chinedu Okafor'],
    ['Priya', 'Priya'],
    ['Nguyễn Văn An', 'Nguyễn Văn An'],
    ['Zeynep Çelik', 'Zeynep Çelik'],
    ['Ludwig van der Berg', 'Ludwig van der Berg'],
    ['Inés de la Rosa', 'Inés de la Rosa'],
    ['Yusuf bin Ahmad', 'Yusuf bin Ahmad'],
    ['Layla al-Rashid', 'Layla al-Rashid'],
    ["Aoife O'Connor", "Aoife O'Connor"],
    ['Jean-Luc', 'Jean-Luc'],
    ['Søren Ågård', 'Søren Ågård'],
    ['陈伟', '陈伟'],
    ['Сергей', 'Сергей'],
    ['محمد', 'محمد'],
    ["I'm Сергей Павлов", 'Сергей Павлов'],
    ['call me 민서', '민서'],
    ['我叫李明', '李明'],
  ])('%j -> %s', (text, name) => {
    expect(extractName(text)).toBe(name);
  });
});

describe('capitalisation: as the person would write it', () => {
  it.each([
    ['kwame', 'Kwame'],
    ['KWAME', 'Kwame'],
    ['ANA LIMA', 'Ana Lima'],
    ['im ana lima', 'Ana Lima'],
    ['ludwig van der berg', 'Ludwig van der Berg'],
    ["siobhan o'reilly", "Siobhan O'Reilly"],
    ['tariq al-amin', 'Tariq al-Amin'],
    ['McKenzie', 'McKenzie'],
    ['I am DeShawn', 'DeShawn'],
    ['émilie', 'Émilie'],
    ['ÇAĞLA', 'Çağla'],
    ['ÉLODIE MARTIN', 'Élodie Martin'],
  ])('%j -> %s', (text, name) => {
    expect(extractName(text)).toBe(name);
  });
});

describe('names that are also ordinary words', () => {
  it.each([
    ['Will', 'Will'],
    ['Grace', 'Grace'],
    ['Hope', 'Hope'],
    ['June', 'June'],
    ['River', 'River'],
    ["I'm Summer", 'Summer'],
    ['my name is Precious', 'Precious'],
    ['call me Blessing', 'Blessing'],
    ['i am patience', 'Patience'],
    ['Honesty here', 'Honesty'],
  ])('%j -> %s', (text, name) => {
    expect(extractName(text)).toBe(name);
  });
});

describe('titles', () => {
  it.each([
    ['Dr. Halima Yusuf', 'Dr. Halima Yusuf'],
    ["I'm Prof Eriksen", 'Prof Eriksen'],
    ['mr. obi', 'Mr. Obi'],
    ['this is Ms Rahimi', 'Ms Rahimi'],
  ])('%j -> %s', (text, name) => {
    expect(extractName(text)).toBe(name);
  });
});

describe('replies that are not names', () => {
  it.each([
    // moods
    "I'm good",
    'im tired',
    "I'm doing alright",
    'i am so sleepy',
    'Fine, thanks',
    "I'm happy",
    // refusals
    'not telling',
    "I'd rather not say",
    "that's none of your business",
    "I don't want to share my name",
    'skip',
    // questions back
    "what's your name?",
    'who wants to know?',
    'why do you ask?',
    'and you?',
    // statements
    'I am a developer',
    "I'm from Brazil",
    "I'm 25",
    'im 41 years old',
    "I'm working on a report",
    "I'm in Toronto",
    "it's snowing",
    'this is my second week here',
    "I'm Brazilian",
    // single words and emoji
    'ok',
    'yes',
    'hello',
    'lol',
    'hmm',
    '🙂',
    ':smile:',
    '...',
    '?',
    'x',
  ])('%j is not a name', (text) => {
    expect(nameOf(text)).toBeNull();
  });
});

describe('confidence', () => {
  it.each([
    ['Kwame', true],
    // A lone lower-case word compromise does not know may be a name or anything: confirm it.
    ['kwame', false],
    ['pizza', false],
    ['Pizza', true],
    ['kwame mensah', true],
    ['im kwame', true],
    ['Ana Lima', true],
    ['my name is hope', true],
    ["I'm Gift", true],
    ['hope', false],
    ['HOPE', false],
    ['im patience', false],
    ['storm', false],
  ])('%j is confident: %s', (text, confident) => {
    expect(nameOf(text)?.confident).toBe(confident);
  });
});

describe('a safe greeting name', () => {
  it.each([
    ['my name is &lt;Ana&gt;', 'Ana'],
    ['I am `Ana`', 'Ana'],
    ['call me ~Ana~', 'Ana'],
    ['my name is @Ana', 'Ana'],
    ['my name is _Ana_', 'Ana'],
    ['Ana\nLima', 'Ana'],
    ["I'm Ana I'm Ana I'm Ana", 'Ana'],
  ])('%j reads as %s, without markup characters', (text, name) => {
    const value = nameOf(text)?.value ?? '';
    expect(value).toBe(name);
    expect(value).not.toMatch(/[<>&*_~`@\n]/);
  });

  it('is capped at 60 characters', () => {
    const value = nameOf(`my name is ${'Abcdefghij '.repeat(20)}`)?.value ?? '';
    expect(value.length).toBeGreaterThan(0);
    expect(value.length).toBeLessThanOrEqual(60);
  });
});

describe('cue phrases typed carelessly', () => {
  it.each([
    ['my nmae is Folasade', 'Folasade'],
    ['my naem is Tiberiu Pop', 'Tiberiu Pop'],
    ['my anme is Henrike', 'Henrike'],
    ['my name iz Dagmar', 'Dagmar'],
    ['mah name is Quincy', 'Quincy'],
    ['mt name is Eamon', 'Eamon'],
    ["nmae's Rostam", 'Rostam'],
    ['myname is Kiona', 'Kiona'],
    ['ppl call me Dodo', 'Dodo'],
    ['evryone calls me Pip', 'Pip'],
    ['cal me Zaid', 'Zaid'],
  ])('%j -> %s', (text, name) => {
    expect(extractName(text)).toBe(name);
  });

  it.each(['my game is chess', 'same name as my dad', "my dad's name is Bob", 'my nmae is same as yours'])(
    '%j is not a name',
    (text) => {
      expect(nameOf(text)).toBeNull();
    },
  );
});

describe('the name before its cue', () => {
  it.each([
    ["Ruairí's the name", 'Ruairí'],
    ["Adaku's my name", 'Adaku'],
    ['Thandeka is my name', 'Thandeka'],
    ['Oisín is what everyone calls me', 'Oisín'],
    ['Yohannes speaking', 'Yohannes'],
    ['Anand this side', 'Anand'],
    ['Ilka at your service', 'Ilka'],
    ["you're talking to Makoa", 'Makoa'],
    ['ur chatting with Beatrix lol', 'Beatrix'],
  ])('%j -> %s', (text, name) => {
    expect(extractName(text)).toBe(name);
  });
});

describe('greetings, fillers and slang around a name', () => {
  it.each([
    ['heyyyy im Kwabena', 'Kwabena'],
    ['hiii its lindiwe', 'Lindiwe'],
    ['yooo its Obi', 'Obi'],
    ['ayy im Tariq', 'Tariq'],
    ['yh im Kemi', 'Kemi'],
    ['ngl its Cormac', 'Cormac'],
    ['welp, Idunn', 'Idunn'],
    ['good question lol im Ravi', 'Ravi'],
    ['hey bot. Svea. thanks for asking', 'Svea'],
    ['Evening! Malik', 'Malik'],
    ['legally its Chidubem but everyone says Dubem', 'Chidubem'],
    ['hahaha ok fine, Lorcan', 'Lorcan'],
  ])('%j -> %s', (text, name) => {
    expect(extractName(text)).toBe(name);
  });

  it.each(['wut', 'bruhhh', 'lolol', 'naw', 'oof', 'ikr', 'welp', 'yooo', 'heyy', 'ngl idk', 'ugh, mondays'])(
    '%j is not a name',
    (text) => {
      expect(nameOf(text)).toBeNull();
    },
  );
});

describe('a name said hesitantly, with a question mark', () => {
  it.each([
    ['ummm Teodora?', 'Teodora'],
    ['uh... Bolat?', 'Bolat'],
    ['Sandeep??', 'Sandeep'],
  ])('%j -> %s', (text, name) => {
    expect(extractName(text)).toBe(name);
  });

  it.each(['coffee?', 'sorry?', 'what?', 'me?', 'and you?'])('%j is not a name', (text) => {
    expect(nameOf(text)).toBeNull();
  });
});

describe('labelled parts and repeated full names', () => {
  it.each([
    ['first name Ilinca, last name Dumitru', 'Ilinca Dumitru'],
    ["last name's Achebe, first name Chidi", 'Chidi Achebe'],
    ['given name: Aigul, surname: Sadykova', 'Aigul Sadykova'],
    ['surname Ferreira', 'Ferreira'],
    ['The name is Okoro. Emeka Okoro.', 'Emeka Okoro'],
    ['its liv. liv andersen', 'Liv Andersen'],
    ['My name is: Hamid', 'Hamid'],
  ])('%j -> %s', (text, name) => {
    expect(extractName(text)).toBe(name);
  });
});

describe('a lower-case word after "I am": a mood, a role or a name to confirm', () => {
  it.each([
    ['im sage', 'Sage'],
    ['i am precious', 'Precious'],
    ['im justice', 'Justice'],
  ])('%j is the guess %s, to be confirmed', (text, name) => {
    expect(nameOf(text)).toEqual({ value: name, confident: false });
  });

  // Words compromise does not know are read as names, as everywhere else.
  it.each([
    ['im destiny', 'Destiny'],
    ['im autumn', 'Autumn'],
  ])('%j -> %s', (text, name) => {
    expect(extractName(text)).toBe(name);
  });

  it.each([
    'im tired',
    'im hungry',
    'im bored af',
    'im exhausted',
    'i am teacher',
    'im student',
    'i am developer',
    "it's sunny",
    "it's sunny today",
  ])('%j is not a name', (text) => {
    expect(nameOf(text)).toBeNull();
  });
});

describe('names that look like English words', () => {
  it.each([
    ['yaa mensah', 'Yaa Mensah'],
    ['Oh Seo-yeon', 'Oh Seo-yeon'],
    ['Go Min-jae', 'Go Min-jae'],
    ['this is ji-hoon park', 'Ji-hoon Park'],
    ['AMA OWUSU-ANSAH', 'Ama Owusu-Ansah'],
    ['my friends call me Jojo', 'Jojo'],
  ])('%j -> %s', (text, name) => {
    expect(extractName(text)?.toLowerCase()).toBe(name.toLowerCase());
  });
});

describe('regional and other-language ways of giving a name', () => {
  it.each([
    // Indian English
    ['myself Harpreet Sandhu', 'Harpreet Sandhu'],
    ['Good morning sir, myself Venu', 'Venu'],
    ['This side Ritika from HR', 'Ritika'],
    ["hello ma'am, i am Deepa", 'Deepa'],
    // a table of languages, with articles before the name and words after it
    ['soy la Carmen', 'Carmen'],
    ['eu sou o Rafael', 'Rafael'],
    ['ich bin der Matthias', 'Matthias'],
    ['είμαι ο Νίκος', 'Νίκος'],
    ["moi c'est Léa", 'Léa'],
    ['mera naam Rohan Sharma hai', 'Rohan Sharma'],
    ['main Priya hoon', 'Priya'],
    ['mujhe sab Bunty kehte hain', 'Bunty'],
    ['watashi wa Yuki desu', 'Yuki'],
    ['Kia ora, ko Hemi tōku ingoa', 'Hemi'],
    ['naitwa Wanjiku', 'Wanjiku'],
    ['שלום, קוראים לי דנה', 'דנה'],
    ['はじめまして、山田花子です', '山田花子'],
    ['大家好，我叫李娜', '李娜'],
    ['Hola! Me llamo José Luis y soy de México', 'José Luis'],
  ])('%j -> %s', (text, name) => {
    expect(extractName(text)).toBe(name);
  });

  it.each(['main bhi', 'mujhe nahi pata', 'je suis ici', 'ich bin müde', 'estoy bien', 'ko', 'Mai Nguyen'])(
    '%j is no name read through a foreign cue',
    (text) => {
      expect(extractName(text)).not.toBe(text.split(' ').pop());
    },
  );
});

describe('slang, forms of address and names given by others', () => {
  it.each([
    ['its ya boi Dre', 'Dre'],
    ['yo its ur girl Keisha', 'Keisha'],
    ["it's your favourite intern, Priya", 'Priya'],
    ['You may address me as Professor Lindgren', 'Professor Lindgren'],
    ['you can refer to me as Dr. Osei', 'Dr. Osei'],
    ['my parents named me Juniper', 'Juniper'],
    ['i was christened Bartholomew but go by Bart', 'Bartholomew'],
    ['ive been called Tex since school lol, real name Tobias', 'Tex'],
    ['Legal name Oluwadamilola, but Dami works', 'Oluwadamilola'],
    ['ya girl Jasmine here', 'Jasmine'],
    ['hey ur boy Dre', 'Dre'],
    ['just Mo', 'Mo'],
  ])('%j -> %s', (text, name) => {
    expect(extractName(text)).toBe(name);
  });

  it.each([
    'its ya boi',
    "i've been called worse",
    'they named me after my grandma',
    'call me maybe',
    'just chilling',
  ])('%j is not a name', (text) => {
    expect(nameOf(text)).toBeNull();
  });
});

describe('particles with apostrophes and word names with a surname', () => {
  it.each([
    ["Ruud van 't Hek", "Ruud van 't Hek"],
    ["Giulia dell'Acqua", "Giulia dell'Acqua"],
    ["giulia dell'acqua", "Giulia dell'Acqua"],
    ["I am Maria d'Almeida", "Maria d'Almeida"],
    ['i am blessing okafor', 'Blessing Okafor'],
    ["I'm Sunday Adekunle", 'Sunday Adekunle'],
    ['Fatima az-Zahra', 'Fatima az-Zahra'],
    ['nasir ad-din', 'Nasir ad-Din'],
    ['i am tuesday adebayo', 'Tuesday Adebayo'],
  ])('%j -> %s', (text, name) => {
    expect(extractName(text)).toBe(name);
  });

  it.each(["it's sunday", 'its monday ugh', "I'm visiting Accra"])('%j is not a name', (text) => {
    expect(nameOf(text)).toBeNull();
  });
});

describe('moods typed in a hurry, sounds and keyboard mashes', () => {
  it.each(['im gud', 'im gud thx', 'im tierd', 'im exausted', 'bleh', 'asdfgh', 'jkjkjk', 'sdfghjkl'])(
    '%j is not a name',
    (text) => {
      expect(nameOf(text)).toBeNull();
    },
  );

  it.each([
    ['Tyree', 'Tyree'],
    ['i am Reddy', 'Reddy'],
  ])('%j is still a name -> %s', (text, name) => {
    expect(extractName(text)).toBe(name);
  });
});

describe('a question typed without spaces is not a name', () => {
  it.each(['howoldru', 'whatdoyoudoforfun', 'whatsyourname'])('%j', (text) => {
    expect(nameOf(text)).toBeNull();
  });

  it('but a name made of text-speak pieces is ("Darya")', () => {
    expect(extractName('Darya')).toBe('Darya');
  });
});
