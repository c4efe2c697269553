import { defineLexicon } from '../lexicon.js';

/**
 * Stock reactions that could be left under any post. A reply made only of these (and emoji)
 * adds nothing to the conversation; the same words next to a real thought are fine.
 */
export const emptyPraise = defineLexicon({
  terms: [
    'great post', 'nice post', 'good post', 'awesome post', 'love this post', 'great article', 'nice article',
    'great read', 'good read', 'great share', 'nice share', 'great content', 'great video', 'nice video',
    'great thread', 'great stuff', 'good stuff', 'nice one', 'well said', 'well put', 'spot on', 'so true',
    'very true', 'how true', 'true that', 'this is great', 'this is gold', 'love this', 'love it', 'loved it',
    'agreed', 'agree', '100%', '+1', '+100', 'this', 'same', 'same here', 'me too', 'exactly', 'true',
    'great', 'nice', 'good', 'cool', 'awesome', 'amazing', 'wow', 'brilliant', 'excellent', 'fantastic',
    'interesting', 'insightful', 'inspiring', 'powerful', 'beautiful', 'perfect', 'yes', 'yess', 'yesss',
    'lol', 'lmao', 'haha', 'hahaha', 'omg', 'congrats', 'congratulations', 'bravo', 'kudos', 'following',
    'bump', 'first', 'thanks for sharing', 'thank you for sharing', 'thx for sharing', 'thanks for posting',
    "couldn't agree more", 'could not agree more', 'totally agree', 'great point', 'good point', 'great points',
    'great insights', 'great tips', 'great question', 'well done', 'nailed it', 'preach', 'facts', 'so good',
    'love that', 'great work', 'nice work', 'great job', 'good job', 'needed this', 'needed to hear this',
    'fire', 'lit', 'goals', 'bookmarked', 'saved', 'saving this', 'commenting for reach', 'commenting for visibility',
    'must read', 'keep it up', 'keep up the good work', 'keep going', 'thanks for this', 'thank you for this',
  ],
});

/** Words that only intensify or glue stock reactions together: "so true", "what a great post". */
export const praiseGlue = defineLexicon({
  terms: ['so', 'very', 'really', 'such', 'a', 'an', 'the', 'what', 'just', 'totally', 'absolutely', 'is', 'it', 'that', 'oh', 'ah', 'and', 'too', 'indeed', 'truly', 'post'],
});
