import type { RuleDocs } from '../define-rule.js';

export const docs: RuleDocs = {
  rationale:
    'Online there is no voice or face to soften a message. Capitals and rows of exclamation marks are read as raised voices, and the reader answers the volume instead of the point.',
  howToFix: 'Write in sentence case and let the words carry the emphasis. Keep capitals for acronyms and one "!" for real excitement.',
  correct: [
    { draft: { text: 'Loved the NASA livestream today!' }, note: 'Acronyms and one exclamation mark are fine.' },
    { draft: { text: 'So proud of this team!!' }, note: 'Two marks stay under the limit.' },
  ],
  incorrect: [
    { draft: { text: 'THIS IS WRONG AND EVERYONE KNOWS IT!!!', kind: 'reply' } },
    { draft: { text: 'Read the thread before replying!!!!' } },
  ],
};
