import type { WordPatterns } from '../word-patterns.js';

/**
 * Condescension: talking down to the reader with no insult word at all, as word-pattern
 * families (see word-patterns.ts) rather than sentences:
 * - commands to go and learn: "do your homework before you comment", "go read a book first",
 *   "educate yourself";
 * - mock pity and mock delight: "it's adorable that you tried", "bless your heart", "aww, you
 *   really think so";
 * - belittling forms of address: "listen, sweetie", "ok buddy", "sorry hun, but".
 */
export const condescension: WordPatterns<'learnCommand' | 'mockPity' | 'belittlingAddress'> = {
  classes: {
    study: ['homework', 'research', 'reading', 'studying'],
    learn: ['read', 'learn', 'study', 'google', 'research', 'educate'],
    speak: ['comment', 'commenting', 'speak', 'speaking', 'post', 'posting', 'reply', 'replying', 'tweet', 'tweeting', 'talk', 'talking', 'opine', 'open'],
    you: ['you', 'u', 'ya', 'yourself', 'urself'],
    cute: ['adorable', 'cute', 'sweet', 'precious', 'funny', 'hilarious', 'amusing', 'quaint', 'charming', 'endearing'],
    itIs: ["it's", 'its', 'it', 'is', "that's", 'thats', 'that', 'how', 'so', 'really', 'kinda', 'kind', 'of'],
    aww: ['aww', 'aw', 'awww', 'awwww', 'oh', 'ohh'],
    belief: ['actually', 'tried', 'honestly', 'seriously'],
    opener: ['listen', 'look', 'ok', 'okay', 'k', 'sorry', 'oh', 'well', 'aww', 'aw', 'sure', 'yeah', 'nice', 'cute', 'wow'],
    pet: ['sweetie', 'sweetheart', 'sweety', 'honey', 'hun', 'hon', 'darling', 'darlin', 'kiddo', 'buddy', 'pal', 'champ', 'sport', 'missy', 'princess', 'snowflake', 'sonny', 'boomer'],
  },
  patterns: [
    { tag: 'learnCommand', pattern: '^ just|maybe|go|please? do|try your|some @study' },
    { tag: 'learnCommand', pattern: '^ just|maybe|please? go|try @learn _{0,3} before|first' },
    { tag: 'learnCommand', pattern: '^ just|maybe|please? @learn _{0,3} before you|u @speak' },
    { tag: 'learnCommand', pattern: '^ just|maybe|please? @learn _{0,3} before @speak' },
    { tag: 'learnCommand', pattern: '^ go|just|please? educate|inform yourself|urself|yourselves' },
    { tag: 'mockPity', pattern: '@itIs _{0,1} @cute that|how|when @you' },
    { tag: 'mockPity', pattern: 'bless your|ur _? heart' },
    { tag: 'mockPity', pattern: '^ @aww _? @you @belief' },
    { tag: 'belittlingAddress', pattern: '^ @opener @pet' },
  ],
};
