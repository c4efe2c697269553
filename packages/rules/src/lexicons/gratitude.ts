import { defineLexicon } from '../lexicon.js';

/** Ways of saying thank you, from "ty" to "much obliged". */
export const gratitude = defineLexicon({
  terms: [
    // Not "thank*": Thanksgiving is a holiday, not a thank-you.
    'thanks', 'thank you', 'thank u', 'thank', 'thanked', 'thanking', 'thankful', 'thankyou', 'thx', 'thnx', 'tx', 'ty', 'tysm', 'tyvm', 'appreciate*',
    'grateful', 'gratitude', 'much obliged', 'obliged', 'cheers', 'merci', 'gracias', 'danke', 'means a lot',
    'so kind of you', 'kind of you', "you're the best", 'you rock', 'made my day', 'honoured', 'honored',
    'humbled',
  ],
});

/** Emoji that say thank you on their own. */
export const GRATITUDE_EMOJI = /\u{1F64F}/gu;
