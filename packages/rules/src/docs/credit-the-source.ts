import type { RuleDocs } from '../define-rule.js';

export const docs: RuleDocs = {
  rationale:
    "Lesson 5 is to be generous: share other people's content, and credit the person who made it. A share without a name passes the work on but keeps the creator out of the conversation, and a quotation without a source borrows someone's words.",
  howToFix:
    'Name the creator: their @handle, their name, or "via @handle" / "h/t @handle" at the end. For a quotation, add who said it.',
  correct: [
    {
      draft: {
        text: 'Great read on building trust with clients by @jason_montoya: the part about under-promising changed how I write proposals.',
        kind: 'share',
        sharing: { author: '@jason_montoya', url: 'https://example.org/trust' },
      },
    },
    {
      draft: { text: 'This thread on pricing is gold (via @paulchaney).', kind: 'share', sharing: { author: '@paulchaney' } },
    },
    { draft: { text: '"Online kindness is what creates real relationships." — Toby Bloomberg' }, note: 'A quotation signed with its source.' },
  ],
  incorrect: [
    {
      draft: {
        text: 'Great read on building trust with clients: https://example.org/trust',
        kind: 'share',
        sharing: { author: '@jason_montoya', url: 'https://example.org/trust' },
      },
    },
    { draft: { text: '"Be kind whenever possible. It is always possible." So true for social media too.' }, note: 'A quotation with no source.' },
    { draft: { text: 'Reposting because everyone needs to see this.', kind: 'share' } },
  ],
};
