import type { RuleDocs } from '../define-rule.js';

export const docs: RuleDocs = {
  rationale:
    'Lesson 1: online kindness creates real relationships. Face to face, a smile or a tone of voice softens a blunt word; in writing the words carry everything. Swearing, complaints about the person and one-word replies read colder on screen than their writer meant. Next to the named checks, a small model learned from tweets that people rated as offensive or not gives a second opinion: it flags a draft that most readers would take as offensive though no check names why, and it lowers swearing and harsh words to a note where readers would hardly take offence.',
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
    {
      draft: { text: 'This whole thing is a disgrace and a fraud' },
      note: 'No list calls this an insult, but the model trained on rated tweets reads it as offensive, and names the word that weighs most.',
    },
  ],
};
