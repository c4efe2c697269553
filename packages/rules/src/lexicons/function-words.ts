import { defineLexicon } from '../lexicon.js';

/**
 * Words that carry grammar rather than meaning. Two texts that share only these do not share a
 * topic, and a reply made only of these says nothing new.
 */
export const functionWords = defineLexicon({
  terms: [
    'a', 'an', 'the', 'and', 'or', 'but', 'nor', 'so', 'yet', 'if', 'then', 'than', 'as', 'of', 'at', 'by', 'for',
    'with', 'about', 'to', 'from', 'in', 'on', 'into', 'onto', 'up', 'down', 'out', 'off', 'over', 'under', 'again',
    'i', 'me', 'my', 'mine', 'myself', 'we', 'us', 'our', 'ours', 'you', 'your', 'yours', 'he', 'him', 'his', 'she',
    'her', 'hers', 'it', 'its', 'they', 'them', 'their', 'theirs', 'this', 'that', 'these', 'those', 'who', 'whom',
    'whose', 'what', 'which', 'when', 'where', 'why', 'how', 'is', 'am', 'are', 'was', 'were', 'be', 'been', 'being',
    'have', 'has', 'had', 'do', 'does', 'did', 'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might',
    'must', 'not', 'no', 'yes', 'just', 'very', 'really', 'too', 'also', 'all', 'any', 'some', 'each', 'every',
    'more', 'most', 'much', 'many', 'such', 'own', 'same', 'other', 'only', 'there', 'here', 'now', 'still',
    'i\'m', 'i\'ve', 'i\'d', 'i\'ll', 'you\'re', 'you\'ve', 'it\'s', 'that\'s', 'don\'t', 'doesn\'t', 'didn\'t',
    'can\'t', 'won\'t', 'isn\'t', 'aren\'t', 'let\'s', 'get', 'got', 'one', 'thing', 'things', 'lot', 'bit',
  ],
});

/** Short answers that accept or decline without adding anything: "Fine.", "Ok", "Will do". */
export const acknowledgements = defineLexicon({
  terms: [
    'ok', 'okay', 'k', 'kk', 'fine', 'sure', 'noted', 'got it', 'will do', 'alright', 'right', 'yep', 'yup',
    'yeah', 'nope', 'nah', 'whatever', 'done', 'understood', 'roger', 'np', 'no problem', 'sounds good',
  ],
});
