/**
 * Small words that almost every sentence a person writes contains. A draft without any of them
 * is a list of tokens or a keyboard mash, not something written to someone.
 */
export const commonWords = {
  id: 'common-words',
  description: 'Small words that run through any written sentence.',
  terms: [
    'a', 'an', 'the', 'and', 'or', 'but', 'so', 'if', 'as', 'of', 'at', 'by', 'for', 'with', 'about', 'to', 'from',
    'in', 'on', 'up', 'out', 'i', 'me', 'my', 'we', 'us', 'our', 'you', 'your', 'he', 'him', 'his', 'she', 'her',
    'it', 'its', 'they', 'them', 'their', 'this', 'that', 'these', 'those', 'who', 'what', 'which', 'when', 'where',
    'why', 'how', 'is', 'am', 'are', 'was', 'were', 'be', 'been', 'have', 'has', 'had', 'do', 'does', 'did', 'will',
    'would', 'can', 'could', 'should', 'not', 'no', 'all', 'any', 'some', 'more', 'there', 'here', 'just', "i'm",
    "i've", "i'd", "i'll", "you're", "it's", "that's", "don't", "let's",
  ],
} as const;
