import { thankSharers } from '../../src/rules/thank-sharers.js';
import { testRule } from '../rule-tester.js';

const sharedByCaryl = { type: 'share', by: '@caryl' } as const;
const mentionedByAnna = { type: 'mention', by: '@chefanna' } as const;

testRule(thankSharers, {
  valid: [
    { name: 'thanks that name the sharer', draft: { text: 'Thanks Caryl, glad it helped!', kind: 'reply', trigger: sharedByCaryl } },
    { name: 'thanks that name nobody speak to the reader', draft: { text: 'Thank you so much, this means a lot!', kind: 'reply', trigger: sharedByCaryl } },
    { draft: { text: 'ty!', kind: 'reply', trigger: { type: 'mention', by: '@jason_montoya' } } },
    { draft: { text: '🙏', kind: 'reply', trigger: sharedByCaryl } },
    { draft: { text: 'Grateful this reached your team.', kind: 'reply', trigger: sharedByCaryl } },
    { draft: { text: "You're the best!", kind: 'reply', trigger: sharedByCaryl } },
    { name: '"thanks to you" thanks the reader', draft: { text: 'Thanks to you, this reached my whole team.', kind: 'reply', trigger: sharedByCaryl } },
    { name: 'a comma after the thanks starts another phrase', draft: { text: 'Thanks, to be honest I needed this today.', kind: 'reply', trigger: sharedByCaryl } },
    { name: 'no share or mention to thank for', draft: { text: 'Glad you liked it.', kind: 'reply' } },
    { name: 'a follow is not a share', draft: { text: 'Glad you liked it.', kind: 'reply', trigger: { type: 'follow', by: '@caryl' } } },
  ],
  invalid: [
    {
      name: 'thanks aimed at a third person do not thank the sharer',
      draft: { text: 'Thanks @maria for the tip, it changed my week!', kind: 'reply', trigger: sharedByCaryl },
      errors: [
        {
          messageId: 'sharedWithoutThanks',
          message: '@caryl shared your work with their followers. Thank them, ideally by name.',
          range: [0, 0],
          suggestions: [{ messageId: 'prependThanks', message: 'Start with "Thank you, @caryl! "', output: 'Thank you, @caryl! Thanks @maria for the tip, it changed my week!' }],
        },
      ],
    },
    {
      name: '"thanks to" someone else does not thank the sharer',
      draft: { text: 'Thanks to my editor Jo for catching the typo.', kind: 'reply', trigger: sharedByCaryl },
      errors: [
        {
          messageId: 'sharedWithoutThanks',
          message: '@caryl shared your work with their followers. Thank them, ideally by name.',
          range: [0, 0],
          suggestions: [{ messageId: 'prependThanks', message: 'Start with "Thank you, @caryl! "', output: 'Thank you, @caryl! Thanks to my editor Jo for catching the typo.' }],
        },
      ],
    },
    {
      name: '"thanks to" reads only its own sentence',
      draft: { text: 'Thanks to my team. You all rock.', kind: 'reply', trigger: sharedByCaryl },
      errors: [
        {
          messageId: 'sharedWithoutThanks',
          message: '@caryl shared your work with their followers. Thank them, ideally by name.',
          range: [0, 0],
          suggestions: [{ messageId: 'prependThanks', message: 'Start with "Thank you, @caryl! "', output: 'Thank you, @caryl! Thanks to my team. You all rock.' }],
        },
      ],
    },
    {
      name: 'a holiday that starts with "thank" is no thank-you',
      draft: { text: 'Happy Thanksgiving everyone!', kind: 'reply', trigger: sharedByCaryl },
      errors: [
        {
          messageId: 'sharedWithoutThanks',
          message: '@caryl shared your work with their followers. Thank them, ideally by name.',
          range: [0, 0],
          suggestions: [{ messageId: 'prependThanks', message: 'Start with "Thank you, @caryl! "', output: 'Thank you, @caryl! Happy Thanksgiving everyone!' }],
        },
      ],
    },
    {
      draft: { text: 'Glad this is getting around. More tips next week.', kind: 'reply', trigger: sharedByCaryl },
      errors: [
        {
          messageId: 'sharedWithoutThanks',
          message: '@caryl shared your work with their followers. Thank them, ideally by name.',
          range: [0, 0],
          suggestions: [
            {
              messageId: 'prependThanks',
              message: 'Start with "Thank you, @caryl! "',
              output: 'Thank you, @caryl! Glad this is getting around. More tips next week.',
            },
          ],
        },
      ],
    },
    {
      draft: { text: 'Yes, the chat was fun.', kind: 'reply', trigger: mentionedByAnna },
      errors: [
        {
          messageId: 'mentionedWithoutThanks',
          message: '@chefanna mentioned you. Thank them, ideally by name.',
          range: [0, 0],
          suggestions: [
            { messageId: 'prependThanks', message: 'Start with "Thank you, @chefanna! "', output: 'Thank you, @chefanna! Yes, the chat was fun.' },
          ],
        },
      ],
    },
    {
      name: 'asking for the name too',
      draft: { text: 'ty!', kind: 'reply', trigger: { type: 'mention', by: '@jason_montoya' } },
      options: { requireName: true },
      errors: [
        {
          messageId: 'addName',
          message: 'Thank @jason_montoya by name, so the thanks is clearly theirs.',
          range: [0, 2],
          suggestions: [{ messageId: 'nameAfterThanks', message: 'Add ", @jason_montoya" after the thanks.', output: 'ty, @jason_montoya!' }],
        },
      ],
    },
  ],
  praise: [
    {
      draft: { text: 'Thanks so much for having me, Anna!', kind: 'reply', trigger: mentionedByAnna },
      praise: [{ messageId: 'thankedByName', message: 'You thank @chefanna by name.', range: [0, 6] }],
    },
    {
      draft: { text: 'Caryl, I appreciate you passing this on 🙏', kind: 'reply', trigger: sharedByCaryl },
      options: { requireName: true },
      praise: [{ messageId: 'thankedByName', message: 'You thank @caryl by name.', range: [9, 19] }],
    },
  ],
});
