import type { WordPatterns } from '../word-patterns.js';

/** What a sales or spam pattern does; each kind has its own weight and message. */
export type PitchPatternKind = 'outcomePromise' | 'booking' | 'engagementBait' | 'keywordBait' | 'audienceGoal' | 'attentionAsk' | 'ownChannel';

/**
 * Families of selling and engagement-farming, as word patterns (see word-patterns.ts) rather
 * than sentences: the subject, the verb and the shape of the promise, with the words between
 * left open.
 * - outcome promises: "I help coaches like you double their bookings", "we can cut your costs";
 * - booking asks: "Book a 15-min call" as a command, "grab a slot", "a free strategy call" (an
 *   invitation to talk, "shall we book a call?", is lesson 2 done right and is not one);
 * - engagement bait: "like if you agree", "thumbs up if you're here", and the keyword kind that
 *   farms comments: "comment YES below", "type GUIDE and I'll send it";
 * - audience goals: "if I get 100 subscribers", "help me reach 1k followers";
 * - attention asks for the author's own work, in any tense: "if you checked out some of my remixes";
 * - a channel of one's own announced: "I made a gaming channel", "we started a podcast".
 */
export const pitchPatterns: WordPatterns<PitchPatternKind> = {
  classes: {
    growth: [
      'grow', 'grows', 'double', 'triple', 'quadruple', '2x', '3x', '5x', '10x', 'boost', 'increase', 'scale', 'cut', 'slash',
      'halve', 'save', 'generate', 'land', 'close', 'book', 'fill', 'attract', 'win', 'skyrocket', 'maximize', 'maximise',
      'multiply', 'automate', 'earn', 'make', 'hit', 'reach', 'get', 'add', 'unlock', 'explode',
    ],
    helping: ['help', 'helps', 'helped', 'helping'],
    we: ['i', 'we', "i've", "we've", 'i’ve', 'we’ve'],
    modal: ['can', 'will', 'could', "i'll", "we'll"],
    bookingVerb: ['book', 'schedule', 'grab', 'reserve', 'snag', 'pick', 'claim', 'secure', 'lock'],
    salesSlot: ['slot', 'spot', 'demo', 'consultation', 'appointment'],
    salesCall: ['free', 'discovery', 'strategy', 'sales', 'intro', 'introductory', 'onboarding', 'consultation', 'audit'],
    meetingSlot: ['call', 'slot', 'demo', 'consultation', 'consult', 'session', 'meeting', 'spot', 'time', 'chat', 'appointment'],
    baitVerb: ['like', 'share', 'retweet', 'rt', 'repost', 'thumbs', 'comment', '~subscribe', 'sub', 'reply', 'type', 'vote', 'smash', 'hit', 'tap'],
    audience: ['subscribers', 'subs', 'followers', 'follows', 'likes', 'views', 'fans', 'subscriber', 'follower', 'viewers'],
    checking: ['check', 'checks', 'checked', 'chek', 'chk', '~checking', '~checkout'],
    subscribing: ['~subscribe', '~subscribed', '~subscribing', '~subscribes', 'sub', 'subs'],
    getting: ['get', 'got', 'getting', 'gain', 'gaining', 'need', 'want', 'reach', 'reaching'],
    starting: ['made', 'make', 'started', 'start', 'created', 'create', 'launched', 'opened', 'run', 'have', 'got', 'did', 'recorded', 'uploaded', 'posted', 'released', 'wrote'],
    channel: [
      'channel', 'podcast', 'blog', 'vlog', 'shop', 'store', 'youtube', 'page', 'stream', 'newsletter', 'cover', 'remix', 'mixtape',
      'album', 'ep', 'track', 'rap', 'beat', 'song', 'video', 'vid', 'app', 'game', 'course',
    ],
    you: ['you', 'u', 'ur', "you're", 'youre', "you’re", 'yall', "y'all"],
  },
  patterns: [
    { tag: 'outcomePromise', pattern: '@we @helping _{0,4} @growth' },
    { tag: 'outcomePromise', pattern: '@we @modal @helping? you|your _{0,2} @growth' },
    { tag: 'outcomePromise', pattern: '@we @modal @growth your|you' },
    { tag: 'outcomePromise', pattern: 'let me @helping you @growth' },
    { tag: 'booking', pattern: '^ @bookingVerb a|an|your|my|some _{0,2} @meetingSlot' },
    { tag: 'booking', pattern: '@bookingVerb a|an|your|my _{0,2} @salesSlot' },
    { tag: 'booking', pattern: '@bookingVerb a|an|your|my _{0,1} @salesCall _{0,1} @meetingSlot' },
    { tag: 'engagementBait', pattern: '@baitVerb _{0,2} if @you' },
    { tag: 'keywordBait', pattern: 'like|share and|&|n @subscribing' },
    { tag: 'keywordBait', pattern: 'comment|type|reply|drop|write _ below|down|and|for|to' },
    { tag: 'engagementBait', pattern: 'tag _{0,2} friend|friends|someone|somebody' },
    { tag: 'audienceGoal', pattern: 'if|when|once i|we get|reach|hit _? #num @audience' },
    { tag: 'audienceGoal', pattern: 'help|get me _{0,2} #num @audience' },
    { tag: 'audienceGoal', pattern: 'i|we|me @getting _{0,2} @audience' },
    { tag: 'attentionAsk', pattern: '@checking out? _{0,3} my|our|me|us' },
    { tag: 'attentionAsk', pattern: '@subscribing to|2|for|4 me|my|us|our' },
    { tag: 'ownChannel', pattern: '@we @starting a|an|my|our _{0,2} @channel' },
  ],
};

/** Scheduling services: a link to one is a booking ask. */
export const bookingHosts: readonly string[] = [
  'calendly.com', 'cal.com', 'savvycal.com', 'tidycal.com', 'zcal.co', 'youcanbook.me', 'acuityscheduling.com', 'chilipiper.com',
  'meetings.hubspot.com', 'calendar.app.google', 'doodle.com',
];
