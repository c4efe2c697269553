import { noPlaceholder } from '../../src/rules/no-placeholder.js';
import { testRule } from '../rule-tester.js';

const placeholderMessage = (field: string) =>
  `The template field "${field}" was never filled in, so this reads as a mass message from a bot.`;

testRule(noPlaceholder, {
  valid: [
    { draft: { text: 'Hi Caryl, thanks for joining the group!', kind: 'post' } },
    { name: 'an aside in square brackets', draft: { text: 'Loved your talk [sic] on "community first" marketing.', kind: 'dm' } },
    { name: 'a field written about in a code span', draft: { text: 'Type `{first_name}` and the scheduler fills it in.', kind: 'post' } },
    { name: 'an escape inside a link is not a field', draft: { text: 'Our page: https://example.com/%C3%89cole-%CE%B1 come visit' } },
    { name: 'a percentage is not a field', draft: { text: 'Up 20% this week, and 30% last week.', kind: 'post' } },
  ],
  invalid: [
    {
      name: 'a scheduled post, not only a DM',
      draft: { text: 'Hi {first_name}, thanks for joining!', kind: 'post' },
      errors: [{ messageId: 'placeholder', message: placeholderMessage('{first_name}'), range: [3, 15] }],
    },
    {
      name: 'the recipient is known, so their name can be written in',
      draft: { text: 'Hi [FIRST NAME], welcome aboard.', kind: 'dm', recipient: { handle: '@maria.lopez' } },
      errors: [
        {
          messageId: 'placeholder',
          message: placeholderMessage('[FIRST NAME]'),
          range: [3, 15],
          suggestions: [{ messageId: 'writeName', message: 'Write "Maria".', output: 'Hi Maria, welcome aboard.' }],
        },
      ],
    },
    {
      name: 'other template syntaxes, in a reply',
      draft: { text: 'Dear {{ company }} team, %FIRSTNAME% says hi.', kind: 'reply', replyingTo: { author: '@sam', text: 'Hello all' } },
      errors: [
        { messageId: 'placeholder', message: placeholderMessage('{{ company }}'), range: [5, 18] },
        { messageId: 'placeholder', message: placeholderMessage('%FIRSTNAME%'), range: [25, 36] },
      ],
    },
  ],
});
