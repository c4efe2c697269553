import { noLowEffortReply } from '../../src/rules/no-low-effort-reply.js';
import { testRule } from '../rule-tester.js';

const post = { author: '@jason_montoya', text: 'Why I always under-promise on deadlines.' };

testRule(noLowEffortReply, {
  valid: [
    { draft: { text: 'Great post! The bit about under-promising changed how I write proposals.', kind: 'reply', replyingTo: post } },
    { draft: { text: 'So true, and it works offline too: I met my co-founder at a meetup.', kind: 'comment' } },
    { name: 'thanks to a sharer is the point of the reply', draft: { text: 'Thanks for sharing! 🙏', kind: 'reply', trigger: { type: 'share', by: '@caryl' } } },
    { name: 'a tag that passes the post on', draft: { text: '@maria.lopez', kind: 'comment' } },
    { name: 'a link is something to read, judged by other rules', draft: { text: 'Nice! https://example.com/notes', kind: 'comment' } },
    { name: 'posts are not replies', draft: { text: 'Great post!', kind: 'post' } },
    { name: 'empty drafts are for no-empty-post', draft: { text: '   ', kind: 'reply' } },
  ],
  invalid: [
    {
      draft: { text: 'Great post!', kind: 'reply', replyingTo: post },
      errors: [
        {
          messageId: 'stockPraise',
          message: '"Great post!" could be left under any post. Say what struck you, add something you know, or ask a question.',
          range: [0, 11],
        },
      ],
    },
    {
      draft: { text: '+1', kind: 'comment' },
      errors: [
        {
          messageId: 'stockPraise',
          message: '"+1" could be left under any post. Say what struck you, add something you know, or ask a question.',
          range: [0, 2],
        },
      ],
    },
    {
      name: 'intensifiers and a mention add nothing',
      draft: { text: '  @jason_montoya what a great post, so true 🙌  ', kind: 'reply' },
      errors: [
        {
          messageId: 'stockPraise',
          message:
            '"@jason_montoya what a great post, so true 🙌" could be left under any post. Say what struck you, add something you know, or ask a question.',
          range: [2, 46],
        },
      ],
    },
    {
      draft: { text: '👏👏', kind: 'reply', replyingTo: post },
      errors: [
        {
          messageId: 'emojiOnly',
          message: 'Emoji on their own add nothing to the conversation. Add a sentence about what you liked or want to know.',
          range: [0, 4],
        },
      ],
    },
    {
      name: 'stock thanks for a post nobody shared of yours',
      draft: { text: 'Thanks for sharing!', kind: 'comment' },
      errors: [
        {
          messageId: 'stockPraise',
          message: '"Thanks for sharing!" could be left under any post. Say what struck you, add something you know, or ask a question.',
          range: [0, 19],
        },
      ],
    },
  ],
});
