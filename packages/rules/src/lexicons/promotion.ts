import { defineLexicon, defineWeightedLexicon } from '../lexicon.js';

/**
 * The language of self-promotion and spam, weighted by how plainly it asks the reader to do
 * something for the author. Drawn from common spam and marketing patterns: calls to follow,
 * like and subscribe, calls to buy, "link in bio", and money-making offers.
 */
export const promotionSignals = defineWeightedLexicon({
  groups: [
    {
      // Asks the reader to do something for the author.
      weight: 2,
      terms: [
        'subscribe', 'subscribe to me', 'suscribe', 'subcribe', 'sub to me', 'sub to my', 'sub my', 'sub me', 'sub 4 sub',
        'sub for sub', 'subscribe back', 'help me reach', 'help me get', 'check me out', 'check them out', "check 'em out",
        'like this page', 'like this pic', 'like this photo',
        'like this post', 'like my pic', 'like my photo', 'like my video', 'like my page', 'like our page', 'vote for me',
        'follow me', 'follow my', 'follow us', 'follow back', 'follow for follow', 'follow 4 follow',
        'like this comment', 'like and subscribe', 'like & subscribe', 'like and share', 'like & share',
        'please like', 'pls like', 'plz like', 'please check out', 'please subscribe',
        'hit the like', 'smash that like', 'smash the like', 'give me a like', 'give it a like', 'leave a like', 'drop a like',
        'check out my', 'checkout my', 'check out our', 'check our', 'check out some of my', 'checking me out',
        'visit my', 'watch my', 'listen to my', 'go to my', 'view my',
        'support my', 'share my', 'add me', 'buy my', 'buy our', 'please buy', 'i sell', 'we sell', 'order my', 'download my',
        'stream my', 'join my', 'sign up for my',
        'link in bio', 'link in my bio', 'link in profile', 'dm me to order', 'dm to order', 'dm me for', 'dm for',
        'buy now', 'shop now', 'order now', 'sign up now', 'register now', 'book now', 'join now', 'download now', 'act now',
        'limited time offer', 'limited offer', 'use my code', 'promo code', 'discount code', 'coupon code', 'coupon',
        'make money', 'making money', 'earn money', 'earn cash', 'earn extra', 'extra income', 'passive income', 'get paid',
        'paid for sharing', 'work from home', 'free gift card*', 'free iphone', 'cash prize', 'get rich', 'easy money',
        'free money', 'get money', 'earn real money', 'crypto signals', 'free followers', 'free subscribers', 'chance to win',
        'win a free', 'free download*', 'download for free',
      ],
    },
    {
      // Sells, or points the reader elsewhere without saying why.
      weight: 1,
      terms: [
        'for sale', 'on sale', 'discount*', 'promo', 'special offer', 'free shipping', 'gift card*', 'giveaway', 'paypal',
        'bitcoin*', 'subscriber*', 'donate', 'new youtuber', 'small youtuber', 'thumbs up', 'please share', 'please support',
        'please watch',
        'check out', 'check it out', 'check this out', 'checkout', 'click', 'click here',
        'click the link', 'click on the link', 'sign up', 'free stuff', 'please', 'pls', 'plz',
      ],
    },
  ],
});

/**
 * Things a person makes and sells or wants watched: media, products, channels. Words that are
 * as often personal ("my page", "my account", "my book source") are left out. After "my" or "our" (with "new", "latest" and the like
 * between), they mark a post as being about the author's own work.
 */
export const ownWork = defineLexicon({
  terms: [
    'channel', 'youtube', 'youtube channel', 'video*', 'vid', 'vids', 'vlog*', 'song*', 'track*', 'music', 'album', 'mixtape',
    'cover*', 'remix*', 'beat*', 'fan page', 'website', 'web site', 'site', 'blog', 'podcast', 'stream*', 'playlist',
    'instagram', 'insta', 'tiktok', 'course', 'masterclass', 'webinar', 'e-book', 'ebook', 'newsletter', 'shop', 'store',
    'app', 'product*', 'merch', 'artwork', 'startup', 'agency', 'coaching',
  ],
});

/** Ways the author's own-work mention can be introduced: "my", "our", "my new", "our latest"... */
export const OWNER_BEFORE = /(?:^|[^\p{L}\p{N}_])(?:my|our)(?:\s+(?:new|newest|latest|first|own|official|brand[\s-]new|little|debut))*\s+$/iu;

/**
 * Pointing the reader at something else to look at: "check out this video", "watch this
 * channel". Followed by an own-work noun; under someone else's post it sends their audience away.
 */
export const LOOK_ELSEWHERE_BEFORE = /(?:^|[^\p{L}\p{N}_])(?:check\s+out|checkout|take\s+a\s+look\s+at|have\s+a\s+look\s+at|look\s+at|watch|listen\s+to|visit|see)\s+(?:this|these|that|the)(?:\s+(?:new|awesome|amazing|cool|great|funny|epic))*\s+$/iu;

/** Discount codes ("code SAVE50") and price cuts ("50% off"). Gaps are bounded so a long run of spaces stays linear. */
export const DISCOUNT = /\b(?:[Cc]ode|CODE|[Cc]oupon|COUPON)(?::\s{0,3}|\s{1,3})[A-Z][A-Z0-9]{2,}\b|\b\d{1,3}\s?%\s?(?:off|OFF|Off)\b/gu;

/**
 * Signs that a draft gives the reader something: it teaches, explains, hands over a free
 * resource or asks the reader about their own experience. They offset promotion, so a launch
 * post that gives real value is not mistaken for an advert.
 */
export const valueSignals = defineWeightedLexicon({
  groups: [
    {
      weight: 1,
      terms: [
        'how to', 'how i', "here's how", 'here is how', 'what i learned', 'i learned', 'lesson*', 'tip', 'tips', 'step by step',
        'steps', 'guide', 'checklist', 'template*', 'framework', 'it covers', 'covers', 'explains', 'walks through', 'the trick',
        'what worked', 'mistake*', 'for example', 'for instance', 'because', 'free for anyone', 'for anyone', 'free to read',
        'free to download', 'no sign-up', 'no signup', 'no email needed', 'no strings', 'open source', 'answers', 'questions',
        'if anyone needs', 'in case anyone', 'for anyone who', 'if it helps', 'hope it helps', 'hope this helps',
      ],
    },
    {
      weight: 0.5,
      terms: ['what has worked for you', 'what works for you', 'what do you think', 'how do you', 'what would you', 'curious'],
    },
  ],
});

/**
 * A link written so that link detection misses it: "giftz dot com", "mysite . com",
 * "www.youtube. com", a bare "watch?v=…" path. Nobody writes a link like that but to slip it past
 * a filter. Every part is bounded or a plain class, so matching stays linear.
 */
/** What every hidden link has somewhere: a spaced or spelt-out dot before a domain ending, or a video path. */
export const MAY_HOLD_HIDDEN_LINK = /(?:\sdot\s+|\s\.|\.\s)(?:com|net|org|co|io|tv|ly|me|info|biz)\b|watch\?v=/iu;
export const HIDDEN_LINK = /\b[a-z0-9][a-z0-9-]{1,62}(?:\s{1,3}dot\s{1,3}|\s{0,3}\.\s{1,3}|\s{1,3}\.\s{0,3})(?:com|net|org|co|io|tv|ly|me|info|biz)\b|(?:^|[\s/])watch\?v=[\w-]{4,}/giu;
