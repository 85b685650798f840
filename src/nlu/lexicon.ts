// Word lists the language module needs and compromise does not provide: chat words, moods,
// name particles and titles. They describe English (and a little of other languages), never a
// particular corpus: no given names live here on purpose, unknown words are read by shape instead.

const words = (list: string): ReadonlySet<string> => new Set(list.trim().split(/\s+/));

/** Greetings and pleasantries that may surround a name ("hi there, Ana here"). */
export const GREETING_WORDS = words(`
  hi hello hey heya hiya hii hiii helo hullo howdy yo sup greetings hallo hola ola olá bonjour salut ciao
  namaste salaam salam shalom hej merhaba aloha oi ahoj privet привет 你好 您好 こんにちは 안녕하세요 안녕
  नमस्ते مرحبا السلام γεια
`);

/** Filler that carries no content in a reply: interjections, politeness, chat abbreviations. */
export const FILLER_WORDS = words(`
  oh ah ahh ohh ooh uh uhh um umm hmm hmmm hm er erm eh well so ok okay okey k kk sure alright right yes yeah
  yep yup ya yea lol lmao lmfao rofl haha hahaha hehe heh omg btw tbh imo fyi thanks thank thx ty
  tysm cheers sorry oops please pls plz just simply
`);

/** Words that are never a name, whatever their case: function words, chat words, refusals, states. */
export const NON_NAME_WORDS = words(`
  a an the this that these those my your yours our their his her its me you i we they he she it him them us
  u ur urs r ru ure mine myself yourself who what whats when where why how which whom whose whatever whoever and or but nor so
  if then than because though not no never none nothing nobody noone nope nah yes yeah yep yup yea ok okay
  okey k kk sure maybe perhaps please pls plz thanks thank thx ty tysm cheers sorry hi hello hey hiya heya
  howdy yo sup greetings morning evening afternoon night bye goodbye later soon today tonight tomorrow
  yesterday now here there is am are was were be been being do does did done have has had can could would
  should shall must might just also too very really quite lol lmao lmfao rofl haha hahaha hehe omg wtf idk
  dunno idc nvm brb btw tbh imo smh ikr fyi hmm hmmm hm uh uhh um umm er erm eh meh ah oh ooh wow whoa yay
  ugh huh alright secret private anonymous anon unknown someone somebody anyone anybody everyone everybody
  user human person guest bot robot skip pass next whatever same ask test testing asdf help restart stop
  status forget home back out away ready busy online offline new around like gonna wanna gotta kinda sorta
  im iam ive id ill youre its it's i'm i'd i've i'll don't dont doesn't didn't can't cant won't wont isn't
  aren't wasn't let lets let's tell telling told say saying said call called name names named
  nickname age ages hobby hobbies birthday why about with without from for of to in on at by into onto off up down over under again
  still only even ever anything something everything whatever anyway guess wait nunya nunyabusiness dunno
  idontknow noneya rather prefer classified confidential irrelevant unimportant redacted mystery hidden
  undisclosed withheld
  qui ici aqui aquí acá hier orang bhi nahi nahin pata kya kuch mujhe eu moi toi ich nein oui rien nada
  nichts niente nic hiç
`);

/**
 * Adjectives and -ing words that are also given names, which compromise does not know as names: after
 * "I'm" they are a guess to confirm ("i am precious" -> "Did you mean *Precious*?"), not a mood, and
 * with a surname ("i am blessing okafor") a name. Nouns need no list: a word that can be a noun
 * ("sage", "destiny") is already a guess.
 */
export const ADJECTIVE_NAMES = words(`
  precious sunny merry earnest blessing loving
`);

/**
 * How people type a mood in a hurry ("im gud", "im tierd"): spellings of MOOD_WORDS that compromise
 * does not know. Longer mood words are also matched one slip away (name-run.ts).
 */
export const MOOD_SPELLINGS = words(`
  gud gd gr8 grt kool kewl fyn fne gewd gooood okk okie oki okayy tierd tird tiered sleepi hungy hungree
  bord borde stresd stresed goood swell lit dope
`);

/**
 * How people say how they are. compromise tags most of these as adjectives, but a few are nouns or
 * participles, and a capitalised one ("Fine, thanks") must still not be read as a name.
 */
export const MOOD_WORDS = words(`
  good great fine ok okay alright well bad sad happy tired sleepy bored hungry thirsty sick ill busy stressed
  anxious nervous excited confused lost curious ready sorry glad grateful thankful exhausted cold hot
  warm awesome amazing fantastic wonderful terrible awful horrible meh lonely angry mad upset annoyed
  frustrated worried scared afraid calm chill relaxed better worse super perfect alive dead hungover
  drained full late early new old young single married cool nice fab fabulous excellent rough tough weird
  strange hangry grumpy cranky decent solid swamped slammed fine fried beat wiped stuffed sore dizzy crazy
  doing feeling pretty kinda sorta so very really quite not bit little pumped chilling chillin vibing relaxing
  resting
  stoked psyched thrilled delighted content satisfied okish okayish fine-ish so-so
  peachy dandy groovy rad sleepless restless bored-ish working studying learning looking waiting here
  there back home done finished free available away out off on in up down
  vegan vegetarian pescatarian introvert introverted extrovert extroverted ambivert atheist agnostic christian
  muslim jewish hindu buddhist sikh catholic gay straight bi bisexual trans queer retired unemployed employed
  pregnant remote hybrid freelance freelancing self-employed left-handed right-handed allergic sober
  estoy estou bien bem bene gut goed bra bon bueno buena fatigué fatiguée cansado cansada stanco stanca müde
  moe theek thik badhiya accha acha mast sawa poa baik lapar capek mabuti genki хорошо нормально dobrze iyi
  tamam bine jól hyvin
`);

/** Lower-case particles inside names ("María de los Ángeles", "Daan van den Berg", "Faisal bin Hamad"). */
export const NAME_PARTICLES = words(`
  de del della dela des di da das do dos du la le los las van von der den ter ten het op y e bin binti bint ibn
  ben bat al el ul ud abu abd ap ni nic af zu wa 't 's
`);

/**
 * Particles written with a hyphen onto the name after them, kept lower-case inside a name: Arabic
 * "al-" and its assimilated forms ("az-Zahra", "ash-Shami", "ad-Din"), "bin-", "abu-".
 */
export const HYPHEN_PARTICLES = words(`
  al el ul ud ad adh ar as ash at ath az an ed er es et ez en bin ibn ben bint abu abd
`);

/**
 * Titles that may come before a name ("Dr. Okoro", "Engr. Obi", "Atty. Dizon"); the greeting keeps
 * them. Professional titles written before the name are common in West Africa and the Philippines.
 */
export const TITLES = words(`
  dr doctor mr mister mrs ms miss mx prof professor sir dame lady lord rev reverend fr father sr sister
  capt captain sheikh sheikha engr atty arch sgt lt col maj cpl pastor imam rabbi
`);

/** Connectors after which a name has ended ("I'm Tiago from Lisbon", "Ana and I work here"). */
export const NAME_STOP_WORDS = words(`
  from of at in on and but or with here there too also btw by for who which that though although because
  since lol haha like just so um uh aka a.k.a nice pleased glad happy thanks thank cheers
`);

/** Closing pleasantries a bare name may be followed by ("Takoda, nice to meet you"). */
export const PLEASANTRY_PATTERN =
  /^(?:(?:it'?s |very )?(?:(?:really |so )?(?:nice|pleased|glad|good|great|happy|lovely) (?:to|ta) (?:meet|see|chat with|talk to|e?meet) (?:you|u|ya)|nice meeting (?:you|u)|a pleasure|pleasure|how are (?:you|u|ya)|how r u|how'?s it going|hows it going|what'?s up|whats up|sup|thanks(?: for asking)?|thank you|thx|ty|cheers|sorry(?: for the delay| for the late reply| i'?m late)?|it'?s me|that'?s me|me|here|hi again|and you|you|lol|haha|hehe|btw|by the way|for short|for now)[\s!.]*)$/i;

/**
 * Sounds and hedges people type while they think, which may sit between a cue and the name ("it's,
 * um, Kofi", "my name is technically Muhammad") or inside a name ("Rahim uh Chowdhury").
 */
export const HESITATIONS = words(`
  uh uhh uhm um umm er err errr erm ehm hmm hmmm hm mm well like just actually technically literally
  officially basically really honestly
`);

/** Of the hesitations, the pure sounds: the only ones that can sit inside a name. */
export const HESITATION_SOUNDS = words(`
  uh uhh uhm um umm er err errr erm ehm hmm hmmm hm mm
`);

/**
 * Words after which a new statement starts inside one run-on clause, so a weak cue may follow them:
 * "... but yeah *i'm* Rizalyn", "wait no *it's* Jovan", "Brother *it's* Segun".
 */
export const LEAD_INS = words(`
  but and so then anyway anyways now also plus well oh ok okay yes yeah yep no nope nah sorry actually
  jk wait hi hello hey lol haha
  brother bro sister sis boss mate madam maam ma'am sir dude man bhai bhaiya didi yaar kuya ate chief
  buddy pal fam
`);

/**
 * A clause that refuses the name ("not telling", "I'd rather not"): no bare name read in a later
 * clause counts after it, unless the person gives in ("... but fine, Sandile").
 */
export const REFUSAL_PATTERN =
  /\b(?:not (?:telling|saying|sharing|gonna|going to|comfortable)|rather not|won'?t|none of|secret|private|nope|nah|don'?t (?:want|wanna|feel like)|skip|pass|nunya|no way|no thanks)\b/;

/** "... but fine", "... but ok": giving in after a complaint, before the name. */
export const CONCESSION_PATTERN = /\b(?:fine|ok|okay|sure|whatever|alright|all right|here goes|anyway)$/;

/** Hedges after a bare name: "umm Arjun I guess", "Moana I suppose". */
export const TRAILING_HEDGE = /^(?:i (?:guess|suppose|think|believe|reckon)|probably|i'?d say)$/;

/**
 * Marks that take back what was just said, so the name after them is the real one: "it's Mark...
 * jk it's Marek", "im Jonny, wait no, it's Jovan", "Meghan, typo, Meaghan".
 */
export const CORRECTION_MARK =
  /\b(?:jk|j\/k|just kidding|kidding|wait[ ,.]+no|no[ ,.]+wait|i mean|correction|oops|typo|autocorrect(?:ed)?)\b/gi;

/**
 * The most common Vietnamese family names, without diacritics: together about nine in ten people
 * ("Nguyễn", "Trần", "Lê", ...). A lower-case run that starts with one is read as a whole name.
 */
export const VIETNAMESE_FAMILY_NAMES = words(`
  nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly truong dinh dao doan lam luong
  mai trinh cao
`);
