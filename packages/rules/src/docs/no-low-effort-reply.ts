import type { RuleDocs } from '../define-rule.js';

export const docs: RuleDocs = {
  rationale:
    'Lesson 4 asks you to "talk" to people: replies that extend the conversation with thoughts, insight or information. A stock reaction is a like in words; the author cannot answer it, so the conversation ends there.',
  howToFix:
    'Keep the praise if you mean it, and add why: the point that struck you, an example from your own work, or a question for the author.',
  correct: [
    {
      draft: {
        text: 'Great post! The bit about under-promising changed how I write proposals.',
        kind: 'reply',
        replyingTo: { author: '@jason_montoya', text: 'Why I always under-promise on deadlines.' },
      },
      note: 'The praise comes with a reason the author can answer.',
    },
    {
      draft: { text: 'Thanks for sharing! 🙏', kind: 'reply', trigger: { type: 'share', by: '@caryl' } },
      note: 'Thanking someone who shared your work is the reply lesson 3 asks for.',
    },
  ],
  incorrect: [
    {
      draft: { text: 'Great post!', kind: 'reply', replyingTo: { author: '@jason_montoya', text: 'Can online relationships go beyond a like?' } },
    },
    { draft: { text: '+1', kind: 'comment' } },
    { draft: { text: '👏👏', kind: 'reply' }, note: 'Emoji alone are a reaction, not a reply.' },
  ],
};
