import { defineLexicon } from '../lexicon.js';

// Lesson 1's vocabulary of hostility. The lists hold what English speakers widely recognise as
// insults, contempt and profanity; whether a hit is aimed at a person is decided in hostility.ts
// from the words around it, so a list never has to carry sentence context.

/** Nouns that call a person something; on their own they are name-calling. */
export const insultNouns = defineLexicon({
  terms: [
    'idiot*', 'moron*', 'imbecile*', 'dumbass*', 'dumb ass', 'jackass*', 'asshole*', 'arsehole*', 'a-hole*', 'bitch',
    'bitches', 'bastard*', 'dickhead*', 'prick', 'pricks', 'twat', 'twats', 'wanker*', 'douche*', 'scum', 'dirtbag*',
    'lowlife*', 'low life', 'loser', 'losers', 'clown', 'clowns', 'buffoon*', 'nitwit*', 'dipshit*', 'shithead*',
    'bonehead*', 'knucklehead*', 'troll', 'trolls', 'creep', 'weirdo*', 'hypocrite*', 'liar', 'liars', 'coward',
    'cowards', 'traitor', 'traitors', 'thug', 'thugs', 'jerk', 'jerks', 'nutjob*', 'nutcase*', 'lunatic*', 'maniac*',
    'psycho', 'psychos', 'sicko*', 'degenerate*', 'snowflake*', 'sheeple', 'cuck*', 'bigot', 'bigots', 'whore*',
    'slut*', 'skank*', 'piece of shit', 'piece of crap', 'piece of garbage', 'piece of trash', 'son of a bitch',
    'sonofabitch', 'motherfucker*', 'mf', 'mofo', 'turd*', 'parasite*', 'vermin', 'muppet*', 'dork*', 'doofus', 'dolt*',
    'waste of space', 'waste of oxygen', 'joke of a', 'crook', 'crooks', 'con man', 'con artist', 'grifter*', 'shill',
    'shills', 'stooge*', 'bimbo*', 'hag', 'hags', 'swine', 'scoundrel*', 'brat', 'brats', 'crybaby', 'crybabies',
    'commie*', 'libtard*', 'feminazi*', 'racists', 'dictator', 'tyrant', 'fool', 'fools', 'pedophile*', 'paedophile*',
    'pedo', 'pedos', 'bully', 'bullies', 'whiner*', 'goon', 'goons', 'shyster*', 'scammer*', 'sellout*', 'nutter*',
    'twit', 'twits', 'peasant*', 'wimp*', 'sissy', 'pervert*', 'perv', 'dweeb*', 'soyboy*', 'freaks',
    'dummy', 'dummies', 'goofball*', 'fatso', 'fatass*', 'cockroach*', 'charlatan*', 'crackpot*', 'kook',
    'kooks', 'wacko*', 'whacko*', 'wackjob*', 'whackjob*', 'whack job', 'nut job', 'psychopath*', 'sociopath*',
    'narcissist*', 'hooligan*', 'loudmouth*', 'blowhard*', 'chump', 'chumps', 'suckers', 'lackey*', 'bootlicker*',
    'sycophant*', 'snitch', 'snitches', 'knuckledragger*', 'wingnut*', 'maggot*', 'deadbeat*', 'freeloader*', 'bum',
    'bums', 'dildo', 'thot', 'thots', 'dumbfuck*', 'fuckwit*', 'assclown*', 'asshat*', 'bitchass*', 'scumbag*',
    'cocksucker*',
  ],
});

/** Slurs: no context makes them kind. Kept short; the aim is to catch them, not to catalogue them. */
export const slurs = defineLexicon({
  terms: [
    'retard', 'retards', 'retarded', 'tard', 'tards', 'nigger*', 'nigga*', 'faggot*', 'fag', 'fags', 'tranny',
    'trannies', 'spastic', 'spaz', 'wetback*', 'chink*', 'kike*', 'dyke*', 'gook*', 'raghead*', 'towelhead*',
  ],
});

/** Words that insult when said of a person, or of what a person said. */
export const insultAdjectives = defineLexicon({
  terms: [
    'stupid*', 'dumb', 'dumber', 'dumbest', 'idiotic', 'moronic', 'brainless', 'braindead', 'brain dead', 'clueless',
    'ignorant', 'pathetic', 'worthless', 'useless', 'disgusting', 'despicable', 'vile', 'repulsive', 'ugly', 'uglier',
    'ugliest', 'delusional', 'deranged', 'unhinged', 'evil', 'spineless', 'gutless', 'shameless', 'two-faced', 'lame',
    'creepy', 'dense', 'dishonest', 'corrupt', 'crooked', 'sleazy', 'slimy', 'scummy', 'trashy', 'nasty', 'hateful',
    'racist', 'sexist', 'bigoted', 'psychotic', 'insane', 'crazy', 'nuts', 'sick in the head', 'incompetent', 'inept',
    'senile', 'ridiculous', 'laughable', 'shameful', 'disgraceful', 'contemptible', 'petty', 'arrogant', 'smug',
    'obnoxious', 'insufferable', 'hypocritical', 'pitiful', 'loony', 'batshit', 'nutty', 'whiny', 'trash', 'garbage',
    'full of shit', 'full of it', 'full of crap', 'a disgrace', 'awful', 'terrible', 'horrible', 'horrid', 'horrendous',
    'toxic', 'selfish', 'heartless', 'cruel', 'naive', 'silly', 'foolish', 'childish', 'immature', 'cowardly', 'worst',
    'sickening', 'demented', 'brainwashed', 'subhuman', 'sick', 'sick puppy', 'incapable', 'bitter', 'delirious',
    'unlikable', 'abhorrent', 'inexcusable', 'vicious', 'unbearable', 'insecure',
    // Nouns that insult when said of someone: "he's a mess", "they are animals".
    'a mess', 'a hot mess', 'an embarrassment', 'embarrassment', 'a disappointment', 'a failure', 'a sham', 'a waste',
    'animals', 'a tool', 'a hack', 'hacks', 'a pig', 'pigs', 'sheep', 'a rat', 'rats', 'a snake', 'snakes', 'a puppet',
    'puppets', 'a zombie', 'zombies', 'a cancer', 'a plague', 'a child', 'a baby', 'babies', 'a joke', 'a nobody',
    'a demon', 'a fraud', 'frauds', 'a nazi', 'nazi', 'fascist', 'a dick', 'a prick', 'full of bs', 'demons', 'a devil',
    'a flake', 'a lie', 'a liability', 'a blight', 'a menace', 'disgrace', 'worse', 'fake', 'violent', 'mentally ill',
    'a terrorist', 'terrorists', 'a criminal', 'criminals', 'a thief', 'thieves', 'fat', 'gross', 'boring', 'dirty',
    'weak', 'butthurt', 'butt hurt', 'annoying', 'lazy', 'rotten', 'demonic', 'an animal', 'a witch', 'a cheater',
    'cheaters', 'a phony', 'phonies', 'a punk', 'a dog', 'a weasel',
  ],
});

/** Phrases that dismiss or sneer at someone wherever they stand in a sentence. */
export const dismissals = defineLexicon({
  terms: [
    'ok boomer', 'okay boomer', 'nobody asked', 'no one asked', 'who asked', 'did i ask', 'nobody cares',
    'no one cares', "can't you read", 'cant you read', 'stfu', 'gtfo', 'what is wrong with you',
    "what's wrong with you", 'whats wrong with you', 'are you stupid', 'are you dumb', 'are you an idiot',
    'are you blind', 'you people', 'people like you', 'your kind', 'your ilk', 'screw you', 'fuck you', 'f you',
    'damn you', 'to hell with you', 'go to hell', 'eat shit', 'bite me', 'kiss my ass', 'up yours', 'get bent',
    'get fucked', 'go fuck yourself', 'go screw yourself', 'get over yourself', 'dead to me', "can't fix stupid",
    'cant fix stupid', 'fuck off', 'piss off', 'bugger off', 'sod off', 'f off', 'eff off', 'good riddance',
    'whatever you say', 'cry me a river', 'cope and seethe', 'cope harder', 'bye felicia', 'talk to the hand',
    'sure jan', 'stay mad', 'clown show', 'clown world', 'boo hoo', 'boohoo',
  ],
});

/**
 * Commands that dismiss someone ("grow up", "just google it"). They are only dismissive as
 * commands, so they count at the start of a sentence or after "you": "when kids grow up" is fine.
 */
export const dismissiveCommands = defineLexicon({
  terms: [
    'learn to read', 'learn how to read', 'read a book', 'google it', 'just google it', 'look it up',
    'do your own research', 'do your research', 'educate yourself', 'get a life', 'get a grip', 'grow up', 'shut up',
    'shut your mouth', 'shut your trap', 'get lost', 'go away', 'buzz off', 'cry more', 'cry about it', 'seethe',
    'touch grass', 'take a hike', 'suck it', 'deal with it', 'get over it', 'not my problem', 'keep crying',
    'get a clue', 'get a job',
  ],
});

/** Words that may open a command without softening it: "just google it", "oh grow up". */
export const commandLeadIns = defineLexicon({
  terms: [
    'just', 'so', 'now', 'then', 'oh', 'ok', 'okay', 'well', 'and', 'go', 'dude', 'bro', 'mate', 'man', 'lol', 'lmao',
    'seriously', 'honestly', 'please', 'pls', 'maybe', 'also', 'again', 'sweetie', 'honey', 'buddy', 'pal', 'kid',
    // "you need to grow up", "why don't you google it": addressed commands.
    'you', 'need', 'needs', 'to', 'should', 'must', 'have', 'gotta', 'why', "don't", 'dont', 'try', 'first',
  ],
});

/** Wishes of harm. */
export const threats = defineLexicon({
  terms: [
    'kill yourself', 'kys', 'go die', 'drop dead', 'hope you die', 'hope he dies', 'hope she dies', 'hope they die',
    'should be shot', 'should be hanged', 'should be hung', 'should be killed', 'should be jailed', 'should die',
    'deserve to die', 'deserves to die', 'rot in hell', 'burn in hell', 'die in a fire', "i'll kill you",
    'i will kill you', 'beat you up', 'punch you', 'slap you', 'string him up', 'string them up',
  ],
});

/** Insult words harsh enough to sting even when aimed at no one in particular ("just plain stupid"). */
export const harshWords = defineLexicon({
  terms: [
    'stupid*', 'dumb', 'dumber', 'dumbest', 'idiotic', 'moronic', 'brainless', 'braindead', 'brain dead', 'pathetic',
    'disgusting', 'ignorant', 'ugly', 'vile', 'despicable', 'disgraceful', 'shameful', 'unhinged', 'delusional',
    'fascist', 'evil',
  ],
});

/** Faults to pin on a person: "your hypocrisy", "his stupidity". Said of no one, they are just nouns. */
export const faultNouns = defineLexicon({
  terms: [
    'hypocrisy', 'ignorance', 'stupidity', 'arrogance', 'incompetence', 'cowardice', 'idiocy', 'bigotry', 'lies',
    'nonsense', 'disrespect', 'drivel', 'dishonesty', 'delusion*', 'hatred', 'racism', 'sexism', 'stench',
  ],
});

/** Verbs of hatred: hostile when their object is a person ("I despise them"), not a thing. */
export const hatredVerbs = defineLexicon({
  terms: [
    'hate', 'hates', 'hated', 'hating', 'despise*', 'loathe*', 'detest*', "can't stand", 'cant stand', 'sick of',
    'fed up with',
  ],
});

/** Verbs of violence: a threat when their object is a person ("punch him"), not when it is a thing. */
export const violenceVerbs = defineLexicon({
  terms: [
    'kill', 'punch', 'slap', 'stab', 'choke', 'strangle', 'murder', 'lynch', 'behead', 'hang', 'beat up', 'smack',
    'kick', 'torture', 'execute', 'shoot down', 'run over', 'string up',
  ],
});

/** Profanity. Harsh on its own; hostile when aimed at a person. */
export const profanity = defineLexicon({
  terms: [
    'fuck*', 'fck*', 'fuk', 'fukin', 'fuking', 'fukn', 'fuc', 'effing', 'motherfucking', 'shit',
    'shits', 'shitty', 'shitting', 'shite', 'bullshit', 'horseshit', 'crap', 'crappy',
    'damn', 'damned', 'dammit', 'goddamn*', 'goddam', 'ass', 'asses', 'arse', 'piss', 'pissing', 'dicks', 'cocksucker*',
    'cunt*', 'wtf', 'af', 'bollocks', 'bugger', 'hell', 'sucks', 'suck', 'sucked', 'omfg', 'tits', 'pussy', 'pussies',
    // Swear words that are also names: "I'm an asshole though" is no insult, but still swearing.
    'bitch*', 'asshole*', 'arsehole*', 'whore*', 'slut*', 'bastard*', 'dickhead*', 'motherfucker*', 'dipshit*',
    'shithead*', 'twat', 'twats', 'wanker*', 'dumbass*', 'jackass*', 'piece of shit', 'sonofabitch', 'son of a bitch',
  ],
});

/** Words that turn the swear word after them into a cry of surprise: "holy shit", "holy crap". */
export const surpriseLeads = defineLexicon({ terms: ['holy'] });

/**
 * Swear words that pass a verdict on a claim ("Bullshit!"): said on their own they call someone's
 * words false, which no cry of surprise does.
 */
export const verdictSwearing = defineLexicon({ terms: ['bullshit', 'bs', 'horseshit', 'bullcrap', 'bollocks'] });

/** Swearing abbreviations that raise the degree of the word before them: "busy af". */
export const degreeSwearing = defineLexicon({ terms: ['af'] });

/** Profane words used as intensifiers, which can be dropped without changing the meaning. */
export const profaneIntensifiers = defineLexicon({
  terms: [
    'fucking', 'fuckin', 'fckin', 'fcking', 'fkn', 'fking', 'effing', 'motherfucking', 'damn', 'goddamn', 'goddamned',
    'damned',
  ],
});

/**
 * Praise that borrows hostile words ("this recipe is sick", "you killed it", "a killer idea").
 * A hit inside one of these is not hostility.
 */
export const praiseSlang = defineLexicon({
  terms: [
    'killed it', 'kill it', 'killing it', 'kills it', 'killer', 'badass', 'bad ass', 'bad-ass', 'kick ass', 'kicks ass',
    'kicked ass', 'kick-ass', 'wicked', 'beast', 'a beast',
    'a monster', 'a legend', 'savage', 'slay*', 'crazy good', 'insanely good', 'insane talent', 'stupid good',
    'stupidly good', 'dumb fun', 'hella good', 'shut up and take my money', 'damn good', 'damn fine', 'pretty damn',
    'hell yeah', 'hell yes', 'hell of a', 'helluva', 'one hell of', 'as hell',
  ],
});

/**
 * Praise slang that is a noun phrase: praise only as what something is ("this is the shit", "you
 * the bomb"). Anywhere else the words mean what they say: "beat the shit out of him", "the shit
 * she created".
 */
export const praisePredicates = defineLexicon({
  terms: ['the shit', 'da shit', 'the bomb', "the bee's knees"],
});

/** Everyday phrases that contain a hostile-looking word but insult no one. */
export const innocentPhrases = defineLexicon({
  terms: [
    'april fool*', 'fool me', 'fool around', 'fooling around', 'fool yourself', 'fooled', 'kung fu', 'sick leave',
    'sick day', 'kill time', 'dumb luck', 'mental health', 'crazy about', 'go crazy', 'going crazy', 'went crazy',
    'go nuts', 'going nuts', 'went nuts', 'drive me crazy', 'drives me crazy', 'driving me crazy', 'silly me',
    'trash talk', 'take out the trash', 'garbage collection', 'worst case', 'at worst', 'if worst comes to worst',
    'the worst part', 'as a child', 'as a kid', 'as a baby', 'as a joke', 'cruel summer', 'terrible twos',
    'joke of the day', 'bad joke', 'inside joke', 'dad joke', 'shut up and take my money',
  ],
});

/** Words that make a hit about the writer, so it is self-deprecation rather than an insult. */
export const selfReferences = defineLexicon({
  terms: [
    'i', "i'm", 'im', "i've", "i'd", "i'll", 'me', 'my', 'myself', 'am', 'we', "we're", 'us', 'our', 'ourselves',
  ],
});

/** Words that address the reader. */
export const secondPerson = defineLexicon({
  terms: [
    'you', 'your', "you're", 'youre', "you've", "you'll", "you'd", 'yours', 'yourself', 'yourselves', 'ur', 'u', 'ya',
    "y'all", 'yall', 'thou',
  ],
});

/** Words that point at a third person or group. */
export const thirdPerson = defineLexicon({
  terms: [
    'he', 'she', 'they', "he's", "she's", "they're", 'hes', 'shes', 'theyre', 'him', 'her', 'them', 'his', 'their',
    'these', 'those',
  ],
});

/** Nouns for people, so "stupid people" reads as aimed at people while "stupid traffic" does not. */
export const personNouns = defineLexicon({
  terms: [
    'people', 'person', 'man', 'men', 'woman', 'women', 'guy', 'guys', 'dude', 'dudes', 'girl', 'girls', 'boy', 'boys',
    'kid', 'kids', 'child', 'children', 'human', 'humans', 'individual', 'folks', 'lady', 'ladies', 'bro', 'fans',
    'voters', 'liberals', 'conservatives', 'democrats', 'republicans', 'leftists', 'lefties', 'politicians',
    'celebrities', 'journalists', 'reporters', 'followers', 'supporters', 'president', 'senator', 'leader', 'boss',
    'mom', 'dad', 'mother', 'father', 'brother', 'sister', 'friend', 'friends', 'neighbor', 'neighbour', 'teacher',
    'team', 'coach', 'player', 'players', 'crowd', 'mob', 'cult', 'bunch', 'everyone', 'everybody', 'anyone', 'anybody',
    'someone', 'somebody',
  ],
});

/** Nouns for what someone said or made: sneering at these sneers at the person who said it. */
export const contributionNouns = defineLexicon({
  terms: [
    'take', 'takes', 'opinion', 'opinions', 'argument', 'arguments', 'point', 'comment', 'comments', 'tweet', 'tweets',
    'post', 'posts', 'reply', 'replies', 'question', 'questions', 'answer', 'logic', 'reasoning', 'idea', 'ideas',
    'excuse', 'excuses', 'response', 'article', 'thread', 'statement', 'claim', 'claims', 'view', 'views', 'thinking',
    'rant', 'attempt', 'remark', 'advice', 'work', 'writing', 'video', 'face', 'mouth',
  ],
});

/** Words that turn a hit around: "you're not stupid". */
export const negators = defineLexicon({
  terms: [
    'not', "n't", 'never', 'no', 'nobody', 'nothing', 'hardly', 'isnt', 'arent', 'wasnt', 'aint', "ain't", 'dont',
    'doesnt', 'didnt', 'wont', 'cant',
  ],
});

/** Verbs that report or quote a word rather than use it: "calling people 'idiots' is never OK". */
export const reportingWords = defineLexicon({
  terms: [
    'call', 'calls', 'called', 'calling', 'label', 'labels', 'labelled', 'labeled', 'labelling', 'labeling', 'word',
    'words', 'term', 'terms',
  ],
});
