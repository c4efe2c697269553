import { noShouting } from '../../src/rules/no-shouting.js';
import { testRule } from '../rule-tester.js';

testRule(noShouting, {
  valid: [
    { draft: { text: 'Loved the NASA livestream today!' } },
    { draft: { text: 'So proud of this team!!' } },
    { draft: { text: 'OK, see you at 5 PM.' } },
    { draft: { text: 'Wow!!!' }, options: { maxExclamations: 3 } },
  ],
  invalid: [
    {
      draft: { text: 'THIS IS WRONG AND EVERYONE KNOWS IT!!!', kind: 'reply' },
      errors: [
        {
          messageId: 'allCaps',
          message: 'This sentence is in capitals, which reads as shouting. Write it in sentence case.',
          range: [0, 38],
          suggestions: [
            { messageId: 'useSentenceCase', message: 'Rewrite in sentence case.', output: 'This is wrong and everyone knows it!!!' },
          ],
        },
        {
          messageId: 'exclamations',
          message: '"!!!" reads as shouting. One exclamation mark is enough.',
          range: [35, 38],
          suggestions: [{ messageId: 'useOneMark', message: 'Use a single "!".', output: 'THIS IS WRONG AND EVERYONE KNOWS IT!' }],
        },
      ],
    },
    {
      draft: { text: 'Read the thread before replying!!!!' },
      errors: [
        {
          messageId: 'exclamations',
          message: '"!!!!" reads as shouting. One exclamation mark is enough.',
          range: [31, 35],
          suggestions: [{ messageId: 'useOneMark', message: 'Use a single "!".', output: 'Read the thread before replying!' }],
        },
      ],
    },
  ],
});
