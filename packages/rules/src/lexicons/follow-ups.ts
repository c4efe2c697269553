import { defineLexicon } from '../lexicon.js';

/** Phrases that chase an earlier message. */
export const followUpPhrases = defineLexicon({
  terms: [
    'following up', 'just following up', 'follow up', 'follow-up', 'checking in', 'just checking in',
    'circling back', 'bumping this', 'bump', 'any update', 'any updates', 'any news', 'did you get',
    'did you see my', 'in case you missed', 'my last message', 'my last two messages', 'my previous message',
    'my earlier message', 'as per my last', 'gentle reminder', 'friendly reminder', 'quick reminder',
    'still waiting', 'haven\'t heard back', 'have not heard back', 'hear back',
  ],
});

/** Phrases that close a thread kindly when nobody answered, leaving the door open. */
export const graciousCloses = defineLexicon({
  terms: [
    'no worries', 'no pressure', 'no need to reply', 'no need to answer', 'no need to respond',
    "i'll leave it there", 'i will leave it there', "i won't bother you", 'i will not bother you',
    'last message', 'all the best', 'door is open', 'whenever you have time', 'if the timing is ever right',
    'totally understand', 'completely understand', 'if now is not a good time', "if now isn't a good time",
  ],
});
