import { defineLexicon } from '../lexicon.js';

/**
 * Openers, greetings and stock phrases that fill a post without saying anything. A post made
 * only of these (plus links, hashtags and emoji) gives the reader nothing to take away.
 */
export const fillerPhrases = defineLexicon({
  terms: [
    'happy monday', 'happy tuesday', 'happy wednesday', 'happy thursday', 'happy friday', 'happy saturday', 'happy sunday',
    'happy weekend', 'happy new week', 'happy new month', 'happy hump day', 'hump day', 'tgif', 'weekend vibes', 'monday vibes', 'friday vibes',
    'good morning', 'good afternoon', 'good evening', 'good night', 'morning', 'gm', 'gn', 'hello', 'hi', 'hey', 'hiya', 'yo',
    'have a great day', 'have a good day', 'have a nice day', 'have a great weekend', 'have a great week', 'have a good one',
    'check this out', 'check it out', 'check out', 'look at this', 'look', 'see this', 'see here', 'click here', 'click the link',
    'link below', 'link here', 'read more', 'read this', 'watch this', 'must read', 'must see', 'must watch', "don't miss", 'do not miss',
    'new post', 'new blog post', 'new article', 'new video', 'new episode', 'just posted', 'just published', 'in case you missed it', 'icymi',
    'stay tuned', 'coming soon', 'big news', 'exciting news', 'thoughts', 'thoughts?', 'agree?', 'who else', 'anyone else',
    'everyone', 'everybody', 'all', 'guys', 'folks', 'friends', 'fam', 'peeps', 'people', 'vibes', 'mood', 'motivation', 'inspiration',
    'lol', 'lmao', 'omg', 'wow', 'yay', 'woohoo', 'yes', 'so true', 'love this', 'love it', 'this', 'amazing', 'awesome', 'nice',
    'cool', 'great', 'epic', 'fire', 'goals', 'blessed', 'grateful', 'let\'s go', 'lets go', 'here we go', 'enjoy', 'cheers',
  ],
});
