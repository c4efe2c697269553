import { defineWeightedLexicon } from '../lexicon.js';

/**
 * Politeness and warmth markers, after the strategies in Danescu-Niculescu-Mizil et al. (2013),
 * "A computational approach to politeness": gratitude, deference, greetings, hedges and
 * indirect requests read warm; direct questions, "you" at the start and factuality read cold.
 */
export const warmthMarkers = defineWeightedLexicon({
  id: 'warmth-markers',
  description: 'Words and phrases that make a message read warmer (positive weight) or colder (negative weight).',
  groups: [
    { weight: 3, terms: ['thank you', 'thanks', 'thank*', 'much obliged', 'appreciate*', 'grateful', 'ty', 'thx'] },
    { weight: 2, terms: ['great job', 'nice work', 'well done', 'congrat*', 'love this', 'kudos', 'brilliant', 'wonderful', 'glad', 'happy to', 'delighted'] },
    { weight: 2, terms: ['could you', 'would you', 'would it be possible', 'would you mind', 'if you have a moment', 'when you have a moment', 'when you get a chance', 'if you get a chance'] },
    { weight: 1.5, terms: ['please', 'pls', 'plz', 'sorry', 'apolog*', 'excuse me', 'pardon'] },
    { weight: 1, terms: ['hi', 'hello', 'hey', 'dear', 'good morning', 'good afternoon', 'welcome'] },
    { weight: 1, terms: ['i think', 'i believe', 'i suppose', 'perhaps', 'maybe', 'possibly', 'might', 'i wonder', 'i was wondering', 'it seems', 'i guess', 'i feel', 'probably'] },
    { weight: 1, terms: ['by the way', 'btw'] },
    { weight: 1, terms: ['we', 'us', 'our', "let's"] },
    { weight: -1, terms: ['actually', 'in fact', 'obviously', 'clearly', 'the point is', 'really?', 'seriously'] },
    { weight: -1.5, terms: ['why did you', 'why do you', 'why would you', 'why are you', 'why is', "why don't", "why didn't", 'what is wrong', "what's wrong", 'what the', 'how come'] },
    { weight: -2, terms: ['you need to', 'you must', 'you should', 'you have to', 'stop', "don't", 'never'] },
    { weight: -2, terms: ['wrong', 'bad', 'stupid', 'ridiculous', 'nonsense', 'terrible', 'awful', 'hate', 'annoying', 'useless', 'pathetic', 'worst'] },
  ],
});
