import { extendTheConversation } from '../../src/rules/extend-the-conversation.js';
import { testRule } from '../rule-tester.js';

const reschedule = { author: '@caryl', text: 'Could we move our call to Thursday? Something came up, sorry!' };
const launch = { author: '@maria.lopez', text: 'We launched our onboarding video today, after six months of work!' };
const blogs = { author: '@jason_montoya', text: 'Blog comments are still the best place for real conversation.' };

testRule(extendTheConversation, {
  valid: [
    {
      name: 'a reply to a headline is about the story, not the headline\'s words',
      draft: {
        text: 'My sister switched to a four-day week last spring and her team has never been calmer.',
        kind: 'reply',
        replyingTo: { author: '@news', text: 'Study finds remote workers are happier and more productive' },
      },
    },
    { draft: { text: 'Thursday works, no problem. Hope everything is all right!', kind: 'reply', replyingTo: reschedule } },
    { draft: { text: 'The onboarding video is so clear, I sent it to two friends already.', kind: 'reply', replyingTo: launch } },
    {
      name: 'naming the author connects a reply on a new angle',
      draft: { text: 'Jason, forums did that for me long before social media existed.', kind: 'reply', replyingTo: blogs },
    },
    {
      name: 'an answer to their question need not repeat it',
      draft: {
        text: 'Referrals from past projects, mostly. Word of mouth beats ads for me.',
        kind: 'comment',
        replyingTo: { author: '@jason_montoya', text: 'Freelancers: what is your favourite way to find new clients?' },
      },
    },
    { name: 'a link adds information', draft: { text: 'Same here: https://example.com/notes', kind: 'reply', replyingTo: reschedule } },
    {
      name: 'a title has no point to pick up',
      draft: { text: 'I came back to see if it reached two billion views yet.', kind: 'comment', replyingTo: { author: '@band', text: 'Party Anthem ft. Sam Lee (Official Video)' } },
    },
    { name: 'stock praise is for no-low-effort-reply', draft: { text: 'Great post!', kind: 'reply', replyingTo: blogs } },
    { name: 'nothing to answer', draft: { text: 'Fine.', kind: 'reply' } },
  ],
  invalid: [
    {
      name: 'an export that leaves out the author of the post answered',
      draft: { text: 'Fine.', kind: 'reply', replyingTo: { text: reschedule.text } },
      errors: [
        {
          messageId: 'curt',
          message: '"Fine." answers the author without adding anything. Add a thought, some information or a question.',
          range: [0, 5],
        },
      ],
    },
    {
      draft: { text: 'Fine.', kind: 'reply', replyingTo: reschedule },
      errors: [
        {
          messageId: 'curt',
          message: '"Fine." answers @caryl without adding anything. Add a thought, some information or a question.',
          range: [0, 5],
        },
      ],
    },
    {
      draft: { text: ' ok, sure ', kind: 'comment', replyingTo: launch },
      errors: [
        {
          messageId: 'curt',
          message: '"ok, sure" answers @maria.lopez without adding anything. Add a thought, some information or a question.',
          range: [1, 9],
        },
      ],
    },
    {
      draft: { text: 'Anyway, my agency just opened a second office in Lisbon and we are hiring designers.', kind: 'reply', replyingTo: blogs },
      errors: [
        {
          messageId: 'disconnected',
          message:
            'This reply does not connect to what @jason_montoya said. Pick up their point or question, or name them, so they know you read it.',
          range: [0, 0],
        },
      ],
    },
    {
      name: 'a higher bar for judging the topic',
      draft: { text: 'Podcasts worked better for me.', kind: 'reply', replyingTo: blogs },
      options: { minWordsToJudgeTopic: 3 },
      errors: [
        {
          messageId: 'disconnected',
          message:
            'This reply does not connect to what @jason_montoya said. Pick up their point or question, or name them, so they know you read it.',
          range: [0, 0],
        },
      ],
    },
  ],
  praise: [
    {
      draft: { text: 'Congrats on the launch, Maria! How long did the onboarding video take to make?', kind: 'reply', replyingTo: launch },
      praise: [{ messageId: 'asksQuestion', message: 'This reply asks @maria.lopez a real question, which keeps the conversation going.', range: [31, 78] }],
    },
  ],
});
