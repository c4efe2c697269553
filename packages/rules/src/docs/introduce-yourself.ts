import type { RuleDocs } from '../define-rule.js';

export const docs: RuleDocs = {
  rationale:
    'Online you cannot walk up, shake hands and say your name, and a stranger does not know you. A request that arrives before an introduction reads as a demand from nobody; the same request after "I\'m Toby, I host #FoodTVChat, and I loved your talk" is the start of a conversation.',
  howToFix:
    'Open with who you are and why you are writing to this person in particular (what you read, heard or have in common), then ask.',
  correct: [
    {
      draft: {
        text: "Hi Paul, I'm Toby and I host #FoodTVChat. I read your post on guest lists. Could you share how you find guests?",
        kind: 'dm',
        recipient: { handle: '@paulchaney', relationship: 'stranger' },
      },
    },
    {
      draft: { text: 'Can you send me the slides?', kind: 'dm', recipient: { handle: '@caryl', relationship: 'friend' } },
      note: 'Friends know who you are.',
    },
  ],
  incorrect: [
    {
      draft: { text: 'Can you send me your client list?', kind: 'dm', recipient: { handle: '@paulchaney', relationship: 'stranger' } },
    },
    {
      draft: {
        text: "I'm Sam, a designer. Could you review my portfolio?",
        kind: 'dm',
        recipient: { handle: '@maria.lopez', relationship: 'stranger' },
      },
      note: 'It says who, but not why this person.',
    },
  ],
};
