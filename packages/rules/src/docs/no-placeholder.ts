import type { RuleDocs } from '../define-rule.js';

export const docs: RuleDocs = {
  rationale:
    'A "{first_name}" left in a message tells the reader a bot or a template wrote to them, and they answer it like one. It is a defect in any kind of draft: a DM, a reply, or a scheduled post that thanks "{first_name}" for joining.',
  howToFix: 'Write the field in by hand, or send it through the tool that fills it. Better still, write to the person yourself.',
  correct: [
    { draft: { text: 'Hi Caryl, thanks for joining the group! What brought you here?', kind: 'post' } },
    { draft: { text: 'Loved your talk [sic] on "community first" marketing. Is the video up yet?', kind: 'dm' }, note: 'Square brackets around an aside are not a template field.' },
    { draft: { text: 'Tip: in our scheduler, type `{first_name}` and it fills in each name for you.', kind: 'post' }, note: 'A field written about in a code span is not left unfilled.' },
  ],
  incorrect: [
    { draft: { text: 'Hi {first_name}, thanks for joining!', kind: 'post' } },
    { draft: { text: 'Hi [FIRST NAME], welcome to the community.', kind: 'dm', recipient: { handle: '@caryl' } } },
    { draft: { text: 'Great to meet you at %EVENT%!', kind: 'reply', replyingTo: { author: '@sam', text: 'Good to see everyone yesterday' } } },
  ],
};
