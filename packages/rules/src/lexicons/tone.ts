import { defineLexicon } from '../lexicon.js';

/** A politeness strategy: the phrases that carry it, and the name of its feature in the warmth score. */
export interface WarmthStrategy {
  readonly feature: string;
  readonly terms: readonly string[];
}

/**
 * Politeness and warmth markers, after the strategies in Danescu-Niculescu-Mizil et al. (2013),
 * "A computational approach to politeness": gratitude, deference, greetings, hedges and
 * indirect requests read warm; direct questions, commands, factuality and negative words read
 * cold. Where two groups could match at the same place, the earlier group wins.
 *
 * Each group is one feature of the warmth score; how much it counts is learned from rated
 * requests (scripts/train-warmth.ts writes the weights to warmth-weights.ts), not set by hand.
 */
export const warmthMarkers = [
  { feature: 'gratitude', terms: ['thank you', 'thanks', 'thank*', 'much obliged', 'appreciate*', 'grateful', 'ty', 'thx'] },
  {
    feature: 'praise',
    terms: [
      'great job', 'nice work', 'good work', 'well done', 'congrat*', 'love this', 'kudos', 'brilliant', 'wonderful',
      'glad', 'happy to', 'delighted', 'excellent', 'fantastic', 'awesome', 'good idea', 'great idea', 'sounds good',
      'sounds great', 'looks good', 'looks great', 'what do you think', 'what do you reckon', 'any thoughts',
      'your thoughts',
    ],
  },
  {
    feature: 'indirectRequest',
    terms: [
      'could you', 'would you', 'would it be possible', 'would you mind', 'do you mind', 'mind if', 'would it be ok',
      'is it ok if', 'is it alright', 'any chance', 'if you have a moment', 'when you have a moment',
      'when you get a chance', 'if you get a chance', 'i was wondering', 'i wonder if',
    ],
  },
  { feature: 'pleaseOrApology', terms: ['please', 'pls', 'plz', 'sorry', 'apolog*', 'excuse me', 'pardon'] },
  { feature: 'greeting', terms: ['hi', 'hello', 'hey', 'dear', 'good morning', 'good afternoon', 'welcome'] },
  {
    feature: 'positiveWord',
    terms: [
      'good', 'great', 'nice', 'interesting', 'cool', 'helpful', 'lovely', 'perfect', 'fun', 'love', 'enjoy*', 'hope',
      'thoughts', 'happy', 'curious',
    ],
  },
  {
    feature: 'hedge',
    terms: [
      'i think', 'i believe', 'i suppose', 'perhaps', 'maybe', 'possibly', 'might', 'i wonder', 'it seems', 'seems',
      'i guess', 'i feel', 'probably', 'not sure', 'kind of', 'sort of', 'do you think', 'you could', 'it would',
      'would be', 'could be', 'if you can', 'if you could', 'if possible',
    ],
  },
  // "Stop by" and "drop in" invite; without them "stop" below would read as a command.
  { feature: 'softRequest', terms: ['can you', 'will you', 'by the way', 'btw', "let's", 'why not', 'stop by', 'stop in', 'drop by', 'drop in', 'come by'] },
  { feature: 'factuality', terms: ['actually', 'in fact', 'obviously', 'clearly', 'the point is', 'the fact is', 'seriously', 'explain', 'justify', 'so-called', 'supposed to', 'huh', 'gee'] },
  { feature: 'directQuestion', terms: ['why', 'what is wrong', "what's wrong", 'what the', 'how come'] },
  { feature: 'demand', terms: ['you need to', 'you must', 'you should', 'you have to', 'stop', "don't", 'never'] },
  {
    feature: 'negativeWord',
    terms: [
      'wrong', 'bad', 'stupid', 'ridiculous', 'nonsense', 'terrible', 'awful', 'hate', 'annoying', 'useless',
      'pathetic', 'worst', 'bizarre', 'absurd', 'insane', 'lousy', 'obnoxious', 'idiotic', 'silly', 'rubbish',
      'garbage',
    ],
  },
] as const satisfies readonly WarmthStrategy[];

/**
 * Words that open a sentence bluntly: "So, ...", "But ...", "Look, ..." (the "direct start"
 * of the politeness study), and "you" at the start, which makes a request a demand.
 */
export const bluntOpeners = defineLexicon({
  terms: [
    'so', 'then', 'and', 'but', 'well', 'now', 'look', 'listen', 'you', 'your', 'what', 'how',
  ],
});

/** Negative remarks about the reader that are not insults but still make it personal. */
export const personalNegativity = defineLexicon({
  terms: [
    'hate you', 'shame on you', 'your fault', 'sick of you', 'tired of you', "can't stand you", 'cant stand you',
    'disappointed in you', 'blame you', 'you ruined', 'you ruin', "you don't get it", 'you dont get it',
    "you don't understand", 'you dont understand', 'how dare you', 'you should be ashamed', "you're the problem",
    'you are the problem', "you're annoying", 'you are annoying', "you're a disappointment", 'what were you thinking',
    'you had one job', "you've got it wrong", 'you have no idea', "you've no idea", 'you never listen',
    "you're embarrassing", 'you embarrass', 'you make me sick', 'you disgust me', 'you suck', 'you lied',
    "you're lying", 'you are lying', 'you lie',
  ],
});

/** Replies that read cold to anyone when they are all a reply says. */
export const coldReplies = defineLexicon({
  terms: [
    'whatever', 'fine', 'k', 'kk', 'if you say so', 'so', 'and', 'cool story', 'cool story bro', 'sure whatever',
    'fine whatever', 'ok whatever', 'okay whatever', 'yeah whatever', 'meh', 'good for you', 'ok then', 'okay then',
    'lol ok', 'fine then', 'if you insist', 'suit yourself', 'your call', 'as you wish', 'wow',
  ],
});

/**
 * Words of joy and excitement. "So proud of you!!!" and "HAPPY BIRTHDAY" are loud
 * with delight, not raised in anger, so they are not shouting.
 */
export const enthusiasm = defineLexicon({
  terms: [
    'love', 'loved', 'loving', 'lovely', 'great', 'amazing', 'awesome', 'beautiful', 'gorgeous', 'congrat*', 'happy',
    'wonderful', 'fantastic', 'cute', 'proud', 'excited', 'exciting', 'yay', 'woo*', 'wow', 'nice', 'thank*', 'thx',
    'welcome', 'birthday', 'bday', 'best', 'fun', 'brilliant', 'incredible', 'perfect', 'adorable', 'sweet', 'omg',
    'lol', 'haha*', 'hooray', 'bravo', 'good luck', 'well done', "can't wait", 'cant wait', 'finally', 'win', 'won',
    'winner', 'champion*', 'favorite', 'favourite', 'enjoy*', 'beauty', 'stunning', 'blessed', 'yes', 'yess*',
    'go team', 'merry', 'christmas', 'celebrat*', 'cheers', 'glad', 'delighted', 'thrilled', 'legend', 'hero',
    'good morning', 'goodnight',
  ],
});

/**
 * Laughter and cries, among the words of joy: a swear word beside them does not praise them
 * ("risking his own ass lol", "so fucked up omg").
 */
export const laughter = defineLexicon({ terms: ['lol', 'lmao', 'lmfao', 'rofl', 'haha*', 'hehe*', 'omg'] });

/** Emoji of delight, one pictograph each (matched against a draft's emoji, not its words). */
export const joyfulEmoji = defineLexicon({
  terms: [
    '❤', '♥', '😍', '🥰', '😊', '🙂', '😀', '😃', '😄', '😁', '😆', '😂', '🤣', '🎉', '🥳', '👏', '🙌', '💕', '💖', '💗', '💓', '💞', '💜',
    '💙', '💚', '💛', '🧡', '💯', '✨', '👍', '☺', '😘', '💪', '🏆', '🤗', '😻', '🎂', '🎊', '🙏', '😎',
  ],
});


/**
 * Words of praise that modify the word after them. Before a harsh word they make it play or
 * admiration: "awesomely horrible", "gorgeous little monsters", "deliciously evil".
 */
export const praiseModifiers = defineLexicon({
  terms: [
    'awesome', 'awesomely', 'gorgeous', 'beautiful', 'beautifully', 'amazing', 'amazingly', 'wonderful', 'wonderfully',
    'lovely', 'cute', 'adorable', 'adorably', 'brilliant', 'brilliantly', 'fantastic', 'fantastically', 'glorious',
    'gloriously', 'delicious', 'deliciously', 'delightful', 'delightfully', 'perfect', 'perfectly', 'hilarious',
    'hilariously', 'sweet', 'precious', 'charming', 'charmingly', 'stunning', 'stunningly', 'magnificent', 'fabulous',
    'fabulously', 'wonderously', 'marvellous', 'marvelous', 'happy', 'proud',
  ],
});

/**
 * Words that open a command when they open a sentence ("Stop ignoring my emails", "Don't ..."):
 * said loudly, such a sentence is said at someone.
 */
export const commandOpeners = defineLexicon({ terms: ['stop', "don't", 'dont', 'quit'] });
