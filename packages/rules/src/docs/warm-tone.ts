import type { RuleDocs } from '../define-rule.js';

export const docs: RuleDocs = {
  rationale:
    'Lesson 1: online kindness creates real relationships. Face to face, a smile or a tone of voice softens a blunt word; in writing the words carry everything. Swearing, complaints about the person and one-word replies read colder on screen than their writer meant.',
  howToFix:
    'Say what you disagree with rather than what is wrong with the person, leave the swearing out, and give a short reply one more sentence: a reason, a thank-you or a question.',
  correct: [
    { draft: { text: 'Thursday works for me, thanks for letting me know!', kind: 'reply', replyingTo: { author: '@caryl', text: 'Could we move our call to Thursday? Something came up, sorry!' } } },
    { draft: { text: 'I see it differently: the numbers point the other way for me. Happy to compare notes?', kind: 'reply' } },
  ],
  incorrect: [
    { draft: { text: 'Fine.', kind: 'reply', replyingTo: { author: '@caryl', text: 'Could we move our call to Thursday? Something came up, sorry!' } } },
    { draft: { text: 'This weather is fucking brutal.' }, note: 'Profanity reads harsh even when it is aimed at no one.' },
    { draft: { text: 'Shame on you for posting this.', kind: 'reply' } },
  ],
};
