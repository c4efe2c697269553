import type { RuleDocs } from '../define-rule.js';

export const docs: RuleDocs = {
  rationale:
    'Appreciation counts: when someone shares your post or mentions you, they spent their own reputation on you. A thank-you, best by name, tells them it was seen and makes the next conversation easier.',
  howToFix: 'Thank the person who shared or mentioned you, by their name or handle, before anything else you want to say.',
  correct: [
    {
      draft: {
        text: 'Thank you @caryl for sharing the post! Which lesson felt hardest for you?',
        kind: 'reply',
        trigger: { type: 'share', by: '@caryl' },
      },
    },
    { draft: { text: 'ty!', kind: 'reply', trigger: { type: 'mention', by: '@jason_montoya' } }, note: 'Short thanks still count.' },
  ],
  incorrect: [
    {
      draft: { text: 'Glad this is getting around. More tips coming next week.', kind: 'reply', trigger: { type: 'share', by: '@caryl' } },
    },
    {
      draft: { text: 'Yes, that chat was a lot of fun.', kind: 'reply', trigger: { type: 'mention', by: '@chefanna' } },
    },
  ],
};
