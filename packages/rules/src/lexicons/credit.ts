import { defineLexicon } from '../lexicon.js';

/** Words that hand credit to the person named right after them: "via @sam", "h/t Maria", "by Toby". */
export const creditMarkers = defineLexicon({
  terms: [
    'via', 'h/t', 'ht', 'hat tip', 'hat tip to', 'by', 'written by', 'made by', 'created by', 'credit', 'credits',
    'credit to', 'courtesy of', 'thanks to', 'shout-out to', 'shoutout to', 'shout out to', 'rt', 'source',
    'photo by', 'h/t to', 'ht to',
  ],
});

/** Words that attribute a quotation: "as Maya Angelou said", "Toby wrote", "according to". */
export const attributionVerbs = defineLexicon({
  terms: [
    'said', 'says', 'wrote', 'writes', 'put it', 'puts it', 'according to', 'in the words of', 'quoting', 'quote from',
    'quote by', 'once said', 'told me', 'tells us', 'reminds us',
  ],
});

/** Capitalised words that follow "by" or "from" without naming a person: "by Friday", "from Monday". */
export const notNames = defineLexicon({
  terms: [
    'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april',
    'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'the', 'a', 'an', 'this', 'that', 'my',
    'our', 'your', 'i', 'we', 'you', 'it', 'tomorrow', 'today', 'tonight', 'next', 'end', 'eod',
  ],
});
